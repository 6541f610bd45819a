// Editor pass 23, the review's follow-ups: completion with the cursor in front of text (the rest of the word is
// what a "replace" overwrites), a dragged selection with one unresolved reference among its citations, and the
// "Correct to …" quick fix in a letter with lone CR line ends. Snippets written for the test.
import * as assert from 'node:assert/strict';
import { codeActions } from '../../server/src/core/features/actions';
import { completionsAt, type CompletionSuggestion } from '../../server/src/core/features/completion';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;

/** The text as the editor leaves it when the item is chosen in its "insert" or its "replace" mode. */
function chosen(text: string, item: CompletionSuggestion, mode: 'insert' | 'replace'): string {
  const span = mode === 'insert' ? item.replace : item.overwrite;
  return text.slice(0, span.start) + item.insertText + text.slice(span.end);
}

describe('Editor 23b: completion in front of text overwrites the rest of the word when the editor replaces', () => {
  const corpus = new Corpus();
  corpus.update('file:///w/a.txt', 'Den Haag, 3 maart 2015\n\nTekst.\n\n' + footer('29 754', '325'));
  corpus.update('file:///w/b.txt', 'Zie de memorie (Kamerstukken I 2016/17, 33 826, C) en het verslag (Kamerstuk 30 977, nr. 104).\n\n' + footer('29 754', '330'));
  /** The suggestion `label` with the cursor at "|" of `marked`, and the text without the "|". */
  const at = (marked: string, label: string) => {
    const text = marked.replace('|', '');
    const item = completionsAt(corpus, text, marked.indexOf('|'))?.items.find(i => i.label === label);
    assert.ok(item, `${label} at ${marked}`);
    return { text, item: item! };
  };

  it('a Senate letter in front of its own letter: "C" replaces "C", inserting writes it in front', () => {
    const { text, item } = at('(Kamerstukken I 2016/17, 33 826, |C)', 'C');
    assert.equal(chosen(text, item, 'replace'), '(Kamerstukken I 2016/17, 33 826, C)');
    assert.equal(chosen(text, item, 'insert'), '(Kamerstukken I 2016/17, 33 826, CC)');
  });

  it('a number in front of a number: "325" replaces "325", also with some of it typed', () => {
    let { text, item } = at('Kamerstuk 29 754, nr. |325 en', '325');
    assert.equal(chosen(text, item, 'replace'), 'Kamerstuk 29 754, nr. 325 en');
    ({ text, item } = at('Kamerstuk 29 754, nr. 3|25 en', '330'));
    assert.equal(chosen(text, item, 'replace'), 'Kamerstuk 29 754, nr. 330 en');
    assert.equal(chosen(text, item, 'insert'), 'Kamerstuk 29 754, nr. 33025 en');
  });

  it('a Senate letter replacing "nr. ": the insert and the replace both start at "nr."', () => {
    const { text, item } = at('Kamerstuk 33 826, nr. |C.', 'C');
    assert.equal(chosen(text, item, 'replace'), 'Kamerstuk 33 826, C.');
    assert.equal(item.overwrite.start, item.replace.start);
  });

  it('a dossier in front of the rest of a dossier: the dossier and its ", nr. " are overwritten, the number kept', () => {
    let { text, item } = at('Kamerstuk 29 7|54, nr. 325', '29 754');
    assert.equal(chosen(text, item, 'replace'), 'Kamerstuk 29 754, nr. 325');
    ({ text, item } = at('Kamerstuk |30 977, 104', '30 977'));
    assert.equal(chosen(text, item, 'replace'), 'Kamerstuk 30 977, nr. 104');
  });

  it('nothing after the cursor (or a space, or punctuation): the replace is the insert', () => {
    for (const [marked, label] of [['Kamerstuk 29 754, nr. 3|', '325'], ['Kamerstuk 29 754, nr. | en', '325'], ['Kamerstuk 29|).', '29 754']]) {
      const { item } = at(marked, label);
      assert.deepEqual(item.overwrite, item.replace, marked);
    }
  });

  it('the replace stays on the cursor\'s line', () => {
    const { item } = at('Kamerstuk 29 754, nr. |\n325', '325');
    assert.deepEqual(item.overwrite, item.replace);
  });

  it('after "nr." and a line end, no Senate letter (it would replace the "nr." on the line before; editors take an edit on one line only)', () => {
    const typed = 'Zie Kamerstuk 33 826, nr.\n';
    const items = completionsAt(corpus, typed, typed.length)!.items;
    assert.deepEqual(items.filter(i => typed.slice(i.replace.start, i.replace.end).includes('\n')), []);
    assert.deepEqual(items.map(i => i.label), []);
    assert.deepEqual(completionsAt(corpus, 'Zie Kamerstuk 33 826, nr. ', 26)!.items.map(i => i.label), ['C']);
  });
});

describe('Editor 23b: a dragged selection with one unresolved reference among its citations offers to ignore it', () => {
  const uri = 'file:///w/brief.txt';
  const LETTER = 'Den Haag, 3 maart 2015\n\nIn mijn vorige brief over de voortgang van het programma '
    + '(Kamerstuk 29 754, nr. 325) en in de nota die de NCTV daarna uitbracht (Kamerstuk 30 977, nr. 104) heb ik '
    + 'beschreven welke stappen zijn gezet.\n\n' + footer('29 754', '330');
  const corpus = new Corpus();
  corpus.update(uri, LETTER);
  corpus.update('file:///w/kst-29754-325.txt', 'Den Haag, 2 februari 2015\n\nTekst.\n\n' + footer('29 754', '325'));
  const diagnostics = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS);
  const unresolved = diagnostics.filter(d => d.code === 'reference.unresolved');
  const selected = (start: number, end: number) =>
    codeActions(corpus, uri, { start, end }, diagnostics.filter(d => d.end > start && d.start < end), { text: LETTER, orphans: [] });

  it('the setup: one of the two citations is unresolved, and the selection holds another diagnostic too', () => {
    assert.deepEqual(unresolved.map(d => LETTER.slice(d.start, d.end)), ['Kamerstuk 30 977, nr. 104']);
    assert.deepEqual(diagnostics.map(d => d.code), ['acronym.undefined', 'reference.unresolved']);
  });

  it('a selection from before the first citation to after the second: "Ignore unresolved reference …" and its dossier', () => {
    const start = LETTER.indexOf('In mijn');
    const actions = selected(start, LETTER.indexOf('beschreven'));
    const ignore = actions.filter(a => a.title.startsWith('Ignore'));
    assert.deepEqual(ignore.map(a => [a.title, a.arguments, a.diagnostic]), [
      ['Ignore unresolved reference kst-30977-104', ['kst-30977-104'], unresolved[0]],
      ['Ignore all unresolved references kst-30977-*', ['kst-30977-*'], unresolved[0]],
    ]);
    assert.ok(actions.some(a => a.title === 'Copy the 2 citations in the selection'));
  });

  it('a selection longer than a passage (the whole letter): the same', () => {
    const actions = selected(0, LETTER.length);
    assert.deepEqual(actions.filter(a => a.title.startsWith('Ignore')).map(a => a.arguments), [['kst-30977-104'], ['kst-30977-*']]);
  });

  it('a cursor on the resolved citation: no ignore action for the other', () => {
    const at = LETTER.indexOf('nr. 325');
    assert.deepEqual(selected(at, at).filter(a => a.title.startsWith('Ignore')), []);
  });
});

describe('Editor 23b: "Correct to …" in a letter with lone CR (or CRLF) line ends', () => {
  // The recognisers read a lone CR as LF (analyse.ts withLoneCrAsLf), so the marked text the diagnostic carries has
  // "\n" where the editor's text keeps "\r".
  for (const [name, eol] of [['lone CR', '\r'], ['CRLF', '\r\n'], ['LF', '\n']]) {
    it(`${name}: a reference broken over a line end is corrected`, () => {
      const LETTER = `Den Haag, 3 maart 2015\n\nZie Kamerstuk 2975\n4, nr. 3 en Kamerstuk 29 754\n325 voor de stand.\n\n${footer('29 754', '330')}`.replace(/\n/g, eol);
      const uri = 'file:///w/m.txt';
      const corpus = new Corpus();
      corpus.update(uri, LETTER);
      const malformed = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).filter(d => d.code === 'reference.malformed');
      const fixes = malformed.flatMap(d => codeActions(corpus, uri, d, [d], { text: LETTER, orphans: [] }).filter(a => a.edit));
      assert.deepEqual(fixes.map(a => [a.title, LETTER.slice(a.edit!.start, a.edit!.end)]), [
        ['Correct to “29 754”', `2975${eol}4`],
        ['Correct to “29 754, nr. 325”', `29 754${eol}325`],
      ]);
      // Changed under the diagnostic since: no fix.
      const edited = LETTER.replace(`2975${eol}4`, `2975${eol}5`);
      assert.deepEqual(codeActions(corpus, uri, malformed[0], [malformed[0]], { text: edited, orphans: [] }).filter(a => a.edit), []);
    });
  }
});
