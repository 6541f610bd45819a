// The corpus tree (the explorer panel): letters by dossier and number, letters without a Kamerstuk number, and
// the stukken cited but not held, most cited first; on a small workspace of letters written for the test.
import * as assert from 'node:assert/strict';
import { corpusTreeChildren } from '../../server/src/core/features/corpusTree';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2013–2014, ${dossier}, nr. ${nr} 2\n`;
const header = (dossier: string, title: string, nr: string) => `Tweede Kamer der Staten-Generaal\nVergaderjaar 2013–2014\n\n${dossier} ${title}\n\nNr. ${nr} BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14 januari 2014\n\n`;
const TEXTS: Record<string, string> = {
  'file:///a.txt': header('29 754', 'Terrorismebestrijding', '325') + 'Zie Kamerstuk 30 977, nr. 9 en Kamerstuk 29 754, nr. 200.\n\n' + footer('29 754', '325'),
  'file:///b.txt': 'Zoals gemeld (Kamerstuk 29 754, nr. 200) en (Kamerstuk 29 754, nr. 325).\n\n' + footer('29 754', '12'),
  'file:///c.txt': 'Zie ook Kamerstuk 29 754, nr. 200.\n\n' + footer('21 501-02', '1458'),
  'file:///d.txt': 'Een brief zonder kenmerk. Zie Kamerstuk 30 977, nr. 9.\n',
};

describe('corpus tree', () => {
  const corpus = new Corpus();
  for (const [uri, text] of Object.entries(TEXTS)) corpus.update(uri, text);
  const ids = (node: string | null) => corpusTreeChildren(corpus, node).map(n => n.id);

  it('top level: dossiers with letters, by number, with title and count; then the other letters; then the stukken only cited', () => {
    const top = corpusTreeChildren(corpus, null);
    assert.deepEqual(top.map(n => [n.label, n.description, n.hasChildren]), [
      ['21 501-02', '1 letter', true],
      ['29 754', 'Terrorismebestrijding · 2 letters', true],
      ['Without a Kamerstuk number', '1 letter', true],
      ['Cited, not in the workspace', '2 documents', true],
    ]);
  });

  it('a dossier: its letters by number, each opening at its identity', () => {
    const letters = corpusTreeChildren(corpus, 'dossier:29754');
    assert.deepEqual(letters.map(n => [n.label, n.place?.uri]), [['nr. 12', 'file:///b.txt'], ['nr. 325', 'file:///a.txt']]);
    const a = letters[1];
    assert.match(a.description, /^2014-01-14 · Brief van de Minister van Veiligheid en Justitie · a\.txt$/);
    assert.equal(TEXTS['file:///a.txt'].slice(a.place!.span.start, a.place!.span.end).includes('325'), true);
  });

  it('the other letters by file name; the stukken only cited, most cited first, each with its first citation and web address', () => {
    assert.deepEqual(corpusTreeChildren(corpus, 'other').map(n => [n.label, n.place?.uri]), [['d.txt', 'file:///d.txt']]);
    const missing = corpusTreeChildren(corpus, 'missing');
    assert.deepEqual(missing.map(n => [n.label, n.description, n.url]), [
      ['Kamerstuk 29 754, nr. 200', 'cited by 3 letters', 'https://zoek.officielebekendmakingen.nl/kst-29754-200.html'],
      ['Kamerstuk 30 977, nr. 9', 'cited by 2 letters', 'https://zoek.officielebekendmakingen.nl/kst-30977-9.html'],
    ]);
    const first = missing[0].place!;
    assert.equal(TEXTS[first.uri].slice(first.span.start, first.span.end), 'Kamerstuk 29 754, nr. 200');
  });

  it('an Aanhangsel answer among the other letters goes by its own number, before the letters without one', () => {
    const mixed = new Corpus();
    mixed.update('file:///z-brief.txt', 'Een brief zonder kenmerk.\n');
    mixed.update('file:///ah-tk-20142015-1365.txt', 'Antwoord op vragen van het lid X.\n');
    assert.deepEqual(corpusTreeChildren(mixed, 'other').map(n => [n.label, n.description]), [
      ['Aanhangsel Handelingen II 2014/15, nr. 1365', 'ah-tk-20142015-1365.txt'],
      ['z-brief.txt', ''],
    ]);
  });

  it('two files of one letter are both listed under its number', () => {
    const copies = new Corpus();
    copies.update('file:///brief.txt', 'Tekst.\n\n' + footer('29 754', '421'));
    copies.update('file:///kopie.txt', 'Tekst.\n\n' + footer('29 754', '421'));
    assert.deepEqual(corpusTreeChildren(copies, null).map(n => n.description), ['2 letters']);
    assert.deepEqual(corpusTreeChildren(copies, 'dossier:29754').map(n => [n.label, n.place?.uri]), [['nr. 421', 'file:///brief.txt'], ['nr. 421', 'file:///kopie.txt']]);
  });

  it('follows the workspace, and a node that no longer exists has no children', () => {
    const live = new Corpus();
    live.update('file:///x.txt', 'Zie Kamerstuk 29 754, nr. 200.\n\n' + footer('29 754', '1'));
    assert.deepEqual(corpusTreeChildren(live, null).map(n => n.label), ['29 754', 'Cited, not in the workspace']);
    live.update('file:///y.txt', 'Tekst.\n\n' + footer('29 754', '200'));
    assert.deepEqual(corpusTreeChildren(live, null).map(n => n.label), ['29 754']);
    assert.deepEqual(corpusTreeChildren(live, 'dossier:29754').map(n => n.label), ['nr. 1', 'nr. 200']);
    live.remove('file:///x.txt');
    live.remove('file:///y.txt');
    assert.deepEqual(corpusTreeChildren(live, null), []);
    assert.deepEqual(ids('dossier:99999'), []);
    assert.deepEqual(ids('no-such-node'), []);
  });
});
