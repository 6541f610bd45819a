// The workspace index is kept up to date letter by letter (an edit re-files one letter). After any sequence of
// edits, removals, packed records from the analysis threads and unreadable files, it must answer every question
// as an index built anew from the letters as they now are.
import { strict as assert } from 'node:assert';
import { Corpus, makeRecord, packRecord, type Located } from '../../server/src/core/workspace/corpus';
import type { Span } from '../../server/src/core/types';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { seededRandom } from './seeded';

const DOSSIERS = ['29 754', '30 977', '21 501-02'];
const BODIES = [
  ['de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)', 'de NCTV'],
  ['het Bureau Wetenschappelijke Analyse (BWA)', 'het BWA'],
  ['de Algemene Inlichtingen- en Veiligheidsdienst (AIVD)', 'de AIVD'],
];

/** A small letter: some citations of the few ids the others carry, bodies named or spelled out, maybe a footer. */
function letterOf(random: (n: number) => number): string {
  const nr = () => String(1 + random(6));
  const sentences: string[] = [];
  for (let n = random(5); n > 0; n--) {
    switch (random(4)) {
      case 0: sentences.push(`Zie Kamerstuk ${DOSSIERS[random(3)]}, nr. ${nr()}.`); break;
      case 1: sentences.push(`In mijn brief van ${1 + random(27)} maart 2014 (Kamerstuk ${DOSSIERS[random(3)]}, nr. ${nr()}) schreef ik dit.`); break;
      case 2: { const [long, short] = BODIES[random(3)]; sentences.push(random(2) ? `Volgens ${long} is dit zo.` : `Volgens ${short} is dit zo.`); break; }
      default: sentences.push('Den Haag, 14 januari 2014.');
    }
  }
  const footer = random(4) === 0 ? '' : `\n\nTweede Kamer, vergaderjaar 2013–2014, ${DOSSIERS[random(3)]}, nr. ${nr()} 2\n`;
  return sentences.join(' ') + footer;
}

/** Everything the features ask of the index, in an order that does not depend on the order letters came in. */
function answers(corpus: Corpus): unknown {
  const uris = corpus.uris().sort();
  const sorted = <T>(xs: Iterable<T>, key: (x: T) => string = String) => [...xs].map(key).sort();
  const located = (xs: Iterable<Located<Span>>) => sorted(xs, l => `${l.uri}@${l.item.start}-${l.item.end}`);
  const orgIds = sorted(corpus.organisationIds());
  const { known, cited } = corpus.kamerstukKeys();
  return {
    uris,
    perLetter: uris.map(uri => ({
      uri,
      citing: corpus.citingLetters(uri).sort(),
      citedBy: located(corpus.citedBy(uri)),
      cites: corpus.citedIds(uri).sort(),
      diagnostics: diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).map(d => `${d.code}@${d.start}-${d.end}:${d.severity}`),
      mentions: [...corpus.mentionCounts(uri)].sort(),
    })),
    organisations: orgIds.map(id => ({
      id,
      mentions: located(corpus.mentionsOf(id)),
      letters: sorted(corpus.lettersMentioning(id)),
      spelledOut: corpus.isSpelledOut(id),
    })),
    definitions: ['NCTV', 'AIVD', 'TEXT:NCTV', 'TEXT:BWA', 'TEXT:KMar'].map(key => ({
      key,
      has: corpus.hasDefinition(key),
      letters: corpus.definingLetterCount(key),
      where: sorted(corpus.definitionsOf(key), d => `${d.uri}@${d.item.shortSpan.start}`),
    })),
    keys: { known: [...known].sort(), cited: [...cited].sort() },
    byKey: [...known, ...cited].sort().map(key => [key, corpus.letterKnownByKey(key) !== null, corpus.citingLetterCount(key)]),
    known: DOSSIERS.flatMap(d => Array.from({ length: 6 }, (_, i) => `kst-${d.replace(/ /g, '')}-${i + 1}`))
      .map(id => [id, corpus.lettersKnownAs(id).sort()]),
  };
}

describe('the workspace index, kept up to date letter by letter', () => {
  for (const seed of [1, 2, 3]) {
    it(`answers as one built anew after 250 seeded changes (seed ${seed})`, () => {
      const random = seededRandom(seed * 7919);
      const live = new Corpus();
      const texts = new Map<string, string>();
      for (let step = 0; step < 250; step++) {
        const uri = `file:///letters/l${random(16)}.txt`;
        switch (random(8)) {
          case 0:
            live.remove(uri);
            texts.delete(uri);
            break;
          case 1: {
            // As the server files what its analysis threads send: a packed record.
            const text = letterOf(random);
            live.put(packRecord(makeRecord(uri, text)));
            texts.set(uri, text);
            break;
          }
          case 2:
            // A file that turned out binary: no identity, no entities, only its problem.
            live.markUnreadable(uri, { code: 'input.binary', message: 'binary file' });
            texts.set(uri, '\u0000');
            break;
          default: {
            const text = letterOf(random);
            live.update(uri, text);
            texts.set(uri, text);
          }
        }
        if (step % 5 !== 4) continue;
        const fresh = new Corpus();
        for (const [u, t] of texts) {
          if (t === '\u0000') fresh.markUnreadable(u, { code: 'input.binary', message: 'binary file' });
          else fresh.update(u, t);
        }
        assert.deepEqual(answers(live), answers(fresh), `after step ${step}`);
      }
    });
  }
});
