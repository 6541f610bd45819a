// Round 12 of the blind check on real letters (Justitie en Veiligheid, the NCTV, BZK with the AIVD and Defensie with the
// MIVD on terrorism, extremism, state threats and crisis management, 2013–2024) and a case round 11 left (a capitalised
// adjective before a committee compound and its name): the rules it added for organisations. Every snippet is written
// for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('round 12: an adjective, a committee compound and its capitalised name', () => {
  it('is one body from the adjective to the last capitalised word', () => {
    assert.deepEqual(orgs('Het rapport van de Parlementaire Enquêtecommissie Bankentoezicht verscheen gisteren.'), [
      ['Parlementaire Enquêtecommissie Bankentoezicht', 'TEXT:PARLEMENTAIRE ENQUÊTECOMMISSIE BANKENTOEZICHT'],
    ]);
    assert.deepEqual(orgs('Zo sprak de Tijdelijke Onderzoekscommissie Digitale Zaken met experts.'), [
      ['Tijdelijke Onderzoekscommissie Digitale Zaken', 'TEXT:TIJDELIJKE ONDERZOEKSCOMMISSIE DIGITALE ZAKEN'],
    ]);
  });

  it('negative: after "een", without a name after it, without an adjective before it, or ending in a particle', () => {
    assert.deepEqual(orgs('Wellicht komt er een Parlementaire Enquêtecommissie Toezicht over deze zaak.'), []);
    assert.deepEqual(orgs('De Parlementaire Enquêtecommissie heeft haar werk gedaan.'), []);
    assert.deepEqual(orgs('Daarna vergaderde Enquêtecommissie Toezicht opnieuw.'), []);
    assert.deepEqual(orgs('Het werk van de Tijdelijke Onderzoekscommissie Van der Berg liep af.'), []);
  });
});

describe('round 12: the chamber before a committee compound', () => {
  it('"Eerste Kamercommissie voor …" is the Senate\'s committee, its chamber word in the span', () => {
    assert.deepEqual(orgs('Ik dank de Eerste Kamercommissie voor Justitie en Veiligheid voor haar vragen.'), [
      ['Eerste Kamercommissie voor Justitie en Veiligheid', 'EK-COM-JENV'],
    ]);
  });

  it('also as the first words of the text (a heading): the Senate\'s committee, not the House\'s', () => {
    assert.deepEqual(orgs('Eerste Kamercommissie voor Justitie en Veiligheid: vragen.'), [
      ['Eerste Kamercommissie voor Justitie en Veiligheid', 'EK-COM-JENV'],
    ]);
    assert.deepEqual(orgs('Tweede Kamercommissie voor Defensie'), [['Tweede Kamercommissie voor Defensie', 'TK-COM-DEF']]);
  });

  it('"Tweede Kamercommissie voor …" stays the House\'s committee, with "Tweede" in the span', () => {
    assert.deepEqual(orgs('Dit vroeg de Tweede Kamercommissie voor Defensie eerder.'), [['Tweede Kamercommissie voor Defensie', 'TK-COM-DEF']]);
  });

  it('negative: "vaste Kamercommissie" keeps its own start', () => {
    assert.deepEqual(orgs('De vaste Kamercommissie voor Defensie vroeg dit.'), [['vaste Kamercommissie voor Defensie', 'TK-COM-DEF']]);
  });
});

describe('round 12: a capitalised adjective and head after "een"', () => {
  it('negative: "een Nederlandse Autoriteit" is a kind of body, not a name', () => {
    assert.deepEqual(orgs('De taken gaan naar een Nederlandse Autoriteit die toezicht houdt.'), []);
  });

  it('the same words after "de" still name one body', () => {
    assert.deepEqual(orgs('Het toezicht ligt bij de Nederlandse Autoriteit.').map(([t]) => t), ['Nederlandse Autoriteit']);
  });
});

describe('round 12: recurring bodies of the crisis and defence letters', () => {
  it('KPN and the Defensie Cyber Commando (DCC)', () => {
    assert.deepEqual(orgs('Na de storing bij KPN werkte het Defensie Cyber Commando (DCC) mee; het DCC rapporteerde.'), [
      ['KPN', 'KPN'],
      ['Defensie Cyber Commando', 'DCC'],
      ['DCC', 'DCC'],
      ['DCC', 'DCC'],
    ]);
  });
});
