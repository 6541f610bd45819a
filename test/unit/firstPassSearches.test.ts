// The first pass finds its cues by cheaper searches than before (session 24): a salutation without a look-behind
// first, " Ontvangen " searched as "Ontvangen ", "atum" as its "um", a file name without a regex, a word of the
// de-hyphenation evidence around its rarest letter instead of by a case-insensitive regex. Each must find
// the same place as the search it replaced; these tests hold them to that on texts built to trip them.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findSalutation, readIdentity } from '../../server/src/core/identity';
import { dehyphenate, wordEvidence } from '../../server/src/core/text/hyphenation';
import { analyseLayout } from '../../server/src/core/text/layout';

/** The salutation's rule as it was written: a look-behind, then the salutation. */
const SALUTATION_WITH_LOOK_BEHIND = /(?<![\p{L}])(?:(?:Zeer|ZEER)[ \t\u00a0]+[Gg]eachte|Geachte)[ \t\u00a0]+[^\n,.;:]{1,60},/u;

function salutationByLookBehind(text: string): { start: number; end: number } | null {
  const m = SALUTATION_WITH_LOOK_BEHIND.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const identityOf = (text: string, path: string | null = null) => readIdentity(text, analyseLayout(text), path);

describe('first-pass searches find what the searches they replaced found', () => {
  it('the salutation: the first one after no letter, a surrogate pair read as one code point', () => {
    // Pieces that make and break salutations: letters (an astral one, 𝐀, as a surrogate pair; a lone surrogate),
    // the words, the spaces and the marks the rule stops at.
    const pieces = ['Geachte', 'geachte', 'Zeer', 'ZEER', ' ', '\u00a0', '\t', '\n', ',', '.', 'x', 'É', '𝐀', '\ud835', '\udc00', '1', 'Voorzitter', 'heer'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), parts => {
      const text = parts.join('');
      assert.deepEqual(findSalutation(text), salutationByLookBehind(text), JSON.stringify(text));
    }), { numRuns: 20000 });
  });

  it('the salutation after a letter is passed over for the next one', () => {
    assert.deepEqual(findSalutation('xGeachte heer, Geachte Voorzitter,'), { start: 15, end: 34 });
    assert.deepEqual(findSalutation('𝐀Geachte heer,'), null);
    assert.deepEqual(findSalutation('\udc00Geachte heer,'), { start: 1, end: 14 });
  });

  it('the type line\'s date: the first " Vastgesteld " counts, not an earlier "Vastgesteld " without a space before it', () => {
    const head = '12 345 Proefdossier\n\n(Vastgesteld later)\nNr. 8 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 2 februari 2018\n\nTekst.\n';
    assert.equal(identityOf(head).date, '2018-02-02');
    // The first " Ontvangen " follows no capital: the type line's rule reads no date there, nor at a later one.
    assert.equal(identityOf('Tekst: het stuk is Ontvangen 3 maart 2015\nNOTA Ontvangen 4 maart 2015\n').date, null);
  });

  it('the letterhead\'s "Datum" field below its name, after words that hold "atum" elsewhere', () => {
    const head = 'Ministerie\ndatumstempel en catum\nDatum\n13-10-1999\n\nGeachte Voorzitter,\n\nTekst.\n';
    assert.equal(identityOf(head).date, '1999-10-13');
  });

  it('the file name: what follows the last "/" or "\\"', () => {
    for (const path of ['kst-29754-327.txt', '/a/b/kst-29754-327.txt', 'C:\\a\\kst-29754-327.txt', 'a\\b/kst-29754-327.txt', 'a/b\\kst-29754-327.txt']) {
      assert.deepEqual([identityOf('Tekst.\n', path).dossier, identityOf('Tekst.\n', path).number], ['29754', '327'], path);
    }
    assert.equal(identityOf('Tekst.\n', 'kst-29754-327.txt/other.txt').dossier, null);
  });

  it('the evidence for a joined word: a run of the letter lower-cased, whatever the letters around it and their case', () => {
    // Pieces with the word in several cases, the code units that lower-case into a-z from outside it (İ, the Kelvin
    // sign) and ones that do not (ſ), accents and breaks between runs.
    const pieces = ['informatie', 'INFORMATIE', 'Informatie', 'uitwisseling', 'UitWisseling', 'fuif', 'f', 'F', 'i', 'k', 'K',
      '\u0130', '\u212a', '\u017f', 'é', 'É', 'x', ' ', '-', '1', '\n'];
    const words = ['informatieuitwisseling', 'fuif', 'kf', 'fik', 'fi', 'if', 'xf', 'ik', 'f', 'uitwisseling', 'éf'];
    const byRuns = (text: string, w: string) => text.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/).includes(w);
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...words), (parts, w) => {
      const text = parts.join('');
      assert.equal(wordEvidence(text)(w), byRuns(text, w), `${JSON.stringify(text)} ${w}`);
    }), { numRuns: 30000 });
  });

  it('a line-end hyphen is decided alike whether the evidence may tell "no hyphen is followed by that letter" or not', () => {
    // The letter's hyphens, followed by letters in either case, by other marks and by nothing; the words broken.
    const pieces = ['anti-terrorisme', 'ANTI-Terrorisme', 'EU-lidstaten', 'oud-minister', 'x-', '-', 'Europol', 'europol-rapport',
      'terrorisme', 'anti', ' ', '\n', '-\n', 'İ', 'k', 'ß', 'antİ-terrorisme', 'I-terrorisme', 'i-t'];
    const lefts = ['anti', 'Anti', 'oud', 'EU', 'Europol', 'x', 'lid', 'ANTI', 'terrorismebe'];
    const rights = ['terrorisme', 'minister', 'lidstaten', 'rapport', 'strijding', 'en', 'ßtraße', 'k', 'Terrorisme'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.constantFrom(...lefts), fc.constantFrom(...rights), (parts, left, right) => {
      const text = parts.join('');
      const evidence = wordEvidence(text);
      const asked = wordEvidence(text);
      assert.equal(dehyphenate(left, right, evidence), dehyphenate(left, right, w => asked(w)), `${JSON.stringify(text)} ${left}-${right}`);
    }), { numRuns: 20000 });
  });
});
