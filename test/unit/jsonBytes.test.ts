// The CLI's JSON writer gives the bytes of JSON.stringify(value, null, 1), nested or not.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseLetter } from '../../server/src/core/analyse';
import { isCitation } from '../../server/src/core/workspace/keys';
import { writeDocument } from '../../server/src/cli/documentJson';
import { JsonBytes } from '../../server/src/cli/jsonBytes';
import { seededRandom } from './seeded';

const corpus = join(__dirname, '..', '..', '..', 'corpus');

function written(value: unknown, depth = 0): string | undefined {
  const out = new JsonBytes();
  return out.value(value, depth) ? out.bytes.toString('utf8', 0, out.length) : undefined;
}

/** What JSON.stringify writes for `value` nested `depth` deep, as it reaches stdout (UTF-8). */
function expected(value: unknown, depth = 0): string | undefined {
  const json = JSON.stringify(value, null, 1);
  if (json === undefined) return undefined;
  return Buffer.from(json.replace(/\n/g, '\n' + ' '.repeat(depth)), 'utf8').toString('utf8');
}

describe('JSON as bytes', () => {
  it('writes strings as JSON.stringify escapes them: quotes, backslashes, controls, lone surrogates, letters outside ASCII', () => {
    const strings = ['', 'NCTV', 'Nationaal Coördinator Terrorismebe-\nstrijding', '“Tweede Kamer” – ’s-Gravenhage', 'a"b\\c', '\t\r\b\f\u0001\u001f\u007f',
      'x\uD800', '\uDC00y', '😀 𝔸', 'é'.repeat(1000), '\u2028\u2029', '\uFFFF\uFEFF',
      // From eight units a string without escapes is encoded natively: each escape at the start, middle and end.
      ...['"', '\\', '\n', '\t', '\u0000', '\u001f', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'].flatMap(c => [c + 'abcdefgh', 'abcd' + c + 'efgh', 'abcdefgh' + c]),
      'abcdefgh\u2028', '\u007f'.repeat(9), '😀'.repeat(5), 'Coördinator 😀 “NCTV”', '\uD83D\uDE00abcdefgh', 'abcdefg'];
    for (const s of strings) assert.equal(written(s), expected(s), JSON.stringify(s));
  });

  it('writes numbers as JSON.stringify does', () => {
    for (const n of [0, -0, 7, 42, 2147483647, 2147483648, -1, 0.5, 1e21, 1e-7, 123456789012, NaN, Infinity, -Infinity, Number.MAX_VALUE]) {
      assert.equal(written(n), expected(n), String(n));
    }
  });

  it('leaves out what JSON.stringify leaves out, and follows toJSON, boxed values and null prototypes', () => {
    const nullProto = Object.assign(Object.create(null), { b: 1, a: [2, undefined, () => 3] });
    const values: unknown[] = [
      undefined, () => 1, Symbol('s'), { a: undefined, b: () => 1 }, { a: undefined, b: 2 }, [undefined, Symbol('x')],
      { toJSON: () => ({ x: [1, { y: 'z' }] }) }, new Date(0), Object(3), Object('s'), new Map([[1, 2]]), nullProto,
      { 2: 'two', 1: 'one', b: 'b', a: 'a' }, [[], {}, [[]], { a: {} }], { id: 'TEXT:ABC', iso: ['2014-01-07', '2014-01-09'], approx: true },
      { nested: { deeper: { deepest: ['x', null, false, true] } } },
    ];
    for (const depth of [0, 1, 5]) {
      for (const v of values) assert.equal(written(v, depth), expected(v, depth), `${String(JSON.stringify(v))} at ${depth}`);
    }
  });

  it('equals JSON.stringify on random nested data', () => {
    const random = seededRandom(11);
    const units = ['a', 'Z', '0', ' ', '\n', '"', '\\', '\u0000', '\u001f', 'é', '’', '–', '\uD83D', '\uDE00', '€', '\u2028'];
    const randomString = () => { let s = ''; for (let i = random(12); i > 0; i--) s += units[random(units.length)]; return s; };
    const randomValue = (level: number): unknown => {
      switch (random(level > 2 ? 6 : 9)) {
        case 0: return randomString();
        case 1: return random(100000) - (random(2) ? 0 : 50000) + (random(4) === 0 ? 0.25 : 0);
        case 2: return random(2) === 0;
        case 3: return null;
        case 4: return undefined;
        case 5: return random(3) === 0 ? NaN : random(1e9);
        case 6: case 7: {
          const o: Record<string, unknown> = {};
          for (let i = random(5); i > 0; i--) o[randomString()] = randomValue(level + 1);
          return o;
        }
        default: return Array.from({ length: random(5) }, () => randomValue(level + 1));
      }
    };
    for (let round = 0; round < 3000; round++) {
      const v = randomValue(0);
      const depth = random(6);
      assert.equal(written(v, depth), expected(v, depth));
    }
  });

  it('keeps each taken piece where it was written, while later pieces move to new slabs', () => {
    const out = new JsonBytes(64);
    const values: unknown[] = ['Staatssecretaris van Justitie – ’s-Gravenhage', { id: 'NCTV', list: ['x'.repeat(100), 7] }, '', 'Coördinator 😀', 'é'.repeat(300), [1, 2, 3]];
    const taken = values.map(v => {
      out.value(v, 2);
      return out.take();
    });
    taken.forEach((bytes, i) => assert.equal(bytes.toString('utf8'), expected(values[i], 2)));
    out.copy(taken[1]);
    assert.equal(out.take().toString('utf8'), expected(values[1], 2));
  });

  it('answers the places of the targets from the start of the document, also when it moved to a new slab while written', () => {
    const text = 'Zie Kamerstuk 24 587, nr. 800, en Kamerstuk 29 279, nr. 1, van 11 januari 2010 (AIVD).\n'.repeat(40);
    const analysis = analyseLetter(text, { path: '/x/a.txt', headings: false });
    const alone = new JsonBytes();
    const targetsAlone = writeDocument(alone, '/x/a.txt', analysis);
    assert.ok(targetsAlone.length >= 80);
    const out = new JsonBytes(4096);
    out.value('a piece before it', 0);
    out.take();
    const targetsAt = writeDocument(out, '/x/a.txt', analysis);
    assert.deepEqual(targetsAt, targetsAlone);
    assert.equal(out.take().toString('utf8'), alone.bytes.toString('utf8', 0, alone.length));
  });

  it('writes each letter of the corpus as one document of JSON.stringify({ documents }, null, 1), the targets at their places', () => {
    const letters = readdirSync(corpus).filter(n => n.endsWith('.txt')).map(name => ({ name, path: join(corpus, name), text: readFileSync(join(corpus, name), 'utf8') }));
    // A letter in two dossiers shows them in its identity.
    letters.push({ name: 'joint', path: '/x/joint.txt', text: '29 279 Rechtsstaat en Rechtsorde \n\n24 587 Justitiële Inrichtingen \n\nNr. 870 BRIEF VAN DE MINISTER\n\nZie Kamerstuk 24 587, nr. 800.\n' });
    for (const { name, path, text } of letters) {
      const analysis = analyseLetter(text, { path, headings: false });
      const out = new JsonBytes();
      const targetsAt = writeDocument(out, path, analysis);
      const citations = analysis.entities.filter(isCitation);
      assert.equal(targetsAt.length, citations.length);
      let filled = '';
      let from = 0;
      targetsAt.forEach((at, i) => { filled += out.bytes.toString('utf8', from, at) + JSON.stringify(`target ${i}`); from = at; });
      filled += out.bytes.toString('utf8', from, out.length);
      let i = 0;
      const id = analysis.identity;
      const documents = [{
        path,
        identity: { dossier: id.dossier, suffix: id.suffix, number: id.number, chamber: id.chamber, session: id.session, date: id.date, title: id.title, jointDossiers: id.jointDossiers },
        entities: analysis.entities.map(e => ({ kind: e.kind, start: e.start, end: e.end, text: e.text, value: e.value, target: isCitation(e) ? `target ${i++}` : null })),
      }];
      const whole = JSON.stringify({ documents }, null, 1);
      assert.equal(filled, whole.slice('{\n "documents": ['.length, whole.length - '\n ]\n}'.length), name);
      if (name === 'joint') assert.match(filled, /"jointDossiers": \[\n {5}\{\n {6}"dossier": "24587"/);
    }
  });
});
