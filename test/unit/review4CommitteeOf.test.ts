// Review of session 16: a committee named by its subject and then by the body it belongs to ("… van het Europees
// Parlement") is that body's, not the House's standing committee. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('review: another body\'s committee named by a House committee\'s subject', () => {
  it('is not the House committee after "van het Europees Parlement", "van de Raad van Europa", "van de Duitse Bondsdag"', () => {
    assert.deepEqual(orgs('De Commissie Buitenlandse Zaken van het Europees Parlement sprak.'), [['Europees Parlement', 'EP']]);
    assert.deepEqual(orgs('de commissie Buitenlandse Zaken van het Europees Parlement'), [['Europees Parlement', 'EP']]);
    assert.deepEqual(orgs('De Commissie Binnenlandse Zaken van de Raad van Europa vergaderde.'), [['Raad van Europa', 'RVE']]);
    assert.deepEqual(orgs('de Commissie Buitenlandse Zaken van de Duitse Bondsdag'), []);
  });
  it('negative: the House committee stays, also named with the House', () => {
    assert.deepEqual(orgs('De Commissie Financiën van de Tweede Kamer vroeg het.'), [['Commissie Financiën', 'TK-COM-FIN'], ['Tweede Kamer', 'TK']]);
    assert.deepEqual(orgs('op verzoek van de Commissie Sociale Zaken en Werkgelegenheid van uw Kamer'), [['Commissie Sociale Zaken en Werkgelegenheid', 'TK-COM-SZW']]);
    assert.deepEqual(orgs('de vaste commissie voor Financiën van de Kamer'), [['vaste commissie voor Financiën', 'TK-COM-FIN']]);
    assert.deepEqual(orgs('de vaste commissie voor Defensie van Uw Kamer'), [['vaste commissie voor Defensie', 'TK-COM-DEF']]);
    assert.deepEqual(orgs('een brief van de vaste commissie voor Defensie van Kamerlid Jansen'), [['vaste commissie voor Defensie', 'TK-COM-DEF']]);
  });
});

describe('review: a House committee\'s subject "van de Eerste Kamer"', () => {
  it('is the Senate\'s committee of the portfolio', () => {
    const found = orgs('de vaste commissie voor Justitie en Veiligheid van de Eerste Kamer');
    assert.deepEqual(found, [['vaste commissie voor Justitie en Veiligheid', 'EK-COM-JENV'], ['Eerste Kamer', 'EK']]);
  });
});
