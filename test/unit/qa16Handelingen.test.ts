// Session 16 QA: the explanation of a Handelingen or Aanhangsel citation names the chamber, as the citation does.
// Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';

function explained(text: string): Array<[string, string | undefined]> {
  return analyseLetter(text).entities.filter(e => e.kind === 'handelingen' || e.kind === 'aanhangsel').map(e => [e.text, e.explain]);
}

describe('session 16 QA: the chamber in the explanation of a Handelingen citation', () => {
  it('Handelingen II and I by meeting and item', () => {
    assert.deepEqual(explained('Dit is besproken (Handelingen II 2016/17, nr. 52, item 9).'), [
      ['Handelingen II 2016/17, nr. 52, item 9', 'Handelingen II 2016-2017, meeting 52, item 9'],
    ]);
    assert.deepEqual(explained('Zie Handelingen I 2016/17, nr. 20, item 4.'), [
      ['Handelingen I 2016/17, nr. 20, item 4', 'Handelingen I 2016-2017, meeting 20, item 4'],
    ]);
  });
  it('by pages, and an Aanhangsel', () => {
    assert.deepEqual(explained('Zie Handelingen II 1998/99, blz. 3101–3120.').map(([, x]) => x), ['Handelingen II 1998-1999, pages 3101-3120']);
    assert.deepEqual(explained('Zie Aanhangsel Handelingen II 2016/17, nr. 1503.'), [
      ['Aanhangsel Handelingen II 2016/17, nr. 1503', 'Aanhangsel Handelingen II 2016-2017, nr. 1503'],
    ]);
  });
  it('negative: a chamber the citation does not write is named with the reason it was assumed', () => {
    const [[, x]] = explained('Zie Handelingen 2016/17, nr. 52, item 9.');
    assert.match(x ?? '', /^Handelingen II 2016-2017, meeting 52, item 9; chamber not in the citation: /);
  });
});
