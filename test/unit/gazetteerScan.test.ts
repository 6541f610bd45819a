// The gazetteer matcher steps over runs of white space, punctuation and lower-case words that start no name
// with one regex built from the data (the first words that may stand in lower case). These tests build small
// gazetteers whose lower-case first words take every path around that regex (a one-letter word, two-letter
// leads, the Kelvin sign, words that go on outside ASCII or in capitals) and check the matcher against the
// same gazetteer with the skipping switched off: a lower-case first word that is not plain ASCII turns it
// off, so every word is read.
import { strict as assert } from 'node:assert';
import { GazetteerMatcher, loadGazetteer, type GazetteerEntry } from '../../server/src/core/data/gazetteer';
import { CapitalWordStarts } from '../../server/src/core/recognise/words';
import { seededRandom, textOfPieces } from './seeded';

const entry = (id: string, names: string[], acronyms: string[] = []): GazetteerEntry => ({
  id, name: names[0] ?? id, names, acronyms, kind: 'other', description: { nl: '', en: '' }, source: 'test',
});

const ENTRIES = [
  entry('ALPHA', ['a Team']),                 // a one-letter first word in lower case
  entry('AKZO', ['akzo Nobel']),              // a lower-case lead with k (the Kelvin sign lower-cases to k)
  entry('VASTE', ['vaste commissie voor Justitie']),
  entry('RVS', ['Raad van State'], ['RvS']),
  entry('EU', ['Europese Unie'], ['EU']),
  entry('FIFTY', ['50plus Partij'], ['50PLUS']),  // a first word that starts with a digit
];
/** The same data plus a lower-case first word outside plain ASCII ("qø" is in no test text): nothing skipped. */
const reading = new GazetteerMatcher([...ENTRIES, entry('OFF', ['qø x'])]);
const skipping = new GazetteerMatcher(ENTRIES);

/**
 * What each matcher finds and records. Whether the capitals are complete is compared only without İ and Σ:
 * those lower-case only through toLowerCase, which flags a word read in full but not a word stepped over, so
 * the reading matcher may flag a text the skipping one need not (the flag errs on the safe side).
 */
function both(text: string) {
  const a = new CapitalWordStarts(), b = new CapitalWordStarts();
  const skipped = { found: skipping.match(text, a), starts: a.positions, complete: a.complete };
  const read = { found: reading.match(text, b), starts: b.positions, complete: b.complete };
  if (/[İΣ]/.test(text)) skipped.complete = read.complete;
  return { skipped, read };
}

const TOKENS = [
  ' ', ' ', ' ', ',', '.', '\n', '-', '(', ')', '’', '–', '\u00a0', 'a', 'A', 'a\u212a', 'akzo', 'aKzo', 'a\u212azo', 'ak', 'Team',
  'team', 'Nobel', 'nobel', 'aé', 'é', 'abc', 'beëindigen', 'x1', '1', 'van', 'vaste', 'vAste', 'VASTE', 'va', 'commissie',
  'voor', 'Justitie', 'Raad', 'State', 'RvS', 'EU', 'eu', 'Europese', 'Unie', '𝐀', 'x𝐀y', '\ud800', 'İ', 'Σ', 'de', 'het',
  '50PLUS', '50plus', '50Plus', '50', '2E', '1a', 'Partij', '2015',
];

describe('gazetteer matcher: the quiet runs it steps over', () => {
  it('finds the lower-case names of the test data, led by one letter, two letters and the Kelvin sign', () => {
    const text = 'met a Team en akzo Nobel, a\u212azo Nobel, de vaste commissie voor Justitie en de Raad van State';
    assert.deepEqual(skipping.match(text).map(m => text.slice(m.start, m.end)), [
      'a Team', 'akzo Nobel', 'a\u212azo Nobel', 'vaste commissie voor Justitie', 'Raad van State',
    ]);
  });

  it('finds a name whose first word starts with a digit, in any case after the digits', () => {
    const text = 'de 50PLUS en 50plus Partij, 50Plus Partij en 2050plus Partij';
    assert.deepEqual(skipping.match(text).map(m => text.slice(m.start, m.end)), ['50PLUS', '50plus Partij', '50Plus Partij']);
  });

  it('does not start a name inside a lower-case word that goes on outside ASCII or in capitals', () => {
    for (const text of ['beëa Team', 'xa Team', 'abcEU en', 'vastevaste commissie voor Justitie', 'x1EU', '2EU', '150PLUS']) {
      const { skipped, read } = both(text);
      assert.deepEqual(skipped, read, JSON.stringify(text));
    }
    assert.deepEqual(skipping.match('xa Team abcEU'), []);
  });

  it('finds and records what the reading matcher does on 3,000 random texts of the edge tokens', () => {
    const random = seededRandom(7);
    for (let k = 0; k < 3000; k++) {
      const text = textOfPieces(random, TOKENS);
      const { skipped, read } = both(text);
      assert.deepEqual(skipped, read, JSON.stringify(text));
    }
  });

  it('reads 10 MB lines of quiet words and of one-letter leads to the end', () => {
    const quiet = 'het is de bedoeling dat, '.repeat(400_000);
    assert.deepEqual(skipping.match(quiet + 'EU'), [{ start: quiet.length, end: quiet.length + 2, id: 'EU', acronym: true }]);
    const leads = 'a b '.repeat(2_500_000);
    assert.deepEqual(skipping.match(leads + 'a Team').map(m => m.id), ['ALPHA']);
  });
});

describe('gazetteer matcher: walks stop before a word no edge starts like', () => {
  const { matcher } = loadGazetteer();
  const found = (text: string) => matcher.match(text).map(m => text.slice(m.start, m.end));
  it('walks on over spaces, commas, other white space and capitals, and stops before other first letters', () => {
    assert.deepEqual(found('De Nederlandsche Bank, De, Nederlandsche Bank en De  Nederlandsche Bank'), [
      'De Nederlandsche Bank', 'De, Nederlandsche Bank', 'De  Nederlandsche Bank',
    ]);
    assert.deepEqual(found('De\u00a0Nederlandsche Bank en De\tNEDERLANDSCHE BANK'), ['De\u00a0Nederlandsche Bank', 'De\tNEDERLANDSCHE BANK']);
    // The walk from the lower-case "de" stops; "Nederlandsche Bank" is a name of its own (round 27).
    assert.deepEqual(found('De Minister, de Nederlandsche Bank, Raad 2 van State, Raad van, State'), ['Nederlandsche Bank', 'Raad van, State']);
  });
});

