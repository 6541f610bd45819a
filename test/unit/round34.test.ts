// Round 34 of the blind check on real texts: every family at once, on stukken of 2014–2025 on housing (woningcorporaties,
// the Huurcommissie), legal aid (the Raad voor Rechtsbijstand, the NOvA), the highest administrative courts and the
// omgevingsdiensten. Missed blind: a housing association by name, a chair's second committee with its numeral and the
// Senate's committee for Infrastructuur, Waterstaat en Omgeving. Round 33 left the omgevingsdiensten by region and
// Curaçao's island council: decided here. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('round 34: bodies missed blind', () => {
  it('a housing association and the housing market\'s parties by name', () => {
    assert.deepEqual(orgs('Vestia, het Centraal Fonds Volkshuisvesting, IVBN, Neprom en Vastgoed Belang spraken met de minister.').map(o => o[1]),
      ['VESTIA', 'CFV', 'IVBN', 'NEPROM', 'VASTGOED-BELANG']);
  });

  it('a chair\'s second committee keeps its numeral, also before a glued footnote marker', () => {
    assert.deepEqual(orgs('Ik volg de commissie-Van Dam II.'), [['commissie-Van Dam II', 'TEXT:COMMISSIE-VAN DAM II']]);
    assert.deepEqual(orgs('Zo adviseerde de commissie-Kuipers III2 eerder.'), [['commissie-Kuipers III', 'TEXT:COMMISSIE-KUIPERS III']]);
    assert.deepEqual(orgs('De commissie-Kuipers In dit advies staat meer.'), [['commissie-Kuipers', 'TEXT:COMMISSIE-KUIPERS']]);
  });

  it('the Senate\'s committee for Infrastructuur, Waterstaat en Omgeving, also in a heading\'s capitals', () => {
    assert.deepEqual(orgs('De leden van de vaste commissie voor Infrastructuur, Waterstaat en Omgeving vroegen dit.'),
      [['vaste commissie voor Infrastructuur, Waterstaat en Omgeving', 'EK-COM-IENW']]);
    assert.deepEqual(orgs('BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR INFRASTRUCTUUR, WATERSTAAT EN OMGEVING').map(o => o[1]),
      ['EK-COM-IENW']);
  });
});

describe('round 34: round 33\'s open questions', () => {
  it('an omgevingsdienst by its region, as a GGD', () => {
    assert.deepEqual(orgs('De Omgevingsdienst Twente, de omgevingsdienst Regio Arnhem, Omgevingsdienst IJsselland en Omgevingsdienst Midden- en West-Brabant controleren.').map(o => o[0]),
      ['Omgevingsdienst Twente', 'omgevingsdienst Regio Arnhem', 'Omgevingsdienst IJsselland', 'Omgevingsdienst Midden- en West-Brabant']);
  });

  it('the gazetteer\'s omgevingsdiensten stay its own; a sentence opener, the noun alone and the plural name none', () => {
    assert.deepEqual(orgs('Omgevingsdienst NL en de Omgevingsdienst Noordzeekanaalgebied werken samen.').map(o => o[1]), ['ODNL', 'ODNZKG']);
    assert.deepEqual(orgs('Dat meldde de Omgevingsdienst Drenthe Deze week volgt meer.').map(o => o[0]), ['Omgevingsdienst Drenthe']);
    assert.deepEqual(orgs('De omgevingsdienst. De omgevingsdiensten Zij handhaven.'), []);
  });

  it('Curaçao\'s and Sint Maarten\'s island councils and executives of before 2010', () => {
    assert.deepEqual(orgs('De Eilandsraad Curaçao en het Bestuurscollege van Sint Maarten besloten.').map(o => o[0]),
      ['Eilandsraad Curaçao', 'Bestuurscollege van Sint Maarten']);
  });

  it('the regional airports besides Lelystad and Eindhoven', () => {
    assert.deepEqual(orgs('Groningen Airport Eelde en Maastricht Aachen Airport krijgen steun.').map(o => o[1]),
      ['GRONINGEN-AIRPORT-EELDE', 'MAASTRICHT-AACHEN-AIRPORT']);
  });

  it('the housing, heritage and justice bodies no text named', () => {
    assert.deepEqual(orgs('Het Atelier Rijksbouwmeester, het Nationaal Restauratiefonds, het SVn, Platform31, de KBvG en de NVvR reageerden.').map(o => o[1]),
      ['ATELIER-RIJKSBOUWMEESTER', 'RESTAURATIEFONDS', 'SVN', 'PLATFORM31', 'KBVG', 'NVVR']);
    assert.deepEqual(orgs('De NRF oefent.'), [['NRF', 'NRF']]);
  });
});
