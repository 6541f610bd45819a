// Found by a soak of the server: after a session of edits, renames and folders added and removed, the corpus tree
// listed two letters of one number, and the first citation of a stuk it does not hold, in the order the index had
// taken them in; a server started afresh on the same folders listed them otherwise. Completion's documentation
// took the first letter of a number the same way.
import * as assert from 'node:assert/strict';
import { corpusTreeChildren } from '../../server/src/core/features/corpusTree';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, 29 754, nr. ${nr} 2\n`;
const LETTERS: Array<[string, string]> = [
  // one letter in two workspace folders (a copy), and a number written in two files
  ['file:///ws/corpus/251.txt', 'Zie Kamerstuk 30 977, nr. 9.\n\n' + footer('251')],
  ['file:///ws2/corpus/251.txt', 'Zie Kamerstuk 30 977, nr. 9.\n\n' + footer('251')],
  ['file:///ws/corpus/a-327.txt', 'Zie Kamerstuk 29 754, nr. 251 en Kamerstuk 30 977, nr. 9.\n\n' + footer('327')],
  ['file:///ws/corpus/b-327.txt', 'Eerder: Kamerstuk 29 754, nr. 251.\n\n' + footer('327')],
];

/** The whole tree, two levels deep. */
function tree(corpus: Corpus): unknown[] {
  return corpusTreeChildren(corpus, null).map(n => ({ ...n, children: n.hasChildren ? corpusTreeChildren(corpus, n.id) : [] }));
}

describe('soak 20: answers that do not depend on the order the index took letters in', () => {
  const inOrder = new Corpus();
  for (const [uri, text] of LETTERS) inOrder.update(uri, text);
  const reversed = new Corpus();
  for (const [uri, text] of [...LETTERS].reverse()) reversed.update(uri, text);
  // As after a session: a letter removed and read again goes to the end of the index's lists.
  const session = new Corpus();
  for (const [uri, text] of LETTERS) session.update(uri, text);
  session.remove(LETTERS[0][0]);
  session.remove(LETTERS[2][0]);
  session.update(LETTERS[0][0], LETTERS[0][1]);
  session.update(LETTERS[2][0], LETTERS[2][1]);

  it('the corpus tree: letters of one number by URI, a stuk only cited at its first citation by URI', () => {
    const expected = tree(inOrder);
    assert.deepEqual(tree(reversed), expected);
    assert.deepEqual(tree(session), expected);
    const dossier = corpusTreeChildren(inOrder, 'dossier:29754').map(n => n.place?.uri);
    assert.deepEqual(dossier, ['file:///ws/corpus/251.txt', 'file:///ws2/corpus/251.txt', 'file:///ws/corpus/a-327.txt', 'file:///ws/corpus/b-327.txt']);
    const cited = corpusTreeChildren(inOrder, 'missing').find(n => n.id === 'cited:kst-30977-9');
    assert.equal(cited?.place?.uri, 'file:///ws/corpus/251.txt');
  });

  it('the letters known by an id, and the first of them, by URI', () => {
    for (const corpus of [inOrder, reversed, session]) {
      assert.deepEqual(corpus.lettersKnownAs('kst-29754-327'), ['file:///ws/corpus/a-327.txt', 'file:///ws/corpus/b-327.txt']);
      assert.equal(corpus.letterKnownByKey('kst-29754-251'), 'file:///ws/corpus/251.txt');
    }
  });
});
