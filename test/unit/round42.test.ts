// Round 42 of the blind check on real texts: every family at once, on stukken of 2019–2025 on agriculture, nature,
// food and animals (the NVWA, Wageningen's institutes, the GD, the RDA, the farmers' unions, the nature bodies) and on
// defence (the armed forces' commands, the KCT and the CSE, COMMIT, the Raad Buitenlandse Zaken in its defence
// formation, NATO and EU bodies). Missed blind: bodies of these subjects the gazetteer did not hold, and the council's
// defence formation read without its last word. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';

describe('round 42: bodies of agriculture, nature and animal health by their names', () => {
  it('Wageningen\'s institutes, the expert group on animal diseases and the poultry farmers\' union', () => {
    assert.deepEqual(orgs('Het monster ging naar Wageningen Bioveterinary Research; de Deskundigengroep Dierziekten adviseerde daarna.').map(o => o[0]),
      ['Wageningen Bioveterinary Research', 'Deskundigengroep Dierziekten']);
    assert.deepEqual(orgs('Wageningen Research en Wageningen Livestock Research rekenden de varianten door.').map(o => o[1]),
      ['WR', 'WLR']);
    assert.deepEqual(orgs('Wij spraken met de Nederlandse Vakbond Pluimveehouders en de Gezondheidsdienst voor Dieren.').map(o => o[1]),
      ['NVP', 'GD']);
  });

  it('the nature bodies and the international platform before a hyphen', () => {
    assert.deepEqual(orgs('Het Wereld Natuur Fonds en Sovon tellen de vogels; het IPBES-rapport verscheen later.').map(o => o[1]),
      ['WNF', 'SOVON', 'IPBES']);
    assert.deepEqual(orgs('De Raad voor Dierenaangelegenheden en de Mestbank van RVO.').map(o => o[1]), ['RDA', 'MESTBANK', 'RVO']);
  });
});

describe('round 42: defence bodies by their names', () => {
  it('the special forces, their command and the materiel command since 2022', () => {
    assert.deepEqual(orgs('Het schiethuis van het KCT; het Commando Specialistische Eenheden en het Commando Materieel en IT bouwen.').map(o => o[1]),
      ['KCT', 'CSE', 'COMMIT']);
  });

  it('the Raad Buitenlandse Zaken in its defence formation is one span', () => {
    assert.deepEqual(orgs('De agenda van de Raad Buitenlandse Zaken Defensie van 14 november volgt.').map(o => o[0]),
      ['Raad Buitenlandse Zaken Defensie']);
    assert.deepEqual(orgs('De Raad Buitenlandse Zaken sprak over Oekraïne.').map(o => o[0]), ['Raad Buitenlandse Zaken']);
  });
});

describe('round 42 batch 3: a joint Senate committee and an EU committee', () => {
  it('the Senate\'s joint committee for EZK and LNV in capitals with a glued marker, and with a spaced slash', () => {
    assert.deepEqual(orgs('C VERSLAG VAN DE VASTE COMMISSIE VOOR ECONOMISCHE ZAKEN EN KLIMAAT/LANDBOUW, NATUUR EN VOEDSELKWALITEIT2\n\nVastgesteld 3 maart 2021').map(o => o[1]),
      ['EK-COM-EZK']);
    assert.deepEqual(orgs('De vaste commissie voor Economische Zaken en Klimaat / Landbouw, Natuur en Voedselkwaliteit vergaderde.').map(o => o[0]),
      ['vaste commissie voor Economische Zaken en Klimaat / Landbouw, Natuur en Voedselkwaliteit']);
  });

  it('the Nitrates Directive\'s committee of member states', () => {
    assert.deepEqual(orgs('Het Nitraatcomité stemde in met de derogatie.').map(o => o[1]), ['NITRAATCOMITE']);
  });
});

describe('round 42: the manure and crop accounts\' years', () => {
  it('a year after "mestjaar", "oogstjaar" or "teeltjaar" is a year, as after "boekjaar"', () => {
    assert.deepEqual(datesInLetterOf('2024-03-01')('In het mestjaar 2023 gelden lagere normen; voor oogstjaar 2024 en teeltjaar 2025 ook.').map(d => d[0]),
      ['2023', '2024', '2025']);
  });

  it('a season of two years stays unread, as the school year', () => {
    assert.deepEqual(datesInLetterOf('2024-03-01')('Het vogelgriepseizoen 2022-2023 was zwaar; in het mestjaar volgt een evaluatie.'), []);
  });
});

describe('round 42: a union, a league or a command heads a name its acronym defines', () => {
  it('"Vakbond", "Verbond" and "Commando" head a long form, so the acronym after it is the letter\'s own body', () => {
    assert.deepEqual(orgs('De Nederlandse Vakbond Geitenhouders (NVG) is gehoord; de NVG steunt het plan.').map(o => o[0]),
      ['Nederlandse Vakbond Geitenhouders', 'NVG', 'NVG']);
    assert.deepEqual(orgs('Het Coöperatief Verbond van Melkveehouders (CVM) reageerde.').map(o => o[0]),
      ['Coöperatief Verbond van Melkveehouders', 'CVM']);
    assert.deepEqual(orgs('Het Commando Logistieke Operaties (CLO) levert de munitie.').map(o => o[0]),
      ['Commando Logistieke Operaties', 'CLO']);
  });

  it('a plan or a word that only ends like one stays none', () => {
    assert.deepEqual(orgs('Het Plan Logistieke Operaties (PLO) en de Staat van Onderhoud (SVO) volgen.'), []);
  });
});

describe('round 42: an EU fund defined by its acronym is no body', () => {
  it('the EU\'s regional and social funds and their acronyms are none', () => {
    assert.deepEqual(orgs('Nederland gebruikt het Europees Fonds voor Regionale Ontwikkeling (EFRO)-Interreg niet; het EFRO is groot.'), []);
    assert.deepEqual(orgs('Het Europees Sociaal Fonds (ESF) financiert de scholing.'), []);
  });

  it('a charity named Fonds keeps its name and acronym', () => {
    assert.deepEqual(orgs('Het Nationaal Fonds Kinderhulp (NFK) en het Fonds Gehandicaptensport (FGS) helpen.').map(o => o[0]),
      ['Nationaal Fonds Kinderhulp', 'NFK', 'Fonds Gehandicaptensport', 'FGS']);
  });
});

describe('round 42 batch 4: names the answers and verslagen write', () => {
  it('BIJ12 in mixed case, the defence industry\'s association and the F-35 programme office with its type', () => {
    assert.deepEqual(orgs('Meldingen bij Bij12 en bij BIJ12; de Nederlandse Industrie voor Defensie en Veiligheid en het F-35 Joint Program Office.').map(o => o[0]),
      ['Bij12', 'BIJ12', 'Nederlandse Industrie voor Defensie en Veiligheid', 'F-35 Joint Program Office']);
  });
});
