// Whole-letter searches made cheaper in the core (session 24): each must find the same places as the search it
// replaced; these tests hold them to that on texts built from pieces that make, break and overlap the words.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { waterBoardWordPlaces } from '../../server/src/core/recognise/organisations';

/** The water board words' search as it was written: each word searched on its own, from the end of its last place. */
function waterBoardWordPlacesByIndexOf(text: string): number[][] {
  return ['waterschap ', 'hoogheemraadschap '].map(word => {
    const places: number[] = [];
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) places.push(k);
    return places;
  });
}

describe('whole-letter searches find what the searches they replaced found', () => {
  it('the water board words: both words, in every order, glued and broken', () => {
    const pieces = ['waterschap', 'hoogheemraadschap', 'hoogheemraad', 'water', 'schap', 'chap', 'c', 'hap', 'wetenschap', 'Waterschap',
      ' ', '\n', '-', 'x', 'é', 'w', 'h'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), parts => {
      const text = parts.join('');
      assert.deepEqual(waterBoardWordPlaces(text), waterBoardWordPlacesByIndexOf(text), JSON.stringify(text));
    }), { numRuns: 20000 });
  });

  it('the water board words at the letter\'s start and end', () => {
    assert.deepEqual(waterBoardWordPlaces('waterschap hoogheemraadschap '), [[0], [11]]);
    assert.deepEqual(waterBoardWordPlaces('chap waterschap'), [[], []]);
  });
});
