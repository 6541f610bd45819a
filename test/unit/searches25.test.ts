// Session 25 (performance): rules that find their head word by a search for a rarer part of it ("*NSF" for
// "NOC*NSF", "mgev" for "omgevingsdienst", "uitv" for "regionale uitvoeringsdienst") find every place the search for
// the whole found, in order: near misses before a hit, hits in a row, a hit at the letter's start. Snippets written for
// the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('searches 25: a head found by its rarer part is found wherever the whole is', () => {
  it('NOC*NSF after near misses ("*NSF", "OC*NSF") and twice in a row, also at the start', () => {
    assert.deepEqual(orgs('Het *NSF-plan en OC*NSF zijn geen namen; NOC*NSF en NOC*NSF/NOC*NSF zijn er drie.').map(o => o[0]),
      ['NOC*NSF', 'NOC*NSF', 'NOC*NSF']);
    assert.deepEqual(orgs('NOC*NSF reageerde.').map(o => o[0]), ['NOC*NSF']);
  });

  it('an omgevingsdienst by its region after words that share its first letters ("mgev" in "omgeving")', () => {
    assert.deepEqual(orgs('In de omgeving werkt de omgevingsdienst Regio Nijmegen samen met de Omgevingsdienst Twente.').map(o => o[0]),
      ['omgevingsdienst Regio Nijmegen', 'Omgevingsdienst Twente']);
    assert.deepEqual(orgs('Omgevingsdienst Twente meldt dit.').map(o => o[0]), ['Omgevingsdienst Twente']);
  });

  it('a regionale uitvoeringsdienst in lower case after "uitvoering" and another "uitvoeringsdienst"', () => {
    assert.deepEqual(orgs('Bij de uitvoering helpt de uitvoeringsdienst; de regionale uitvoeringsdienst Drenthe en de regionale uitvoeringsdienst Zeeland handhaven.').map(o => o[0]),
      ['regionale uitvoeringsdienst Drenthe', 'regionale uitvoeringsdienst Zeeland']);
  });

  it('a water board in lower case, read where the matcher reports its noun and where it cannot', () => {
    for (const opening of ['Zie dit', 'Zie 𝒙', 'Zie e\u0301']) {
      assert.deepEqual(orgs(`${opening}: het waterschap Noorderzijlvest en het hoogheemraadschap van Rijnland; de waterschappen niet.`).map(o => o[0]),
        ['waterschap Noorderzijlvest', 'hoogheemraadschap van Rijnland'], opening);
    }
  });

  it('the same where the matcher\'s record of words is incomplete (an astral character, a mark, a "²" glued before)', () => {
    assert.deepEqual(orgs('Zie 𝒙: de omgevingsdienst Regio Nijmegen, de regionale uitvoeringsdienst Drenthe en RUD Limburg Noord.').map(o => o[0]),
      ['omgevingsdienst Regio Nijmegen', 'regionale uitvoeringsdienst Drenthe', 'RUD Limburg Noord']);
    assert.deepEqual(orgs('Zie e\u0301: de omgevingsdienst Regio Nijmegen, de regionale uitvoeringsdienst Drenthe en RUD Limburg Noord.').map(o => o[0]),
      ['omgevingsdienst Regio Nijmegen', 'regionale uitvoeringsdienst Drenthe', 'RUD Limburg Noord']);
    assert.deepEqual(orgs('Zie ²omgevingsdienst Regio Nijmegen en ²RUD Utrecht.').map(o => o[0]), ['omgevingsdienst Regio Nijmegen', 'RUD Utrecht']);
  });
});
