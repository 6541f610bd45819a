// The citation graph (call hierarchy): who cites a letter, what a letter cites, in a small workspace of letters
// written for the test, with a letter outside the workspace and a citation broken over a line.
import * as assert from 'node:assert/strict';
import { graphLetterAt, incomingCitations, letterOf, outgoingCitations } from '../../server/src/core/features/citationGraph';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2013–2014, ${dossier}, nr. ${nr} 2\n`;
const A = 'Hierbij bericht ik u over de stand van zaken.\n\n' + footer('29 754', '325');
const B = 'Zoals gemeld (Kamerstuk 29 754, nr. 325) en in de brief over de aanpak (Kamerstuk 30 977, nr. \n'
  + '104) en eerder (Kamerstuk 29 754, nr. 200). Zie opnieuw Kamerstuk 29 754, nr. 325.\n\n' + footer('29 754', '330');
const C = 'In mijn brief van mei (Kamerstuk 29 754, nr. 325) schreef ik dit al.\n\n' + footer('30 977', '104');
const TEXTS: Record<string, string> = { 'file:///a.txt': A, 'file:///b.txt': B, 'file:///c.txt': C };

describe('citation graph (call hierarchy)', () => {
  const corpus = new Corpus();
  for (const [uri, text] of Object.entries(TEXTS)) corpus.update(uri, text);
  const slice = (uri: string, s: { start: number; end: number }) => TEXTS[uri].slice(s.start, s.end);

  it('on a citation: the cited letter; on a letter\'s own footer: the letter; elsewhere (text, an organisation): the letter', () => {
    assert.equal(graphLetterAt(corpus, 'file:///b.txt', B.indexOf('29 754, nr. 325') + 2)?.uri, 'file:///a.txt');
    assert.equal(graphLetterAt(corpus, 'file:///b.txt', B.indexOf('104') + 1)?.uri, 'file:///c.txt');
    assert.equal(graphLetterAt(corpus, 'file:///a.txt', A.indexOf('nr. 325') + 5)?.uri, 'file:///a.txt');
    assert.equal(graphLetterAt(corpus, 'file:///a.txt', 3)?.uri, 'file:///a.txt');
    assert.equal(graphLetterAt(corpus, 'file:///a.txt', A.indexOf('Tweede') + 1)?.uri, 'file:///a.txt');
    assert.equal(graphLetterAt(corpus, 'file:///nowhere.txt', 0), null);
    const outside = graphLetterAt(corpus, 'file:///b.txt', B.indexOf('nr. 200') + 5)!;
    assert.deepEqual([outside.name, outside.uri, outside.detail], ['kst-29754-200', null, 'not in the workspace']);
  });

  it('incoming: every letter citing it, with each place, not its own footer', () => {
    const edges = incomingCitations(corpus, letterOf(corpus, 'file:///a.txt')!);
    assert.deepEqual(edges.map(e => [e.letter.name, e.from.map(s => slice(e.letter.uri!, s))]), [
      ['kst-29754-330', ['Kamerstuk 29 754, nr. 325', 'Kamerstuk 29 754, nr. 325']],
      ['kst-30977-104', ['Kamerstuk 29 754, nr. 325']],
    ]);
  });

  it('outgoing: what a letter cites, in the workspace or not, with the places in the letter, in reading order', () => {
    const edges = outgoingCitations(corpus, letterOf(corpus, 'file:///b.txt')!);
    assert.deepEqual(edges.map(e => [e.letter.name, e.letter.uri, e.from.map(s => slice('file:///b.txt', s))]), [
      ['kst-29754-325', 'file:///a.txt', ['Kamerstuk 29 754, nr. 325', 'Kamerstuk 29 754, nr. 325']],
      ['kst-30977-104', 'file:///c.txt', ['Kamerstuk 30 977, nr. \n104']],
      ['kst-29754-200', null, ['Kamerstuk 29 754, nr. 200']],
    ]);
  });

  it('a letter outside the workspace cites nothing, and its citers are found by its id', () => {
    const outside = graphLetterAt(corpus, 'file:///b.txt', B.indexOf('nr. 200') + 5)!;
    assert.deepEqual(outgoingCitations(corpus, outside), []);
    assert.deepEqual(incomingCitations(corpus, outside).map(e => e.letter.uri), ['file:///b.txt']);
  });

  it('follows an edit: a letter that stops citing drops out of the incoming calls', () => {
    const local = new Corpus();
    for (const [uri, text] of Object.entries(TEXTS)) local.update(uri, text);
    local.update('file:///c.txt', C.replace('29 754, nr. 325', '29 754, nr. 326'));
    assert.deepEqual(incomingCitations(local, letterOf(local, 'file:///a.txt')!).map(e => e.letter.uri), ['file:///b.txt']);
  });
});
