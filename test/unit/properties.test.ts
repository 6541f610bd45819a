// Property tests of the core: whatever the text, analysis never throws, every range lies inside the text,
// every entity's text is its original slice, and entities of one kind never overlap.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyseLetter } from '../../server/src/core/analyse';
import type { LetterAnalysis } from '../../server/src/core/types';

const corpus = join(__dirname, '..', '..', '..', 'corpus');
const letters = readdirSync(corpus).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(corpus, f), 'utf8'));

function checkInvariants(text: string, a: LetterAnalysis): void {
  const inside = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const e of a.entities) {
    assert.ok(inside(e), `entity ${e.kind} ${e.start}-${e.end} outside text of length ${text.length}`);
    assert.equal(e.text, text.slice(e.start, e.end));
  }
  for (const p of a.problems) assert.ok(inside(p), `problem ${p.code} outside the text`);
  for (const f of a.footnotes) { assert.ok(inside(f.body)); if (f.marker) assert.ok(inside(f.marker)); }
  for (const f of a.furniture) assert.ok(inside(f));
  for (const h of a.headings) assert.ok(inside(h));
  for (const d of a.definitions) { assert.ok(inside(d.shortSpan)); assert.ok(inside(d.longSpan)); }
  const byKind = new Map<string, Array<{ start: number; end: number }>>();
  for (const e of a.entities) {
    const list = byKind.get(e.kind);
    if (list) list.push(e); else byKind.set(e.kind, [e]);
  }
  for (const [kind, list] of byKind) {
    list.sort((x, y) => x.start - y.start);
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].end <= list[i].start, `${kind} entities overlap at ${list[i].start}`);
  }
}

/** Cuts and splices of real letters: the shapes a recogniser meets, broken at random places. */
const mangledLetter = fc.tuple(fc.nat(letters.length - 1), fc.nat(), fc.nat(), fc.constantFrom('', '\n', '\r\n', '-\n', ' \n ', '\u00a0', '\u00ad', '😀', '\uFEFF', '\uD800', '\u0000', '1', ' nr. ', 'Kamerstuk ', '(', '»'))
  .map(([i, a, b, insert]) => {
    const t = letters[i];
    const x = a % (t.length + 1), y = b % (t.length + 1);
    const [from, to] = x < y ? [x, y] : [y, x];
    return t.slice(from, Math.min(to, from + 3000)) + insert + t.slice(0, 200);
  });

describe('core properties', function () {
  this.timeout(120000);

  it('random text: never throws, ranges inside, no overlaps within a kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), text => checkInvariants(text, analyseLetter(text))), { numRuns: 300 });
  });

  it('mangled real letters: never throws, ranges inside, no overlaps within a kind', () => {
    fc.assert(fc.property(mangledLetter, text => checkInvariants(text, analyseLetter(text))), { numRuns: 300 });
  });

  it('the seed letters with CRLF line ends, a BOM and emoji keep their invariants', () => {
    for (const t of letters) {
      for (const variant of [t.replace(/\n/g, '\r\n'), '\uFEFF' + t, t.replace(/ de /g, ' 😀 de ')]) checkInvariants(variant, analyseLetter(variant));
    }
  });

  it('CRLF does not change what is recognised', () => {
    for (const t of letters) {
      const lf = analyseLetter(t).entities.map(e => `${e.kind}:${e.text.replace(/\s+/g, ' ')}`);
      const crlf = analyseLetter(t.replace(/\n/g, '\r\n')).entities.map(e => `${e.kind}:${e.text.replace(/\s+/g, ' ')}`);
      assert.deepEqual(crlf, lf);
    }
  });

  it('empty and white-space-only text', () => {
    for (const t of ['', ' ', '\n\n\n', '\u00a0', '\uFEFF']) checkInvariants(t, analyseLetter(t));
  });

  it('a 10 MB single line (real sentences, no line breaks) is analysed', () => {
    const sentence = letters.map(t => t.replace(/\s+/g, ' ')).join(' ');
    let big = '';
    while (big.length < 10_000_000) big += sentence;
    const a = analyseLetter(big);
    checkInvariants(big, a);
    assert.ok(a.entities.length > 1000);
  });

  it('a 10 MB line of digits, commas and "nr." does not stall the recognisers', () => {
    const big = '29 754, nr. 1, 2, '.repeat(600_000);
    checkInvariants(big, analyseLetter(big));
  });

  // Before a fix, each repeated definition searched the rest of the letter again: 96 KB took 11.6 s, and a
  // 10 MB line ran out of memory. Two MB of them now take well under a second.
  it('a 2 MB line of one acronym definition repeated (also with overlapping uses) does not stall', () => {
    for (const unit of ['Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) NCTV ', 'Algemeen Bureau Amsterdam (ABA) ABA ']) {
      const big = unit.repeat(Math.ceil(2_000_000 / unit.length));
      const a = analyseLetter(big);
      checkInvariants(big, a);
      assert.ok(a.entities.some(e => e.kind === 'organisation'));
    }
  });

  it('invalid UTF-8 decoded with replacement characters', () => {
    const bytes = Buffer.concat([Buffer.from(letters[1].slice(0, 2000)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(letters[1].slice(2000, 4000))]);
    const text = new TextDecoder('utf-8').decode(bytes);
    checkInvariants(text, analyseLetter(text));
  });
});
