// Review of session 16: a comma list of separate bodies is never joined into one gazetteer name (GUIDELINES, round 14).
// Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('review: a comma between two bodies is a list, not one name', () => {
  it('"Belastingdienst, Toeslagen" is the Belastingdienst and the Dienst Toeslagen, not "Belastingdienst Toeslagen"', () => {
    assert.deepEqual(orgs('De uitvoering ligt bij Belastingdienst, Toeslagen en Douane.'), [
      ['Belastingdienst', 'BELASTINGDIENST'], ['Toeslagen', 'DIENST-TOESLAGEN'], ['Douane', 'DOUANE'],
    ]);
    assert.deepEqual(orgs('Gesprekken met de Belastingdienst, Toeslagen, het UWV en de SVB.'), [
      ['Belastingdienst', 'BELASTINGDIENST'], ['Toeslagen', 'DIENST-TOESLAGEN'], ['UWV', 'UWV'], ['SVB', 'SVB'],
    ]);
  });
  it('negative: names written with their comma stay one span', () => {
    assert.deepEqual(orgs('Het Ministerie van Onderwijs, Cultuur en Wetenschap schrijft.'), [
      ['Ministerie van Onderwijs, Cultuur en Wetenschap', 'MIN-OCW'],
    ]);
    assert.deepEqual(orgs('De Belastingdienst Toeslagen en de Belastingdienst/Toeslagen.'), [
      ['Belastingdienst Toeslagen', 'DIENST-TOESLAGEN'], ['Belastingdienst/Toeslagen', 'DIENST-TOESLAGEN'],
    ]);
  });
});
