// Round 43 of the blind check on real texts: migration and asylum, and foreign affairs and development (stukken of
// 2020-2025). Blind, every kind was right on the seven texts; a probe of the bodies these letters name showed the police's
// aliens department (AVIM), the Dutch development bank (FMO), the development NGOs' branch body (Partos) and Artsen zonder
// Grenzen missing from the gazetteer. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('round 43: migration and development bodies', () => {
  it('the police\'s aliens department by its name and its acronym', () => {
    assert.deepEqual(orgs('De Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM) registreert de vreemdeling.'),
      [['Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel', 'AVIM'], ['AVIM', 'AVIM']]);
    assert.deepEqual(orgs('Na het gehoor door de AVIM volgt de aanmelding.'), [['AVIM', 'AVIM']]);
  });

  it('the development bank by its name (either spelling) and its acronym', () => {
    assert.deepEqual(orgs('De Nederlandse Financierings-Maatschappij voor Ontwikkelingslanden (FMO) beheert het fonds.'),
      [['Nederlandse Financierings-Maatschappij voor Ontwikkelingslanden', 'FMO'], ['FMO', 'FMO']]);
    assert.deepEqual(orgs('Via FMO en de Nederlandse Financieringsmaatschappij voor Ontwikkelingslanden lopen de leningen.').map(o => o[1]),
      ['FMO', 'FMO']);
  });

  it('the development NGOs\' branch body and Artsen zonder Grenzen', () => {
    assert.deepEqual(orgs('Partos en Artsen zonder Grenzen reageerden op de bezuiniging.'),
      [['Partos', 'PARTOS'], ['Artsen zonder Grenzen', 'AZG']]);
  });
});
