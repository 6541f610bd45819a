// The text model: the normalised view, its map back to the original, and the page layout.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, dehyphenate } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';

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
  it('a "Pagina 2 van 5" line of the rijksoverheid letterhead is lifted out, so a citation broken by it reads on', () => {
    const t = 'zoals gemeld (Kamerstuk 29 754, nr.\nPagina 2 van 5\n325) en verder.\n';
    const l = analyseLayout(t);
    const n = normalize(t, l);
    assert.ok(n.text.startsWith('zoals gemeld (Kamerstuk 29 754, nr. 325) en verder.'), n.text);
    assert.ok(l.pageStarts.some(p => t.startsWith('325)', p)));
  });
});
