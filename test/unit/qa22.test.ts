// QA pass 22: what the editor shows on real letters, checked against what it should show.
import * as assert from 'node:assert/strict';
import { graphLetterAt, incomingCitations, outgoingCitations } from '../../server/src/core/features/citationGraph';
import { codeActions } from '../../server/src/core/features/actions';
import { documentLinks, semanticTokens } from '../../server/src/core/features/decorations';
import { definitionAt } from '../../server/src/core/features/navigation';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { hoverAt } from '../../server/src/core/features/hover';
import { pathToFileURL } from 'node:url';
import { planIgnore } from '../../client/src/ignoreList';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2016–2017, ${dossier}, nr. ${nr} 2\n`;

describe('QA 22: the citation graph names a letter outside the workspace by its id as published', () => {
  // real15/t06 cites "Kamerstuk 34 300 VI, nr. 2": the hover and the link say kst-34300-VI-2, the call hierarchy
  // said kst-34300-vi-2 (the index's lower-cased key), an id officielebekendmakingen.nl does not know.
  const B = 'Zie de begroting (Kamerstuk 34 300 VI, nr. 2) en het verslag (Kamerstukken I 2016/17, 33 826, C).\n\n' + footer('29 754', '396');
  const corpus = new Corpus();
  corpus.update('file:///b.txt', B);

  it('outgoing: kst-34300-VI-2 and kst-33826-C, as the hover writes them', () => {
    const letter = graphLetterAt(corpus, 'file:///b.txt', 3)!;
    assert.deepEqual(outgoingCitations(corpus, letter).map(e => e.letter.name), ['kst-34300-VI-2', 'kst-33826-C']);
  });

  it('prepare on the citation: the same name; its citers are still found by the id', () => {
    const outside = graphLetterAt(corpus, 'file:///b.txt', B.indexOf('VI, nr. 2') + 1)!;
    assert.equal(outside.name, 'kst-34300-VI-2');
    assert.equal(outside.uri, null);
    assert.deepEqual(incomingCitations(corpus, outside).map(e => e.letter.uri), ['file:///b.txt']);
  });
});

describe('QA 22: a whole dossier cited ("Kamerstuk 34 359") can be opened from its code actions, as its link opens it', () => {
  // 003 cites "Kamerstuk 34 359": Ctrl+click opened the dossier's page, the light bulb offered only "Copy citation".
  const A = 'Het wetsvoorstel (Kamerstuk 34 359) en de nota (Kamerstuk 21 501-02) liggen bij uw Kamer.\n\n' + footer('29 754', '421');
  const corpus = new Corpus();
  corpus.update('file:///a.txt', A);
  const at = (needle: string) => ({ start: A.indexOf(needle) + 2, end: A.indexOf(needle) + 2 });

  it('Open dossier 34 359 on officielebekendmakingen.nl, to the page its link opens', () => {
    const open = codeActions(corpus, 'file:///a.txt', at('Kamerstuk 34 359'), []).filter(a => a.command === 'kamerstukken.openExternal');
    assert.deepEqual(open.map(a => [a.title, a.arguments]), [['Open dossier 34 359 on officielebekendmakingen.nl', ['https://zoek.officielebekendmakingen.nl/dossier/34359']]]);
  });

  it('a dossier with a suffix, whose page address is not known, is not offered', () => {
    const open = codeActions(corpus, 'file:///a.txt', at('Kamerstuk 21 501-02'), []).filter(a => a.command === 'kamerstukken.openExternal');
    assert.deepEqual(open, []);
  });
});

describe('QA 22: a reference broken over a line is coloured (and underlined) where it is written, not on the spaces at the break', () => {
  // real letters break "Aanhangsel Handelingen, vergaderjaar \n2013–2014, nr. 1275" with a space before the line end,
  // and "nr. \n 104" with one after it: the tokens ran over them, and themes underline a reference.
  const text = 'Zie Aanhangsel Handelingen, vergaderjaar \n2013–2014, nr. 1275 en Kamerstuk 30 977, nr. \r\n 104.\n\n' + footer('29 754', '330');
  const corpus = new Corpus();
  corpus.update('file:///c.txt', text);
  const lines = text.split('\n');

  it('no token starts or ends with white space', () => {
    const written = semanticTokens(corpus, 'file:///c.txt').map(t => lines[t.line].slice(t.character, t.character + t.length));
    assert.ok(written.includes('Aanhangsel Handelingen, vergaderjaar'), JSON.stringify(written));
    assert.ok(written.includes('104'), JSON.stringify(written));
    assert.deepEqual(written.filter(w => /^\s|\s$/.test(w)), []);
  });
});

describe('QA 22: Ctrl+click on a reference to a page opens the letter at that page, where F12 goes', () => {
  // "Kamerstuk 29 754, nr. 251, p. 3" with nr. 251 (corpus letter 004) in the workspace: F12 went to page 3, the
  // link to the letter's footer on page 7.
  const LETTER_251 = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'corpus', '004_c51793f171952d9b.txt'), 'utf8');
  const B = 'Zie Kamerstuk 29 754, nr. 251, p. 3, en Kamerstuk 29 754, nr. 251.\n\n' + footer('29 754', '260');
  const corpus = new Corpus();
  corpus.update('file:///251.txt', LETTER_251);
  corpus.update('file:///b.txt', B);
  const lineOf = (offset: number) => LETTER_251.slice(0, offset).split('\n').length;

  it('the link of the page citation opens page 3, as go to definition does; the one without a page the letter', () => {
    const links = documentLinks(corpus, 'file:///b.txt').filter(l => l.target.startsWith('file:///251.txt'));
    assert.equal(links.length, 2);
    const toPage = definitionAt(corpus, 'file:///b.txt', B.indexOf('nr. 251, p. 3') + 5)!.places[0];
    const toLetter = definitionAt(corpus, 'file:///b.txt', B.lastIndexOf('nr. 251') + 5)!.places[0];
    assert.notEqual(lineOf(toPage.span.start), lineOf(toLetter.span.start));
    assert.deepEqual(links.map(l => l.target), [`file:///251.txt#L${lineOf(toPage.span.start)}`, `file:///251.txt#L${lineOf(toLetter.span.start)}`]);
  });
});

describe('QA 22: an unsaved (untitled) letter is not offered annotations the server must refuse', () => {
  // A text pasted into a new Kamerbrief editor: "Add a note to selection…" asked for the note and then failed with
  // "untitled:Untitled-1 is not a file: save the letter before annotating it"; its diagnostics offered quick fixes
  // ("Declare the identity…", "Define the acronym") that the light bulb cannot give.
  const text = 'De XYZW en de NCTV schreven op 3 maart 2015 over Kamerstuk 29 754, nr. 412.\n';
  const corpus = new Corpus();
  corpus.update('untitled:Untitled-1', text);
  corpus.update('file:///saved.txt', text);

  it('no annotation actions on a selection or a diagnostic; the citation actions stay', () => {
    const range = { start: 0, end: 20 };
    const untitled = codeActions(corpus, 'untitled:Untitled-1', range, diagnoseLetter(corpus, 'untitled:Untitled-1', DEFAULT_SETTINGS));
    const saved = codeActions(corpus, 'file:///saved.txt', range, diagnoseLetter(corpus, 'file:///saved.txt', DEFAULT_SETTINGS));
    assert.ok(saved.some(a => /^Add a note|^Not an organisation|^Declare/.test(a.title)), JSON.stringify(saved.map(a => a.title)));
    assert.deepEqual(untitled.filter(a => a.command !== 'kamerstukken.openExternal' && a.command !== 'kamerstukken.copyCitation' && a.command !== 'kamerstukken.ignoreReference').map(a => a.title), []);
    const onCitation = codeActions(corpus, 'untitled:Untitled-1', { start: text.indexOf('412'), end: text.indexOf('412') }, []);
    assert.ok(onCitation.some(a => a.title === 'Open kst-29754-412 on officielebekendmakingen.nl'));
  });

  it('no letter.no-identity (it is no letter of the workspace yet), and no quick fix named in a message', () => {
    const diagnostics = diagnoseLetter(corpus, 'untitled:Untitled-1', DEFAULT_SETTINGS);
    assert.deepEqual(diagnostics.filter(d => d.code === 'letter.no-identity'), []);
    assert.ok(diagnostics.length > 0);
    assert.deepEqual(diagnostics.filter(d => /quick fix/.test(d.message)).map(d => d.message), []);
  });
});

describe('QA 22: a hover links to a letter whose file name has a parenthesis', () => {
  // "brief 1).txt" (a copy saved by hand): the hover's "In the workspace: [brief 1).txt:7](file:///…/brief%201).txt#L7)"
  // ended its Markdown link at the name's ")", so the link opened "file:///…/brief%201" and ".txt#L7)" showed as text.
  const LETTER_251 = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'corpus', '004_c51793f171952d9b.txt'), 'utf8');
  const B = 'Zie Kamerstuk 29 754, nr. 251.\n\n' + footer('29 754', '260');
  const corpus = new Corpus();
  const target = pathToFileURL('/tmp/qa22/brief 1) (concept.txt').href;
  corpus.update(target, LETTER_251);
  corpus.update('file:///b.txt', B);

  it('the link target is the whole file URI and its line', () => {
    const markdown = hoverAt(corpus, 'file:///b.txt', B.indexOf('nr. 251') + 5)!.markdown;
    const destinations = [...markdown.matchAll(/\]\((file:[^)\s]*)\)/g)].map(m => m[1]);
    assert.equal(destinations.length, 1, markdown);
    assert.match(destinations[0], /^file:\/\/\/tmp\/qa22\/brief%201%29%20%28concept\.txt#L\d+$/);
  });
});

describe('QA 22: "Ignore unresolved reference" without a folder open keeps the user\'s ignore list', () => {
  // A single letter opened without a folder: the quick fix wrote to the user settings a list made from the
  // workspace's (empty) value, so ['kst-29754-*'] in the user settings became ['kst-30977-104'].
  it('adds to the user settings\' own list', () => {
    assert.deepEqual(planIgnore({ globalValue: ['kst-29754-*'] }, false, 'kst-30977-104'), { target: 'global', list: ['kst-29754-*', 'kst-30977-104'] });
    assert.equal(planIgnore({ globalValue: ['kst-29754-*'] }, false, 'kst-29754-*'), null);
  });

  it('with a folder: the workspace\'s list, not the user\'s', () => {
    assert.deepEqual(planIgnore({ globalValue: ['kst-1-*'], workspaceValue: ['kst-2-*'] }, true, 'kst-3-4'), { target: 'workspace', list: ['kst-2-*', 'kst-3-4'] });
    assert.deepEqual(planIgnore(undefined, true, 'kst-3-4'), { target: 'workspace', list: ['kst-3-4'] });
  });
});
