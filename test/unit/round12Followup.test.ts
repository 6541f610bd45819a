// The follow-up of rounds 11 and 12 (organisations and dates): what those rounds left and GUIDELINES.md had decided.
// Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { datesInLetterOf, orgs } from './recognised';

const dates = datesInLetterOf('2020-03-01');

/** [text, value] of the dates the whole pipeline finds (layout and footnotes included). */
function letterDates(text: string): Array<[string, unknown]> {
  return analyseLetter(text).entities.filter(e => e.kind === 'date').map(e => [e.text, e.value]);
}

describe('round 12 follow-up: the night from one day into the next', () => {
  it('"in de nacht van 1 op 2 januari 2019" is one date listing both days', () => {
    assert.deepEqual(dates('Het schip verloor in de nacht van 1 op 2 januari 2019 een deel van zijn lading.'), [
      ['1 op 2 januari 2019', { iso: ['2019-01-01', '2019-01-02'] }],
    ]);
    assert.deepEqual(dates('In de Nacht van 14 op 15 mei brak brand uit.'), [['14 op 15 mei', { iso: ['2020-05-14', '2020-05-15'] }]]);
  });

  it('negative: days that do not follow each other, "op" without the night, a date with a weekday', () => {
    assert.deepEqual(dates('in de nacht van 3 op 7 maart 2018 gebeurde het'), [['7 maart 2018', { iso: '2018-03-07' }]]);
    assert.deepEqual(dates('Het aantal steeg van 1 op 2 januari 2019 niet.'), [['2 januari 2019', { iso: '2019-01-02' }]]);
    assert.deepEqual(dates('de nacht van 5 op zaterdag 6 april 2019'), [['6 april 2019', { iso: '2019-04-06' }]]);
  });
});

describe('round 12 follow-up: a year after "over" before a strong past participle', () => {
  it('"jaarverslagen over 2021 gewezen op", "over 2019 aangegeven" are years', () => {
    assert.deepEqual(dates('De diensten hebben in hun jaarverslagen over 2021 gewezen op deze dreiging.'), [['2021', { iso: '2021' }]]);
    assert.deepEqual(dates('Zoals ik in het verslag over 2019 heb aangegeven, of over 2018 aangegeven is.'), [['2018', { iso: '2018' }]]);
  });

  it('negative: a plural noun in ge-…-en after the number is what it counts', () => {
    assert.deepEqual(dates('Het gaat over 2000 gemeenten en over 1900 gevallen.'), []);
    assert.deepEqual(dates('Er zijn over 2040 gebouwen geïnspecteerd.'), []);
  });
});

const footnotePage = (bodies: string[]) => [
  'Den Haag, 4 maart 2024 ',
  '',
  'De onderzoekers1 kwamen tot dezelfde conclusie als eerder2 en als de ',
  'inspectie3 in haar rapport. ',
  '',
  ...bodies,
  '',
  'Tweede Kamer, vergaderjaar 2023–2024, 29 754, nr. 712 1 ',
  '',
].join('\n');

describe('round 12 follow-up: a source\'s year closing a footnote', () => {
  it('"Bureau Onderzoek, 2023." and a name in parentheses or quotes close their footnote with a year', () => {
    const found = letterDates(footnotePage([
      '1 Bureau Beleidsonderzoek Noord, 2023. ',
      '2 Stichting Kennis (SKN), 2022 ',
      '3 Rapport ‘Zicht op toezicht’, 2021. ',
    ]));
    assert.deepEqual(found.filter(([t]) => /^\d{4}$/.test(t)), [['2023', { iso: '2023' }], ['2022', { iso: '2022' }], ['2021', { iso: '2021' }]]);
  });

  it('negative: a number after a number, a year not closing the body, a year in running text after a comma', () => {
    const found = letterDates(footnotePage([
      '1 Stcrt. 2019, 2034. ',
      '2 Bureau Beleidsonderzoek Noord, 2023, hoofdstuk 4. ',
      '3 Zie de brief van 12 mei, nr. 2020. ',
    ]));
    assert.deepEqual(found.filter(([t]) => /^\d{4}$/.test(t)), []);
    assert.deepEqual(dates('Dit meldde het Bureau Beleidsonderzoek Noord, 2023.'), []);
  });
});

describe('round 12 follow-up: relief and children\'s rights organisations cited across departments', () => {
  it('Oxfam Novib, Cordaid, Save the Children, Stichting Vluchteling and Defence for Children are gazetteer bodies', () => {
    assert.deepEqual(orgs('De hulp loopt via Oxfam Novib, Cordaid en Save the Children.'), [
      ['Oxfam Novib', 'OXFAM-NOVIB'], ['Cordaid', 'CORDAID'], ['Save the Children', 'SAVE-THE-CHILDREN'],
    ]);
    assert.deepEqual(orgs('Ook de Stichting Vluchteling en Defence for Children International schreven de Kamer.'), [
      ['Stichting Vluchteling', 'STICHTING-VLUCHTELING'], ['Defence for Children International', 'DEFENCE-FOR-CHILDREN'],
    ]);
  });

  it('negative: the words in lower case or as parts of other words', () => {
    assert.deepEqual(orgs('Wij spraken met een stichting vluchteling en een defence-specialist over de save-knop.'), []);
  });
});
