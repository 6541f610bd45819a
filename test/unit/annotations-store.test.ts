// The store file: tolerant parsing with offsets, canonical serialisation, and minimal planned edits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from 'jsonc-parser';
import {
  applyAnnotations, candidateStorePaths, letterKey, locateInStore, locateOrganisation, parseStore, planStoreEdit, serializeStore, storeLocation,
} from '../../server/src/core/annotations';
import { analyseLetter } from '../../server/src/core/analyse';
import { planAnnotationEdit } from '../../server/src/core/features/annotate';

const CORPUS = join(__dirname, '..', '..', '..', 'corpus');
const L003 = '003_a211609418273696.txt';
const text003 = readFileSync(join(CORPUS, L003), 'utf8');
const NOW = '2026-01-01T00:00:00.000Z';

/** A hand-written store with its own formatting (4-space indent, a compact array), as a user might keep it. */
const HAND_WRITTEN = `{
    "version": 1,
    "letters": {
        "000_24c3e309d107eecc.txt": {
            "identity": { "dossier": "29754", "number": "302" },
            "annotations": []
        },
        "003_a211609418273696.txt": {
            "annotations": [
                {
                    "id": "a1",
                    "type": "note",
                    "target": { "exact": "Brede aanpak", "prefix": "", "suffix": "", "start": 2330, "end": 2342 },
                    "body": { "text": "kopje", "tag": "structuur" }
                },
                {
                    "id": "a2",
                    "type": "organisation",
                    "target": { "exact": "DTN", "start": 10, "end": 5 },
                    "body": { "id": "USER:DTN" }
                },
                {
                    "id": "a3",
                    "type": "not-entity",
                    "target": { "exact": "Kamerstuk 29 754, nr. 391", "prefix": "", "suffix": "", "start": 5547, "end": 5572 },
                    "body": { "kind": "kamerstuk" }
                }
            ]
        }
    },
    "organisations": [
        { "id": "USER:DTN", "name": "Dreigingsbeeld Terrorisme Nederland", "acronyms": ["DTN"] }
    ]
}
`;

describe('annotations: parsing the store', () => {
  it('reads a well-formed store', () => {
    const { store, errors } = parseStore(HAND_WRITTEN.replace('"start": 10, "end": 5', '"start": 5, "end": 10'));
    assert.deepEqual(errors, []);
    assert.equal(store.letters['003_a211609418273696.txt'].annotations.length, 3);
    assert.deepEqual(store.letters['000_24c3e309d107eecc.txt'].identity, { dossier: '29754', number: '302' });
    assert.deepEqual(store.organisations, [{ id: 'USER:DTN', name: 'Dreigingsbeeld Terrorisme Nederland', acronyms: ['DTN'] }]);
  });

  it('serialises canonically: parse → serialise is stable', () => {
    const { store } = parseStore(HAND_WRITTEN);
    const once = serializeStore(store);
    assert.equal(serializeStore(parseStore(once).store), once);
    assert.ok(once.endsWith('}\n'));
    assert.ok(once.indexOf('"letters"') < once.indexOf('"organisations"') && once.indexOf('"organisations"') < once.indexOf('"version"'));
  });

  it('reports a malformed entry at its offset in the file, skips it, and applies the rest', () => {
    const { store, errors } = parseStore(HAND_WRITTEN);
    assert.equal(errors.length, 1);
    const targetOfA2 = HAND_WRITTEN.indexOf('{ "exact": "DTN"');
    assert.equal(errors[0].start, targetOfA2);
    assert.equal(HAND_WRITTEN.slice(errors[0].start, errors[0].end), '{ "exact": "DTN", "start": 10, "end": 5 }');
    assert.match(errors[0].message, /a2.*target/);
    const kept = store.letters['003_a211609418273696.txt'].annotations.map(a => a.id);
    assert.deepEqual(kept, ['a1', 'a3']);
    // The rest still applies to the letter.
    const applied = applyAnnotations(analyseLetter(text003), text003, store.letters[L003], store.organisations);
    assert.equal(applied.notes.length, 1);
    assert.ok(!applied.analysis.entities.some(e => e.kind === 'kamerstuk' && e.text === 'Kamerstuk 29 754, nr. 391'));
  });

  it('locates an annotation, a letter entry and an organisation in the store text', () => {
    const a3 = locateInStore(HAND_WRITTEN, L003, 'a3');
    assert.ok(a3);
    assert.match(HAND_WRITTEN.slice(a3.start, a3.end), /^\{\s+"id": "a3"[\s\S]*\}$/);
    const entry = locateInStore(HAND_WRITTEN, '000_24c3e309d107eecc.txt');
    assert.ok(entry && HAND_WRITTEN.slice(entry.start, entry.end).includes('"dossier": "29754"'));
    const org = locateOrganisation(HAND_WRITTEN, 'USER:DTN');
    assert.ok(org && HAND_WRITTEN.slice(org.start, org.end).startsWith('{ "id": "USER:DTN"'));
    assert.equal(locateInStore(HAND_WRITTEN, L003, 'a9'), null);
    assert.equal(locateInStore('not json', L003, 'a1'), null);
  });

  it('reports JSON syntax errors with offsets and keeps what it could read', () => {
    const broken = HAND_WRITTEN.replace('"kopje", "tag"', '"kopje" "tag"');
    const { store, errors } = parseStore(broken);
    assert.ok(errors.some(e => e.message === 'JSON syntax error: a comma is missing before this.' && e.start === broken.indexOf('"tag"')));
    assert.deepEqual(store.organisations.map(o => o.id), ['USER:DTN']);
  });

  it('reports unknown types, duplicate ids, bad identity fields and bad references', () => {
    const text = JSON.stringify({
      version: 1,
      letters: { 'x.txt': {
        identity: { date: '19 juni 2017', chamber: 'II', colour: 'red' },
        annotations: [
          { id: 'a1', type: 'highlight', target: { exact: 'x', start: 0, end: 1 }, body: {} },
          { id: 'a2', type: 'reference', target: { exact: 'x', start: 0, end: 1 }, body: { id: '29754-325' } },
          { id: 'a3', type: 'note', target: { exact: 'x', start: 0, end: 1 }, body: { text: 'ok' } },
          { id: 'a3', type: 'note', target: { exact: 'x', start: 0, end: 1 }, body: { text: 'again' } },
        ],
      } },
    }, null, 2);
    const { store, errors } = parseStore(text);
    assert.deepEqual(store.letters['x.txt'].identity, { chamber: 'II' });
    assert.deepEqual(store.letters['x.txt'].annotations.map(a => a.id), ['a3']);
    const messages = errors.map(e => e.message).join('\n');
    assert.match(messages, /ISO date/);
    assert.match(messages, /colour/);
    assert.match(messages, /"type" must be one of/);
    assert.match(messages, /kst-29754-325/);
    assert.match(messages, /Duplicate annotation id "a3"/);
    for (const e of errors) assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
  });

  it('never throws on empty, binary or non-object input', () => {
    for (const bad of ['', '   ', '\u0000\u0001\u0002', '[1,2,3]', '"text"', '{"letters": 5, "organisations": {}}', '{'.repeat(10_000), null as unknown as string]) {
      const { store } = parseStore(bad);
      assert.deepEqual(store.letters, {});
    }
  });
});

describe('annotations: writing the store', () => {
  const span = (quote: string) => { const s = text003.indexOf(quote); return { text: text003, start: s, end: s + quote.length }; };

  it('creates a canonical store (sorted keys, 2-space indent) when there is none', () => {
    const { newText, edits, error } = planStoreEdit(null, { kind: 'mark-organisation', letter: L003, orgId: 'NCTV', ...span('Nationaal Coördinator') }, { now: NOW });
    assert.equal(error, undefined);
    assert.deepEqual(edits, [{ offset: 0, length: 0, content: newText }]);
    assert.equal(newText, serializeStore(parseStore(newText).store));
    assert.match(newText, /^\{\n {2}"letters": \{\n {4}"003_a211609418273696.txt": \{/);
    const [annotation] = parseStore(newText).store.letters[L003].annotations;
    assert.equal(annotation.type, 'organisation');
    assert.equal(annotation.target.exact, 'Nationaal Coördinator');
    assert.equal(annotation.created, NOW);
  });

  it('adds an annotation with a minimal edit, in document order, leaving the rest byte for byte', () => {
    const { newText, edits } = planStoreEdit(HAND_WRITTEN, { kind: 'add-note', letter: L003, note: 'bron?', tag: 'check', ...span('Dreigingsbeeld') }, { now: NOW });
    assert.equal(edits.length, 1);
    const [edit] = edits;
    assert.equal(applyEdits(HAND_WRITTEN, edits), newText);
    // Everything outside the edit is untouched, and the edit only inserts.
    assert.equal(edit.length, 0);
    assert.equal(newText.slice(0, edit.offset), HAND_WRITTEN.slice(0, edit.offset));
    assert.equal(newText.slice(edit.offset + edit.content.length), HAND_WRITTEN.slice(edit.offset));
    const ids = parseStore(newText).store.letters[L003].annotations.map(a => a.id);
    // The heading "Dreigingsbeeld" comes before "Brede aanpak" (a1): document order.
    assert.ok(text003.indexOf('Dreigingsbeeld') < text003.indexOf('Brede aanpak'));
    assert.deepEqual(ids, ['a4', 'a1', 'a3']);
    // Indented like its siblings: the new element starts on its own line, 16 spaces in.
    assert.match(edit.content, /^\{\n {20}"body": \{/);
  });

  it('declares identity fields one property at a time, and null removes a declaration', () => {
    const { newText } = planStoreEdit(HAND_WRITTEN, { kind: 'declare-identity', letter: '000_24c3e309d107eecc.txt', identity: { number: null, title: 'Terrorismebestrijding' } });
    assert.equal(newText.replace(/"identity": \{[^}]*\}/, ''), HAND_WRITTEN.replace(/"identity": \{[^}]*\}/, ''));
    assert.deepEqual(parseStore(newText).store.letters['000_24c3e309d107eecc.txt'].identity, { dossier: '29754', title: 'Terrorismebestrijding' });
  });

  it('defines organisations and adds acronyms without touching the others', () => {
    const added = planStoreEdit(HAND_WRITTEN, { kind: 'define-organisation', organisation: { id: 'USER:CTG', name: 'Counter Terrorism Group', acronyms: ['CTG'] } });
    const parsed = parseStore(added.newText).store;
    assert.deepEqual(parsed.organisations.map(o => o.id), ['USER:CTG', 'USER:DTN']);
    const extended = planStoreEdit(added.newText, { kind: 'define-organisation', organisation: { id: 'USER:DTN', acronyms: ['DTN', 'DTN45'] } });
    assert.deepEqual(extended.edits, [{ offset: added.newText.indexOf('["DTN"]') + 6, length: 0, content: ', "DTN45"' }]);
    assert.deepEqual(parseStore(extended.newText).store.organisations[1].acronyms, ['DTN', 'DTN45']);
  });

  it('removes an annotation by id, keeping the malformed entry the user has not fixed yet', () => {
    const { newText } = planStoreEdit(HAND_WRITTEN, { kind: 'remove-annotation', letter: L003, id: 'a3' });
    assert.ok(!newText.includes('"a3"'));
    assert.ok(newText.includes('"a2"'));
    assert.deepEqual(parseStore(newText).store.letters[L003].annotations.map(a => a.id), ['a1']);
  });

  it('refuses, without rewriting, when the store is malformed where the change would go', () => {
    const broken = '{ "version": 1, "letters": [] }\n';
    const result = planStoreEdit(broken, { kind: 'mark-not-entity', letter: L003, entityKind: 'date', ...span('23 juni') });
    assert.ok(result.error);
    assert.equal(result.newText, broken);
    assert.deepEqual(result.edits, []);
  });

  it('refuses, without rewriting, a store with a JSON syntax error (an unclosed string being typed in its editor)', () => {
    // Edits planned on a tree the parser recovered from land anywhere: here the new note went into the
    // key of "organisations", turning the user's store into nonsense.
    const broken = HAND_WRITTEN.replace('"text": "kopje"', '"text": "kopje');
    const result = planStoreEdit(broken, { kind: 'add-note', letter: L003, note: 'bron?', ...span('Dreigingsbeeld') }, { now: NOW });
    assert.match(result.error ?? '', /syntax/);
    assert.equal(result.newText, broken);
    assert.deepEqual(result.edits, []);
    const reanchor = planAnnotationEdit(broken, { kind: 'reanchor-annotation', id: 'a1', start: span('Dreigingsbeeld').start, end: span('Dreigingsbeeld').end }, L003, text003);
    assert.match(reanchor.error ?? '', /syntax/);
    assert.deepEqual(reanchor.edits, []);
    // Trailing commas and comments are no syntax errors in the store (parseStore allows them).
    const lenient = HAND_WRITTEN.replace('"acronyms": ["DTN"] }', '"acronyms": ["DTN"] }, // mine');
    assert.equal(planStoreEdit(lenient, { kind: 'add-note', letter: L003, note: 'bron?', ...span('Dreigingsbeeld') }, { now: NOW }).error, undefined);
  });

  it('gives a new annotation an id no entry of the file uses, malformed ones included', () => {
    // a3 made malformed: the parsed store skips it, but the id is the user's and "remove a3" finds the first a3.
    const withBadA3 = HAND_WRITTEN.replace('"start": 5547, "end": 5572', '"start": 5572, "end": 5547');
    assert.deepEqual(parseStore(withBadA3).store.letters[L003].annotations.map(a => a.id), ['a1']);
    const { newText, error } = planStoreEdit(withBadA3, { kind: 'add-note', letter: L003, note: 'bron?', ...span('Dreigingsbeeld') }, { now: NOW });
    assert.equal(error, undefined);
    assert.deepEqual(parseStore(newText).store.letters[L003].annotations.map(a => a.id), ['a4', 'a1']);
  });

  it('round-trips: a stored annotation re-applies to the letter it was made on', () => {
    const { newText } = planStoreEdit(null, { kind: 'mark-reference', letter: L003, id: 'kst-29754-253', ...span('Actieprogramma Integrale Aanpak Jihadisme') }, { now: NOW });
    const { store } = parseStore(newText);
    const applied = applyAnnotations(analyseLetter(text003), text003, store.letters[L003], store.organisations);
    assert.equal(applied.anchored[0].method, 'position');
    assert.ok(applied.analysis.entities.some(e => e.kind === 'kamerstuk' && e.source === 'user' && e.text === 'Actieprogramma Integrale Aanpak Jihadisme'));
  });
});

describe('annotations: store location', () => {
  it('keeps the store beside the letters and keys letters by relative path', () => {
    assert.deepEqual(storeLocation('/w/corpus/003.txt'), { folder: '/w/corpus', storePath: '/w/corpus/.kamerstukken/annotations.json', key: '003.txt' });
    assert.deepEqual(candidateStorePaths('/w/corpus/2017/003.txt').slice(0, 2), ['/w/corpus/2017/.kamerstukken/annotations.json', '/w/corpus/.kamerstukken/annotations.json']);
    assert.equal(letterKey('/w/corpus/.kamerstukken/annotations.json', '/w/corpus/2017/003.txt'), '2017/003.txt');
    assert.equal(letterKey('C:\\w\\corpus\\.kamerstukken\\annotations.json', 'C:\\w\\corpus\\003.txt'), '003.txt');
  });
});
