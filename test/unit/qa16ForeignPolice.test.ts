// Session 16 QA: a foreign police force named by its country's adjective is not the Dutch police.
// Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';
import { seededRandom } from './seeded';
import { namedAsForeign } from '../../server/src/core/recognise/foreign';

describe('session 16 QA: another country\'s police', () => {
  it('is not the Dutch police: "de Italiaanse politie", "de Franse politie", "de Belgische federale politie"', () => {
    assert.deepEqual(orgs('De verdachte is door de Italiaanse politie aangehouden.'), []);
    assert.deepEqual(orgs('De Franse politie en de Spaanse politie werkten samen.'), []);
    assert.deepEqual(orgs('Volgens de Belgische federale politie is het onderzoek gesloten.'), []);
    assert.deepEqual(orgs('De Duitse \npolitie deelde de gegevens, net als de Britse politie.'), []);
    assert.deepEqual(orgs('Informatie van buitenlandse politie wordt gedeeld.'), []);
    // Review: at a sentence's start too.
    assert.deepEqual(orgs('Buitenlandse politie deelt informatie met ons.'), []);
  });
  it('negative: the Dutch police, and police named by a Dutch city or province, stay POLITIE', () => {
    assert.deepEqual(orgs('De Nederlandse politie werkt samen met de Italiaanse autoriteiten.'), [['politie', 'POLITIE']]);
    assert.deepEqual(orgs('De Haagse politie en de Limburgse politie waren aanwezig.'), [['politie', 'POLITIE'], ['politie', 'POLITIE']]);
    assert.deepEqual(orgs('Samen met de Duitse autoriteiten heeft de politie ingegrepen.'), [['politie', 'POLITIE']]);
    assert.deepEqual(orgs('De Nationale politie en de Franse politie.'), [['Nationale politie', 'POLITIE']]);
  });
});

describe('namedAsForeign: the short-word shortcut answers as the pattern does', () => {
  it('agrees with the adjective pattern on seeded random text before a noun', () => {
    const pieces = ['de', ' ', '  ', '\n', '\u00a0', 'Franse', 'Estse', 'Belgische', 'federale', 'lokale', 'buitenlandse', 'Nederlandse', '(', '-', 'x', 'Haagse', 'Zuid-Afrikaanse', 'Curaçaose', 'en', 'Duits', '\t'];
    const random = seededRandom(7);
    const pattern = new RegExp(`(?:^|[^\\p{L}\\-])(?:Franse|Estse|Belgische|buitenlandse|Zuid-Afrikaanse|Curaçaose)\\s+(?:(?:federale|lokale|nationale|regionale|militaire|gemeentelijke)\\s+)?$`, 'u');
    for (let n = 0; n < 5000; n++) {
      let before = '';
      const k = random(6);
      for (let i = 0; i < k; i++) before += pieces[random(pieces.length)];
      const text = before + 'politie';
      const expected = pattern.test(text.slice(Math.max(0, before.length - 48), before.length));
      assert.equal(namedAsForeign(text, before.length), expected, JSON.stringify(before));
    }
  });
});
