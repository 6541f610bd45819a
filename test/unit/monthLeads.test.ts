// The gazetteer matcher notes where words that may start with a month word begin (CapitalWordStarts.monthWords);
// recogniseOrganisations hands them to recogniseDates through the context, and the dates then do not scan the
// letter for month words. These tests check that the dates found from those places are the dates of the scan.
import { strict as assert } from 'node:assert';
import { loadGazetteer } from '../../server/src/core/data/gazetteer';
import { nameWordStarts } from '../../server/src/core/recognise/organisationNames';
import { findDateMentions } from '../../server/src/core/recognise/dates/grammar';
import { recogniseOrganisations } from '../../server/src/core/recognise/organisations';
import { recogniseDates } from '../../server/src/core/recognise/dates';
import type { RecogniseContext } from '../../server/src/core/recognise/context';
import { analyseLayout } from '../../server/src/core/text/layout';
import { normalize } from '../../server/src/core/text/normalize';
import { readIdentity } from '../../server/src/core/identity';
import { seededRandom, textOfPieces } from './seeded';

function monthLeadsOf(text: string) {
  const capitals = nameWordStarts();
  loadGazetteer().matcher.match(text, capitals);
  return capitals;
}

function contextOf(original: string): RecogniseContext {
  const layout = analyseLayout(original);
  const norm = normalize(original, { segments: layout.segments, blanks: layout.blanks });
  return { norm, layout, identity: readIdentity(original, layout, null) };
}

const PIECES = [
  'januari', 'Januari', 'JANUARI', 'jan', 'Jan.', 'feb', 'febr.', 'februari', 'maart', 'mrt', 'maar', 'maatregel', 'mei',
  'Mei', 'meisje', 'juni', 'juli', 'augustus', 'sept.', 'september', 'separaat', 'okt', 'november', 'dec', 'decennium',
  'april', ' ', ' ', ' ', '  ', '\n', ',', '.', '-', '–', '/', '_', '(', ')', '€', '1', '12', '2015', '31', ' en ', ' t/m ',
  'jl.', 'a.s.', 'eind ', 'é', 'ë', '\u0301', '²', 'ſ', '\u212a', '𝐀', '𝟓', 'İ', 'de', 'De', 'Raad', 'politie', 'AIVD',
  'nr.', 'dinsdag ', 'x', '9',
];

describe('month words from the gazetteer matcher’s visit', () => {
  it('notes the month words of a real sentence, in lower case and capitalised, and none inside other words', () => {
    const text = 'Den Haag, 14 januari 2015. Tijdens de informele JBZ-raad eind januari en in Mei; maatregelen, maar decennia.';
    const capitals = monthLeadsOf(text);
    assert.equal(capitals.monthWordsComplete, true);
    // "decennia" begins like "dec" and is noted too; the dates read the whole month word at each place.
    assert.deepEqual(capitals.monthWords.map(at => text.slice(at, at + 4)), ['janu', 'janu', 'Mei;', 'dece']);
    assert.deepEqual(findDateMentions(text, capitals.monthWords), findDateMentions(text));
  });

  it('notes a month word followed by digits ("5 januari2015": the date without its year)', () => {
    const text = 'op 5 januari2015 en 7 mei';
    const capitals = monthLeadsOf(text);
    assert.deepEqual(findDateMentions(text, capitals.monthWords).map(m => text.slice(m.start, m.end)), ['5 januari', '7 mei']);
    assert.deepEqual(findDateMentions(text, capitals.monthWords), findDateMentions(text));
  });

  it('gives no complete places after a combining mark or a number outside ASCII, where a scan sees a month word', () => {
    assert.equal(monthLeadsOf('e\u0301januari 2015').monthWordsComplete, false);
    assert.equal(monthLeadsOf('²januari').monthWordsComplete, false);
    assert.equal(monthLeadsOf('𝟓 januari').monthWordsComplete, false);
    assert.equal(monthLeadsOf('Coördinator, 3 maart').monthWordsComplete, true);
  });

  it('finds the same dates as the scan on 5,000 random texts of edge pieces', () => {
    const random = seededRandom(5);
    let compared = 0;
    for (let k = 0; k < 5000; k++) {
      const text = textOfPieces(random, PIECES);
      const capitals = monthLeadsOf(text);
      if (!capitals.monthWordsComplete) continue;
      compared++;
      assert.deepEqual(findDateMentions(text, capitals.monthWords), findDateMentions(text), JSON.stringify(text));
    }
    assert.ok(compared > 1000, `${compared} texts compared`);
  });

  it('gives recogniseDates after recogniseOrganisations the dates it finds alone, on a real letter opening', () => {
    const original = 'Den Haag, 14 januari 2015\n\nTijdens de informele JBZ-raad eind januari is gesproken over de\n' +
      'aanslagen in Parijs in januari van dit jaar, op 7 en 9 januari 2015 en 24 mei jl. (Kamerstuk 29754, nr. 253).\n';
    const shared = contextOf(original);
    recogniseOrganisations(shared);
    assert.ok(shared.words, 'organisations share the month words');
    assert.deepEqual(recogniseDates(shared), recogniseDates(contextOf(original)));
    // Places of another text are not used.
    const other = contextOf(original);
    other.words = { text: 'x', monthLeads: [] };
    assert.deepEqual(recogniseDates(other), recogniseDates(contextOf(original)));
  });
});
