// De-hyphenation asks the letter's evidence about lower-cased words; words with nothing to lower are passed as
// they are (no String.toLowerCase of a two-byte slice). The words asked must be exactly the lower-cased ones.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dehyphenate } from '../../server/src/core/text/hyphenation';

const LETTERS = ['a', 'b', 'e', 'i', 'z', 'A', 'B', 'E', 'I', 'Z', 'ä', 'Ä', 'é', 'İ', 'Σ', 'σ', 'ß', 'ſ', 'K', 'Ω'];
const word = (min: number) => fc.array(fc.constantFrom(...LETTERS), { minLength: min, maxLength: 12 }).map(cs => cs.join(''));

describe('de-hyphenation asks about lower-cased words', () => {
  it('asks for left-right and leftright lower-cased, whatever the letters', () => {
    fc.assert(fc.property(word(1), word(0), fc.constantFrom('', ' en', '.', '’s'), (left, rest, tail) => {
      const right = 'k' + rest + tail;           // starts lower-case, so the evidence is asked
      const rightWord = 'k' + rest;
      const asked: string[] = [];
      dehyphenate(left, right, w => { asked.push(w); return asked.length === 1; });
      if (left.length <= 8 && /^[\p{Lu}\d&]+$/u.test(left)) return asked.length === 0;
      assert.equal(asked[0], `${left}-${rightWord}`.toLowerCase());
      assert.equal(asked[1], `${left}${rightWord}`.toLowerCase());
      return true;
    }), { numRuns: 20000 });
  });

  it('asks for a capitalised left word lower-cased ("Europol-rapport")', () => {
    const asked: string[] = [];
    assert.equal(dehyphenate('EuroPol', 'rapport', w => { asked.push(w); return w === 'europol'; }), 'keep');
    assert.deepEqual(asked, ['europol-rapport', 'europol']);
    asked.length = 0;
    assert.equal(dehyphenate('implemen', 'tatie van', w => { asked.push(w); return false; }), 'join');
    assert.deepEqual(asked, ['implemen-tatie']);
  });
});
