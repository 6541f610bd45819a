// Review of editor pass 23 (code actions on a selection, "Correct to …", the full citation, workspace symbols): what a
// user met in them. Snippets written for the test.
import * as assert from 'node:assert/strict';
import { codeActions } from '../../server/src/core/features/actions';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;

describe('Review 12: a selection is about what it holds, not what it only touches', () => {
  // A selection dragged from right after one reference over the next one started at the first's end: the first
  // (outside the selection) got the actions, the one selected none, and "Copy the 2 citations" copied both.
  const uri = 'file:///w/brief.txt';
  const LETTER = 'Den Haag, 3 maart 2015\n\nIn mijn brief (Kamerstuk 29 754, nr. 200) en de brief van de NCTV (Kamerstuk 29 754, nr. 210) '
    + 'schreef ik over de AIVD en de politie.\n\n' + footer('29 754', '330');
  const corpus = new Corpus();
  corpus.update(uri, LETTER);
  const diagnostics = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS);
  const titlesOn = (start: number, end: number) =>
    codeActions(corpus, uri, { start, end }, diagnostics.filter(d => d.end >= start && d.start <= end), { text: LETTER, orphans: [] }).map(a => a.title);
  const endOf = (needle: string) => LETTER.indexOf(needle) + needle.length;

  it('a selection from the end of one citation over the next: the next one\'s actions', () => {
    const titles = titlesOn(endOf('nr. 200'), endOf('nr. 210'));
    assert.ok(titles.includes('Open kst-29754-210 on officielebekendmakingen.nl'), titles.join(' | '));
    assert.deepEqual(titles.filter(t => t.includes('200')), []);
    assert.ok(!titles.some(t => t.startsWith('Copy the')), titles.join(' | '));
  });

  it('a selection from the end of an organisation, or up to the start of one: not that organisation', () => {
    assert.deepEqual(titlesOn(endOf('NCTV'), endOf('de AIVD')).filter(t => t.startsWith('Not an organisation')), ['Not an organisation: “AIVD”']);
    assert.deepEqual(titlesOn(LETTER.indexOf('van de NCTV'), LETTER.indexOf('NCTV')).filter(t => t.includes('NCTV')), []);
  });

  it('a cursor right after an entity is still on it (as before)', () => {
    assert.ok(titlesOn(endOf('nr. 200'), endOf('nr. 200')).includes('Open kst-29754-200 on officielebekendmakingen.nl'));
    assert.ok(titlesOn(endOf('NCTV'), endOf('NCTV')).includes('Not an organisation: “NCTV”'));
  });
});
