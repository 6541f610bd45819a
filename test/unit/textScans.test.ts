// The hand-written scans of the text stages that replace a regex per line: the same answers as the regex.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyseLayout, footnoteNumberIn } from '../../server/src/core/text/layout';
import { findHeadings } from '../../server/src/core/identity';

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
