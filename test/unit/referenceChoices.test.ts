// "Mark Selection as Reference to a Kamerstuk…": what it offers to pick (the workspace's Kamerstukken, those dated as
// the selection says first, then the stukken only cited) and the code action that carries the selection; on letters
// written for the test.
import * as assert from 'node:assert/strict';
import { referenceChoices } from '../../server/src/core/features/referenceChoices';
import { annotationActions, COMMAND_MARK_REFERENCE } from '../../server/src/core/features/annotateActions';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2013–2014, ${dossier}, nr. ${nr} 2\n`;
const header = (dossier: string, title: string, nr: string, date: string) =>
  `Tweede Kamer der Staten-Generaal\nVergaderjaar 2013–2014\n\n${dossier} ${title}\n\nNr. ${nr} BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, ${date}\n\n`;
const CITING = 'In mijn brief van 24 mei 2014 heb ik u gemeld hoe het staat. Zie ook Kamerstuk 30 977, nr. 9.\n\n' + footer('29 754', '330');
const TEXTS: Record<string, string> = {
  'file:///a.txt': header('29 754', 'Terrorismebestrijding', '325', '14 januari 2014') + 'Zie Kamerstuk 30 977, nr. 9.\n\n' + footer('29 754', '325'),
  'file:///b.txt': header('29 754', 'Terrorismebestrijding', '328', '24 mei 2014') + 'De voortgang.\n\n' + footer('29 754', '328'),
  'file:///c.txt': header('21 501-02', 'Raad Algemene Zaken en Raad Buitenlandse Zaken', '1458', '2 februari 2014') + 'Het verslag.\n\n' + footer('21 501-02', '1458'),
  'file:///citing.txt': CITING,
};

describe('reference choices', () => {
  const corpus = new Corpus();
  for (const [uri, text] of Object.entries(TEXTS)) corpus.update(uri, text);
  const selected = 'mijn brief van 24 mei 2014';
  const span = { start: CITING.indexOf(selected), end: CITING.indexOf(selected) + selected.length };

  it('offers the workspace\'s Kamerstukken by dossier and number, then the ones only cited, each with its id', () => {
    const choices = referenceChoices(corpus, null, null);
    assert.deepEqual(choices.map(c => [c.id, c.label, c.held]), [
      ['kst-21501-02-1458', 'Kamerstuk 21 501-02, nr. 1458', true],
      ['kst-29754-325', 'Kamerstuk 29 754, nr. 325', true],
      ['kst-29754-328', 'Kamerstuk 29 754, nr. 328', true],
      ['kst-29754-330', 'Kamerstuk 29 754, nr. 330', true],
      ['kst-30977-9', 'Kamerstuk 30 977, nr. 9', false],
    ]);
    assert.match(choices[1].description, /^2014-01-14 · /);
    assert.equal(choices[4].description, 'not in the workspace; cited by 2 letters');
  });

  it('puts the letters dated as the selection says first ("mijn brief van 24 mei 2014")', () => {
    const choices = referenceChoices(corpus, 'file:///citing.txt', span);
    assert.deepEqual(choices.slice(0, 2).map(c => [c.id, c.datedAsSelected]), [['kst-29754-328', true], ['kst-21501-02-1458', false]]);
    assert.equal(choices.filter(c => c.datedAsSelected).length, 1);
  });

  it('a selection without a date changes no order', () => {
    const words = 'heb ik u gemeld';
    const at = CITING.indexOf(words);
    assert.deepEqual(referenceChoices(corpus, 'file:///citing.txt', { start: at, end: at + words.length }).map(c => c.id), referenceChoices(corpus, null, null).map(c => c.id));
  });

  it('the code action carries the selection to the client command; not for a passage', () => {
    const rec = corpus.record('file:///citing.txt')!;
    const actions = annotationActions(rec, 'file:///citing.txt', span, [], { text: CITING, orphans: [] });
    const mark = actions.find(a => a.title === 'Mark selection as reference to a Kamerstuk…');
    assert.ok(mark, JSON.stringify(actions.map(a => a.title)));
    assert.equal(mark.command, COMMAND_MARK_REFERENCE);
    assert.deepEqual(mark.arguments, ['file:///citing.txt', { ...span, text: selected }]);
    const passage = CITING + 'en nog een lange alinea '.repeat(15);
    const offered = annotationActions(rec, 'file:///citing.txt', { start: 0, end: passage.length }, [], { text: passage, orphans: [] });
    assert.equal(offered.some(a => a.title === 'Mark selection as reference to a Kamerstuk…'), false);
    assert.equal(offered.some(a => a.title === 'Add a note to selection…'), true);
  });
});
