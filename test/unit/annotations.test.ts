// Anchoring of W3C selectors and application of user annotations, on real spans of the seed letters.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseLetter } from '../../server/src/core/analyse';
import { anchor, applyAnnotations, makeSelector, type Annotation, type LetterAnnotations } from '../../server/src/core/annotations';

const CORPUS = join(__dirname, '..', '..', '..', 'corpus');
const letter = (name: string) => readFileSync(join(CORPUS, name), 'utf8');
const L003 = '003_a211609418273696.txt';
const L000 = '000_24c3e309d107eecc.txt';

/** The span of the first occurrence of `quote` in `text` (fails the test when it is not there). */
function spanOf(text: string, quote: string, from = 0): [number, number] {
  const at = text.indexOf(quote, from);
  assert.ok(at >= 0, `"${quote}" not in the letter`);
  return [at, at + quote.length];
}

describe('annotations: anchoring (W3C quote + position selectors)', () => {
  const text = letter(L003);
  // Wrapped over a line break in the letter: "Dreigingsbeeld Terrorisme \nNederland 45".
  const quote = 'Dreigingsbeeld Terrorisme \nNederland 45';
  const [start, end] = spanOf(text, quote);
  const selector = makeSelector(text, start, end);

  it('builds a selector with the quote and 32 characters of context', () => {
    assert.equal(selector.exact, quote);
    assert.equal(selector.prefix, text.slice(start - 32, start));
    assert.equal(selector.suffix, text.slice(end, end + 32));
    assert.deepEqual([selector.start, selector.end], [start, end]);
  });

  it('anchors by position on the unchanged letter', () => {
    assert.deepEqual(anchor(selector, text), { start, end, method: 'position' });
  });

  it('survives a paragraph inserted above the span (quote search)', () => {
    const inserted = 'Een nieuwe alinea die eerder in de brief is ingevoegd.\n\n';
    const edited = text.slice(0, 500) + inserted + text.slice(500);
    const found = anchor(selector, edited);
    assert.ok(found);
    assert.equal(found.method, 'quote');
    assert.equal(found.start, start + inserted.length);
    assert.equal(edited.slice(found.start, found.end), quote);
  });

  it('survives a small edit inside the annotated words (fuzzy)', () => {
    const edited = text.slice(0, start) + 'Dreigingsbeeld Terrorisme Nederland 45' + text.slice(end);
    const found = anchor(selector, edited);
    assert.ok(found);
    assert.equal(found.method, 'fuzzy');
    assert.equal(edited.slice(found.start, found.end), 'Dreigingsbeeld Terrorisme Nederland 45');
  });

  it('survives an edit inside the words and a paragraph above together', () => {
    const inserted = 'Ingevoegd.\n';
    const edited = inserted + text.slice(0, start) + 'Dreigingsbeeld Terrorisme\nNederland 45' + text.slice(end);
    const found = anchor(selector, edited);
    assert.ok(found);
    assert.equal(edited.slice(found.start, found.end), 'Dreigingsbeeld Terrorisme\nNederland 45');
  });

  it('gives an orphan when the annotated words are deleted', () => {
    const edited = text.slice(0, start) + text.slice(end);
    assert.equal(anchor(selector, edited), null);
  });

  it('picks, among repeated quotes, the one whose context matches', () => {
    // "DTN 45" occurs several times in the letter; the selector's context tells them apart.
    const first = text.indexOf('DTN 45');
    const second = text.indexOf('DTN 45', first + 1);
    assert.ok(first >= 0 && second > first);
    const sel = makeSelector(text, second, second + 6);
    const shifted = 'X\n' + text;
    assert.deepEqual(anchor(sel, shifted), { start: second + 2, end: second + 8, method: 'quote' });
  });

  it('never throws on bad selectors or text, and stays cheap on a huge single line', () => {
    assert.equal(anchor({ exact: '', prefix: '', suffix: '', start: 0, end: 0 }, text), null);
    assert.equal(anchor({ exact: 'x', prefix: '', suffix: '', start: -5, end: 99 }, ''), null);
    assert.equal(anchor(null as never, text), null);
    const huge = 'ab'.repeat(1_000_000);
    const sel = { exact: 'Nationaal Coördinator Terrorismebestrijding', prefix: 'de ', suffix: ' en', start: 1_000_000, end: 1_000_043 };
    assert.equal(anchor(sel, huge), null);
  });
});

describe('annotations: applying to an analysis', () => {
  const text = letter(L003);
  const analysis = analyseLetter(text, { path: L003 });
  const at = (quote: string, from = 0) => makeSelector(text, ...spanOf(text, quote, from));

  it('user organisations make their acronym and name organisation entities with source user', () => {
    const result = applyAnnotations(analysis, text, undefined, [
      { id: 'USER:DTN', name: 'Dreigingsbeeld Terrorisme Nederland', acronyms: ['DTN'], kind: 'rapport' },
    ]);
    const dtn = result.analysis.entities.filter(e => e.kind === 'organisation' && e.text === 'DTN');
    const expected = [...text.matchAll(/(?<![\p{L}\p{N}])DTN(?![\p{L}\p{N}])/gu)].length;
    assert.ok(expected >= 3);
    assert.equal(dtn.length, expected);
    for (const e of dtn) {
      assert.equal(e.source, 'user');
      assert.deepEqual(e.value, { id: 'USER:DTN' });
      assert.equal(text.slice(e.start, e.end), 'DTN');
    }
    assert.deepEqual(result.acronyms, [{ short: 'DTN', long: 'Dreigingsbeeld Terrorisme Nederland', orgId: 'USER:DTN', kind: 'rapport', description: null }]);
  });

  it('not-entity removes the recognised entity of that kind; reference and organisation add user entities', () => {
    const citation = 'Kamerstuk 29 754, nr. 391';
    assert.ok(analysis.entities.some(e => e.kind === 'kamerstuk' && e.text === citation), 'the recogniser finds the citation');
    const annotations: Annotation[] = [
      { id: 'a1', type: 'not-entity', target: at(citation), body: { kind: 'kamerstuk' } },
      { id: 'a2', type: 'reference', target: at('Actieprogramma Integrale Aanpak Jihadisme'), body: { id: 'kst-29754-253' } },
      { id: 'a3', type: 'organisation', target: at('Nationaal Coördinator Terrorismebe-\nstrijding en Veiligheid'), body: { id: 'NCTV' } },
    ];
    const result = applyAnnotations(analysis, text, { annotations }, []);
    const entities = result.analysis.entities;
    assert.ok(!entities.some(e => e.kind === 'kamerstuk' && e.text === citation));
    const reference = entities.find(e => e.kind === 'kamerstuk' && e.text === 'Actieprogramma Integrale Aanpak Jihadisme');
    assert.ok(reference);
    assert.equal(reference.source, 'user');
    assert.deepEqual(reference.value, { dossier: '29754', suffix: null, number: '253', self: false, id: 'kst-29754-253' });
    const nctv = entities.find(e => e.kind === 'organisation' && e.start === spanOf(text, 'Nationaal Coördinator Terrorismebe-')[0]);
    assert.ok(nctv);
    assert.deepEqual(nctv.value, { id: 'NCTV' });
    assert.equal(result.anchored.length, 3);
    assert.equal(result.orphans.length, 0);
    for (let i = 1; i < entities.length; i++) assert.ok(entities[i - 1].start <= entities[i].start, 'entities stay sorted');
    // The analysis passed in is left as it was.
    assert.ok(analysis.entities.some(e => e.kind === 'kamerstuk' && e.text === citation));
  });

  it('a correction replaces the value of the recognised entity on that span', () => {
    const annotations: Annotation[] = [{ id: 'c1', type: 'correction', target: at('23 juni'), body: { kind: 'date', value: { iso: '2017-06-23' } } }];
    const result = applyAnnotations(analysis, text, { annotations });
    const dates = result.analysis.entities.filter(e => e.kind === 'date' && e.text === '23 juni');
    assert.equal(dates.length, 1);
    assert.deepEqual(dates[0].value, { iso: '2017-06-23' });
    assert.equal(dates[0].source, 'user');
  });

  it('a corrected Handelingen value may name the meeting or only the pages; neither is no value', () => {
    const target = at('23 juni');
    const correct = (value: Record<string, unknown>) => applyAnnotations(analysis, text, { annotations: [{ id: 'h1', type: 'correction', target, body: { kind: 'handelingen', value } }] });
    const byPages = correct({ chamber: 'II', session: '2005-2006', page: '3812-3815' });
    assert.deepEqual(byPages.orphans, []);
    const entity = byPages.analysis.entities.find(e => e.kind === 'handelingen' && e.start === target.start)!;
    assert.deepEqual(entity.value, { id: null, session: '2005-2006', chamber: 'II', number: null, item: null, page: '3812-3815' });
    assert.equal(correct({ chamber: 'II', session: '2014-2015', number: '41', item: '7' }).orphans.length, 0);
    assert.match(correct({ chamber: 'II', session: '2014-2015' }).orphans[0].message, /not a valid handelingen value/);
  });

  it('notes come back with their span, text and tag', () => {
    const target = at('Brede aanpak');
    const result = applyAnnotations(analysis, text, { annotations: [{ id: 'n1', type: 'note', target, body: { text: 'Kopje nakijken', tag: 'structuur' } }] });
    assert.equal(result.notes.length, 1);
    assert.deepEqual({ ...result.notes[0], annotation: undefined }, { annotation: undefined, start: target.start, end: target.end, text: 'Kopje nakijken', tag: 'structuur' });
  });

  it('an annotation whose words were deleted is an orphan with a message, and the rest still applies', () => {
    // Deleting words that occur elsewhere would (rightly) re-anchor there, so this phrase is unique.
    const target = at('rotsvast vertrouwen');
    const edited = text.replace('een \nrotsvast vertrouwen', 'een \nvertrouwen').replace('een rotsvast vertrouwen', 'een vertrouwen');
    assert.ok(!edited.includes('rotsvast'));
    const letterAnnotations: LetterAnnotations = { annotations: [
      { id: 'o1', type: 'organisation', target, body: { id: 'UK-GOV' } },
      { id: 'n1', type: 'note', target: makeSelector(edited, ...spanOf(edited, 'Brede aanpak')), body: { text: 'ok' } },
    ] };
    const result = applyAnnotations(analyseLetter(edited), edited, letterAnnotations);
    assert.equal(result.orphans.length, 1);
    assert.equal(result.orphans[0].annotation.id, 'o1');
    assert.match(result.orphans[0].message, /rotsvast vertrouwen/);
    assert.equal(result.notes.length, 1);
  });

  it('a declared identity fills what the letter does not state, with source user', () => {
    const text0 = letter(L000);
    const analysis0 = analyseLetter(text0, { path: L000 });
    assert.equal(analysis0.identity.dossier, null);
    const result = applyAnnotations(analysis0, text0, { identity: { dossier: '29754', number: '302', chamber: 'II', signatory: 'De Minister van Veiligheid en Justitie, I.W. Opstelten' }, annotations: [] });
    const id = result.analysis.identity;
    assert.equal(id.dossier, '29754');
    assert.equal(id.number, '302');
    assert.equal(id.chamber, 'II');
    assert.equal(id.sources.dossier, 'user');
    assert.equal(id.date, analysis0.identity.date, 'fields not declared keep what the text says');
    const signatory = id.signatories.find(s => s.name === 'I.W. Opstelten');
    assert.ok(signatory);
    assert.equal(signatory.role, 'De Minister van Veiligheid en Justitie');
    if (signatory.end > signatory.start) assert.equal(text0.slice(signatory.start, signatory.end), 'I.W. Opstelten');
    assert.equal(analysis0.identity.dossier, null, 'input not modified');
  });

  it('handles a 10 MB single line with tens of thousands of user mentions and an unanchorable annotation', () => {
    const line = text.replace(/\n/g, ' ');
    const huge = line.repeat(Math.ceil(10_000_000 / line.length));
    const empty = analyseLetter('');
    const at = huge.indexOf('rotsvast vertrouwen');
    const result = applyAnnotations(empty, huge, { annotations: [
      { id: 'n1', type: 'note', target: makeSelector(huge, at, at + 19), body: { text: 'x' } },
      { id: 'n2', type: 'note', target: { exact: 'q'.repeat(60), prefix: '', suffix: '', start: 5_000_000, end: 5_000_060 }, body: { text: 'gone' } },
    ] }, [{ id: 'USER:DTN', name: 'Dreigingsbeeld Terrorisme Nederland', acronyms: ['DTN'] }]);
    assert.deepEqual(result.anchored.map(a => a.method), ['position']);
    assert.deepEqual(result.orphans.map(o => o.annotation.id), ['n2']);
    assert.ok(result.analysis.entities.length > 1000);
  });
});
