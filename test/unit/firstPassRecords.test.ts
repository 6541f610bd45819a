// The first indexing pass's records made without throwaway arrays (line tables in scratch tables, the opening
// found by a walk of the sorted furniture and footnote bodies, the packed index as one string): the same as
// the plain ways of making them, on real letters and on edge cases.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseLetter } from '../../server/src/core/analyse';
import { makeRecord, partialRecord, slimRecord, withoutHeaderRemnants } from '../../server/src/core/workspace/corpus';
import { LineIndex } from '../../server/src/core/workspace/lines';
import type { LetterAnalysis } from '../../server/src/core/types';

const corpusDir = join(__dirname, '..', '..', '..', 'corpus');
const letters = readdirSync(corpusDir).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(corpusDir, f), 'utf8'));

describe('first-pass records', () => {
  it('line tables of a long text and then a short one are each their own, whole and right', () => {
    const long = 'regel\r\n'.repeat(9000) + 'slot';
    const first = LineIndex.of(long).toData();
    const second = LineIndex.of('a\nb').toData();
    assert.equal(first.starts.length, 9001);
    assert.equal(first.starts[9000], 9000 * 7);
    assert.equal(first.ends[8999], 8999 * 7 + 5);
    assert.deepEqual(Array.from(second.starts), [0, 2]);
    assert.deepEqual(Array.from(second.ends), [1, 3]);
    for (const table of [first.starts, first.ends, second.starts, second.ends] as Uint32Array[]) {
      // A table of its own, so it can be transferred from a worker without taking the next letter's lines.
      assert.equal(table.byteOffset, 0);
      assert.equal(table.buffer.byteLength, table.byteLength);
    }
  });

  it('the opening skips the header and footers of the real letters, as a sort of furniture and bodies would', () => {
    for (const text of letters) {
      const analysis = analyseLetter(text, { scope: 'references' });
      const record = makeRecord('file:///l.txt', text, () => analysis, true);
      const skip = [...analysis.furniture, ...analysis.footnotes.map(f => f.body)].sort((a, b) => a.start - b.start);
      let at = 0;
      for (const s of skip) if (s.start <= at + 2 && s.end > at) at = s.end;
      // After it, the furniture and bodies printed further on (a page's footer) are left out too.
      let rest = '';
      for (const s of skip) if (s.start >= at) { rest += text.slice(at, s.start); at = s.end; } else at = Math.max(at, s.end);
      rest += text.slice(at);
      // The header's remnants at its start ("Vergaderjaar 2016–2017", "Aan de Voorzitter van de …") are no running text,
      // nor is the date line under them ("Den Haag, 19 juni 2017"), which the first pass knows by its shape.
      const expected = withoutHeaderRemnants(rest).replace(/^\s*Den Haag, \d{1,2} \p{L}+ \d{4}/u, '').replace(/\s+/g, ' ').trim().slice(0, 30);
      assert.ok(record.opening.length > 30);
      assert.equal(record.opening.slice(0, 30), expected);
    }
  });

  it('the opening of the first pass is the opening after the second (the hover does not change under the user)', () => {
    for (const text of letters) {
      const first = makeRecord('file:///l.txt', text, () => analyseLetter(text, { scope: 'references' }), true).opening;
      const full = makeRecord('file:///l.txt', text, () => analyseLetter(text), true).opening;
      assert.equal(first, full);
    }
  });

  it('the opening of an analysis whose furniture is out of order (not from the layout) is found all the same', () => {
    const text = 'KOP\nVOET\nDe Kamer besluit vandaag.';
    const analysis: LetterAnalysis = {
      ...analyseLetter(text, { scope: 'references' }),
      furniture: [{ kind: 'footer', start: 4, end: 8 }, { kind: 'header', start: 0, end: 3 }],
      footnotes: [],
    };
    assert.equal(makeRecord('file:///l.txt', text, () => analysis, true).opening, 'De Kamer besluit vandaag.');
  });

  it('a footnote body without a marker is a problem, and problems come sorted by start, after letters without any', () => {
    for (const text of letters) assert.deepEqual(analyseLetter(text, { scope: 'references' }).problems, []);
    const oneMarker = 'Zie het rapport1 hierover.\n\n1 Eerste voetnoot.\n2 Tweede voetnoot.\n';
    const problems = analyseLetter(oneMarker, { scope: 'references' }).problems;
    const body2 = oneMarker.indexOf('2 Tweede');
    assert.deepEqual(problems, [{ code: 'footnote.no-marker', start: body2, end: body2 + 1, message: 'Footnote 2 has no marker in the text.', data: { number: 2 } }]);
    const twoFootnotes = 'Tekst zonder verwijzingen.\n\n1 Eerste voetnoot.\n2 Tweede voetnoot.\n';
    const found = analyseLetter(twoFootnotes, { scope: 'references' }).problems.map(p => p.start);
    assert.deepEqual(found, [...found].sort((a, b) => a - b));
  });

  it('the packed index of a letter that cites nothing is empty, and of a letter that cites is one line per key', () => {
    const none = partialRecord(slimRecord(makeRecord('file:///a.txt', 'Geen verwijzingen hier.', (t, p) => analyseLetter(t, { path: p, scope: 'references' }), true)));
    assert.equal(none.packed?.index, '');
    const cites = partialRecord(slimRecord(makeRecord('file:///b.txt', 'Zie Kamerstuk 29 754, nr. 327 en Kamerstuk 29 754, nr. 328.', (t, p) => analyseLetter(t, { path: p, scope: 'references' }), true)));
    assert.deepEqual(cites.packed?.index.split('\n').map(line => line.split('\t')[0]), ['ckst-29754-327', 'ckst-29754-328']);
  });
});
