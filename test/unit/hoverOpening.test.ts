// Hovers on the first page of an Eerste Kamer letter (Kamerstuk 32 317, JA): the letter's opening words run
// on past the page's footer.
import { strict as assert } from 'node:assert';
import { hoverAt } from '../../server/src/core/features/hover';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { SENATE_JA_OPENING } from './senateLetter';
import { ANSWER_PAGE } from './answerPage';

const PAGE = SENATE_JA_OPENING;

describe('hover: a letter\'s opening words', () => {
  const corpus = new Corpus();
  const uri = 'file:///ws/corpus/t05.txt';
  corpus.update(uri, PAGE);

  it('the letter\'s opening words skip the footer printed inside them', () => {
    const hover = hoverAt(corpus, uri, PAGE.indexOf('32 317 JBZ') + 2)!.markdown;
    const quote = hover.split('\n').find(l => l.startsWith('> '));
    assert.ok(quote, hover);
    assert.ok(!/vergaderjaar/.test(quote!), quote);
    assert.match(quote!, /in Innsbruck, alsmede een/);
  });

  it('an answer to written questions opens with the questions, not with the Aanhangsel\'s header', () => {
    const answers = new Corpus();
    answers.update('file:///ws/corpus/antwoord.txt', ANSWER_PAGE);
    const citing = 'Zie Aanhangsel Handelingen II 2016/17, nr. 1234.\n';
    answers.update('file:///ws/corpus/brief.txt', citing);
    const hover = hoverAt(answers, 'file:///ws/corpus/brief.txt', citing.indexOf('nr. 1234'))!.markdown;
    const quote = hover.split('\n').find(l => l.startsWith('> '));
    assert.match(quote ?? '', /^> Vragen van het lid Jansen/, hover);
  });
});
