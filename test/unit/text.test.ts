// The text model: the normalised view, its map back to the original, and the page layout.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { normalize, dehyphenate, wordEvidence } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import type { Span } from '../../server/src/core/types';

const letter = (prefix: string) => {
  const dir = join(__dirname, '..', '..', '..', 'corpus');
  const name = require('node:fs').readdirSync(dir).find((f: string) => f.startsWith(prefix));
  return readFileSync(join(dir, name), 'utf8');
};

/** The original text behind the view's first occurrence of `needle`. */
function originalOf(text: string, needle: string, options = {}): string {
  const n = normalize(text, options);
  const i = n.text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in view: ${JSON.stringify(n.text.slice(0, 200))}`);
  const s = n.span(i, i + needle.length);
  return text.slice(s.start, s.end);
}

describe('normalised view', () => {
  it('undoes line-end hyphenation and maps the joined word back over the break', () => {
    const t = 'van de Nationaal Coördinator Terrorismebe-\nstrijding en Veiligheid (NCTV)';
    assert.equal(originalOf(t, 'Nationaal Coördinator Terrorismebestrijding en Veiligheid'), 'Nationaal Coördinator Terrorismebe-\nstrijding en Veiligheid');
  });
  it('keeps real hyphens at a line end: acronyms, capitals, suspended compounds', () => {
    assert.ok(normalize('de EU-\nlidstaten').text.includes('EU-lidstaten'));
    assert.ok(normalize('het Midden-\nOosten').text.includes('Midden-Oosten'));
    assert.ok(normalize('Algemene Inlichtingen-\nen Veiligheidsdienst').text.includes('Inlichtingen- en Veiligheidsdienst'));
    assert.ok(normalize('vergaderjaar 2015-\n2016').text.includes('2015-2016'));
  });
  it('joins a hyphenated keyword: "Aanhangsel Hande-\\nlingen"', () => {
    assert.equal(originalOf('zie Aanhangsel Hande-\nlingen II 2014/15, nr. 1241.', 'Aanhangsel Handelingen II 2014/15, nr. 1241'), 'Aanhangsel Hande-\nlingen II 2014/15, nr. 1241');
  });
  it('follows the letter itself when it writes the hyphenated form elsewhere', () => {
    assert.equal(dehyphenate('anti', 'terrorisme', w => w === 'anti-terrorisme'), 'keep');
    assert.equal(dehyphenate('terrorisme', 'bestrijding', () => false), 'join');
  });
  it('collapses white space, NBSP, CR and a page break into one space; a blank line into "\\n"', () => {
    const t = 'Kamerstuk 30\u00a0977, nr. \r\n 104). Einde \n\nNieuwe alinea';
    const n = normalize(t);
    assert.equal(n.text, 'Kamerstuk 30 977, nr. 104). Einde\nNieuwe alinea');
    assert.equal(originalOf(t, 'Kamerstuk 30 977, nr. 104'), 'Kamerstuk 30\u00a0977, nr. \r\n 104');
  });
  it('drops soft hyphens and a BOM', () => {
    const n = normalize('\uFEFFterro\u00adrisme');
    assert.equal(n.text, 'terrorisme');
    assert.deepEqual(n.span(0, n.text.length), { start: 1, end: 12 });
  });
  it('lifts segments out of the running text so a sentence reads on across a page bottom', () => {
    const t = 'in het Midden-\n\n1 Een voetnoot.\n Oosten en verder';
    const n = normalize(t, { segments: [{ start: 16, end: 31 }], blanks: [{ start: 16, end: 17 }] });
    assert.equal(n.text, 'in het Midden-Oosten en verder\n\nEen voetnoot.');
  });
  it('maps every character of the view to a character of the original', () => {
    const t = letter('004');
    const layout = analyseLayout(t);
    const n = normalize(t, layout);
    for (let i = 0; i < n.text.length; i += 7) {
      const o = n.toOriginal(i);
      assert.ok(o >= 0 && o < t.length);
      if (!/\s/.test(n.text[i])) assert.equal(t[o], n.text[i]);
    }
  });
});

describe('page layout', () => {
  it('reads the running footer as the letter\'s own identity, without the page number', () => {
    const t = letter('001');
    const l = analyseLayout(t);
    assert.equal(l.selfCitations.length, 1);
    assert.equal(l.selfCitations[0].text, '29 754, nr. 327');
    assert.equal(l.selfCitations[0].value.id, 'kst-29754-327');
    assert.deepEqual([l.printed.chamber, l.printed.session, l.printed.number], ['II', '2015-2016', '327']);
    const page = l.furniture.find(f => f.kind === 'page-number')!;
    assert.equal(t.slice(page.start, page.end), '6');
  });
  it('reads the first-page header as one self-citation over three lines, with title and type', () => {
    const t = letter('003');
    const l = analyseLayout(t);
    assert.equal(l.selfCitations[0].text, '29 754 Terrorismebestrijding \n\nNr. 421');
    assert.equal(l.printed.title, 'Terrorismebestrijding');
    assert.equal(l.printed.type, 'BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE');
    assert.equal(l.printed.session, '2016-2017');
    const logo = l.furniture.find(f => f.kind === 'page-number')!;
    assert.equal(t.slice(logo.start - 16, logo.end), 'Staten-Generaal 2');
  });
  it('links every footnote body to its marker, also a marker glued to a year', () => {
    const t = letter('001');
    const l = analyseLayout(t);
    assert.deepEqual(l.footnotes.map(f => f.number), [1, 2, 3, 4]);
    const markerContext = l.footnotes.map(f => t.slice(f.marker!.start - 5, f.marker!.end + 2));
    assert.deepEqual(markerContext, ['ieel»1. ', 'tuurd2, ', 'gelen3 n', ' 20154in']);
    assert.ok(l.footnotes[3].text.startsWith('Brief van de Staatssecretaris van Veiligheid en Justitie, JBZ-Raad'));
  });
  it('finds eleven footnotes in 004, markers in order, and a page that starts after the footer', () => {
    const t = letter('004');
    const l = analyseLayout(t);
    assert.equal(l.footnotes.length, 11);
    assert.ok(l.footnotes.every(f => f.marker));
    for (let i = 1; i < l.footnotes.length; i++) assert.ok(l.footnotes[i].marker!.start > l.footnotes[i - 1].marker!.start);
    assert.ok(l.pageStarts.some(p => t.startsWith('breed wordt verspreid', p)));
  });
  it('the footnote digit after "AIVD" is blanked in the view', () => {
    const t = letter('004');
    const l = analyseLayout(t);
    const n = normalize(t, l);
    assert.ok(n.text.includes('van de AIVD plaatsvinden') || /van de AIVD \S/.test(n.text));
    assert.ok(!n.text.includes('AIVD1'));
  });
  it('a letter without furniture has none', () => {
    const l = analyseLayout('Den Haag, 14 januari 2015\n\nGeachte voorzitter,\n');
    assert.deepEqual([l.footnotes.length, l.selfCitations.length, l.furniture.length], [0, 0, 0]);
  });
  it('an Eerste Kamer footer, a dossier with a suffix and a Rijkswet number', () => {
    const t = 'tekst\n\nEerste Kamer, vergaderjaar 2019–2020, 34 356 (R2064), nr. 3 2\n';
    const l = analyseLayout(t);
    assert.equal(l.selfCitations[0].value.chamber, 'I');
    assert.equal(l.selfCitations[0].value.rijkswet, 'R2064');
    const t2 = 'tekst\n\nTweede Kamer, vergaderjaar 2016–2017, 21 501-02, nr. 1458 3\n';
    assert.equal(analyseLayout(t2).selfCitations[0].value.id, 'kst-21501-02-1458');
  });
  it('an Eerste Kamer header names its stuk with a letter', () => {
    const t = '\nEerste Kamer der Staten-Generaal 1\nVergaderjaar 2019–2020 \n\n34 356 (R2064) Wijziging van de Rijkswet \n\nC BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nAan de Voorzitter\n';
    const l = analyseLayout(t);
    assert.equal(l.selfCitations[0].value.id, 'kst-34356-C');
    assert.deepEqual([l.printed.chamber, l.printed.number, l.printed.type], ['I', 'C', 'BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID']);
  });
  it('a form feed starts a page, and ends the footnote block before it', () => {
    const t = 'de tekst loopt door.1 En verder \n\n1 Kamerstuk 29 754, nr. 325.\n\fhier begint pagina twee.\n';
    const l = analyseLayout(t);
    assert.equal(l.footnotes.length, 1);
    assert.ok(l.pageStarts.some(p => t.startsWith('hier begint', p)));
    assert.ok(!l.footnotes[0].text.includes('pagina twee'));
  });
  it('furniture comes in text order: footers, colophons and page lines with the header, also a header out of order', () => {
    for (const name of ['000', '001', '002', '003', '004']) {
      const l = analyseLayout(letter(name));
      for (let i = 1; i < l.furniture.length; i++) assert.ok(l.furniture[i - 1].start <= l.furniture[i].start, name);
    }
    // The masthead below the dossier line: the header's own furniture is not in text order as it is read.
    const t = '29 754 Terrorismebestrijding \nTweede Kamer der Staten-Generaal 2\nNr. 421 BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE \n\n' +
      'tekst\n\nTweede Kamer, vergaderjaar 2016–2017, 29 754, nr. 421 2\n';
    const l = analyseLayout(t);
    assert.deepEqual(l.furniture.map(f => f.kind), ['header', 'masthead', 'page-number', 'footer', 'page-number']);
    assert.deepEqual(l.pageStarts, [...new Set(l.pageStarts)].sort((a, b) => a - b));
  });
  it('a "Pagina 2 van 5" line of the rijksoverheid letterhead is lifted out, so a citation broken by it reads on', () => {
    const t = 'zoals gemeld (Kamerstuk 29 754, nr.\nPagina 2 van 5\n325) en verder.\n';
    const l = analyseLayout(t);
    const n = normalize(t, l);
    assert.ok(n.text.startsWith('zoals gemeld (Kamerstuk 29 754, nr. 325) en verder.'), n.text);
    assert.ok(l.pageStarts.some(p => t.startsWith('325)', p)));
  });
});

// ------------------------------------------------------------------------------------------------
// The normaliser copies slices and keeps its map as runs; de-hyphenation reads code points and looks for
// evidence at the letter's hyphens. Here the plain algorithms they replaced: one character at a time, a dense
// map, unicode regexes, and the set of `toLowerCase().split(…)` words. Same view, same map, same decisions.

function referenceDehyphenate(left: string, right: string, seen: (word: string) => boolean): 'join' | 'keep' | 'suspend' {
  if (/^(en|of|tot|en\/of)(?![\p{L}\d])/u.test(right)) return 'suspend';
  if (!right || !/\p{Ll}/u.test(right[0])) return 'keep';
  if (/^[\p{Lu}\d&]+$/u.test(left) && left.length <= 8) return 'keep';
  if (/\d/.test(left)) return 'keep';
  const rightWord = right.match(/^[\p{L}]+/u)?.[0] ?? right;
  const leftWord = left.match(/[\p{L}]+$/u)?.[0] ?? left;
  if (seen(`${leftWord}-${rightWord}`.toLowerCase()) && !seen(`${leftWord}${rightWord}`.toLowerCase())) return 'keep';
  if (/^\p{Lu}/u.test(leftWord) && leftWord.length > 1 && /\p{Lu}/u.test(leftWord.slice(1)) && seen(leftWord.toLowerCase())) return 'keep';
  return 'join';
}

const referenceWords = (text: string) => new Set(text.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/));

/** The view and the original offset of each of its characters, one character at a time. */
function referenceNormalize(original: string, options: { segments?: Span[]; blanks?: Span[] } = {}): { text: string; map: number[] } {
  const n = original.length;
  const kind = (c: number) => (c === 0x0a || c === 0x2028 || c === 0x2029 ? 'newline'
    : /[ \r\t\f\v\u00a0\ufeff\u2000-\u200a\u202f\u3000]/.test(String.fromCharCode(c)) ? 'space'
      : /[\u00ad\u200b-\u200d\u2060]/.test(String.fromCharCode(c)) ? 'invisible' : c === 0x2d ? 'hyphen' : 'plain');
  const isWord = (c: number) => /[\p{L}\d&]/u.test(String.fromCharCode(c));
  const segments = (options.segments ?? []).map(s => ({ start: Math.max(0, s.start), end: Math.min(n, s.end) })).filter(s => s.end > s.start).sort((a, b) => a.start - b.start);
  const blanked = new Uint8Array(n);
  for (const b of options.blanks ?? []) if (b.end > b.start) blanked.fill(1, Math.max(0, b.start), Math.min(n, b.end));
  const body: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of segments) { if (s.start > cursor) body.push([cursor, s.start]); cursor = Math.max(cursor, s.end); }
  if (cursor < n) body.push([cursor, n]);
  const streams = [body, ...segments.map(s => [[s.start, s.end] as [number, number]])];
  const words = referenceWords(original);
  const out: number[] = [], map: number[] = [];
  for (let si = 0; si < streams.length; si++) {
    const ranges = streams[si];
    if (ranges.length === 0) continue;
    const streamStart = out.length;
    if (out.length > 0) { out.push(10, 10); map.push(ranges[0][0], ranges[0][0]); }
    const contentStart = out.length;
    let ri = 0, pos = ranges[0][0], rangeEnd = ranges[0][1], pendingSpace = -1, pendingNewlines = 0, acrossLift = false;
    for (;;) {
      if (pos >= rangeEnd) {
        if (++ri >= ranges.length) break;
        [pos, rangeEnd] = ranges[ri];
        if (pendingSpace < 0) pendingSpace = pos;
        pendingNewlines = 1;
        acrossLift = true;
        continue;
      }
      const o = pos++;
      const code = original.charCodeAt(o);
      let k = kind(code);
      if (blanked[o] && k !== 'newline') k = 'space';
      if (k === 'space' || k === 'newline') {
        if (pendingSpace < 0) pendingSpace = o;
        if (k === 'newline' && !acrossLift) pendingNewlines++;
        continue;
      }
      if (k === 'invisible') continue;
      if (k === 'hyphen' && pendingSpace < 0 && out.length > contentStart && isWord(out[out.length - 1])) {
        let lri = ri, lpos = pos, lend = rangeEnd, newlines = 0, after = -1;
        for (;;) {
          if (lpos >= lend) { if (++lri >= ranges.length) break; [lpos, lend] = ranges[lri]; newlines++; continue; }
          const p = lpos++;
          const c = original.charCodeAt(p);
          if (blanked[p] || kind(c) === 'space' || kind(c) === 'newline' || kind(c) === 'invisible') { if (c === 0x0a) newlines++; continue; }
          after = p;
          break;
        }
        if (after >= 0 && newlines >= 1) {
          let ls = out.length;
          while (ls > contentStart && ls > out.length - 40 && isWord(out[ls - 1])) ls--;
          const decision = referenceDehyphenate(String.fromCharCode(...out.slice(ls)), original.slice(after, after + 24), w => words.has(w));
          if (decision !== 'suspend') {
            if (decision === 'keep') { out.push(0x2d); map.push(o); }
            ri = lri; pos = after; rangeEnd = lend; pendingSpace = -1; pendingNewlines = 0; acrossLift = false;
            continue;
          }
        }
      }
      if (pendingSpace >= 0) {
        if (out.length > contentStart) { out.push(pendingNewlines >= 2 ? 10 : 32); map.push(pendingSpace); }
        pendingSpace = -1;
        pendingNewlines = 0;
      }
      acrossLift = false;
      out.push(code);
      map.push(o);
    }
    if (out.length === contentStart && si > 0) { out.length = streamStart; map.length = streamStart; }
  }
  return { text: out.map(c => String.fromCharCode(c)).join(''), map };
}

function assertSameView(original: string, options: { segments?: Span[]; blanks?: Span[] }, label: string): void {
  const expected = referenceNormalize(original, options);
  const view = normalize(original, options);
  assert.equal(view.text, expected.text, label);
  for (let i = 0; i < expected.map.length; i++) if (view.toOriginal(i) !== expected.map[i]) assert.fail(`${label}: view ${i} maps to ${view.toOriginal(i)}, not ${expected.map[i]}`);
  assert.equal(view.toOriginal(expected.map.length), original.length);
  for (let i = 0; i + 5 <= expected.map.length; i += 11) assert.deepEqual(view.span(i, i + 5), { start: expected.map[i], end: expected.map[i + 4] + 1 });
}

describe('normalised view: the same as the plain per-character algorithm', () => {
  const dirs = ['corpus', join('test', 'data', 'challenge', 'letters')].map(d => join(__dirname, '..', '..', '..', d));
  it('on every seed and challenge letter, with its layout', () => {
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter(f => f.endsWith('.txt'))) {
        const t = readFileSync(join(dir, name), 'utf8');
        assertSameView(t, analyseLayout(t), name);
      }
    }
  });
  it('on random text of white space, hyphens, line breaks, blanks and lifted segments', () => {
    const piece = fc.constantFrom('ab', 'AB', ' ', '  ', '-', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u00ad', '\u200b', '1', '.', '&', 'İ', 'é', 'en', 'tot', 'ab-\n', 'x-\n y', ' -\n', 'EU-\nlid');
    const span = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.array(span, { maxLength: 3 }), fc.array(span, { maxLength: 4 }), (pieces, segments, blanks) => {
      // Segments as layout gives them: sorted, overlaps merged.
      const merged: Span[] = [];
      for (const s of [...segments].sort((a, b) => a.start - b.start)) {
        const last = merged[merged.length - 1];
        if (last && s.start < last.end) last.end = Math.max(last.end, s.end); else merged.push({ ...s });
      }
      assertSameView(pieces.join(''), { segments: merged, blanks }, JSON.stringify({ pieces, merged, blanks }));
    }), { numRuns: 3000 });
  });
  it('dehyphenate decides and asks as the regex rules do', () => {
    const word = fc.oneof(fc.constantFrom('EU', 'en', 'of', 'tot', 'en/of', 'enkel', 'Europol', 'rapport', 'I&V', '2015', 'Ünal', '𝐀bc', 'abc𝐀', 'İs', 'NCTVrapport', 'a', '', 'ΣΑΣ'),
      fc.array(fc.constantFrom(...'aAzZ09&-/ éÉßİı\u0130\u0307ΣσςK\u212a\ud835\udc00x'.split(''), '\ud835\udc1a'), { maxLength: 10 }).map(a => a.join('')));
    fc.assert(fc.property(word, word, fc.array(fc.string(), { maxLength: 3 }), fc.boolean(), (left, right, known, otherwise) => {
      const asked: string[][] = [[], []];
      const seen = (k: number) => (w: string) => { asked[k].push(w); return known.includes(w) || otherwise; };
      assert.equal(dehyphenate(left, right, seen(0)), referenceDehyphenate(left, right, seen(1)));
      assert.deepEqual(asked[0], asked[1]);
    }), { numRuns: 20000 });
  });
  it('word evidence knows exactly the words of toLowerCase().split(), İ and hyphens included', () => {
    const text = fc.array(fc.constantFrom(...'aAbB-- İıiI\u0307é\n'.split('')), { maxLength: 30 }).map(a => a.join(''));
    fc.assert(fc.property(text, fc.array(text, { maxLength: 4 }), (t, probes) => {
      const words = referenceWords(t);
      const seen = wordEvidence(t);
      for (const w of [...probes.map(p => p.toLowerCase()), ...words, ...[...words].map(w => `${w}-a`), ...[...words].map(w => `a-${w}`)]) assert.equal(seen(w), words.has(w), `${JSON.stringify(t)} ${w}`);
    }), { numRuns: 20000 });
    for (const [t, w, has] of [['abİ-cd', '-cd', true], ['abİ-cd', 'abi-cd', false], ['abİ cd', 'abi', true], ['ABİX', 'abi', true], ['ABİX', 'x', true], ['ABİX', 'abix', false], ['İ-ab', 'i-ab', false]] as const) {
      assert.equal(wordEvidence(t)(w), has, `${t} ${w}`);
      assert.equal(referenceWords(t).has(w), has, `${t} ${w} (reference)`);
    }
  });
  it('word evidence stays right when a letter of hyphens is asked about again and again (the run index takes over)', () => {
    const t = `${'a-b '.repeat(3000)}xy-zw Informatieuitwisseling`;
    const words = referenceWords(t);
    const seen = wordEvidence(t);
    for (let i = 0; i < 100; i++) for (const w of ['a-b', 'b-a', 'xy-zw', 'a-b-a', 'zw', '-b', 'informatieuitwisseling', 'ab']) assert.equal(seen(w), words.has(w), w);
  });
});
