// Round 14 of the blind check on real letters (JBZ-Raad agendas and reports, the intelligence services and their
// oversight, the Koninklijke Marechaussee, terrorism lists and 29 754 letters of 2005–2009 and 2024–2025) and two cases
// earlier rounds left: a standing committee whose capitalised noun stands straight before its subject ("Commissie
// Onderwijs, Cultuur en Wetenschap") and "Toeslagen" alone for the Dienst Toeslagen. Every snippet is written for the
// test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('round 14: a capitalised committee noun before a subject the gazetteer knows', () => {
  it('is the standing committee, the whole comma list in the span', () => {
    assert.deepEqual(orgs('Dit stuk gaat op verzoek van de Commissie Onderwijs, Cultuur en Wetenschap naar u toe.'), [
      ['Commissie Onderwijs, Cultuur en Wetenschap', 'TK-COM-OCW'],
    ]);
    assert.deepEqual(orgs('De Commissie Justitie en Veiligheid stelde vragen.'), [['Commissie Justitie en Veiligheid', 'TK-COM-JENV']]);
    assert.deepEqual(orgs('Hierover sprak de Kamercommissie voor Defensie.'), [['Kamercommissie voor Defensie', 'TK-COM-DEF']]);
  });

  it('the lower-case noun is read as before', () => {
    assert.deepEqual(orgs('De commissie Onderwijs, Cultuur en Wetenschap vroeg erom.'), [
      ['commissie Onderwijs, Cultuur en Wetenschap', 'TK-COM-OCW'],
    ]);
  });

  it('negative: a subject the gazetteer does not know is not joined over its commas', () => {
    const found = orgs('De Commissie Sport, Spel en Vermaak kwam bijeen.').map(([t]) => t);
    assert.ok(!found.includes('Commissie Sport, Spel en Vermaak'), JSON.stringify(found));
  });

  it('negative: "de Commissie" alone, a chair\'s name, and a list of separate bodies', () => {
    assert.deepEqual(orgs('De Commissie heeft haar voorstel ingediend.'), []);
    assert.deepEqual(orgs('Het werk van de Commissie Van der Berg liep af.'), []);
    assert.deepEqual(orgs('Hij sprak met de Stichting Vluchteling, Amnesty en Oxfam.'), [['Stichting Vluchteling', 'STICHTING-VLUCHTELING']]);
  });

  it('a legal form\'s "Commissie" before a name the gazetteer does not know is still read by its own rule', () => {
    assert.deepEqual(orgs('De Commissie Werkelijke Schade adviseert.'), [['Commissie Werkelijke Schade', 'TEXT:COMMISSIE WERKELIJKE SCHADE']]);
  });
});

describe('round 14: "Toeslagen" listed with other bodies', () => {
  it('is the Dienst Toeslagen after or before a body the letter names', () => {
    assert.deepEqual(orgs('De uitvoering ligt bij Belastingdienst, Douane en Toeslagen.'), [
      ['Belastingdienst', 'BELASTINGDIENST'], ['Douane', 'DOUANE'], ['Toeslagen', 'DIENST-TOESLAGEN'],
    ]);
    assert.deepEqual(orgs('De door Toeslagen en Douane gemelde knelpunten volgen.'), [
      ['Toeslagen', 'DIENST-TOESLAGEN'], ['Douane', 'DOUANE'],
    ]);
  });

  it('negative: a portfolio, a programme, the word alone, inside a name', () => {
    assert.deepEqual(orgs('De Staatssecretaris van Financiën – Toeslagen en Douane,'), []); // the portfolio, part of the role (round 20)
    assert.deepEqual(orgs('De begroting inzake Herstel Toeslagen en Douane is klaar.'), [['Douane', 'DOUANE']]);
    assert.deepEqual(orgs('Toeslagen en andere regelingen worden verhoogd.'), []);
    assert.deepEqual(orgs('Dit meldde Belastingdienst/Toeslagen en Douane.'), [
      ['Belastingdienst/Toeslagen', 'DIENST-TOESLAGEN'], ['Douane', 'DOUANE'],
    ]);
    assert.deepEqual(orgs('De Toeslagen en de Douane.'), [['Douane', 'DOUANE']]);
  });
});

describe('round 14: recurring bodies of the JBZ and intelligence letters', () => {
  it('the Toetsingscommissie Inzet Bevoegdheden, also without its acronym and in a line of capitals', () => {
    assert.deepEqual(orgs('Het oordeel van de Toetsingscommissie Inzet Bevoegdheden is bindend.'), [
      ['Toetsingscommissie Inzet Bevoegdheden', 'TIB'],
    ]);
    assert.deepEqual(orgs('BRIEF VAN DE TOETSINGSCOMMISSIE INZET BEVOEGDHEDEN'), [['TOETSINGSCOMMISSIE INZET BEVOEGDHEDEN', 'TIB']]);
    assert.deepEqual(orgs('De TIB toetst vooraf.'), [['TIB', 'TIB']]);
  });

  it('the Parliamentary Assembly of the Council of Europe is one body, not the Council', () => {
    assert.deepEqual(orgs('Het rapport van de Parlementaire Assemblee van de Raad van Europa over lijsten.'), [
      ['Parlementaire Assemblee van de Raad van Europa', 'PACE'],
    ]);
    assert.deepEqual(orgs('Een verdrag van de Raad van Europa.'), [['Raad van Europa', 'RVE']]);
  });

  it('the ATKM, the EDPS and the African Union by its acronym', () => {
    assert.deepEqual(orgs('De Autoriteit online terroristisch en kinderpornografisch materiaal treedt op.'), [
      ['Autoriteit online terroristisch en kinderpornografisch materiaal', 'ATKM'],
    ]);
    assert.deepEqual(orgs('Het advies van de European Data Protection Supervisor (EDPS) volgt.'), [
      ['European Data Protection Supervisor', 'EDPS'], ['EDPS', 'EDPS'],
    ]);
    assert.deepEqual(orgs('De taskforce van AU, de EU en VN hielp.'), [['AU', 'AFRIKAANSE-UNIE'], ['EU', 'EU'], ['VN', 'UN']]);
  });

  it('negative: the acronyms in lower case or inside words', () => {
    assert.deepEqual(orgs('Een au pair en het tempo (pace) van de AUTO.'), []);
  });

  it('the Senate\'s committee for the interior and the Crown, with its second portfolio', () => {
    assert.deepEqual(orgs('De vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis van de Koning vroeg dit.'), [
      ['vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis van de Koning', 'EK-COM-BIZA'],
    ]);
    assert.deepEqual(orgs('VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING'), [
      ['VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING', 'EK-COM-BIZA'],
    ]);
  });
});

describe('round 14: an EU Council configuration named by its policy areas before "Raad"', () => {
  it('is the council, as "Raad …" is', () => {
    assert.deepEqual(orgs('Behandelingstraject Raad: Justitie en Binnenlandse Zaken Raad, unanimiteit.'), [
      ['Justitie en Binnenlandse Zaken Raad', 'EU-JBZ-RAAD'],
    ]);
    assert.deepEqual(orgs('De Buitenlandse Zaken Raad en de Algemene Zaken-Raad spraken erover.'), [
      ['Buitenlandse Zaken Raad', 'EU-RAAD-BZ'], ['Algemene Zaken-Raad', 'EU-RAAD-AZ'],
    ]);
  });

  it('negative: a ministry keeps its name, and "Raad van State" is no configuration', () => {
    assert.deepEqual(orgs('Het Ministerie van Buitenlandse Zaken vroeg de Raad van State om advies.'), [
      ['Ministerie van Buitenlandse Zaken', 'MIN-BZ'], ['Raad van State', 'RVS'],
    ]);
  });
});
