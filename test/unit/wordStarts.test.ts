// The gazetteer matcher offers the name reader every capitalised word it reads; nameWordStarts leaves out
// the words of plain ASCII letters whose end is no head noun, as the name reader would reject them anyway.
// These tests check that the names read from the kept starts are those of the reader's own capital scan, and
// that the police word the matcher reports gives the police rule's mentions.
import { strict as assert } from 'node:assert';
import { loadGazetteer } from '../../server/src/core/data/gazetteer';
import { findNamedOrganisations, nameWordStarts } from '../../server/src/core/recognise/organisationNames';
import { CapitalWordStarts, MARECHAUSSEE_WORDS, POLICE_WORDS, PROSECUTION_WORDS, TOESLAGEN_WORDS, watchedOf } from '../../server/src/core/recognise/words';
import { recogniseOrganisations } from '../../server/src/core/recognise/organisations';
import type { RecogniseContext } from '../../server/src/core/recognise/context';
import { normalize } from '../../server/src/core/text/normalize';
import { seededRandom, textOfPieces } from './seeded';

function fromKeptStarts(text: string) {
  const capitals = nameWordStarts();
  loadGazetteer().matcher.match(text, capitals);
  return { complete: capitals.complete, positions: capitals.positions, names: findNamedOrganisations(text, capitals) };
}

const TOKENS = [
  ' ', ' ', ' ', ',', '.', '\n', '-', '‐', '(', ')', '’', 'de', 'het', 'van', 'voor', 'en', 'Raad', 'raad', 'Gezondheidsraad',
  'Gezondheidsraad2', 'Raad9', 'Eurogroep', 'Hof', 'Constitutioneel', 'Interprovinciaal', 'Overleg', 'Staten', 'Aruba',
  'Minister', 'De', 'Het', 'Kamer', 'Tweede', 'Justitie', 'Veiligheid', 'Ab', 'A', 'AIVD', 'Rijkswet', 'Coördinatie',
  'Kustwacht', 'Dienſt', '\u212aamer', 'Landbouw', 'Visserijraad', '𝐀', '\ud800', 'Abc1', '2Raad', 'Werkgroep', 'Inspectie',
];

describe('name word starts: kept by the ending of plain words', () => {
  it('keeps words that end in a head and leaves out the rest, on a real sentence', () => {
    const text = 'De Minister van Justitie en Veiligheid schreef aan de Raad van State en de Gezondheidsraad.';
    const got = fromKeptStarts(text);
    assert.deepEqual(got.positions.map(p => text.slice(p, text.indexOf(' ', p) < 0 ? undefined : text.indexOf(' ', p))), ['Raad', 'Gezondheidsraad.']);
    assert.deepEqual(got.names.map(n => text.slice(n.start, n.end)), ['Raad van State', 'Gezondheidsraad']);
  });

  it('keeps a word with a hyphen, digit or letter outside ASCII, whose parts the reader reads itself', () => {
    const text = 'de JBZ-Raad, de Gezondheidsraad2 en de Coördinatie, de \u212aamer van Koophandel';
    const kept = fromKeptStarts(text).positions.map(p => text.slice(p, p + 3));
    assert.deepEqual(kept, ['JBZ', 'Raa', 'Gez', 'Coö', '\u212aam']);
  });

  it('reads the same names as the capital scan on 4,000 random texts of edge tokens', () => {
    const random = seededRandom(11);
    for (let k = 0; k < 4000; k++) {
      const text = textOfPieces(random, TOKENS);
      const got = fromKeptStarts(text);
      const all = new CapitalWordStarts();
      loadGazetteer().matcher.match(text, all);
      assert.equal(got.complete, all.complete, JSON.stringify(text));
      if (got.complete) assert.deepEqual(got.names, findNamedOrganisations(text), JSON.stringify(text));
      assert.ok(got.positions.every(p => all.positions.includes(p)), JSON.stringify(text));
    }
  });
});

describe('name word starts: names inside gazetteer matches', () => {
  const overlapping = (spans: { start: number; end: number }[]) => (n: { start: number; end: number }) => spans.some(m => m.start < n.end && n.start < m.end);

  it('leaves out only names that overlap a match, on 4,000 random texts of names, heads and complements', () => {
    const pieces = ['Raad van State', 'Tweede Kamer', 'Kamer van Koophandel', 'Raad voor de Leefomgeving', 'Constitutioneel Hof',
      'Europese Raad', 'Raad van Europa', ' van ', ' voor ', 'Staten', 'Aruba', 'Algemene Rekenkamer', 'Interprovinciaal Overleg',
      'Centrale Raad van Beroep', 'Raad', 'Kamer', 'de ', 'De ', 'Eurogroep', 'Gezondheidsraad', 'JBZ-Raad', ' ', ', ', '. '];
    const random = seededRandom(3);
    for (let k = 0; k < 4000; k++) {
      const text = textOfPieces(random, pieces, 20);
      const capitals = nameWordStarts();
      const matches = loadGazetteer().matcher.match(text, capitals);
      const kept = findNamedOrganisations(text, capitals, matches).filter(n => !overlapping(matches)(n));
      assert.deepEqual(kept, findNamedOrganisations(text, capitals).filter(n => !overlapping(matches)(n)), JSON.stringify(text));
    }
  });

  it('still reads a name with a complement that starts inside a match ("Kamer van Koophandel Noord")', () => {
    const text = 'de Raad van State en de Kamer van Koophandel Noord';
    const capitals = nameWordStarts();
    const matches = loadGazetteer().matcher.match(text, capitals);
    assert.deepEqual(matches.map(m => text.slice(m.start, m.end)), ['Raad van State', 'Kamer van Koophandel']);
    const names = findNamedOrganisations(text, capitals, matches);
    assert.deepEqual(names.map(n => text.slice(n.start, n.end)), ['Raad van State', 'Kamer van Koophandel Noord']);
  });
});

describe('watched words: the police word found by the gazetteer matcher', () => {
  it('records the police word where it stands as a word of its own, in its three spellings', () => {
    const text = 'de politie, Politie en POLITIE; politiek, xpolitie, Politiewet, pOLITIE en de Nationale Politie.';
    const capitals = nameWordStarts();
    loadGazetteer().matcher.match(text, capitals);
    const police = watchedOf(text, capitals.watched, POLICE_WORDS);
    assert.deepEqual(police.map(p => text.slice(p, p + 7)), ['politie', 'Politie', 'POLITIE', 'Politie']);
    assert.deepEqual(police, [3, 12, 23, text.lastIndexOf('Politie')]);
    assert.equal(capitals.watchedComplete, true);
  });

  it('marks the watched words incomplete next to a combining mark, where the police rule still reads the word', () => {
    const capitals = nameWordStarts();
    loadGazetteer().matcher.match('de \u0301politie en', capitals);
    assert.equal(capitals.watchedComplete, false);
    assert.deepEqual(orgTexts('de \u0301politie en'), ['politie']);
    assert.deepEqual(orgTexts('de politie\u0301 en'), ['politie']);
  });

  it('finds the police mentions of the rule: with "Nationale", not in URLs, compounds or plurals', () => {
    assert.deepEqual(orgTexts('de Nationale politie en POLITIE, Politie (politie) en de politiediensten'), ['Nationale politie', 'POLITIE', 'Politie', 'politie']);
    assert.deepEqual(orgTexts('www.politie.nl en de politie’s, politie- en inlichtingendiensten'), []);
  });
});

function orgTexts(text: string): string[] {
  return recogniseOrganisations({ norm: normalize(text, {}) } as RecogniseContext).entities.map(e => e.text);
}

describe('watched words: the committee word found by the gazetteer matcher', () => {
  it('records commissie, Commissie and (K|k)amercommissie as words of their own, not inside other words', () => {
    const text = 'de vaste commissie voor Justitie, de Kamercommissie, een kamercommissie en de subcommissie of Commissie';
    const capitals = nameWordStarts();
    loadGazetteer().matcher.match(text, capitals);
    assert.deepEqual(capitals.watched.map(p => text.slice(p, text.indexOf(' ', p) < 0 ? undefined : text.indexOf(' ', p)).replace(',', '')), [
      'commissie', 'Kamercommissie', 'kamercommissie', 'Commissie',
    ]);
  });

  it('finds standing committees after a digit, in both spellings of Kamer, and with two spaces', () => {
    assert.deepEqual(orgTexts('2vaste commissie voor Financiën en de xvaste commissie voor Justitie'), ['vaste commissie voor Financiën']);
    assert.deepEqual(orgTexts('de vaste kamercommissie voor Defensie, de Vaste Kamercommissie voor Onderwijs'), [
      'vaste kamercommissie voor Defensie', 'Vaste Kamercommissie voor Onderwijs',
    ]);
    assert.deepEqual(orgTexts('de vaste  commissie voor Justitie en de algemene Kamercommissie voor Wonen'), [
      'vaste  commissie voor Justitie', 'algemene Kamercommissie voor Wonen',
    ]);
  });
});

describe('watched words and word starts: the rules that read them instead of searching the letter', () => {
  it('records them as words of their own, not inside other words or in another case', () => {
    const text = 'de marechaussee, het openbaar ministerie, Toeslagen en de commissie-Plaisier; marechausseebrigade, Openbaar, xToeslagen';
    const capitals = nameWordStarts();
    loadGazetteer().matcher.match(text, capitals);
    assert.deepEqual(watchedOf(text, capitals.watched, MARECHAUSSEE_WORDS), [3]);
    assert.deepEqual(watchedOf(text, capitals.watched, PROSECUTION_WORDS), [21]);
    assert.deepEqual(watchedOf(text, capitals.watched, TOESLAGEN_WORDS), [42]);
    assert.deepEqual(watchedOf(text, capitals.watched, ['commissie-']), [58]);
    assert.equal(capitals.latin1Complete, true);
  });

  it('marks the record incomplete for the chair rule after a word character below U+00C0, which that rule reads as none', () => {
    const capitals = nameWordStarts();
    loadGazetteer().matcher.match('de ²commissie-Plaisier', capitals);
    assert.equal(capitals.latin1Complete, false);
    assert.deepEqual(orgTexts('de ²commissie-Plaisier en µcommissie-Dijkstal'), ['commissie-Plaisier', 'commissie-Dijkstal']);
  });

  it('finds the mentions of the rules next to a combining mark, where the record is incomplete', () => {
    assert.deepEqual(orgTexts('de \u0301marechaussee en het \u0301openbaar ministerie'), ['marechaussee', 'openbaar ministerie']);
    assert.deepEqual(orgTexts('door Belastingdienst en Toeslagen, bij Toeslagen en Douane'), ['Belastingdienst', 'Toeslagen', 'Toeslagen', 'Douane']);
  });

  it('finds the same organisations and uses of defined forms from the record as by search, on 4,000 random texts of edge tokens', () => {
    const pieces = [' ', ' ', ',', '.', '\n', '-', '’', 'de', 'het', 'en', 'een', 'commissie', 'Commissie', 'Kamercommissie', 'commissie-',
      'Commissie-', 'Plaisier', 'marechaussee', 'openbaar', 'ministerie', 'Toeslagen', 'Belastingdienst', 'Douane', 'Onderwijs', 'Cultuur',
      'Wetenschap', 'x', '2', '²', 'ª', 'Europees', 'Herstel', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid', ' (NCTV)',
      'NCTV', 'NCTV’s', '.NCTV', 'Élysée Groep', ' (ÉG)', 'ÉG', 'Algemene Bestuursdienst Amsterdam', ' (ABA)', 'ABA', 'identificatie en registratie', ' (IR)', 'IR'];
    const random = seededRandom(19);
    for (let k = 0; k < 4000; k++) {
      // Lower-case words after the pieces: in a text of capitalised words only, the uses are searched anyway (a search
      // of the text is cheaper than a read of its record there).
      const text = `${textOfPieces(random, pieces, 16)} ${'en de '.repeat(80)}`;
      // A lone surrogate at the end makes the record incomplete: every rule then searches the letter itself.
      const searched = orgEntities(`${text}\n\ud800`);
      assert.deepEqual(orgEntities(text), searched, JSON.stringify(text));
    }
  });
});

function orgEntities(text: string): string[] {
  return recogniseOrganisations({ norm: normalize(text, {}) } as RecogniseContext).entities.map(e => `${e.start}:${e.text}:${(e.value as { id: string }).id}`);
}
