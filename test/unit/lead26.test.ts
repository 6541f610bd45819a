// Small fixes of session 26 by the lead, on sentences written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';

const citations = (text: string) => analyseLetter(text, { path: 'x.txt' }).entities
  .filter(e => e.kind === 'kamerstuk').map(e => [e.text, 'id' in e.value ? e.value.id : null]);

describe('session 26: an algemeen overleg cited by its subject is no Senate letter AO', () => {
  it('"Kamerstuk 29 628, AO over de politie" cites the dossier, not a letter AO', () => {
    for (const subject of ['over de politie', 'inzake de politie', 'betreffende het korps', 'met betrekking tot de politie']) {
      assert.deepEqual(citations(`Zie het verslag (Kamerstuk 29 628, AO ${subject}).\n`), [['Kamerstuk 29 628', null]], subject);
    }
  });

  it('negative: the Senate letter AO where it closes the citation, or in a Senate citation, stays a letter', () => {
    assert.deepEqual(citations('Zie Kamerstuk 35 300, AO.\n'), [['Kamerstuk 35 300, AO', 'kst-35300-AO']]);
    assert.deepEqual(citations('Zie Kamerstukken I 2019/20, 35 300, AO over de begroting.\n'), [['Kamerstukken I 2019/20, 35 300, AO', 'kst-35300-AO']]);
  });
});

const organisations = (text: string) => analyseLetter(text, { path: 'x.txt' }).entities
  .filter(e => e.kind === 'organisation').map(e => e.text);

describe('session 26: the OM named by its arrondissement', () => {
  it('"het OM Oost-Nederland", "OM Amsterdam", "het OM Zeeland-West-Brabant" are one body each', () => {
    assert.deepEqual(organisations('Het OM Oost-Nederland heeft de zaak overgedragen aan het OM Amsterdam.\n'), ['OM Oost-Nederland', 'OM Amsterdam']);
    assert.deepEqual(organisations('Daarover besluit het OM Zeeland-West-Brabant.\n'), ['OM Zeeland-West-Brabant']);
    // Not a place, as "in de provincie Utrecht" is: the parket itself.
    assert.deepEqual(organisations('Er is vertrouwen in het OM Den Haag.\n'), ['OM Den Haag']);
  });

  it('negative: the OM before another capital, a clause opener or a place that is no arrondissement stays the OM', () => {
    assert.deepEqual(organisations('Volgens het OM Dit is een zaak van lange adem.\n'), ['OM']);
    assert.deepEqual(organisations('Het OM Utrecht bestaat niet meer.\n'), ['OM']);
    assert.deepEqual(organisations('Het OM Rotterdammers worden gehoord.\n'), ['OM']);
  });
});

describe('session 26: a list of two numbers or Senate letters before "en" and the sentence going on', () => {
  it('"nr. 12 en 13 en het verslag", "AE en AF en uit het verslag" read both', () => {
    assert.deepEqual(citations('Zie Kamerstuk 35 925, nr. 12 en 13 en het verslag daarvan.\n').map(c => c[1]), ['kst-35925-12', 'kst-35925-13']);
    assert.deepEqual(citations('Zie Kamerstukken I 2021/22, 35 925, AE en AF en uit het verslag blijkt dat.\n').map(c => c[1]), ['kst-35925-AE', 'kst-35925-AF']);
  });

  it('negative: a count after the second number still stops the list', () => {
    assert.deepEqual(citations('Zie Kamerstuk 35 925, nr. 12 en 13 mensen kwamen.\n').map(c => c[1]), ['kst-35925-12']);
  });
});

describe("session 26: round 39's part of the Belastingdienst after a slash, its false readings (found by round 41)", () => {
  it('another body in a compound, or an article and a role opening the next sentence, are no part', () => {
    assert.deepEqual(organisations('De Belastingdienst/UWV-samenwerking loopt goed.\n'), ['Belastingdienst', 'UWV']);
    assert.deepEqual(organisations('Dat meldt de Belastingdienst/De Minister besluit later.\n'), ['Belastingdienst']);
  });

  it('the parts themselves are still one body with it', () => {
    assert.deepEqual(organisations('De Belastingdienst/Grote Ondernemingen en de Belastingdienst/FIOD werken samen.\n'),
      ['Belastingdienst/Grote Ondernemingen', 'Belastingdienst/FIOD']);
  });
});

const organisationIds = (text: string) => analyseLetter(text, { path: 'x.txt' }).entities
  .filter(e => e.kind === 'organisation').map(e => [e.text, 'id' in e.value ? e.value.id : null]);

describe('session 26: the gazetteer audit\'s variants of entries it found already in', () => {
  it('the AWVN, the UNODC and UNESCO by their other Dutch names', () => {
    assert.deepEqual(organisationIds('De Algemene Werkgeversvereniging Nederland sprak met het VN-Bureau voor Drugs en Criminaliteit.\n'),
      [['Algemene Werkgeversvereniging Nederland', 'AWVN'], ['VN-Bureau voor Drugs en Criminaliteit', 'UNODC']]);
    assert.deepEqual(organisationIds('Het erfgoed staat op de lijst van de Organisatie der Verenigde Naties voor Onderwijs, Wetenschap en Cultuur.\n'),
      [['Organisatie der Verenigde Naties voor Onderwijs, Wetenschap en Cultuur', 'UNESCO']]);
  });
});
