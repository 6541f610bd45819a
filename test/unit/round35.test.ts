// Round 35 of the blind check on real texts: every family at once, on stukken of 2006–2024 of OCW (student finance, passend
// onderwijs, examinations, science policy, accreditation), youth care and the Kinderombudsman, and OCW letters of 2007–2008
// in the older letterhead. Missed blind: names with a glued footnote marker before their definition, bodies inside a short
// law title, a state secretary's portfolio without "van", a bill by its dossier after "wetsontwerp", sources' years in
// parentheses, the older letterhead's row of field names before the day, and education, science and youth care bodies the
// gazetteer lacked. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { orgs, datesInLetterOf } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';
import { findAcronymDefinitions } from '../../server/src/core/recognise/acronyms';

describe('round 35: rules', () => {
  it('a footnote marker glued to a long form before its definition is no part of the name', () => {
    assert.deepEqual(orgs('Het plan van het College voor Toetsen en Examens3 (hierna: CvTE) ligt er.'),
      [['College voor Toetsen en Examens', 'CVTE'], ['CvTE', 'CVTE']]);
    assert.deepEqual(orgs('Het onderzoek van stichting Cito2 (hierna: Cito) volgt.'), [['Cito', 'CITO'], ['Cito', 'CITO']]);
    assert.deepEqual(findAcronymDefinitions('De Stuurgroep Kwaliteitsborging2 (SK) besloot.').map(p => p.long), ['Stuurgroep Kwaliteitsborging']);
    // A short form that ends in a number keeps the number of its long form.
    assert.deepEqual(findAcronymDefinitions('Het Overleg Regio44 (OR44) besloot.').map(p => p.long), ['Overleg Regio44']);
    // No footnote is numbered from a zero.
    assert.deepEqual(findAcronymDefinitions('De Werkgroep Sector0 (WS) besloot.').map(p => p.long), ['Werkgroep Sector0']);
  });

  it('a body right after a capitalised "Wet" is the short law title, not the body', () => {
    assert.deepEqual(orgs('De Wet Nationale ombudsman en de Wet Kinderombudsman regelen dat de Nationale ombudsman en de Kinderombudsman onafhankelijk zijn.'),
      [['Nationale ombudsman', 'OMBUDSMAN'], ['Kinderombudsman', 'KINDEROMBUDSMAN']]);
    assert.deepEqual(orgs('Volgens de wet. De Nationale ombudsman oordeelde anders.'), [['Nationale ombudsman', 'OMBUDSMAN']]);
  });

  it('a state secretary\'s portfolio without "van" is part of the role; the same body in running text stays', () => {
    assert.deepEqual(orgs('Ik schrijf u mede namens de Staatssecretaris Financiën – Toeslagen en Douane over de aanpak.'), []);
    assert.deepEqual(orgs('De Douane en de Belastingdienst werken samen.').map(o => o[1]), ['DOUANE', 'BELASTINGDIENST']);
  });

  it('a bill named by its dossier after "wetsontwerp", spaced or not, as after "wetsvoorstel"', () => {
    const bills = (t: string) => analyseLetter(t).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, (e.value as { dossier: string }).dossier]);
    assert.deepEqual(bills('De leden lazen het wetsontwerp 35 123 en het wetsvoorstel 35124 met belangstelling.'),
      [['35 123', '35123'], ['35124', '35124']]);
    assert.deepEqual(bills('Het ontwerp 35 123 kwam niet aan de orde.'), []);
  });

  it('a source\'s year in parentheses after a comma is a year; a number in the item makes it a number', () => {
    const dates = datesInLetterOf('2006-06-08');
    assert.deepEqual(dates('Zie de evaluatie (Adviesbureau Jansen, 2000), de casestudie (B&A, Den Haag, 2005) en (SCP, 2019; CPB, 2020).').map(d => d[0]),
      ['2000', '2005', '2019', '2020']);
    assert.deepEqual(dates('Zie het advies (Onderwijsraad, 2019, p. 12).').map(d => d[0]), ['2019']);
    assert.deepEqual(dates('Zie (artikel 3, 2005), (Stb. 1994, 2005) en (totaal, 2000).'), []);
  });

  it('the older letterhead\'s place with more field names before the day dates the letter', () => {
    const dated = (t: string) => analyseLetter(t).identity.date;
    assert.equal(dated('Ministerie van Onderwijs, Cultuur en Wetenschap\n\nDen Haag Ons kenmerk Uw brief van Uw kenmerk 12 maart 2007 ABC/2007/123 2 februari 2007 07-XY-12\n\nOnderwerp\nExamens\n\nIn uw brief van 2 februari 2007 vraagt u mij dit.\n'),
      '2007-03-12');
  });

  it('a partnership for special needs by its name, after its capitalised noun; the plural and "een" name none', () => {
    assert.deepEqual(orgs('Het Samenwerkingsverband VO Zuid-Kennemerland en Samenwerkingsverband Passend Onderwijs Amstelland werken samen.').map(o => o[0]),
      ['Samenwerkingsverband VO Zuid-Kennemerland', 'Samenwerkingsverband Passend Onderwijs Amstelland']);
    assert.deepEqual(orgs('De samenwerkingsverbanden passend onderwijs en een Samenwerkingsverband Passend Onderwijs in oprichting.'), []);
  });
});

describe('round 35: rules found by probing the round\'s subjects', () => {
  it('a truncated compound joined by "- en" stays inside a name\'s complement', () => {
    assert.deepEqual(orgs('De Nederlandse Vereniging voor Kinder- en Jeugdpsychiatrie en de Stichting Kunst- en Cultuureducatie reageerden.').map(o => o[0]),
      ['Nederlandse Vereniging voor Kinder- en Jeugdpsychiatrie', 'Stichting Kunst- en Cultuureducatie']);
  });

  it('a Bureau Jeugdzorg by its province or city region, as a GGD; the noun alone stays the gazetteer\'s', () => {
    assert.deepEqual(orgs('Bureau Jeugdzorg Agglomeratie Amsterdam en Bureau Jeugdzorg Noord-Brabant voerden de maatregel uit.').map(o => o[0]),
      ['Bureau Jeugdzorg Agglomeratie Amsterdam', 'Bureau Jeugdzorg Noord-Brabant']);
    assert.deepEqual(orgs('Het Bureau Jeugdzorg Dit jaar is het druk.'), [['Bureau Jeugdzorg', 'BUREAU-JEUGDZORG']]);
  });
});

describe('round 35: bodies the gazetteer lacked', () => {
  it('the science bodies and institutes missed blind or named in the round\'s letters', () => {
    assert.deepEqual(orgs('De Adviesraad voor het Wetenschaps- en Technologiebeleid, het NIOD, het Meertens Instituut, het KITLV, het NIOZ, Nikhef, AMOLF, SRON en ASTRON.').map(o => o[1]),
      ['AWT', 'NIOD', 'MEERTENS', 'KITLV', 'NIOZ', 'NIKHEF', 'AMOLF', 'SRON', 'ASTRON']);
  });

  it('the education bodies, their predecessors and the universities\' short names', () => {
    assert.deepEqual(orgs('De SLO, de IB-Groep, CFI, SURF, Nuffic, Kennisnet, de Onderwijscoöperatie, de AOb, CNV Onderwijs, Ouders & Onderwijs en Studiekeuze123.').map(o => o[1]),
      ['SLO', 'IB-GROEP', 'CFI', 'SURF', 'NUFFIC', 'KENNISNET', 'ONDERWIJSCOOPERATIE', 'AOB', 'CNV-ONDERWIJS', 'OUDERS-ONDERWIJS', 'STUDIEKEUZE123']);
    assert.deepEqual(orgs('De VU, de UNL, de HvA, de HAN, Fontys, Saxion, de Hanzehogeschool, Avans en Windesheim.').map(o => o[1]),
      ['VU', 'VSNU', 'HVA', 'HAN', 'FONTYS', 'SAXION', 'HANZE', 'AVANS', 'WINDESHEIM']);
    assert.deepEqual(orgs('Het ECBO, CINOP en Colo; de Brancheorganisatie Kinderopvang en BOinK.').map(o => o[1]),
      ['ECBO', 'CINOP', 'COLO', 'BK', 'BOINK']);
  });

  it('the youth care bodies', () => {
    assert.deepEqual(orgs('De Inspectie Jeugdzorg, het Advies- en Meldpunt Kindermishandeling, Veilig Thuis, de William Schrikker Groep en het NCJ.').map(o => o[1]),
      ['IJZ', 'AMK', 'VEILIG-THUIS', 'WILLIAM-SCHRIKKER', 'NCJ']);
    assert.deepEqual(orgs('Zo komt iedereen veilig thuis.'), []);
    assert.deepEqual(orgs('Het Ministerie voor Jeugd en Gezin, de MOgroep, het Landelijk Kenniscentrum Kinder- en Jeugdpsychiatrie en het Kinderrechtencollectief.').map(o => o[1]),
      ['MIN-JG', 'MOGROEP', 'LKCKJP', 'KINDERRECHTENCOLLECTIEF']);
  });

  it('the school boards\' and teachers\' bodies and the research ethics committee probed after batch 1', () => {
    assert.deepEqual(orgs('Het Platform Bèta Techniek, het UAF, VOS/ABB, Verus, het Lerarencollectief, LOWAN, het Steunpunt Passend Onderwijs, de KPC Groep en de CCMO.').map(o => o[1]),
      ['PLATFORM-BETA-TECHNIEK', 'UAF', 'VOS-ABB', 'VERUS', 'LERARENCOLLECTIEF', 'LOWAN', 'STEUNPUNT-PO', 'KPC-GROEP', 'CCMO']);
  });

  it('the chambers\' full names without the hyphen, as a web copy of 2000 prints them (batch 2)', () => {
    assert.deepEqual(orgs('Tweede Kamer der Staten Generaal en Eerste Kamer der Staten Generaal'),
      [['Tweede Kamer der Staten Generaal', 'TK'], ['Eerste Kamer der Staten Generaal', 'EK']]);
  });
});

describe('round 35: precision of round 34\'s additions', () => {
  it('a word that opens a sentence after a heading or a lost full stop is no region of a GHOR, GGD or omgevingsdienst', () => {
    assert.deepEqual(orgs('De rol van de GHOR Wat betreft de geneeskundige hulp is meer nodig.'), [['GHOR', 'GHOR']]);
    assert.deepEqual(orgs('Het geld van de Omgevingsdienst Voor de handhaving is meer nodig.'), []);
    assert.deepEqual(orgs('De GHOR Haaglanden en de Omgevingsdienst Twente oefenen.').map(o => o[0]), ['GHOR Haaglanden', 'Omgevingsdienst Twente']);
  });
});
