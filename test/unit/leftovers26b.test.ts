// Session 26 (second helper): the recognition leftovers of rounds 39-40, decided and fixed as rules (test/data/real-letters.md,
// "Leftovers of rounds 39-40, fixed in session 26"). Every snippet is written for the test, on the model of the letters'
// sentences; none is copied.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('leftovers 26b: a capitalised legal form or "Koninklijke" before a defined long form is part of the name', () => {
  it('"Stichting Verzekeringsbureau Voertuigcriminaliteit (VbV)": the foundation opens the long form, the acronym is its', () => {
    assert.deepEqual(orgs('Ik sprak met de Stichting Verzekeringsbureau Voertuigcriminaliteit (VbV) over diefstal. Het VbV meldt een daling.'),
      [['Stichting Verzekeringsbureau Voertuigcriminaliteit', 'TEXT:VBV'], ['VbV', 'TEXT:VBV'], ['VbV', 'TEXT:VBV']]);
    assert.deepEqual(orgs('De Vereniging Nederlandse Organisatie voor Onderzoek (NOO) is betrokken.'),
      [['Vereniging Nederlandse Organisatie voor Onderzoek', 'TEXT:NOO'], ['NOO', 'TEXT:NOO']]);
  });

  it('"Koninklijke Nederlandse Beroepsorganisatie van Accountants (NBA)": the royal predicate is part of the name', () => {
    assert.deepEqual(orgs('De Koninklijke Nederlandse Beroepsorganisatie van Accountants (NBA) bracht een rapport uit. De NBA wijst op risico’s.'),
      [['Koninklijke Nederlandse Beroepsorganisatie van Accountants', 'TEXT:NBA'], ['NBA', 'TEXT:NBA'], ['NBA', 'TEXT:NBA']]);
  });

  it('a known body keeps its id with its legal form in the span: "Stichting Vluchtelingenwerk Nederland (VWN)"', () => {
    assert.deepEqual(orgs('Ik sprak met Stichting Vluchtelingenwerk Nederland (VWN). VWN ondersteunt statushouders.'),
      [['Stichting Vluchtelingenwerk Nederland', 'VLUCHTELINGENWERK'], ['VWN', 'VLUCHTELINGENWERK'], ['VWN', 'VLUCHTELINGENWERK']]);
  });

  it('reversed: "het VbV (Stichting Verzekeringsbureau Voertuigcriminaliteit)", "de NBA (Koninklijke …)"', () => {
    assert.deepEqual(orgs('Het VbV (Stichting Verzekeringsbureau Voertuigcriminaliteit) meldt een daling. Het VbV telt.'),
      [['VbV', 'TEXT:VBV'], ['Stichting Verzekeringsbureau Voertuigcriminaliteit', 'TEXT:VBV'], ['VbV', 'TEXT:VBV']]);
    assert.deepEqual(orgs('De NBA (Koninklijke Nederlandse Beroepsorganisatie van Accountants) bracht een rapport uit.').map(o => o[1]),
      ['TEXT:NBA', 'TEXT:NBA']);
  });

  it('negative: a legal form the acronym spells stays as it was, a lower-case word before the name is none of it', () => {
    assert.deepEqual(orgs('De Stichting Beheer Collectieve Rechten (SBCR) beheert het fonds.'),
      [['Stichting Beheer Collectieve Rechten', 'TEXT:SBCR'], ['SBCR', 'TEXT:SBCR']]);
    assert.deepEqual(orgs('Het Koninklijk Nederlands Meteorologisch Instituut (KNMI) voorspelt storm.'),
      [['Koninklijk Nederlands Meteorologisch Instituut', 'KNMI'], ['KNMI', 'KNMI']]);
    assert.deepEqual(orgs('De nieuwe Landelijke Organisatie Sociaal Raadslieden (LOSR) helpt.').map(o => o[0]),
      ['Landelijke Organisatie Sociaal Raadslieden', 'LOSR']);
    // A legal form that ends the sentence before is no part of the next name.
    assert.deepEqual(orgs('Dat doet de Stichting. Nederlandse Organisatie voor Onderzoek (NOO) helpt.').map(o => o[0]).includes('Stichting. Nederlandse Organisatie voor Onderzoek'), false);
  });
});
