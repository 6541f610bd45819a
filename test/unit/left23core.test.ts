// Session 23: the citation, identity, footnote and layout leftovers of the blind rounds on real texts. Every snippet
// is written for the test (laid out as the PDF text of a stuk where the error is about layout); none is copied.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { footnoteMarkers as markers } from './recognised';
import { canonicalKamerstuk, dossierUrl, formatDossier } from '../../server/src/core/ids';

const noMarkerProblems = (text: string) => analyseLetter(text).problems.filter(p => p.code === 'footnote.no-marker').length;

/** A first page of a House stuk in its PDF layout, with `body` between its header and its footnote bodies. */
function housePage(typeLines: string[], body: string[], notes: string[], title = '35 261 Wijziging van de Kieswet '): string {
  return [
    'Tweede Kamer der Staten-Generaal 2',
    'Vergaderjaar 2021–2022 ',
    '',
    title,
    '',
    ...typeLines,
    '',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ',
    '',
    'Den Haag, 3 maart 2022 ',
    '',
    ...body,
    '',
    ...notes,
    'Tweede Kamer, vergaderjaar 2021–2022, 35 261, nr. 5 1',
    '',
  ].join('\n');
}

describe('session 23: footnote markers the strict shapes miss', () => {
  it('a marker glued after the full stop that ends a year', () => {
    const text = housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN '], [
      'Het rapport1 is bekend. De regeling is van kracht sinds 1 januari 2010.2 De ',
      'evaluatie volgt dit jaar. ',
    ], ['1 Kamerstuk 35 261, nr. 1. ', '2 Stb. 2009, 612. ']);
    assert.deepEqual(markers(text), [[1, 'rapport1'], [2, '2010.2']]);
    assert.equal(noMarkerProblems(text), 0);
  });

  it('negative: a section number, a decimal and a year glued to a word are no such marker', () => {
    const notes = '\n\n1 Kamerstuk 35 261, nr. 1.\n2 Stb. 2009, 612.\n';
    assert.deepEqual(markers(`Het rapport1 is bekend. Zie paragraaf 3.2 De uitvoering.${notes}`), [[1, 'rapport1'], [2, null]]);
    assert.deepEqual(markers(`Het rapport1 is bekend. Het bedrag is 1.2010.2 De rest.${notes}`), [[1, 'rapport1'], [2, null]]);
    assert.deepEqual(markers(`Het rapport1 is bekend. Het loopt tot 2010.2e kwartaal.${notes}`), [[1, 'rapport1'], [2, null]]);
  });

  it('a marker between two words whose space the PDF text lost ("De Kort1het")', () => {
    const text = housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN '], [
      'In het advies van De Kort1het kabinet wordt dit bevestigd. ',
    ], ['1 Kamerstuk 35 261, nr. 1. ']);
    assert.deepEqual(markers(text), [[1, 'Kort1']]);
    assert.equal(noMarkerProblems(text), 0);
  });

  it('negative: a strict marker wins, and a short word or a longer number is no word pair', () => {
    assert.deepEqual(markers('Het advies van De Kort1het kabinet, zie de brief1 van maart.\n\n1 Kamerstuk 35 261, nr. 1.\n'), [[1, 'brief1']]);
    assert.deepEqual(markers('De mp1speler is verboden.\n\n1 Kamerstuk 35 261, nr. 1.\n'), [[1, null]]);
    assert.deepEqual(markers('Het woord Kort1het2 staat er.\n\n1 Kamerstuk 35 261, nr. 1.\n'), [[1, null]]);
  });

  it('a marker glued to the letter of a Senate stuk\'s header ("L1 BRIEF")', () => {
    const text = [
      'Eerste Kamer der Staten-Generaal 1',
      'Vergaderjaar 2019–2020 ',
      '',
      '35 300 Wijziging van de Wet op de rechterlijke organisatie ',
      '',
      'L1 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID ',
      '',
      'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal ',
      '',
      'Den Haag, 3 maart 2020 ',
      '',
      'Hierbij zend ik u de gevraagde informatie. ',
      '',
      '1 De letter L heeft alleen betrekking op wetsvoorstel 35 300. ',
      '',
    ].join('\n');
    const a = analyseLetter(text);
    assert.deepEqual(markers(text), [[1, 'L1']]);
    assert.deepEqual([a.identity.dossier, a.identity.number, a.identity.chamber], ['35300', 'L', 'I']);
    assert.equal(noMarkerProblems(text), 0);
  });

  it('negative: a name with a number at a line start before prose, or in a sentence, is no header letter', () => {
    assert.deepEqual(markers('Het overleg was goed.\nG1 landen spraken af.\n\n1 Zie de verklaring.\n'), [[1, null]]);
    assert.deepEqual(markers('De landen van de G1 TOP spraken af.\n\n1 Zie de verklaring.\n'), [[1, null]]);
  });

  it('the second of two markers printed as a list after the first ("»1?, 2")', () => {
    const text = 'Vraag 1\n\nKent u het bericht «Wachtlijsten groeien weer»1?, 2 \n\n1 Trouw, 3 maart 2016. \n2 NRC, 4 maart 2016. \n';
    assert.deepEqual(markers(text), [[1, 'weer»1'], [2, '2']]);
    assert.equal(noMarkerProblems(text), 0);
    assert.deepEqual(markers('Zie de brieven1,2 hierover.\n\n1 Kamerstuk 35 261, nr. 1.\n2 Kamerstuk 35 261, nr. 2.\n'), [[1, 'brieven1'], [2, 'brieven1,2']]);
  });

  it('negative: a number after a comma that follows no marker is no list marker', () => {
    assert.deepEqual(markers('Het rapport1 is bekend. Zie de punten 1, 2 en 3.\n\n1 Kamerstuk 35 261, nr. 1.\n2 Kamerstuk 35 261, nr. 2.\n'), [[1, 'rapport1'], [2, null]]);
    assert.deepEqual(markers('Het rapport1 noemt 3, 2 en 1.\n\n1 Kamerstuk 35 261, nr. 1.\n2 Kamerstuk 35 261, nr. 2.\n'), [[1, 'rapport1'], [2, null]]);
  });

  it('a marker glued to the header\'s type or title is no part of them, nor of the heading', () => {
    const typed = analyseLetter(housePage(['Nr. 5 VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN1 '], ['De leden hebben vragen. '], ['1 Samenstelling: leden van de commissie. ']));
    assert.equal(typed.identity.type, 'Verslag van de vaste commissie voor Binnenlandse Zaken');
    assert.equal(typed.headings[0].text, 'Verslag van de vaste commissie voor Binnenlandse Zaken');
    const titled = analyseLetter(housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN '], ['De tekst. '], ['1 Zie de memorie. '], '35 261 Wijziging van de Kieswet1 '));
    assert.equal(titled.identity.title, 'Wijziging van de Kieswet');
    // Negative: a title ending in a year keeps it; the marker glued to the year is taken off alone.
    const year = analyseLetter(housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN '], ['De tekst. '], ['1 Zie de memorie. '], '35 261 Begroting 20221 '));
    assert.equal(year.identity.title, 'Begroting 2022');
  });
});

describe('session 23: the type line of the header', () => {
  const typeOf = (typeLines: string[]) => analyseLetter(housePage(typeLines, ['De Kamer, '], [])).identity.type;

  it('keeps the capitals of the members a motie or amendement is of, and of a committee\'s portfolio', () => {
    assert.equal(typeOf(['Nr. 5 MOTIE VAN DE LEDEN WEVERLING EN VAN DEN BERG ']), 'Motie van de leden Weverling en Van den Berg');
    assert.equal(typeOf(['Nr. 5 AMENDEMENT VAN HET LID DE JONG C.S. ']), 'Amendement van het lid De Jong c.s.');
    assert.equal(typeOf(['Nr. 5 MOTIE VAN DE LEDEN KLAVER, JETTEN EN HERMANS ']), 'Motie van de leden Klaver, Jetten en Hermans');
    assert.equal(typeOf(['Nr. 5 VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN ']), 'Verslag van de vaste commissie voor Binnenlandse Zaken');
    assert.equal(typeOf(['Nr. 5 GEWIJZIGDE MOTIE VAN HET LID VAN DER STAAIJ TER VERVANGING VAN DIE GEDRUKT ONDER NR. 4 ']),
      'Gewijzigde motie van het lid Van der Staaij ter vervanging van die gedrukt onder nr. 4');
  });

  it('negative: prose stays in lower case, the office as before', () => {
    assert.equal(typeOf(['Nr. 5 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG ']), 'Verslag van een schriftelijk overleg');
    assert.equal(typeOf(['Nr. 5 NOTA NAAR AANLEIDING VAN HET VERSLAG ']), 'Nota naar aanleiding van het verslag');
    assert.equal(typeOf(['Nr. 5 BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE ']), 'Brief van de Minister van Veiligheid en Justitie');
    // After an office its committee is part of the name, as before.
    assert.equal(typeOf(['Nr. 5 BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT ']),
      'Brief van de Voorzitter van de Vaste Commissie voor Volksgezondheid, Welzijn en Sport');
  });

  it('goes on over the lines of a joint letter, past a comma and ", EN DE"', () => {
    assert.equal(typeOf(['Nr. 5 BRIEF VAN DE MINISTERS VAN SOCIALE ZAKEN EN WERKGELEGENHEID, VAN FINANCIËN, EN DE ', 'STAATSSECRETARIS VAN FINANCIËN, TOESLAGEN EN DOUANE ']),
      'Brief van de Ministers van Sociale Zaken en Werkgelegenheid, van Financiën, en de Staatssecretaris van Financiën, Toeslagen en Douane');
    assert.equal(typeOf(['Nr. 5 BRIEF VAN DE MINISTER VAN FINANCIËN, ', 'EN DE STAATSSECRETARIS VAN FINANCIËN ']), 'Brief van de Minister van Financiën, en de Staatssecretaris van Financiën');
    const joint = analyseLetter(housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES ', 'EN DE STAATSSECRETARIS VAN FINANCIËN '], ['De Kamer, '], []));
    assert.equal(joint.identity.type, 'Brief van de Minister van Binnenlandse Zaken en Koninkrijksrelaties en de Staatssecretaris van Financiën');
    // The outline's first heading is the whole type, from its first line to the header's end.
    assert.equal(joint.headings[0].text, joint.identity.type);
  });

  it('goes on in an older header, the type on the line under "nr. 6"', () => {
    const text = ['Tweede Kamer der Staten-Generaal', 'Vergaderjaar 2005–2006 ', '', '30 300 Begroting ', '', 'nr. 6 ',
      'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES, EN DE ', 'MINISTER VOOR VREEMDELINGENZAKEN EN INTEGRATIE ', '',
      'Den Haag, 3 maart 2006 ', '', 'De tekst. ', ''].join('\n');
    const a = analyseLetter(text);
    assert.equal(a.identity.type, 'Brief van de Minister van Binnenlandse Zaken en Koninkrijksrelaties, en de Minister voor Vreemdelingenzaken en Integratie');
    assert.equal(text.slice(a.headings[0].start, a.headings[0].end), 'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES, EN DE \nMINISTER VOOR VREEMDELINGENZAKEN EN INTEGRATIE');
  });

  it('negative: a line that does not go on the type is not joined', () => {
    const text = housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN FINANCIËN ', 'DE STAND VAN ZAKEN '], ['De Kamer, '], []);
    assert.equal(analyseLetter(text).identity.type, 'Brief van de Minister van Financiën');
    const prose = housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN FINANCIËN, ', 'En de tekst gaat hier verder. '], ['De Kamer, '], []);
    assert.ok(!analyseLetter(prose).identity.type!.includes('tekst'));
  });
});

describe('session 23: a sentence is no heading', () => {
  const headingsOf = (body: string[]) => analyseLetter(housePage(['Nr. 5 BRIEF VAN DE MINISTER VAN FINANCIËN '], body, [])).headings.map(h => h.text).slice(1);
  /** A page whose last paragraph is `last`, broken by the page foot (a footnote body and the footer) before `next`. */
  const overPage = (last: string, next: string) => [
    'Tweede Kamer der Staten-Generaal 2', 'Vergaderjaar 2021–2022 ', '', '35 261 Wijziging van de Kieswet ', '',
    'Nr. 5 BRIEF VAN DE MINISTER VAN FINANCIËN ', '', 'Den Haag, 3 maart 2022 ', '', 'Het rapport1 is verschenen. ', '',
    last, '', '1 Kamerstuk 35 261, nr. 1. ', 'Tweede Kamer, vergaderjaar 2021–2022, 35 261, nr. 5 2', ' ' + next, '', 'Tot slot ', '', 'Meer volgt. ', '',
  ].join('\n');
  const headings = (text: string) => analyseLetter(text).headings.map(h => h.text).slice(1);

  it('a paragraph\'s first line at the page foot, its sentence going on in lower case on the next page', () => {
    assert.deepEqual(headings(overPage('De regering heeft daarom besloten ', 'deze regeling te verlengen tot 2025. ')), ['Tot slot']);
  });

  it('negative: a heading at the page foot, its text on the next page in capitals', () => {
    assert.deepEqual(headings(overPage('Achtergrond ', 'De regeling loopt tot 2025. ')), ['Achtergrond', 'Tot slot']);
  });

  it('a line ending in a word a sentence goes on after, or a subject and its verb', () => {
    assert.deepEqual(headingsOf(['Eerst dit. ', '', 'Dit betreft de uitvoering van de ', '', 'Ik houd u op de hoogte ', '', 'Tot slot ', '', 'Meer volgt. ']), ['Tot slot']);
  });

  it('a signatory\'s name under the space for the signature', () => {
    const text = 'Geachte voorzitter,\n\nDit is de brief.\n\nDe Minister van Justitie en Veiligheid,\n\n\n\nF.B.J. Jansen\n\nDe Staatssecretaris van Financiën,\n\nA. de Vries-Bakker\n\n';
    assert.deepEqual(analyseLetter(text).headings.map(h => h.text), []);
    // Negative: a lettered section is a heading.
    assert.deepEqual(analyseLetter('Geachte voorzitter,\n\nDit is de brief.\n\nA. Inleiding\n\nDe tekst.\n\nB. Aanpak\n\nMeer tekst.\n').headings.map(h => h.text), ['A. Inleiding', 'B. Aanpak']);
  });

  it('negative: headings with a verb, a question and numbered sections stay', () => {
    assert.deepEqual(headingsOf(['Eerst dit. ', '', 'Wat is er gebeurd ', '', 'Meer volgt. ', '', '2. Stand van zaken in de regio ', '', 'Meer volgt. ', '', 'Het vervolg ', '', 'Meer volgt. ']),
      ['Wat is er gebeurd', '2. Stand van zaken in de regio', 'Het vervolg']);
  });
});

describe('session 23: the Senate\'s dossiers in roman numerals', () => {
  const kamerstukken = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, e.value.id, e.value.dossier]);

  it('are cited with their letter, after a label, with the chamber and session before them', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstuk CXXIV, G.'), [['Kamerstuk CXXIV, G', 'kst-CXXIV-G', 'CXXIV']]);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2012/13, CXLVII, A, p. 3, en verder.'), [['Kamerstukken I 2012/13, CXLVII, A', 'kst-CXLVII-A', 'CXLVII']]);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2012/13, CXLVII, A en B.').map(k => k[1]), ['kst-CXLVII-A', 'kst-CXLVII-B']);
  });

  it('negative: no letter after it, a House citation, a Senate letter or a word are no roman dossier', () => {
    assert.deepEqual(kamerstukken('Het Kamerstuk CL is onbekend.'), []);
    assert.deepEqual(kamerstukken('Zie Kamerstukken II, CX, A.'), []);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I, C, p. 3.'), []);
    assert.deepEqual(kamerstukken('Zie Kamerstuk CD, A en Kamerstuk CXXIV, Geen.'), []);
  });

  it('are the identity of a Senate stuk printed with one, in its header and its footer', () => {
    const text = [
      'Eerste Kamer der Staten-Generaal 1', 'Vergaderjaar 2012–2013 ', '', 'CXLVII Jaarverslag en slotwet 2012 ', '',
      'A BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER ', '', 'Den Haag, 3 maart 2013 ', '', 'Hierbij zend ik u het jaarverslag. ', '',
      'Eerste Kamer, vergaderjaar 2012–2013, CXLVII, A 1', '',
    ].join('\n');
    const a = analyseLetter(text);
    assert.deepEqual([a.identity.dossier, a.identity.number, a.identity.chamber, a.identity.title], ['CXLVII', 'A', 'I', 'Jaarverslag en slotwet 2012']);
    assert.deepEqual(a.entities.filter(e => e.kind === 'kamerstuk').map(e => [e.value.id, e.value.self]), [['kst-CXLVII-A', true], ['kst-CXLVII-A', true]]);
  });

  it('are written whole, where a dossier of digits gets its gap', () => {
    assert.equal(formatDossier('CXXIV'), 'CXXIV');
    assert.equal(formatDossier('29754'), '29 754');
    assert.equal(canonicalKamerstuk('CXXIV', null, 'G'), 'Kamerstuk CXXIV, G');
    assert.equal(dossierUrl('CXXIV', null), null);
  });
});

describe('session 23: a footnote marker glued to a heading', () => {
  const headings = (line: string) => analyseLetter(`Geachte voorzitter,\n\nDit is de inleiding.\n\n${line}\n\nDe tekst gaat verder.\n\n1 Kamerstuk 29 754, nr. 1.\n`).headings.map(h => h.text);

  it('is no part of the outline\'s heading', () => {
    assert.deepEqual(headings('Achtergrond1'), ['Achtergrond']);
    assert.deepEqual(headings('2. Stand van zaken1 '), ['2. Stand van zaken']);
    assert.deepEqual(headings('De aanpak in 20211 '), ['De aanpak in 2021']);
  });

  it('negative: a heading ending in a number that is no marker keeps it, and a sentence with a marker is still no heading', () => {
    assert.deepEqual(analyseLetter('Geachte voorzitter,\n\nDit is de inleiding.\n\nAgenda 2030\n\nDe tekst gaat verder.\n').headings.map(h => h.text), ['Agenda 2030']);
    assert.deepEqual(headings('Het kabinet neemt de aanbevelingen over.1'), []);
  });
});
