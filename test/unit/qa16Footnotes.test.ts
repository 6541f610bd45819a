// Session 16 QA: footnote markers after a question mark, and the id line of an Aanhangsel answer above its footer. Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { footnoteMarkers as markers } from './recognised';

describe('session 16 QA: a footnote marker after a question mark', () => {
  const letter = [
    'Vraag 1',
    '',
    'Hoe oordeelt u over het artikel «Zorgen over de wachtlijsten»?1 ',
    '',
    'Vraag 2',
    '',
    'Deelt u de zorg van de ouders?2 ',
    '',
    '1 Trouw, 3 maart 2016.',
    '2 Zie ook Kamerstuk 31 839, nr. 500.',
    'ah-tk-20152016-1777',
    'ISSN 0921 - 7398 ’s-Gravenhage 2016 Tweede Kamer, vergaderjaar 2015–2016, Aanhangsel 1',
    '',
    'Antwoord 2',
    '',
    'De zorg wordt gedeeld.',
    '',
  ].join('\n');

  it('is glued to "?" after a word or a closing quote', () => {
    assert.deepEqual(markers(letter), [[1, 'wachtlijsten»?1'], [2, 'ouders?2']]);
    assert.deepEqual(analyseLetter(letter).problems.filter(p => p.code === 'footnote.no-marker'), []);
  });

  it('and after "!" too', () => {
    assert.deepEqual(markers('Dat is niet de bedoeling!1 Wij zien het anders.\n\n1 Zie de brief van 3 maart.\n'), [[1, 'bedoeling!1']]);
  });

  it('negative: a number after " ?" or a longer number after "?" is no marker', () => {
    assert.deepEqual(markers('Is het jaar 2015 ?1 niet beter?\n\n1 Zie de brief van 3 maart.\n'), [[1, null]]);
    assert.deepEqual(markers('Wat kost het?15 miljoen euro.\n\n1 Zie de brief van 3 maart.\n'), [[1, null]]);
  });

  it('the id line above the footer ends the footnote body above it and is page furniture', () => {
    const a = analyseLetter(letter);
    const body2 = letter.slice(a.footnotes[1].body.start, a.footnotes[1].body.end);
    assert.equal(body2, '2 Zie ook Kamerstuk 31 839, nr. 500.');
    const idLine = letter.indexOf('ah-tk-20152016-1777');
    assert.ok(a.furniture.some(f => f.kind === 'colophon' && f.start === idLine), 'the id line is a colophon');
  });

  it('negative: "h-" or "ah-" words in the running text are no colophon', () => {
    const text = 'ah-tk-stukken en h-tk-nummers worden genoemd.\nah-tk-2015-1\n';
    assert.deepEqual(analyseLetter(text).furniture.filter(f => f.kind === 'colophon'), []);
  });
});
