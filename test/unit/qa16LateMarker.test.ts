// Session 16 QA: a footnote marker printed on the page after its footnote body. Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { footnoteMarkers as markers } from './recognised';

describe('session 16 QA: a marker printed on the page after its footnote body', () => {
  const page1 = [
    'Het rapport beschrijft het verloop en de afhandeling van de',
    '',
    '1 Commissie Jansen, Onderzoek naar de uitbraak, mei 2018.',
    '',
    'Tweede Kamer, vergaderjaar 2017–2018, 26 991, nr. 600 1',
    '',
    '',
  ];
  const footer2 = ['', '', 'Tweede Kamer, vergaderjaar 2017–2018, 26 991, nr. 600 2', '', ''];
  it('is found on the next page when none stands before the body', () => {
    const text = [...page1, 'vogelgriep-uitbraak1. In deze brief reageer ik daarop.', ...footer2].join('\n');
    assert.deepEqual(markers(text), [[1, 'vogelgriep-uitbraak1']]);
  });

  it('negative: a marker before the body is kept; the page after the next is not searched', () => {
    const before = ['Zie het rapport van de commissie1 over de', ...page1.slice(1), 'vogelgriep-uitbraak1. Daarna.', ...footer2].join('\n');
    assert.deepEqual(markers(before), [[1, 'commissie1']]);
    const twoPagesOn = [...page1, 'In deze brief reageer ik daarop.', ...footer2, 'Zie de vogelgriep-uitbraak1. Daarna.', '', '',
      'Tweede Kamer, vergaderjaar 2017–2018, 26 991, nr. 600 3', ''].join('\n');
    assert.deepEqual(markers(twoPagesOn), [[1, null]]);
  });

  it('negative: a marker found after its body does not hide the next footnote\'s marker before it', () => {
    const text = [...page1, 'De maatregelen2 zijn genomen. De vogelgriep-uitbraak1 is voorbij.', '',
      '2 Zie de brief van 3 juni 2018.', ...footer2].join('\n');
    assert.deepEqual(markers(text), [[1, 'vogelgriep-uitbraak1'], [2, 'maatregelen2']]);
  });
});
