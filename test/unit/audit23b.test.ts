// The leftovers of session 23's precision audit (test/unit/audit23.test.ts): readings of a bare Senate letter and a
// heading that running text and a letterhead must not give. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';

const kamerstukken = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => e.text);

describe('audit 23b: a list after a bare Senate letter holds letters of the Senate\'s shape only', () => {
  it('"…, I en II" and "…, V en VI": the second roman numeral is no Senate letter', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, I en II.'), ['Kamerstuk 29 754, I']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, V en VI.'), ['Kamerstuk 29 754, V']);
    assert.deepEqual(kamerstukken('Zie (Kamerstuk 29 754, C en XL).'), ['Kamerstuk 29 754, C']);
  });

  it('letters of the shape are listed as before, and after "nr." any letters', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, G en H.'), ['Kamerstuk 29 754, G', 'H']);
    assert.deepEqual(kamerstukken('Zie (Kamerstuk 29 754, AE en AF).'), ['Kamerstuk 29 754, AE', 'AF']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, nrs. C en CX.'), ['Kamerstuk 29 754, nrs. C', 'CX']);
  });
});

describe('audit 23b: a capital with a full stop before a name is an initial, no Senate letter', () => {
  it('"…, B.V. Nederland", "…, J. de Vries", "…, A.B. Jansen" read the dossier only', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, B.V. Nederland reageerde.'), ['Kamerstuk 29 754']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, J. de Vries reageerde.'), ['Kamerstuk 29 754']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, A.B. Jansen reageerde.'), ['Kamerstuk 29 754']);
  });

  it('a letter that ends the sentence stays: before a sentence\'s opening word, a paragraph\'s end, the next footnote or the text\'s end', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, G. De minister reageerde.'), ['Kamerstuk 29 754, G']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, G. Daarnaast volgt een brief.'), ['Kamerstuk 29 754, G']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, G. Het kabinet reageerde.'), ['Kamerstuk 29 754, G']);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, G.\n\nToelichting volgt.'), ['Kamerstukken I 2019/20, 35 300, G']);
    assert.deepEqual(kamerstukken('1 Kamerstukken I 2019/20, 35 300, G.\n2 Kamerstuk 35 300, nr. 4.'), ['Kamerstukken I 2019/20, 35 300, G', 'Kamerstuk 35 300, nr. 4']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, G.'), ['Kamerstuk 29 754, G']);
  });

  it('a letter that ends the sentence stays before any capitalised word, on the line or the next: a noun opens sentences too', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, G. Gemeenten kunnen dit doen.'), ['Kamerstukken I 2019/20, 35 300, G']);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, G.\nZorgverzekeraars kunnen dit doen.'), ['Kamerstukken I 2019/20, 35 300, G']);
  });
});

describe('audit 23b: a roman numeral of three letters or more after a numbered dossier is no Senate letter', () => {
  it('"Kamerstukken I 2019/20, 35 300, CXX, A" and "(Kamerstuk 29 754, XIV)" take no roman numeral for the number', () => {
    assert.ok(!kamerstukken('Zie Kamerstukken I 2019/20, 35 300, CXX, A.').some(t => t.endsWith('CXX')));
    assert.deepEqual(kamerstukken('Zie (Kamerstuk 29 754, XIV).'), ['Kamerstuk 29 754']);
  });

  it('a Senate letter of the shape still reads in the legal style, and a roman dossier keeps its letter', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, C, p. 3.'), ['Kamerstukken I 2019/20, 35 300, C']);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2012/13, CXLVII, A.'), ['Kamerstukken I 2012/13, CXLVII, A']);
    assert.deepEqual(kamerstukken('Zie (Kamerstuk 29 754, AD).'), ['Kamerstuk 29 754, AD']);
    assert.deepEqual(kamerstukken('Zie (Kamerstuk 32 317, IX).'), ['Kamerstuk 32 317, IX']);
  });
});

describe('audit 23b: a letterhead field with its value is no heading', () => {
  const headingsOf = (text: string) => analyseLetter(text).headings.map(h => h.text);

  it('"Datum 26 mei 2021 Kenmerk 123", "Betreft Nazorg" and "Ons kenmerk 2021-0012" in a letter without a header', () => {
    const text = 'Datum 26 mei 2021 Kenmerk 123\n\nBetreft Nazorg\n\nOns kenmerk 2021-0012\n\nGeachte Voorzitter,\n\nHierbij de stand.\n\nVoortgang\n\nDe regeling loopt.\n\nHoogachtend,\n';
    assert.deepEqual(headingsOf(text), ['Voortgang']);
  });

  it('a heading that opens with such a word but holds no value stays', () => {
    const text = 'Geachte Voorzitter,\n\nHierbij de stand.\n\nDatum en plaats van de bijeenkomst\n\nDe bijeenkomst is in Utrecht.\n\nHoogachtend,\n';
    assert.deepEqual(headingsOf(text), ['Datum en plaats van de bijeenkomst']);
  });
});
