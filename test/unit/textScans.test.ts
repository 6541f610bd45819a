// The hand-written scans of the text stages that replace a regex per line: the same answers as the regex.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseLayout, findMarker, footnoteNumberIn, joinBrokenWords } from '../../server/src/core/text/layout';
import { findHeadings } from '../../server/src/core/identity';
import { normalize } from '../../server/src/core/text/normalize';

/** The regex footnoteNumberIn stands for. */
const FOOTNOTE_START = /^(\d{1,3}) +(\S)/;

describe('footnote numbers read by character code', () => {
  it('read what /^(\\d{1,3}) +(\\S)/ reads on footnote-like lines', () => {
    const cases = ['1 Zie', '12 Kamerstuk', '123 x', '1234 x', '2013/14, nr. 2419', '7', '7 ', '7  \u00a0x', '7\u00a0x',
      '05 Brief', '3   Handelingen', '10 \u2028x', '', 'x 1', '9 \ud83d\ude00'];
    for (const line of cases) {
      const m = FOOTNOTE_START.exec(line);
      assert.equal(footnoteNumberIn(line, 0, line.length), m ? Number(m[1]) : -1, JSON.stringify(line));
    }
  });
  it('on random lines of digits, spaces and other white space', () => {
    const unit = fc.constantFrom('0', '1', '4', '9', ' ', ' ', '\u00a0', '\t', '\r', 'x', 'É', '.', '\u3000');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }).map(a => a.join('')), fc.integer({ min: 0, max: 3 }), (line, pad) => {
      const source = 'ab\n'.slice(0, pad) + line;
      const m = FOOTNOTE_START.exec(line);
      assert.equal(footnoteNumberIn(source, pad, source.length), m ? Number(m[1]) : -1);
    }), { numRuns: 20000 });
  });
  it('a footnote block is still found after a date line that starts with a year', () => {
    const text = 'Brief over 2013\n\n2014 was een jaar.1 Zo.\n\n1 Kamerstuk 29 754, nr. 1.\n Volgende pagina.\n';
    const layout = analyseLayout(text);
    assert.deepEqual(layout.footnotes.map(f => [f.number, f.text]), [[1, 'Kamerstuk 29 754, nr. 1.']]);
  });
});

describe('headings settled before their text is read', () => {
  it('a numbered heading after a line of prose is still a heading; an unnumbered one is not', () => {
    const text = 'Inleiding van de brief\n3. Aanpak van de dreiging\n\nTekst.\nGeen kop hier\n\nOnderzoek\n\nMeer tekst.\n';
    const layout = analyseLayout(text);
    assert.deepEqual(findHeadings(text, layout).map(h => [h.text, h.level]), [['3. Aanpak van de dreiging', 3], ['Onderzoek', 2]]);
  });
});

/** The marker search as it was written with a regex per candidate: the reference for findMarker. */
function markerByRegex(original: string, num: string, from: number, to: number, bodies: { start: number; end: number }[]) {
  const MARKER_BEFORE = /[\p{L}»”’"')\]]/u;
  const LETTER_OR_DIGIT = /[\p{L}\d]/u;
  const isPartOfName = (at: number) => {
    let s = at;
    while (s > 0 && /\p{L}/u.test(original[s - 1])) s--;
    const word = original.slice(s, at);
    return word.length <= 2 && /^\p{Lu}+$/u.test(word);
  };
  for (let at = original.indexOf(num, from); at >= 0 && at < to; at = original.indexOf(num, at + 1)) {
    if (at === 0 || bodies.some(b => b.start <= at && at < b.end)) continue;
    const before = original[at - 1];
    const after = original[at + num.length] ?? '';
    if (/\d/.test(after)) continue;
    const span = { start: at, end: at + num.length };
    if (MARKER_BEFORE.test(before)) {
      if (!LETTER_OR_DIGIT.test(after) && !isPartOfName(at)) return span;
    } else if (/[.,;:]/.test(before)) {
      const word = original[at - 2] ?? '';
      if (MARKER_BEFORE.test(word) && !LETTER_OR_DIGIT.test(after)) return span;
    } else if (/\d/.test(before)) {
      let ys = at;
      while (ys > 0 && /\d/.test(original[ys - 1])) ys--;
      const year = original.slice(ys, at);
      const standsAlone = ys === 0 || !LETTER_OR_DIGIT.test(original[ys - 1]);
      if (/^(19|20)\d\d$/.test(year) && standsAlone && (after === '' || /[\p{L}\s.,;:)]/u.test(after))) return span;
    }
  }
  return null;
}

describe('footnote markers judged by character code', () => {
  it('are found where the regex rules find them, on the seed letters', () => {
    const dir = join(__dirname, '..', '..', '..', 'corpus');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const layout = analyseLayout(text);
      const bodies = layout.footnotes.map(f => f.body);
      for (const f of layout.footnotes) {
        for (const from of [0, f.marker ? f.marker.start : 0]) {
          assert.deepEqual(findMarker(text, String(f.number), from, f.body.start, bodies), markerByRegex(text, String(f.number), from, f.body.start, bodies), name);
        }
      }
    }
  });
  it('on random text of digits, letters, capitals, punctuation, surrogates and footnote bodies', () => {
    const unit = fc.constantFrom('1', '2', '0', '9', '4', 'a', 'é', 'G', 'F', 'Σ', 'ſ', '»', '”', '’', '"', "'", ')', ']', '.', ',', ';',
      ':', ' ', '\n', '\u00a0', '(', '-', '\ud835\udc00', '\ud835', '2015', '1999', 'AIVD', 'x2016');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map(a => a.join('')), fc.constantFrom('1', '2', '4', '12'),
      fc.array(fc.nat(60), { maxLength: 6 }), fc.nat(10), (text, num, cuts, from) => {
        // Bodies in text order and apart, as the layout makes them.
        const points = [...new Set(cuts.map(c => Math.min(c, text.length)))].sort((a, b) => a - b);
        const bodies: { start: number; end: number }[] = [];
        for (let k = 0; k + 1 < points.length; k += 2) if (points[k + 1] > points[k]) bodies.push({ start: points[k], end: points[k + 1] });
        assert.deepEqual(findMarker(text, num, from, text.length, bodies), markerByRegex(text, num, from, text.length, bodies));
      }), { numRuns: 30000 });
  });
});

describe('broken words of footnote text joined from the hyphens', () => {
  const BROKEN_WORD = /(\p{Ll})-\s*\n\s*(\p{Ll})/gu;
  it('as the unicode regex replaces them', () => {
    const cases = ['Terrorismebe-\nstrijding', 'EU-\nlidstaten', 'a-\nb-\nc', 'a- \n \u00a0b', 'a-b', 'a-\n', '-\nb', 'ß-\nö', 'ǅ-\nb',
      '\ud835\udc1a-\n\ud835\udc1b', '\udc1a-\nb', 'a-\n\ud835', 'x -\ny', 'a--\nb', 'a-\r\nb', 'a-\u2028b'];
    for (const text of cases) assert.equal(joinBrokenWords(text), text.replace(BROKEN_WORD, '$1$2'), JSON.stringify(text));
  });
  it('on random text of letters, hyphens, white space and surrogates', () => {
    const unit = fc.constantFrom('a', 'z', 'é', 'ß', 'A', 'Ö', '1', '-', '-', ' ', '\n', '\n', '\r', '\u00a0', '\u2028', '\t',
      '\ud835\udc1a', '\ud835\udc00', '\ud835', '\udc1a', 'ǅ', 'ſ', '.');
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map(a => a.join('')), text => {
      assert.equal(joinBrokenWords(text), text.replace(BROKEN_WORD, '$1$2'));
    }), { numRuns: 50000 });
  });
});

describe('the view of a letter with more map runs than its tables were sized for', () => {
  it('keeps every character mapped to where it came from once the tables grow', () => {
    const original = 'ab\n\n'.repeat(5000) + 'x-\ny  z';
    const view = normalize(original);
    assert.equal(view.text, 'ab\n'.repeat(5000) + 'xy z');
    for (let i = 0; i < view.text.length; i++) {
      const c = view.text[i];
      if (c !== ' ' && c !== '\n') assert.equal(original[view.toOriginal(i)], c, `view ${i}`);
    }
  });
});

describe('lines filed by their first code unit', () => {
  // The furniture, footnote and page-start rules visit only the lines whose first unit can start what they
  // look for: white space of every kind, the first letters of furniture, digits.
  it('still finds furniture led by any white space, footnotes and page starts, with \\r\\n line ends', () => {
    const text = [
      'Kamerbrief over het beleid', 'met een voetnoot.1', '', '1 Zie Kamerstuk 29 754, nr. 3', '',
      '\u3000Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 2', ' Nieuwe pagina met tekst', 'nog een regel',
      '\fPagina 3 van 5', '\u00a0ISSN 0921 - 7371', '\tkst-29754-327', '’s-Gravenhage 2016',
    ].join('\r\n');
    const layout = analyseLayout(text);
    assert.deepEqual(layout.furniture.map(f => [f.kind, text.slice(f.start, f.end)]), [
      ['footer', 'Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 2'], ['page-number', '2'],
      ['page-number', 'Pagina 3 van 5'], ['colophon', 'ISSN 0921 - 7371'], ['colophon', 'kst-29754-327'], ['colophon', '’s-Gravenhage 2016'],
    ]);
    assert.deepEqual(layout.footnotes.map(f => [f.number, f.text, f.marker && text.slice(f.marker.start, f.marker.end)]), [[1, 'Zie Kamerstuk 29 754, nr. 3', '1']]);
    assert.deepEqual(layout.pageStarts.map(p => text.slice(p, p + 6)), ['Nieuwe', 'Pagina', 'ISSN 0']);
  });
});

describe('the scratch tables of the line search', () => {
  it('grow for a letter of many lines and serve a short letter after it', () => {
    const page = ['Tekst van de brief.1', '', '1 Zie Kamerstuk 29 754, nr. 3', '', 'Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 2', ' Volgende pagina'];
    const long = Array.from({ length: 9000 }, (_, i) => (i % 7 === 0 ? 'Eerste regel ' : i % 5 === 0 ? '12 mei ' : 'regel ') + i).concat(page).join('\n');
    const short = page.join('\n');
    const summary = (text: string) => {
      const layout = analyseLayout(text);
      return [layout.furniture.map(f => [f.kind, text.slice(f.start, f.end)]), layout.footnotes.map(f => [f.number, f.text]), layout.pageStarts.map(p => text.slice(p, p + 8))];
    };
    const expected = [[['footer', 'Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 2'], ['page-number', '2']], [[1, 'Zie Kamerstuk 29 754, nr. 3']], ['Volgende']];
    assert.deepEqual(summary(short), expected);
    assert.deepEqual(summary(long), expected);
    assert.deepEqual(summary(short), expected);
  });
});
