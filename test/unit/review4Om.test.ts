// Review of session 16: another country's openbaar ministerie named by an adjective in -isch (round 15's rule).
// Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('review: "het Belgisch openbaar ministerie" is another country\'s', () => {
  it('is not the OM after an adjective in -isch, as after one in -s, -se or -sche', () => {
    assert.deepEqual(orgs('Het Belgisch openbaar ministerie heeft de zaak geseponeerd.'), []);
    assert.deepEqual(orgs('Een Russisch openbaar ministerie vervolgde hem.'), []);
    assert.deepEqual(orgs('Het Duits openbaar ministerie en het Belgische openbaar ministerie.'), []);
  });
  it('negative: the Dutch one stays the OM', () => {
    assert.deepEqual(orgs('Het Nederlands openbaar ministerie en het openbaar \nministerie.'), [
      ['openbaar ministerie', 'OM'], ['openbaar \nministerie', 'OM'],
    ]);
  });
});
