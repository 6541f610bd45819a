// The corpus panel and completion list the Eerste Kamer's letters, numbered by letters ("32 317, JA",
// "36 600 XX, F"), and numbers with a letter ("25 877, nr. 58a"): they were in no node of the panel at all.
import { strict as assert } from 'node:assert';
import { completionsAt } from '../../server/src/core/features/completion';
import { corpusTreeChildren } from '../../server/src/core/features/corpusTree';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { senateLetterJA } from './senateLetter';

// The first page of Kamerstuk 32 317, JA as its PDF text prints it.
const SENATE = senateLetterJA([
  'Hierbij bieden wij u het verslag aan, zoals toegezegd (Kamerstukken I 2016/17, 32 317, IX) en ',
  'in de brief over de begroting (Kamerstuk 36 600 XX, nr. F). ',
  '',
  'Eerste Kamer, vergaderjaar 2017–2018, 32 317, JA 1',
  '',
]);

const HOUSE = 'Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2016–2017 \n\n32 317 JBZ-Raad \n\nNr. 447 BRIEF VAN DE MINISTER \n\nDen Haag, 11 november 2016 \n\nZie Kamerstuk 25 877, nr. 58a. \n';

describe('corpus panel and completion: Eerste Kamer letters and numbers with a letter', () => {
  const corpus = new Corpus();
  corpus.update('file:///ws/corpus/t05.txt', SENATE);
  corpus.update('file:///ws/corpus/t03.txt', HOUSE);

  it('lists the Senate letter JA under its dossier, after the House\'s numbers', () => {
    assert.ok(corpus.record('file:///ws/corpus/t05.txt')!.ids.some(id => /^kst-32317-JA$/i.test(id)), 'the letter is known as kst-32317-JA');
    const top = corpusTreeChildren(corpus, null);
    const dossier = top.find(n => n.label === '32 317');
    assert.ok(dossier, top.map(n => n.label).join(', '));
    assert.equal(dossier!.description, 'JBZ-Raad · 2 letters');
    const letters = corpusTreeChildren(corpus, dossier!.id).map(n => n.label);
    assert.deepEqual(letters, ['nr. 447', 'JA'], 'a Senate letter is cited without "nr."');
  });

  it('lists the cited Senate letters and the number with a letter as cited, not in the workspace, with their links', () => {
    const missing = corpusTreeChildren(corpus, 'missing');
    const labels = missing.map(n => n.label);
    for (const l of ['Kamerstuk 32 317, IX', 'Kamerstuk 36 600 XX, F', 'Kamerstuk 25 877, nr. 58a']) assert.ok(labels.includes(l), labels.join(' | '));
    const f = missing.find(n => n.label === 'Kamerstuk 36 600 XX, F')!;
    assert.equal(f.url, 'https://zoek.officielebekendmakingen.nl/kst-36600-XX-F.html');
  });

  it('completion after "32 317, nr. " offers the Senate letter too', () => {
    const typed = 'Zie Kamerstuk 32 317, nr. ';
    const items = completionsAt(corpus, typed, typed.length)!.items;
    const sorted = [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1)).map(i => i.label);
    assert.deepEqual(sorted, ['447', 'JA', 'IX'], 'the letters in the workspace first, each list numbers before letters');
  });
});

describe('a Senate letter\'s citation explains itself without "nr."', () => {
  it('the explanation of "Kamerstukken I 2016/17, 32 317, nr. JA" names the stuk as cited: "32317, JA"', () => {
    const corpus = new Corpus();
    corpus.update('file:///ws/corpus/x.txt', 'Zie Kamerstukken I 2016/17, 32 317, nr. JA en Kamerstuk 25 877, nr. 58a. \n');
    const explains = corpus.record('file:///ws/corpus/x.txt')!.analysis.entities.filter(e => e.kind === 'kamerstuk').map(e => e.explain ?? '');
    assert.ok(explains.some(x => /Kamerstuk 32317, JA\b/.test(x)), explains.join(' | '));
    assert.ok(!explains.some(x => /nr\. JA/.test(x)), explains.join(' | '));
    assert.ok(explains.some(x => /Kamerstuk 25877, nr\. 58a/.test(x)), explains.join(' | '));
  });
});
