// Round 33 of the blind check on real texts: every family at once, on stukken of 2002–2025 of BZ and Financiën (the EU's
// and the Council of Europe's banks and funds), Defensie (the DMP letters), IenW (Schiphol, the ILT, the LVNL) and LNV
// (nitrogen). Missed blind: the European Stability Mechanism, the Council of Europe Development Bank under its two names,
// the Joint Support Command, MARIN, BIJ12, the Schiphol residents' foundation and an omgevingsdienst by name. Bodies of the
// round's subjects that no text named (the armed forces' commands, NATO's and the EU's agencies, the agriculture bodies of
// 1995–2020, the aviation bodies) are added so that letters nobody has seen read them. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('round 33: bodies missed blind', () => {
  it('the European Stability Mechanism by name and acronym', () => {
    assert.deepEqual(orgs('Het Europees Stabiliteitsmechanisme (ESM) leent aan lidstaten; het ESM-verdrag regelt dat.').map(o => o[1]),
      ['ESM', 'ESM', 'ESM']);
  });

  it('the Council of Europe Development Bank under its name, its older name and its acronym; the Raad van Europa alone stays itself', () => {
    assert.deepEqual(orgs('De Ontwikkelingsbank van de Raad van Europa (CEB) heette eerder het Fonds voor Sociale Ontwikkeling van de Raad van Europa.').map(o => o[1]),
      ['CEB', 'CEB', 'CEB']);
    assert.deepEqual(orgs('De Raad van Europa vergadert in Straatsburg.'), [['Raad van Europa', 'RVE']]);
  });

  it('the Defensie commands and research partners', () => {
    assert.deepEqual(orgs('Het Joint Support Command (JSC), het CZSK en MARIN testen met de DMO een nieuw schip.').map(o => o[1]),
      ['JSC', 'JSC', 'CZSK', 'MARIN', 'DMO']);
  });

  it('BIJ12 and the omgevingsdiensten by name', () => {
    assert.deepEqual(orgs('BIJ12 voert uit voor de provincies; de Omgevingsdienst Noordzeekanaalgebied, DCMR Milieudienst Rijnmond en Omgevingsdienst NL handhaven.').map(o => o[1]),
      ['BIJ12', 'ODNZKG', 'DCMR', 'ODNL']);
  });

  it('the Schiphol residents\' foundation by its whole name, not its first two words', () => {
    assert.deepEqual(orgs('De Stichting Recht op Bescherming tegen Vliegtuighinder procedeert tegen de Staat.'),
      [['Stichting Recht op Bescherming tegen Vliegtuighinder', 'RBV']]);
  });
});

describe('round 33: bodies of the round\'s subjects that no text named', () => {
  it('the armed forces\' commands and NATO\'s and Europe\'s defence agencies', () => {
    assert.deepEqual(orgs('Het CLAS, het CLSK, het DOSCO en het COMMIT werken met de NSPA, OCCAR en het NCIA.').map(o => o[1]),
      ['CLAS', 'CLSK', 'DOSCO', 'COMMIT', 'NSPA', 'OCCAR', 'NCIA']);
  });

  it('the EU\'s and Europe\'s agencies and bodies', () => {
    assert.deepEqual(orgs('Het ECHA, Eurocontrol, het ODIHR, de ELA en de EBRD rapporteerden.').map(o => o[1]),
      ['ECHA', 'EUROCONTROL', 'ODIHR', 'ELA', 'EBRD']);
  });

  it('the agriculture and nature bodies, old and new', () => {
    assert.deepEqual(orgs('De Algemene Inspectiedienst (AID), de Voedsel en Waren Autoriteit (VWA), Dienst Regelingen, het Bureau Beheer Landbouwgronden en de Plantenziektenkundige Dienst gingen op in de NVWA en de RVO.').map(o => o[1]),
      ['AID', 'AID', 'VWA', 'VWA', 'DR', 'BBL', 'PD', 'NVWA', 'RVO']);
    assert.deepEqual(orgs('Het Ctgb, het Faunafonds, Skal, het COKZ en Natuurmonumenten reageerden.').map(o => o[1]),
      ['CTGB', 'FAUNAFONDS', 'SKAL', 'COKZ', 'NATUURMONUMENTEN']);
  });

  it('the Schiphol and aviation bodies', () => {
    assert.deepEqual(orgs('De CROS, het BAS, het MUAC en Lelystad Airport overlegden.').map(o => o[1]),
      ['CROS', 'BAS', 'MUAC', 'LELYSTAD-AIRPORT']);
  });
});

describe('round 33: precision of round 32\'s additions', () => {
  it('the System of National Accounts by a two-digit edition is no body; the SNA before a count stays the SNA', () => {
    assert.deepEqual(orgs('Het nationale rekeningenstelsel volgt de SNA 93 en daarvoor het SNA68.'), []);
    assert.deepEqual(orgs('Het SNA heeft 4000 bedrijven gecertificeerd.'), [['SNA', 'SNA']]);
  });
});
