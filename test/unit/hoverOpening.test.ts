// Hovers on the first page of an Eerste Kamer letter (Kamerstuk 32 317, JA): the letter's opening words run
// on past the page's footer.
import { strict as assert } from 'node:assert';
import { hoverAt } from '../../server/src/core/features/hover';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { SENATE_JA_OPENING } from './senateLetter';

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
    // Written for the test, laid out as an answer's first page.
    const answer = [
      'Tweede Kamer der Staten-Generaal 2',
      'Vergaderjaar 2016–2017 Aanhangsel van de Handelingen ',
      'Vragen gesteld door de leden der Kamer, met de daarop door de ',
      'regering gegeven antwoorden ',
      '',
      '1234 ',
      '',
      'Vragen van het lid Jansen aan de Minister van Veiligheid en Justitie over ',
      'de beveiliging van stations (ingezonden 3 januari 2017). ',
      '',
    ].join('\n');
    const answers = new Corpus();
    answers.update('file:///ws/corpus/antwoord.txt', answer);
    const citing = 'Zie Aanhangsel Handelingen II 2016/17, nr. 1234.\n';
    answers.update('file:///ws/corpus/brief.txt', citing);
    const hover = hoverAt(answers, 'file:///ws/corpus/brief.txt', citing.indexOf('nr. 1234'))!.markdown;
    const quote = hover.split('\n').find(l => l.startsWith('> '));
    assert.match(quote ?? '', /^> Vragen van het lid Jansen/, hover);
  });
});
