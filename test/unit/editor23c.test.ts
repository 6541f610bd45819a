// Editor pass 23, second wave: declaring a letter of a Senate dossier in roman numerals ("Kamerstuk CXXIV, G") and
// marking a reference to one; a file of nothing but page numbers is blank; completion in front of a number puts
// that number first. Snippets written for the test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dossierInputValue, numberInputProblem, numberInputValue, parseDossierInput } from '../../client/src/identityInput';
import { applyAnnotations, kamerstukFromId, parseStore } from '../../server/src/core/annotations';
import { declaredDossier, kamerstukIdParts } from '../../server/src/core/annotations/dossiers';
import { analyseLetter } from '../../server/src/core/analyse';
import { identityProblem, parseAnnotationRequest, planAnnotationEdit } from '../../server/src/core/features/annotate';
import { codeActions } from '../../server/src/core/features/actions';
import { completionsAt } from '../../server/src/core/features/completion';
import { codeLenses } from '../../server/src/core/features/decorations';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { Corpus, makeRecord, packRecord, slimRecord } from '../../server/src/core/workspace/corpus';
import { identityId } from '../../server/src/core/workspace/keys';

const LETTER = 'Den Haag, 12 maart 2013\n\nHierbij bied ik u de brief aan.\n';
const noRange = () => null;

describe('Editor 23c: a Senate dossier in roman numerals can be declared and marked', () => {
  it('the identity check takes a valid roman numeral of 100 or more, and says what is wrong with any other', () => {
    for (const ok of ['CXXIV', 'cxlvii', 'CCCXCIX', '29754', '29 754']) assert.equal(identityProblem('dossier', ok), null, ok);
    // An invalid numeral, one under 100 (a budget chapter, a chamber) and a lone "C" (a Senate letter) are no dossier.
    for (const wrong of ['CIIC', 'XII', 'C', 'CM', 'IIII']) assert.match(identityProblem('dossier', wrong)!, /no roman numeral of 100 or more/, wrong);
    assert.match(identityProblem('dossier', 'abc')!, /digits, like 29754, or a Senate dossier in roman numerals/);
    assert.match(identityProblem('dossier', '1234567')!, /at most six digits/);
  });

  it('a declaration of CXXIV with its letter is planned, written in capitals, and the letter is then kst-CXXIV-G', () => {
    const parsed = parseAnnotationRequest({ kind: 'declare-identity', identity: { dossier: 'cxxiv', number: 'g' } }, LETTER.length, noRange);
    assert.ok('request' in parsed, JSON.stringify(parsed));
    const edit = planAnnotationEdit(null, parsed.request, 'brief.txt', LETTER, '2026-11-24T00:00:00Z');
    assert.equal(edit.error, undefined);
    const { store, errors } = parseStore(edit.newText);
    assert.deepEqual(errors, []);
    assert.deepEqual(store.letters['brief.txt'].identity, { dossier: 'CXXIV', number: 'G' });
    const applied = applyAnnotations(analyseLetter(LETTER), LETTER, store.letters['brief.txt'], store.organisations);
    assert.equal(identityId(applied.analysis.identity), 'kst-CXXIV-G');
  });

  it('a declared roman dossier resolves the citations of other letters ("Kamerstuk CXXIV, G")', () => {
    const { store } = parseStore(JSON.stringify({ version: 1, letters: { 'brief.txt': { identity: { dossier: 'CXXIV', number: 'G' } } } }));
    const corpus = new Corpus((text, path) => {
      const analysis = analyseLetter(text, { path });
      return path.endsWith('brief.txt') ? applyAnnotations(analysis, text, store.letters['brief.txt']).analysis : analysis;
    });
    corpus.update('file:///w/brief.txt', LETTER);
    corpus.update('file:///w/citer.txt', 'Den Haag, 2 april 2013\n\nIn mijn brief (Kamerstuk CXXIV, G) schreef ik dat.\n');
    const citation = corpus.record('file:///w/citer.txt')!.analysis.entities.find(e => e.kind === 'kamerstuk')!;
    assert.equal(corpus.resolve(citation, 'file:///w/citer.txt'), 'file:///w/brief.txt');
  });

  it('refuses a roman dossier with a number or a suffix, in words that say why', () => {
    const number = parseAnnotationRequest({ kind: 'declare-identity', identity: { dossier: 'CXXIV', number: '3' } }, LETTER.length, noRange);
    assert.ok('error' in number);
    assert.match(number.error, /stukken of Senate dossier CXXIV are lettered, like "G": "3"/);
    const suffix = parseAnnotationRequest({ kind: 'declare-identity', identity: { dossier: 'CXXIV', suffix: 'VI', number: 'G' } }, LETTER.length, noRange);
    assert.ok('error' in suffix);
    assert.match(suffix.error, /roman numerals \(CXXIV\) has no suffix/);
    const invalid = parseAnnotationRequest({ kind: 'declare-identity', identity: { dossier: 'CIIC' } }, LETTER.length, noRange);
    assert.ok('error' in invalid);
    assert.match(invalid.error, /"CIIC" is no roman numeral of 100 or more/);
  });

  it('the store (edited by hand) takes a roman dossier and reports a numbered stuk of it on the number', () => {
    const good = parseStore(JSON.stringify({ version: 1, letters: { 'a.txt': { identity: { dossier: 'cxlvii', number: 'r' } } } }));
    assert.deepEqual(good.errors, []);
    assert.deepEqual(good.store.letters['a.txt'].identity, { dossier: 'CXLVII', number: 'R' });
    const text = JSON.stringify({ version: 1, letters: { 'a.txt': { identity: { dossier: 'CXLVII', number: '12' } } } });
    const bad = parseStore(text);
    assert.equal(bad.errors.length, 1);
    assert.match(bad.errors[0].message, /lettered/);
    assert.equal(text.slice(bad.errors[0].start, bad.errors[0].end), '"12"');
    const invalid = parseStore(JSON.stringify({ version: 1, letters: { 'a.txt': { identity: { dossier: 'CXXXXIV' } } } }));
    assert.match(invalid.errors[0].message, /no roman numeral of 100 or more/);
  });

  it('a reference marked as kst-CXXIV-G is a citation of CXXIV, G; a roman id with a number or suffix is none', () => {
    const parsed = parseAnnotationRequest({ kind: 'mark-reference', start: 0, end: 9, id: 'kst-CXXIV-G' }, LETTER.length, noRange);
    assert.ok('request' in parsed, JSON.stringify(parsed));
    assert.deepEqual(kamerstukFromId('kst-CXXIV-G'), { dossier: 'CXXIV', suffix: null, number: 'G', self: false, id: 'kst-CXXIV-G' });
    assert.deepEqual(kamerstukFromId('kst-cxxiv-g'), { dossier: 'CXXIV', suffix: null, number: 'G', self: false, id: 'kst-CXXIV-G' });
    assert.deepEqual(kamerstukFromId('kst-29754-325'), { dossier: '29754', suffix: null, number: '325', self: false, id: 'kst-29754-325' });
    for (const wrong of ['kst-CXXIV-3', 'kst-CXXIV-VI-G', 'kst-CIIC-G', 'kst-XII-G']) {
      assert.equal(kamerstukFromId(wrong), null, wrong);
      const refused = parseAnnotationRequest({ kind: 'mark-reference', start: 0, end: 9, id: wrong }, LETTER.length, noRange);
      assert.ok('error' in refused, wrong);
      assert.match(refused.error, /kst-CXXIV-G/);
    }
    const stored = parseStore(JSON.stringify({ version: 1, letters: { 'a.txt': { annotations: [
      { id: 'a1', type: 'reference', target: { exact: 'Den Haag', prefix: '', suffix: ', 12', start: 0, end: 8 }, body: { id: 'kst-CXXIV-G' } },
    ] } } }));
    assert.deepEqual(stored.errors, []);
    const applied = applyAnnotations(analyseLetter(LETTER), LETTER, stored.store.letters['a.txt']);
    const marked = applied.analysis.entities.find(e => e.kind === 'kamerstuk');
    assert.equal(marked?.kind === 'kamerstuk' ? marked.value.id : null, 'kst-CXXIV-G');
  });

  it('the store\'s JSON Schema (VS Code validates the store with it) agrees with the parser on dossiers and reference ids', () => {
    const schema = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'schemas', 'annotations.schema.json'), 'utf8');
    const patterns = [...schema.matchAll(/"pattern": "(\^(?:\(\?:\[0-9 \]|kst)[^"]*)"/g)].map(m => new RegExp(JSON.parse(`"${m[1]}"`)));
    assert.equal(patterns.length, 2);
    const [dossier, id] = patterns;
    const roman = (n: number) => [['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]]
      .reduce((out, [sym, v]) => { let s = out; while (n >= (v as number)) { s += sym; n -= v as number; } return s; }, '');
    const values = ['29754', '29 754', 'CIIC', 'CM', 'IIII', 'cxxiv', 'CXXIIII', 'abc'];
    for (let n = 1; n < 400; n++) values.push(roman(n));
    for (const value of values) {
      assert.equal(dossier.test(value), declaredDossier(value) !== null, value);
      for (const stuk of ['G', 'ab', '3', '325']) assert.equal(id.test(`kst-${value}-${stuk}`), kamerstukIdParts(`kst-${value}-${stuk}`) !== null, `kst-${value}-${stuk}`);
    }
  });

  it('the input box reads "CXXIV" and "CXXIV, G" (the letter then suggested in the number box), and only a letter as its stuk', () => {
    assert.deepEqual(parseDossierInput('CXXIV'), { dossier: 'CXXIV', suffix: null });
    assert.deepEqual(parseDossierInput(' cxxiv '), { dossier: 'CXXIV', suffix: null });
    assert.deepEqual(parseDossierInput('CXXIV, G'), { dossier: 'CXXIV', suffix: null, number: 'G' });
    assert.deepEqual(parseDossierInput('CXLVII,ab'), { dossier: 'CXLVII', suffix: null, number: 'AB' });
    // A whole citation's stuk after a numbered dossier too.
    assert.deepEqual(parseDossierInput('29 754, nr. 325'), { dossier: '29754', suffix: null, number: '325' });
    assert.deepEqual(parseDossierInput('36 200 VI, 3'), { dossier: '36200', suffix: 'VI', number: '3' });
    for (const wrong of ['CIIC', 'XII', 'C', 'CXXIV-A', 'CXXIV VI', 'CXXIV, 3', 'CXXIV, nr. 3']) assert.equal(parseDossierInput(wrong), null, wrong);
    assert.equal(numberInputProblem('CXXIV', 'g'), null);
    assert.equal(numberInputValue('CXXIV', ' g '), 'G');
    assert.match(numberInputProblem('CXXIV', '3')!, /lettered/);
    assert.match(numberInputProblem('CXXIV', '')!, /A letter like G/);
    assert.equal(numberInputProblem('29754', '325'), null);
    assert.equal(numberInputValue('29754', '42e'), '42e');
    assert.equal(dossierInputValue('CXXIV', undefined), 'CXXIV');
    // What the box gives passes the server's own check.
    const input = parseDossierInput('cxxiv, g')!;
    assert.equal(identityProblem('dossier', input.dossier), null);
  });
});

describe('Editor 23c: a file of nothing but page numbers is blank, as an empty one is', () => {
  // A scanned PDF whose text layer holds only the page numbers: "No Kamerstuk number found", the lens and "Declare the
  // identity…" on it were noise, as on an empty file; it has no text to identify.
  const PAGES = 'Pagina 1 van 2\n\n\n\n\f\nPagina 2 van 2\n';
  const quiet = (corpus: Corpus, uri: string, text: string) => {
    assert.deepEqual(diagnoseLetter(corpus, uri, DEFAULT_SETTINGS), [], uri);
    assert.deepEqual(codeLenses(corpus, uri), [], uri);
    assert.deepEqual(codeActions(corpus, uri, { start: 0, end: 0 }, [], { text, orphans: [] }).map(a => a.title), [], uri);
  };

  it('open (its page numbers read as furniture) and closed (its record without furniture): no diagnostic, lens or action', () => {
    const corpus = new Corpus();
    assert.ok(analyseLetter(PAGES).furniture.length > 0, 'the page numbers are furniture');
    corpus.update('file:///w/open.txt', PAGES);
    quiet(corpus, 'file:///w/open.txt', PAGES);
    corpus.put(packRecord(slimRecord(makeRecord('file:///w/closed.txt', PAGES))));
    quiet(corpus, 'file:///w/closed.txt', PAGES);
  });

  it('a word besides the page numbers, a date line or a masthead is text: the hint, lens and declaration are there', () => {
    const corpus = new Corpus();
    for (const [name, text] of [
      ['words', 'Pagina 1 van 2\n\nGeachte Voorzitter,\n\f\nPagina 2 van 2\n'],
      ['date', 'Den Haag, 3 juni 2015\n'],
      ['masthead', 'Tweede Kamer der Staten-Generaal\n'],
      // Text the opening words skip (a salutation after the letterhead) or do not reach (after many blank lines).
      ['salutation', 'Geachte Voorzitter,\n'],
      ['late', `Pagina 1 van 2\n${'\n'.repeat(600)}De stand van zaken is als volgt.\n`],
    ]) {
      for (const closed of [false, true]) {
        const uri = `file:///w/${name}${closed ? '-closed' : ''}.txt`;
        if (closed) corpus.put(packRecord(slimRecord(makeRecord(uri, text))));
        else corpus.update(uri, text);
        assert.deepEqual(diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).map(d => d.code), ['letter.no-identity'], uri);
        assert.equal(codeLenses(corpus, uri).length, 1, uri);
        assert.ok(codeActions(corpus, uri, { start: 0, end: 0 }, [], { text, orphans: [] }).some(a => a.title === 'Declare the identity of this letter…'), uri);
      }
    }
  });

  it('a file that could not be read is reported (input.binary), with no lens or declaration, as before', () => {
    const corpus = new Corpus();
    corpus.markUnreadable('file:///w/scan.txt', { code: 'input.binary', message: 'Binary.' });
    assert.deepEqual(diagnoseLetter(corpus, 'file:///w/scan.txt', DEFAULT_SETTINGS).map(d => d.code), ['input.binary']);
    assert.deepEqual(codeLenses(corpus, 'file:///w/scan.txt'), []);
    assert.deepEqual(codeActions(corpus, 'file:///w/scan.txt', { start: 0, end: 0 }, [], { text: '', orphans: [] }).map(a => a.title), []);
  });
});

describe('Editor 23c: completion in front of a number lists the number written there first, preselected', () => {
  // At "nr. |325" (the cursor before an existing number) every number was listed in order and the first, 325 or not,
  // selected: in the editor's replace mode Enter turned "325" into that one. The list stays the same (the user may be
  // replacing the number), but the stuk written there is the one Enter keeps.
  const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;
  const corpus = new Corpus();
  for (const nr of ['3', '30', '325', '330']) corpus.update(`file:///w/kst-29754-${nr}.txt`, `Den Haag, 3 maart 2015\n\nTekst.\n\n${footer('29 754', nr)}`);
  corpus.update('file:///w/kst-30977-104.txt', `Den Haag, 3 maart 2015\n\nTekst.\n\n${footer('30 977', '104')}`);
  corpus.update('file:///w/senate.txt', 'Zie de memorie (Kamerstukken I 2016/17, 33 826, C) en het verslag (Kamerstukken I 2016/17, 33 826, D).\n\n' + footer('31 000', '1'));
  /** The labels in sortText order, with "*" after a preselected one, at the "|" of `marked`. */
  const listed = (marked: string) => completionsAt(corpus, marked.replace('|', ''), marked.indexOf('|'))!.items
    .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0))
    .map(i => `${i.label}${i.preselect ? '*' : ''}`);

  it('a number: "nr. |325" and "nr. 3|25" list 325 first; the others follow as before', () => {
    assert.deepEqual(listed('Kamerstuk 29 754, nr. |325 en'), ['325*', '3', '30', '330']);
    assert.deepEqual(listed('Kamerstuk 29 754, nr. 3|25 en'), ['325*', '3', '30', '330']);
    assert.deepEqual(listed('Kamerstuk 29 754, nr. |3 en'), ['3*', '30', '325', '330']);
  });

  it('nothing whole ahead (a space, the line end, a number no stuk has): the order as before, nothing preselected', () => {
    assert.deepEqual(listed('Kamerstuk 29 754, nr. | en'), ['3', '30', '325', '330']);
    assert.deepEqual(listed('Kamerstuk 29 754, nr. 3|'), ['3', '30', '325', '330']);
    assert.deepEqual(listed('Kamerstuk 29 754, nr. |999'), ['3', '30', '325', '330']);
  });

  it('a Senate letter in front of its letter, and a dossier in front of the dossier', () => {
    assert.deepEqual(listed('(Kamerstukken I 2016/17, 33 826, |D)'), ['D*', 'C']);
    const dossiers = listed('Kamerstuk |30 977, nr. 104');
    assert.equal(dossiers[0], '30 977*');
    assert.deepEqual(dossiers.slice(1).sort(), ['29 754', '31 000', '33 826']);
    assert.equal(listed('Kamerstuk 29|').filter(l => l.endsWith('*')).length, 0);
  });

  it('the number written there is listed also beyond the limit of 100', () => {
    const big = new Corpus();
    for (let nr = 1; nr <= 130; nr++) big.update(`file:///w/kst-29754-${nr}.txt`, `Den Haag, 3 maart 2015\n\nTekst.\n\n${footer('29 754', String(nr))}`);
    const text = 'Kamerstuk 29 754, nr. 125 en';
    const result = completionsAt(big, text, text.indexOf('125'))!;
    assert.equal(result.incomplete, true);
    assert.deepEqual(result.items.filter(i => i.preselect).map(i => i.label), ['125']);
    assert.equal(result.items.length, 101);
  });
});
