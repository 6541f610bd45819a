// Document highlights and smart select, on a letter written for the test in the seeds' style: an acronym defined
// over a line break, a citation broken before its number, a footnote, dates repeated, a running footer.
import * as assert from 'node:assert/strict';
import { documentHighlights } from '../../server/src/core/features/highlights';
import { selectionChain } from '../../server/src/core/features/selection';
import { Corpus } from '../../server/src/core/workspace/corpus';

const LETTER = [
  'Hierbij informeer ik uw Kamer over de voortgang. De Nationaal Coördinator Terrorismebestrijding en',
  'Veiligheid (NCTV) heeft op 24 mei 2014 gemeld dat de AIVD en de NCTV samenwerken.',
  'Zie ook Kamerstuk 29 754, nr. 325 en de brief van 25 mei 2014 (Kamerstuk 30 977, nr. ',
  '104), en nogmaals Kamerstuk 29 754, nr. 325 over het dreigingsbeeld1.',
  '',
  'Op 24 mei 2014 sprak de NCTV met de AIVD.',
  '',
  '1 Kamerstuk 29 754, nr. 326',
  'Tweede Kamer, vergaderjaar 2013–2014, 29 754, nr. 330 2',
  '',
].join('\n');
const URI = 'file:///brief-330.txt';

/** Offset of the k-th occurrence of `needle`, plus `delta`. */
function at(needle: string, delta = 1, k = 0): number {
  let i = -1;
  for (let n = 0; n <= k; n++) i = LETTER.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return i + delta;
}

describe('document highlights', () => {
  const corpus = new Corpus();
  corpus.update(URI, LETTER);
  const highlights = (offset: number) => (documentHighlights(corpus, URI, offset) ?? []).map(h => [h.kind, LETTER.slice(h.span.start, h.span.end)]);

  it('an acronym: its definition (written) and every mention of the same body (read), no other body', () => {
    assert.deepEqual(highlights(at('NCTV', 1, 2)), [
      ['write', 'Nationaal Coördinator Terrorismebestrijding en\nVeiligheid'],
      ['read', 'NCTV'], ['read', 'NCTV'], ['read', 'NCTV'],
    ]);
    assert.deepEqual(highlights(at('AIVD')), [['read', 'AIVD'], ['read', 'AIVD']]);
  });

  it('a citation: the other citations of the same letter, not those of another number', () => {
    assert.deepEqual(highlights(at('nr. 325', 5)), [['read', 'Kamerstuk 29 754, nr. 325'], ['read', 'Kamerstuk 29 754, nr. 325']]);
    assert.deepEqual(highlights(at('104')), [['read', 'Kamerstuk 30 977, nr. \n104']]);
  });

  it('a date: the same day elsewhere, not the day after', () => {
    assert.deepEqual(highlights(at('24 mei')), [['text', '24 mei 2014'], ['text', '24 mei 2014']]);
  });

  it('the letter\'s own footer: its identity, as a declaration', () => {
    assert.deepEqual(highlights(at('nr. 330', 5)), [['write', '29 754, nr. 330']]);
  });

  it('a footnote marker and its body', () => {
    assert.deepEqual(highlights(at('dreigingsbeeld1', 14)), [['read', '1'], ['write', '1 Kamerstuk 29 754, nr. 326']]);
  });

  it('nothing under the cursor, or an unknown letter: none', () => {
    assert.equal(documentHighlights(corpus, URI, at('voortgang')), null);
    assert.equal(documentHighlights(corpus, 'file:///nowhere.txt', 0), null);
  });
});

describe('selection ranges (smart select)', () => {
  const corpus = new Corpus();
  corpus.update(URI, LETTER);
  const analysis = corpus.record(URI)!.analysis;
  const chain = (offset: number, withAnalysis = true) => selectionChain(LETTER, withAnalysis ? analysis : null, offset).map(s => LETTER.slice(s.start, s.end));
  const paragraph = LETTER.slice(0, LETTER.indexOf('\n\n'));

  it('in a citation broken over a line: the word, the whole citation, the paragraph, the letter', () => {
    assert.deepEqual(chain(at('977')), ['977', 'Kamerstuk 30 977, nr. \n104', paragraph, LETTER]);
  });

  it('in plain text: the word, the line, the paragraph, the letter', () => {
    const line = LETTER.slice(0, LETTER.indexOf('\n'));
    assert.deepEqual(chain(at('voortgang', 3)), ['voortgang', line, paragraph, LETTER]);
  });

  it('in an organisation inside a footer line: word, name, line, the block, the letter', () => {
    assert.deepEqual(chain(at('Tweede Kamer,', 3)), [
      'Tweede', 'Tweede Kamer', 'Tweede Kamer, vergaderjaar 2013–2014, 29 754, nr. 330 2',
      '1 Kamerstuk 29 754, nr. 326\nTweede Kamer, vergaderjaar 2013–2014, 29 754, nr. 330 2', LETTER,
    ]);
  });

  it('without an analysis (the letter still on its way from a worker): words, lines and paragraphs', () => {
    assert.deepEqual(chain(at('977'), false), ['977', LETTER.split('\n')[2].trimEnd(), LETTER.split('\n')[2], paragraph, LETTER]);
  });

  it('every span contains the one before it and is larger, at every offset of the letter', () => {
    for (let offset = 0; offset <= LETTER.length; offset++) {
      const spans = selectionChain(LETTER, analysis, offset);
      assert.ok(spans.length > 0);
      for (const s of spans) assert.ok(s.start <= offset && offset <= s.end, `offset ${offset} in every span`);
      for (let i = 1; i < spans.length; i++) {
        assert.ok(spans[i].start <= spans[i - 1].start && spans[i].end >= spans[i - 1].end, `nested at ${offset}`);
        assert.ok(spans[i].end - spans[i].start > spans[i - 1].end - spans[i - 1].start, `larger at ${offset}`);
      }
    }
  });

  it('an empty letter and a 10 MB line answer', () => {
    assert.deepEqual(selectionChain('', null, 0), [{ start: 0, end: 0 }]);
    const line = 'woord '.repeat(1_750_000);
    const spans = selectionChain(line, null, 5_000_000);
    assert.equal(spans[spans.length - 1].end, line.length);
  });
});
