// Session 24 made the organisations stage cheaper without changing what it finds: rules for rare cases run only where a
// cheap test says they can fire, and some read their places from the gazetteer matcher's record of the letter instead
// of searching it. These tests pin what those rules find on both sides of each gate, and on both ways a place is found
// (the record, and the search where a combining mark or a letter outside the BMP makes the record incomplete).
// Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

const INQUIRIES = 'Zo sprak de parlementaire enquêtecommissie Fyra met de tijdelijke onderzoekscommissie Fraudebeleid.';
const BOTH_INQUIRIES: [string, string][] = [
  ['parlementaire enquêtecommissie Fyra', 'TEXT:PARLEMENTAIRE ENQUÊTECOMMISSIE FYRA'],
  ['tijdelijke onderzoekscommissie Fraudebeleid', 'TEXT:TIJDELIJKE ONDERZOEKSCOMMISSIE FRAUDEBELEID'],
];

describe('organisation rules behind cheap gates (session 24)', () => {
  it('an inquiry committee in lower case, its core found from the matcher record or by a search', () => {
    assert.deepEqual(orgs(INQUIRIES), BOTH_INQUIRIES);
    // A combining mark makes the record of watched words incomplete; an astral letter the record of capitals.
    assert.deepEqual(orgs(`${INQUIRIES} Zie ook het cafe\u0301.`), BOTH_INQUIRIES);
    assert.deepEqual(orgs(`${INQUIRIES} Zie ook \u{1d49c}.`), BOTH_INQUIRIES);
    // Without a capitalised name after the core, or after "een", no name.
    assert.deepEqual(orgs('de tijdelijke onderzoekscommissie heeft gesproken; een parlementaire enquêtecommissie Fyra'), []);
  });

  it('a known body in the title of a law is the law, whatever white space stands between its words', () => {
    assert.deepEqual(orgs('Dit staat in de Wet op de Raad van State, de Wet op\u00a0de  Raad van State en de Rijkswet inzake het '
      + 'Openbaar Ministerie; het besluit van de Raad van State en de wet op de politie.'), [['Raad van State', 'RVS']]);
    assert.deepEqual(orgs('Dit volgt uit de Kaderwet betreffende\nde Raad van State. Het advies van de Raad van State volgt.'), [['Raad van State', 'RVS']]);
  });

  it('"Algemene Raad" before another body is that body\'s organ, before the EU the EU\'s council', () => {
    assert.deepEqual(orgs('De Algemene Raad van de ECB besloot; de Algemene Raad van de Europese Unie en de algemene raad vergaderden.'), [
      ['ECB', 'ECB'], ['Algemene Raad', 'EU-RAZEB'], ['Europese Unie', 'EU'],
    ]);
  });

  it('a lower-case body noun before a defined long form is part of it', () => {
    assert.deepEqual(orgs('De werkgroep Beoordeling Nieuwe Voorstellen (BNV) en de Stuurgroep Ketenaanpak (SK) adviseren; de BNV rapporteert.'), [
      ['werkgroep Beoordeling Nieuwe Voorstellen', 'TEXT:BNV'], ['BNV', 'TEXT:BNV'], ['Stuurgroep Ketenaanpak', 'TEXT:SK'], ['SK', 'TEXT:SK'],
      ['BNV', 'TEXT:BNV'],
    ]);
  });
});
