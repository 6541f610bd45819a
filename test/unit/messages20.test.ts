// What a user reads in diagnostics and hovers, in words (session 20's QA found raw codes, Dutch weekday names in
// English sentences, brackets inside brackets and a hover that said one thing twice).
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { parseStore } from '../../server/src/core/annotations/store';
import { syntaxError } from '../../server/src/core/annotations/edit';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { hoverAt } from '../../server/src/core/features/hover';

describe('messages a user reads', () => {
  it('a weekday that does not fit its date is named in English with the Dutch word, and what the letter says', () => {
    const [problem] = analyseLetter('Den Haag, 3 maart 2025\n\nOp maandag 4 maart 2025 spreken wij.\n').problems;
    assert.equal(problem.code, 'date.weekday-mismatch');
    assert.equal(problem.message, '2025-03-04 is a Tuesday (dinsdag), but the letter says maandag: the day, the month or the weekday is wrong.');
  });

  it('a number marker without a number quotes the marker as written', () => {
    const messages = analyseLetter('Zie Kamerstuk 29 754, nr. en verder.\n').problems.map(p => p.message);
    assert.deepEqual(messages, ['"nr." is not followed by a number: the citation does not say which document it means.']);
  });

  it('a broken annotation store says what is wrong in words, not the parser\'s code', () => {
    const messages = parseStore('{"version": 1 "letters": {}}').errors.map(e => e.message);
    assert.deepEqual(messages, ['JSON syntax error: a comma is missing before this.']);
    assert.equal(syntaxError('{\n  "version": 1,\n  "letters": {"a": "x}\n}'), 'The annotation store has a JSON syntax error on line 3: this string has no closing double quote. Fix it before adding to the store.');
    assert.doesNotMatch(parseStore('{"a": x}').errors.map(e => e.message).join(' '), /[A-Z][a-z]+[A-Z][a-z]+(Expected|Symbol)/);
  });

  it('how jl. was resolved has no brackets inside its brackets', () => {
    const explains = analyseLetter('Op 12 maart 2015 sprak de Kamer.\n\nOp 14 januari jl. sprak zij weer.\n').entities.map(e => e.explain ?? '');
    const jl = explains.find(x => x.startsWith('jl.'));
    assert.equal(jl, 'jl.: most recent 14 januari before 2015-03-12 (estimated from the latest full date in the letter, 2015-03-12) → 2015-01-14');
    const month = analyseLetter('In maart 2015 sprak de Kamer.\n\nOp 14 januari jl. sprak zij weer.\n').entities.map(e => e.explain ?? '').find(x => x.startsWith('jl.'));
    assert.equal(month, 'jl.: most recent 14 januari before 2015-03-31 (estimated from the last day of 2015-03, the latest month named in the letter) → 2015-01-14');
  });

  it('the hover of a whole dossier says once that no number is cited', () => {
    const corpus = new Corpus((text, path) => analyseLetter(text, { path }));
    const text = 'Zie Kamerstuk 34 359 en Kamerstuk 36 200-VI, en (36200-VI).\n';
    corpus.update('file:///a.txt', text);
    for (const needle of ['34 359', '36 200-VI', '(36200-VI)']) {
      const markdown = hoverAt(corpus, 'file:///a.txt', text.indexOf(needle) + 2)?.markdown ?? '';
      assert.match(markdown, /No number \(ondernummer\)/, needle);
      assert.doesNotMatch(markdown, /no number cited|Kamerstuk dossier/, needle);
    }
  });
});
