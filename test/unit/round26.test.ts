// Round 26 of the blind check on real texts: every family at once, on stukken of 2023–2026 (voortgangsbrieven, letters
// answering moties and toezeggingen, verslagen of the new ministries Asiel en Migratie, Klimaat en Groene Groei,
// Volkshuisvesting en Ruimtelijke Ordening and LVVN). Three things were missed blind: the Nederlandse Arbeidsinspectie by
// its short name (where the letter defines it with "hierna:" and in "aan de Arbeidsinspectie voor …"), the Senate party
// OPNL, and the year of a month after "afgelopen" ("Afgelopen december" in an April letter is last December). Every
// snippet is written for the test; none is copied from a stuk.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { datesInLetterOf, letterOrgs, orgs } from './recognised';

describe('round 26: the Arbeidsinspectie by its short name', () => {
  it('"Arbeidsinspectie" alone is the Nederlandse Arbeidsinspectie, also where the letter defines it and before "voor"', () => {
    assert.deepEqual(orgs('Het werkprogramma van de Nederlandse Arbeidsinspectie (hierna: Arbeidsinspectie) is klaar.'), [
      ['Nederlandse Arbeidsinspectie', 'INSP-SZW'], ['Arbeidsinspectie', 'INSP-SZW'],
    ]);
    assert.deepEqual(orgs('Ik stel geld beschikbaar aan de Arbeidsinspectie voor de aanpak van uitbuiting.'), [
      ['Arbeidsinspectie', 'INSP-SZW'],
    ]);
  });

  it('a service named by a body the gazetteer knows is one body: the division with its body', () => {
    assert.deepEqual(orgs('De Opsporingsdienst van de Arbeidsinspectie werkt samen met de Inlichtingendienst van het OM.'), [
      ['Opsporingsdienst van de Arbeidsinspectie', 'TEXT:OPSPORINGSDIENST VAN DE ARBEIDSINSPECTIE'],
      ['Inlichtingendienst van het OM', 'TEXT:INLICHTINGENDIENST VAN HET OM'],
    ]);
  });

  it('negative: the word in lower case, a non-body compound, and a service of a body followed by more text stay as before', () => {
    assert.deepEqual(orgs('Een Belgische arbeidsinspectie controleerde de bouwplaats.'), []);
    assert.deepEqual(orgs('De Buitendienst van de Belastingdienst kwam langs.'), [['Belastingdienst', 'BELASTINGDIENST']]);
    assert.deepEqual(orgs('Het Informatiecentrum van de Tweede Kamer is open.'), [['Tweede Kamer', 'TK']]);
  });
});

describe('round 26: an acronym defined by a framework\'s name is no body', () => {
  it('"Inspectie Control Framework (ICF)": neither the name nor the acronym, though a body\'s head opens it', () => {
    assert.deepEqual(orgs('De Arbeidsinspectie stelde op basis van het Inspectie Control Framework (ICF) doelen op. Het ICF blijft.'), [
      ['Arbeidsinspectie', 'INSP-SZW'],
    ]);
    assert.deepEqual(orgs('Het Toezicht Assessment Model (TAM) en de Dienst Handhaving Code (DHC) zijn herzien.'), []);
  });

  it('negative: a body whose name ends in "Programme" or in a body\'s head stays a body', () => {
    assert.deepEqual(orgs('Het World Food Programme (WFP) en het Centrum Criminaliteitspreventie en Veiligheid (CCV) werken samen.').map(o => o[1]), [
      'WFP', 'WFP', 'CCV', 'CCV',
    ]);
  });
});

describe('round 26: the Senate party OPNL', () => {
  it('by its acronym in a list of fracties and by its names', () => {
    assert.deepEqual(orgs('De leden van de fracties van PvdD en OPNL stellen vragen.').map(o => o[1]), ['PVDD', 'OPNL']);
    assert.deepEqual(orgs('Onafhankelijke Politiek Nederland, voorheen de Onafhankelijke Senaatsfractie.').map(o => o[1]), ['OPNL', 'OPNL']);
  });

  it('negative: in lower case or glued into a word', () => {
    assert.deepEqual(orgs('de opnl-fractie en OPNLX'), []);
  });
});

describe('round 26: "afgelopen" and "komende" before a month or a day', () => {
  const inApril2024 = datesInLetterOf('2024-04-09');

  it('"afgelopen december" in an April letter is last December; "komende maart" is next March', () => {
    assert.deepEqual(inApril2024('Afgelopen december ontving uw Kamer de eerste brief.'), [['december', { iso: '2023-12' }]]);
    assert.deepEqual(inApril2024('De tweede brief volgt komende maart.'), [['maart', { iso: '2025-03' }]]);
    assert.deepEqual(inApril2024('Op afgelopen 12 juni sprak ik hen.'), [['12 juni', { iso: '2023-06-12' }]]);
  });

  it('negative: a month without the word keeps the letter\'s year; durations and weekdays are not read', () => {
    assert.deepEqual(inApril2024('In december ontving uw Kamer de brief.'), [['december', { iso: '2024-12' }]]);
    assert.deepEqual(inApril2024('De afgelopen maanden en afgelopen vrijdag waren druk.'), []);
  });

  it('the citations of the round\'s newest forms are read, a toezegging\'s id is none', () => {
    const text = 'Zie de motie van het lid Van Kent (Kamerstuk 36 410-XV, nr. 12), Handelingen II 2023/24, nr. 45, item 7, en de toezegging TZ202402-017.';
    const found = analyseLetter(text).entities.map(e => [e.kind, e.text]);
    assert.deepEqual(found, [
      ['kamerstuk', 'Kamerstuk 36 410-XV, nr. 12'], ['handelingen', 'Handelingen II 2023/24, nr. 45, item 7'],
    ]);
    assert.deepEqual(letterOrgs(text), []);
  });
});
