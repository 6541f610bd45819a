// Editor pass 23: judgment calls a user meets in the editor's features (code actions, quick fixes, empty files,
// Senate completion, the full citation, workspace symbol ranking). Snippets written for the test.
import * as assert from 'node:assert/strict';
import { codeActions, type PlainAction } from '../../server/src/core/features/actions';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { codeLenses } from '../../server/src/core/features/decorations';
import { completionsAt } from '../../server/src/core/features/completion';
import { hoverAt } from '../../server/src/core/features/hover';
import { workspaceSymbols } from '../../server/src/core/features/outline';
import { planIgnore } from '../../client/src/ignoreList';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;

describe('Editor 23: code actions on a selection are a short list, not one per entity', () => {
  const uri = 'file:///w/brief.txt';
  const LETTER = 'Den Haag, 3 maart 2015\n\nIn mijn brief (Kamerstuk 29 754, nr. 200) en de brief van de NCTV (Kamerstuk 29 754, nr. 210) '
    + 'schreef ik over de AIVD en de politie. Zie ook Kamerstuk 30 977, nr. 104 en de MIVD.\n\n' + footer('29 754', '330');
  const corpus = new Corpus();
  corpus.update(uri, LETTER);
  const diagnostics = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS);
  const context = { text: LETTER, orphans: [] };
  const actionsOn = (start: number, end: number, passed = diagnostics.filter(d => d.end >= start && d.start <= end)) =>
    codeActions(corpus, uri, { start, end }, passed, context);
  const titles = (actions: PlainAction[]) => actions.map(a => a.title);

  it('the whole letter selected: grouped actions, no per-entity refactors', () => {
    const actions = actionsOn(0, LETTER.length);
    assert.ok(actions.length <= 8, titles(actions).join(' | '));
    assert.deepEqual(actions.filter(a => /^Not an organisation|^Open kst|^Copy citation/.test(a.title)), []);
    const copy = actions.find(a => a.title === 'Copy the 3 citations in the selection');
    assert.deepEqual(copy?.arguments, ['Kamerstuk 29 754, nr. 200\nKamerstuk 29 754, nr. 210\nKamerstuk 30 977, nr. 104']);
    const ignore = actions.find(a => a.title === 'Ignore the 3 unresolved references in the selection');
    assert.deepEqual(ignore?.arguments, [['kst-29754-200', 'kst-29754-210', 'kst-30977-104']]);
    assert.equal(ignore?.kind, 'quickfix');
  });

  it('a cursor on a citation: that citation\'s actions only', () => {
    const at = LETTER.indexOf('nr. 210');
    const actions = actionsOn(at, at);
    assert.ok(actions.some(a => a.title === 'Open kst-29754-210 on officielebekendmakingen.nl'), titles(actions).join(' | '));
    assert.ok(actions.some(a => a.title === 'Copy citation “Kamerstuk 29 754, nr. 210”'));
    assert.deepEqual(actions.filter(a => /200|104/.test(a.title)), []);
  });

  it('a selection from an organisation on: that organisation\'s refactor, not those of the rest', () => {
    const at = LETTER.indexOf('NCTV');
    const actions = actionsOn(at, LETTER.indexOf('politie') + 7);
    assert.deepEqual(actions.filter(a => a.title.startsWith('Not an organisation')).map(a => a.title), ['Not an organisation: “NCTV”']);
  });

  it('a selection holding one citation, not at its start: the citation\'s actions', () => {
    const actions = actionsOn(LETTER.indexOf('Zie ook'), LETTER.indexOf(' en de MIVD'));
    assert.ok(actions.some(a => a.title === 'Open kst-30977-104 on officielebekendmakingen.nl'), titles(actions).join(' | '));
  });

  it('the diagnostic a user asks about (its own range): its quick fixes, as before', () => {
    const d = diagnostics.find(x => x.code === 'reference.unresolved' && LETTER.slice(x.start, x.end).includes('210'))!;
    const actions = actionsOn(d.start, d.end, [d]);
    assert.deepEqual(actions.filter(a => a.kind === 'quickfix' && a.diagnostic === d).map(a => a.title), [
      'Open kst-29754-210 on officielebekendmakingen.nl',
      'Ignore unresolved reference kst-29754-210',
      'Ignore all unresolved references kst-29754-*',
    ]);
  });

  it('the client adds several patterns at once, each once', () => {
    assert.deepEqual(planIgnore({ workspaceValue: ['kst-1-2'] }, true, ['kst-1-2', 'kst-3-4', 'kst-3-4']), { target: 'workspace', list: ['kst-1-2', 'kst-3-4'] });
    assert.equal(planIgnore({ workspaceValue: ['kst-1-2'] }, true, ['kst-1-2']), null);
  });
});

describe('Editor 23: an empty file (or white space only) is no letter with a problem: nothing is reported on it', () => {
  // A new file the user is about to write in, or a scanned PDF whose text came out empty: "No Kamerstuk number
  // found" and "Declare the identity of this letter…" on nothing was noise. A binary or too large file is still
  // reported (input.*): the server could not read it; an empty file it read, and there is nothing in it.
  const corpus = new Corpus();
  for (const [name, text] of [['empty', ''], ['blank', ' \n\n\f\n\t'], ['bom', '\ufeff\r\n']]) {
    it(`${name}: no diagnostic, no lens, no code action`, () => {
      const uri = `file:///w/${name}.txt`;
      corpus.update(uri, text);
      assert.deepEqual(diagnoseLetter(corpus, uri, DEFAULT_SETTINGS), []);
      assert.deepEqual(codeLenses(corpus, uri), []);
      assert.deepEqual(codeActions(corpus, uri, { start: 0, end: 0 }, [], { text, orphans: [] }).map(a => a.title), []);
    });
  }

  it('a blank file named by its id keeps its lens (letters may cite it); a word typed brings the hint back', () => {
    corpus.update('file:///w/kst-29754-327.txt', '\n');
    assert.equal(codeLenses(corpus, 'file:///w/kst-29754-327.txt').length, 1);
    corpus.update('file:///w/typed.txt', 'Geachte');
    assert.deepEqual(diagnoseLetter(corpus, 'file:///w/typed.txt', DEFAULT_SETTINGS).map(d => d.code), ['letter.no-identity']);
  });
});

describe('Editor 23: completion writes a Senate stuk in the Senate\'s form ("Kamerstukken I 2024/25, 36 600 XIV, C")', () => {
  // The Eerste Kamer numbers its stukken by letters, cited without "nr." (Aanwijzing 3.43); completion wrote "nr. C".
  const corpus = new Corpus();
  corpus.update('file:///w/s.txt', 'Zie de memorie (Kamerstukken I 2024/25, 36 600 XIV, C), het verslag (Kamerstukken I 2024/25, 36 600 XIV, D) '
    + 'en de nota (Kamerstuk 36 600 XIV, nr. 5).\n\n' + footer('29 754', '330'));
  const at = (typed: string) => completionsAt(corpus, typed, typed.length);
  const labels = (typed: string) => at(typed)?.items.map(i => i.label) ?? null;

  it('after a Senate label the dossier inserts "36 600 XIV, ", after any other "…, nr. "', () => {
    const senate = at('Kamerstukken I 2024/25, ')!.items.find(i => i.label === '36 600 XIV');
    assert.equal(senate?.insertText, '36 600 XIV, ');
    assert.equal(at('Kamerstukken I ')!.items.find(i => i.label === '36 600 XIV')?.insertText, '36 600 XIV, ');
    assert.equal(at('Kamerstuk ')!.items.find(i => i.label === '36 600 XIV')?.insertText, '36 600 XIV, nr. ');
    assert.equal(at('Kamerstukken II 2024/25, ')!.items.find(i => i.label === '36 600 XIV')?.insertText, '36 600 XIV, nr. ');
  });

  it('after the dossier and a comma: its Senate letters; after "nr.": its numbers, and its letters replacing "nr. "', () => {
    assert.deepEqual(labels('Kamerstukken I 2024/25, 36 600 XIV, '), ['C', 'D']);
    assert.deepEqual(labels('Kamerstukken I 2024/25, 36 600 XIV, D'), ['D']);
    const typed = 'Kamerstuk 36 600 XIV, nr. ';
    const afterNr = at(typed)!.items;
    assert.deepEqual(afterNr.map(i => [i.label, typed.slice(0, i.replace.start) + i.insertText, i.filterText ?? i.insertText]), [
      ['5', 'Kamerstuk 36 600 XIV, nr. 5', '5'],
      ['C', 'Kamerstuk 36 600 XIV, C', 'nr. C'],
      ['D', 'Kamerstuk 36 600 XIV, D', 'nr. D'],
    ]);
    assert.deepEqual(at('Kamerstuk 36 600 XIV, nr. C')!.items.map(i => [i.label, i.replace.start]), [['C', typed.length - 4]]);
    const item = at('(Kamerstukken I 2024/25, 36 600 XIV, C')!.items[0];
    assert.deepEqual([item.insertText, item.replace.end - item.replace.start], ['C', 1]);
    // A dossier without Senate letters has nothing to offer after the comma, and a lower-case word is no letter.
    assert.deepEqual(labels('Kamerstuk 29 754, '), []);
    assert.equal(at('Kamerstuk 36 600 XIV, en'), null);
  });
});

describe('Editor 23: the citation to copy is the full form where chamber and session are known', () => {
  // Aanwijzing 3.43 (research/citations.md §5.2): "Kamerstukken II 2014/15, 29 754, nr. 325". Chamber and session come
  // from the citation itself, else from the cited letter in the workspace (its footer); the modern short form otherwise.
  const corpus = new Corpus();
  const A = 'Den Haag, 3 maart 2015\n\nHierbij bericht ik u.\n\n' + footer('29 754', '325');
  const B = 'Zie mijn brief (Kamerstuk 29 754, nr. 325), de nota (Kamerstuk 30 977, nr. 104), het verslag (Kamerstukken I 2016/17, 33 826, C) '
    + 'en de memorie (Kamerstukken II 1999/2000, 26 855, nr. 3, p. 4).\n\n' + footer('29 754', '330');
  corpus.update('file:///w/a.txt', A);
  corpus.update('file:///w/b.txt', B);
  const copied = (uri: string, text: string, needle: string) => {
    const at = text.indexOf(needle);
    return codeActions(corpus, uri, { start: at, end: at }, []).filter(a => a.command === 'kamerstukken.copyCitation').map(a => [a.title, a.arguments?.[0]]);
  };

  it('a citation of a letter in the workspace: chamber and session from that letter', () => {
    assert.deepEqual(copied('file:///w/b.txt', B, 'nr. 325'), [
      ['Copy citation “Kamerstukken II 2014/15, 29 754, nr. 325”', 'Kamerstukken II 2014/15, 29 754, nr. 325'],
      ['Copy short citation “Kamerstuk 29 754, nr. 325”', 'Kamerstuk 29 754, nr. 325'],
    ]);
    const hover = hoverAt(corpus, 'file:///w/b.txt', B.indexOf('nr. 325'))!.markdown;
    assert.match(hover, /^\*\*Kamerstuk 29 754, nr\. 325\*\* · `kst-29754-325`\n\[officielebekendmakingen[^\n]*\n\nCite as: Kamerstukken II 2014\/15, 29 754, nr\. 325\n/);
  });

  it('the citation\'s own chamber and session (a Senate letter, a session across the century, a page)', () => {
    assert.deepEqual(copied('file:///w/b.txt', B, ', C)').map(([, text]) => text), ['Kamerstukken I 2016/17, 33 826, C', 'Kamerstuk 33 826, C']);
    assert.equal(copied('file:///w/b.txt', B, 'nr. 3,')[0][1], 'Kamerstukken II 1999/2000, 26 855, nr. 3, p. 4');
  });

  it('the letter\'s own footer: its chamber and session', () => {
    assert.equal(copied('file:///w/a.txt', A, '29 754, nr. 325')[0][1], 'Kamerstukken II 2014/15, 29 754, nr. 325');
  });

  it('neither known: the short form alone, and no "Cite as" line', () => {
    assert.deepEqual(copied('file:///w/b.txt', B, 'nr. 104'), [['Copy citation “Kamerstuk 30 977, nr. 104”', 'Kamerstuk 30 977, nr. 104']]);
    assert.doesNotMatch(hoverAt(corpus, 'file:///w/b.txt', B.indexOf('nr. 104'))!.markdown, /Cite as/);
  });
});

describe('Editor 23: workspace symbols are ranked by how well they match (exact, prefix, word start, substring, fuzzy)', () => {
  // They came in index order (by URI), cut at 500: in a large workspace the letter whose id was typed in full could
  // be past the cut, and "kst29754325" (no dashes) found nothing. Marksman and VS Code rank by match quality.
  const corpus = new Corpus();
  corpus.update('file:///w/1.txt', 'Den Haag, 3 maart 2015\n\nTekst.\n\n' + footer('29 754', '325'));
  corpus.update('file:///w/2.txt', 'Den Haag, 4 maart 2015\n\nTekst.\n\n' + footer('29 754', '32'));
  corpus.update('file:///w/3.txt', 'Den Haag, 5 maart 2015\n\nTekst.\n\n' + footer('30 977', '132'));
  const names = (query: string) => workspaceSymbols(corpus, query).filter(s => s.kind === 'letter').map(s => s.name);

  it('the id typed in full first, then those it begins', () => {
    assert.deepEqual(names('kst-29754-32'), ['kst-29754-32', 'kst-29754-325']);
  });

  it('a number at a word start before one inside a number; the shorter first among equals', () => {
    assert.deepEqual(names('32'), ['kst-29754-32', 'kst-29754-325', 'kst-30977-132']);
  });

  it('a query without the dashes still finds the letter (in order, as a subsequence), after any closer match', () => {
    assert.deepEqual(names('kst29754325'), ['kst-29754-325']);
    assert.deepEqual(names('xyz'), []);
  });

  it('bounded: a large workspace answers 500, the best of them first', () => {
    const big = new Corpus();
    // Named so that the URI order is the reverse of the numbers': nr. 7 is the 694th letter by URI.
    for (let n = 1; n <= 700; n++) big.update(`file:///w/l${1000 - n}.txt`, 'Tekst.\n\n' + footer('29 754', String(n)));
    // Every id holds a 7 (29754); "-7", "-70" … "-79", "-700" hold it at a word start.
    const found = workspaceSymbols(big, '7');
    assert.equal(found.length, 500);
    assert.deepEqual(found.slice(0, 3).map(s => s.name), ['kst-29754-7', 'kst-29754-70', 'kst-29754-71']);
    assert.equal(workspaceSymbols(big, '').length, 500);
  });
});

describe('Editor 23: a malformed reference with one evident correct form gets "Correct to …" as a quick fix', () => {
  // The fix is an edit the user chooses from the light bulb; a reference with no single evident form gets none.
  const uri = 'file:///w/m.txt';
  const LETTER = 'Zie Kamerstuk 2975 4, nr. 3, Kamerstuk 29 754 325 en Kamerstuk 297 54, nr. 8. Ook Kamerstukken II 2014/16, 29 754, nr. 5, '
    + 'Kamerstuk 123, nr. 4 en (Kamerstuk 29 754, nr.).\n\n' + footer('29 754', '330');
  const corpus = new Corpus();
  corpus.update(uri, LETTER);
  const malformed = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).filter(d => d.code === 'reference.malformed');
  const fixOf = (written: string, text = LETTER) => {
    const d = malformed.find(x => LETTER.slice(x.start, x.end) === written);
    assert.ok(d, `${written}: ${malformed.map(x => LETTER.slice(x.start, x.end)).join(' | ')}`);
    const fixes = codeActions(corpus, uri, d!, [d!], { text, orphans: [] }).filter(a => a.edit);
    return fixes.map(a => [a.title, a.kind, a.edit!.start === d!.start && a.edit!.end === d!.end ? a.edit!.newText : 'elsewhere', a.diagnostic === d]);
  };

  it('a dossier with a space in the wrong place: its five digits written as a dossier', () => {
    assert.deepEqual(fixOf('2975 4'), [['Correct to “29 754”', 'quickfix', '29 754', true]]);
    assert.deepEqual(fixOf('297 54'), [['Correct to “29 754”', 'quickfix', '29 754', true]]);
  });

  it('a dossier and a number without "nr.": the marker put in', () => {
    assert.deepEqual(fixOf('29 754 325'), [['Correct to “29 754, nr. 325”', 'quickfix', '29 754, nr. 325', true]]);
  });

  it('no evident form: no fix (a session of two years apart, three digits, "nr." without a number)', () => {
    for (const written of ['2014/16', '123', 'nr.']) assert.deepEqual(fixOf(written), [], written);
  });

  it('the text changed under the diagnostic since it was published: no fix', () => {
    const edited = LETTER.replace('2975 4', '2975 5');
    assert.deepEqual(fixOf('2975 4', edited), []);
  });
});
