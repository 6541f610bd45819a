// Completion of Kamerstuk references while writing, in a small workspace of letters written for the test: the
// letters it holds, a stuk its letters only cite, a dossier with a suffix, and where nothing is offered.
import * as assert from 'node:assert/strict';
import { completionDocumentation, completionsAt } from '../../server/src/core/features/completion';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { seededRandom } from './seeded';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2013–2014, ${dossier}, nr. ${nr} 2\n`;
const TEXTS: Record<string, string> = {
  'file:///a.txt': 'Den Haag, 14 januari 2014\n\nHierbij bericht ik u over de stand van zaken.\n\n' + footer('29 754', '325'),
  'file:///b.txt': 'Zoals gemeld (Kamerstuk 29 754, nr. 325) en eerder (Kamerstuk 29 754, nr. 200).\n\n' + footer('29 754', '330'),
  'file:///c.txt': 'In mijn brief (Kamerstuk 29 754, nr. 200) schreef ik dit al.\n\n' + footer('30 977', '104'),
  'file:///d.txt': 'Het verslag van de Raad volgt.\n\n' + footer('21 501-02', '1458'),
};

describe('completion of Kamerstuk references', () => {
  const corpus = new Corpus();
  for (const [uri, text] of Object.entries(TEXTS)) corpus.update(uri, text);
  const at = (typed: string) => completionsAt(corpus, typed, typed.length);
  const labels = (typed: string) => at(typed)?.items.map(i => i.label) ?? null;

  it('after "Kamerstuk ": the dossiers, those with letters in the workspace first; each inserts "…, nr. "', () => {
    const result = at('Zie ook Kamerstuk ')!;
    assert.deepEqual(result.items.map(i => [i.label, i.detail]), [
      ['21 501-02', '1 letter in the workspace'],
      ['29 754', '2 letters in the workspace, 1 more cited'],
      ['30 977', '1 letter in the workspace'],
    ]);
    assert.equal(result.incomplete, false);
    const dossier = result.items[1];
    assert.deepEqual([dossier.kind, dossier.insertText, dossier.key], ['dossier', '29 754, nr. ', null]);
    // Nothing typed of the reference yet: the text is inserted at the cursor.
    assert.deepEqual(dossier.replace, { start: 18, end: 18 });
    // A dossier only cited is offered too, after those with letters.
    const cited = new Corpus();
    cited.update('file:///x.txt', 'Zie Kamerstuk 31 200, nr. 7.\n\n' + footer('29 754', '1'));
    assert.deepEqual(completionsAt(cited, 'Kamerstuk ', 10)!.items.map(i => [i.label, i.detail]), [['29 754', '1 letter in the workspace'], ['31 200', '1 more cited']]);
  });

  it('the typed start of a dossier narrows the list and is replaced, with or without its gap', () => {
    assert.deepEqual(labels('(Kamerstuk 30 9'), ['30 977']);
    assert.deepEqual(labels('(Kamerstuk 29754'), ['29 754']);
    assert.deepEqual(labels('Kamerstuk 21 501-0'), ['21 501-02']);
    assert.deepEqual(labels('Kamerstuk 2975432'), []);
    const item = at('(Kamerstuk 30 9')!.items[0];
    assert.deepEqual(item.replace, { start: 11, end: 15 });
    assert.equal(item.insertText, '30 977, nr. ');
  });

  it('after a whole dossier and "nr.": its letters, then the numbers its letters only cite, narrowed by the typed digits', () => {
    const result = at('Kamerstuk 29 754, nr. ')!;
    assert.deepEqual(result.items.map(i => [i.label, i.kind, i.detail]), [
      ['325', 'letter', '2014-01-14'],
      ['330', 'letter', 'b.txt'],
      ['200', 'cited', 'cited in 2 letters, not in the workspace'],
    ]);
    assert.deepEqual([result.items[0].key, result.items[0].uri], ['kst-29754-325', 'file:///a.txt']);
    assert.deepEqual(labels('Kamerstuk 29 754, nr. 3'), ['325', '330']);
    assert.deepEqual(labels('Kamerstuk 21 501-02, nr. '), ['1458']);
    const item = at('Kamerstuk 29 754, nr. 33')!.items[0];
    assert.deepEqual([item.label, item.replace], ['330', { start: 22, end: 24 }]);
  });

  it('documentation when the editor shows a suggestion: the letter\'s hover, or how often a stuk is cited', () => {
    const [letter, , cited] = at('Kamerstuk 29 754, nr. ')!.items;
    const doc = completionDocumentation(corpus, letter.key!, letter.uri);
    assert.match(doc, /Kamerstuk 29 754, nr\. 325/);
    assert.match(doc, /Cited by 1 letter in the workspace/);
    assert.equal(completionDocumentation(corpus, cited.key!, null), '**Kamerstuk 29 754, nr. 200**\n\n_Not in the workspace_: cited in 2 letters of it.');
    assert.equal(completionDocumentation(corpus, 'kst-21501-02-1458', null).split('\n')[0], '**Kamerstuk 21 501-02, nr. 1458**');
    // A letter gone from the workspace, or a key that is no Kamerstuk: nothing to show.
    assert.equal(completionDocumentation(corpus, 'kst-29754-325', 'file:///gone.txt'), '');
    assert.equal(completionDocumentation(corpus, 'h-tk-20142015-41-7', null), '');
  });

  it('reads the longer forms: plural label, chamber, session year, a label broken over a line', () => {
    assert.deepEqual(labels('Kamerstukken II 2013/14, 29 754, nr. 32'), ['325']);
    assert.deepEqual(labels('kamerstukken II 29 754, nr. '), ['325', '330', '200']);
    assert.deepEqual(labels('zie de brief (Kamerstuk\n30 977, nr. '), ['104']);
    assert.deepEqual(labels('Kamerstukken II 2013/14, 29'), ['29 754']);
  });

  it('offers nothing where no Kamerstuk reference is being typed', () => {
    for (const typed of ['Hierbij ', 'nr. ', 'Kamerstuk 29 754, nr. 325 en ', 'Kamerstukken waarin ', 'Zie 29 754, nr. ', 'Rijkskamerstuk ']) {
      assert.equal(at(typed), null, typed);
    }
    assert.equal(completionsAt(corpus, 'Kamerstuk ', 99), null);
    assert.deepEqual(labels('Kamerstuk 31 '), []);
  });

  it('follows the workspace: a letter added, a citation typed, a letter removed', () => {
    const live = new Corpus();
    live.update('file:///a.txt', 'Tekst.\n\n' + footer('29 754', '325'));
    const numbersNow = () => completionsAt(live, 'Kamerstuk 29 754, nr. ', 22)!.items.map(i => `${i.label}:${i.kind}`);
    assert.deepEqual(numbersNow(), ['325:letter']);
    live.update('file:///b.txt', 'Tekst.\n\n' + footer('29 754', '12'));
    assert.deepEqual(numbersNow(), ['12:letter', '325:letter']);
    live.update('file:///b.txt', 'Zie Kamerstuk 29 754, nr. 40.\n\n' + footer('29 754', '12'));
    assert.deepEqual(numbersNow(), ['12:letter', '325:letter', '40:cited']);
    live.remove('file:///a.txt');
    assert.deepEqual(numbersNow(), ['12:letter', '40:cited']);
    live.update('file:///c.txt', 'Tekst.\n\n' + footer('29 754', '40'));
    assert.deepEqual(numbersNow(), ['12:letter', '40:letter']);
  });

  it('an edit that keeps a letter\'s ids and citations keeps the table; one that changes them rebuilds it', () => {
    const live = new Corpus();
    live.update('file:///a.txt', 'Zie Kamerstuk 29 754, nr. 40.\n\n' + footer('29 754', '325'));
    const before = live.idKeysRevision;
    live.update('file:///a.txt', 'Zie ook Kamerstuk 29 754, nr. 40.\n\n' + footer('29 754', '325'));
    assert.equal(live.idKeysRevision, before);
    live.update('file:///a.txt', 'Zie ook Kamerstuk 29 754, nr. 41.\n\n' + footer('29 754', '325'));
    assert.notEqual(live.idKeysRevision, before);
  });

  it('kept in step with the workspace, the table lists what one built anew lists (300 seeded edits)', () => {
    const random = seededRandom(20261123);
    const DOSSIERS = ['29 754', '30 977', '21 501-02', '36 600 VIII'];
    const letterText = () => {
      const cites = Array.from({ length: random(4) }, () => `Zie Kamerstuk ${DOSSIERS[random(4)]}, nr. ${1 + random(30)}.`).join(' ');
      return `${cites}\n\n${footer(DOSSIERS[random(4)], String(1 + random(30)))}`;
    };
    const live = new Corpus();
    const texts = new Map<string, string>();
    const everything = (corpus: Corpus) => ['Kamerstuk ', ...DOSSIERS.map(d => `Kamerstuk ${d}, nr. `), 'Kamerstuk 29 754, nr. 1']
      // A letter's detail names the first letter known by its id (as resolution does): with two letters of one
      // id, which is first depends on the order they came in, which differs between the two corpora.
      .map(typed => completionsAt(corpus, typed, typed.length)!.items.map(i => `${i.label}|${i.kind}|${i.kind === 'letter' ? '' : i.detail}`).join('; '));
    for (let step = 0; step < 300; step++) {
      const uri = `file:///l${random(25)}.txt`;
      if (random(5) === 0) {
        live.remove(uri);
        texts.delete(uri);
      } else {
        const text = letterText();
        live.update(uri, text);
        texts.set(uri, text);
      }
      if (step % 3 === 0 || step === 299) {
        const fresh = new Corpus();
        for (const [u, t] of texts) fresh.update(u, t);
        assert.deepEqual(everything(live), everything(fresh), `after step ${step}`);
      }
    }
  });

  it('a large workspace lists the first hundred and says there are more', () => {
    const big = new Corpus();
    for (let n = 1; n <= 150; n++) big.update(`file:///l${n}.txt`, 'Tekst.\n\n' + footer('29 754', String(n)));
    const result = completionsAt(big, 'Kamerstuk 29 754, nr. ', 22)!;
    assert.equal(result.items.length, 100);
    assert.equal(result.incomplete, true);
    assert.deepEqual(result.items.slice(0, 3).map(i => i.label), ['1', '2', '3']);
    assert.deepEqual(completionsAt(big, 'Kamerstuk 29 754, nr. 14', 24)!.items.map(i => i.label), ['14', '140', '141', '142', '143', '144', '145', '146', '147', '148', '149']);
  });
});
