// Round 17 of the blind check on real letters: every family at once, on short letters of Binnenlandse Zaken (30 977 AIVD),
// Sociale Zaken (32 824, 29 754), Onderwijs (29 754), Buitenlandse Zaken (32 824, 27 925) and Defensie (33 321) of
// 2014–2019, laid out as the seeds. Two errors blind: a month "van dat jaar" took the letter's year, and the Council of
// Europe's Venice Commission was read as the Council itself. Every snippet is written for the test; none is copied
// from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs, letterOrgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

describe('round 17: a month "van dat jaar" takes the year the paragraph last wrote', () => {
  const dates = datesInLetterOf('2016-05-10');

  it('the month and the phrase are one span, in the year named before it', () => {
    assert.deepEqual(dates('De spanningen namen in 2013 toe, vooral na de aanslag in oktober van dat jaar.'), [
      ['2013', { iso: '2013' }], ['oktober van dat jaar', { iso: '2013-10' }],
    ]);
    assert.deepEqual(dates('Het verdrag werd in 2011 getekend en trad op 4 juni datzelfde jaar in werking.'), [
      ['2011', { iso: '2011' }], ['4 juni datzelfde jaar', { iso: '2011-06-04' }],
    ]);
  });

  it('the last year written counts, not an earlier one', () => {
    assert.deepEqual(dates('Tussen 2009 en 2012 groeide de groep; in maart van hetzelfde jaar viel het besluit.'), [
      ['2009', { iso: '2009' }], ['2012', { iso: '2012' }], ['maart van hetzelfde jaar', { iso: '2012-03' }],
    ]);
  });

  it('negative: with no year before it in its paragraph the month keeps the letter\'s year and the phrase stays out', () => {
    assert.deepEqual(dates('In 2012 begon het project.\n\nIn maart van dat jaar volgde een besluit.'), [
      ['2012', { iso: '2012' }], ['maart', { iso: '2016-03' }],
    ]);
    assert.deepEqual(dates('In maart van dat jaar volgde een besluit.'), [['maart', { iso: '2016-03' }]]);
  });

  it('negative: a session\'s years and "in dat jaar" alone name no month', () => {
    assert.deepEqual(dates('In het vergaderjaar 2013–2014 kwam het voorstel, in september van dat jaar.').map(d => d[0]),
      ['vergaderjaar 2013–2014', 'september']);
    assert.deepEqual(dates('In dat jaar veranderde veel.'), []);
  });
});

describe('round 17: the Venice Commission of the Council of Europe', () => {
  it('is one body with the Council in its name, and by its short and formal names', () => {
    assert.deepEqual(orgs('De Venetië Commissie van de Raad van Europa en de OVSE uitten zorgen.'), [
      ['Venetië Commissie van de Raad van Europa', 'VENICE-COMMISSION'], ['OVSE', 'OVSE'],
    ]);
    assert.deepEqual(orgs('Volgens de Venetiëcommissie, formeel de Europese Commissie voor Democratie door Recht, en de Commissie van Venetië.'), [
      ['Venetiëcommissie', 'VENICE-COMMISSION'], ['Europese Commissie voor Democratie door Recht', 'VENICE-COMMISSION'],
      ['Commissie van Venetië', 'VENICE-COMMISSION'],
    ]);
  });

  it('negative: the Council and the European Commission alone stay themselves', () => {
    assert.deepEqual(orgs('De Raad van Europa en de Europese Commissie spraken over de stad Venetië.'), [
      ['Raad van Europa', 'RVE'], ['Europese Commissie', 'EU-COM'],
    ]);
  });
});

describe('round 17: cases read right blind', () => {
  const page = (n: number) => `Tweede Kamer, vergaderjaar 2017–2018, 29 754, nr. 450 ${n}`;

  it('a committee named over a page, its footnotes and footer between the halves', () => {
    const text = 'Dit volgt op het verzoek van 8 februari 2018 van de vaste \n\n1 Kamerstuk 29 754, nr. 440\n\n' + page(1) +
      '\n\n\nKamercommissie Sociale Zaken en Werkgelegenheid (SZW).1 Zoals gevraagd reageren wij. \n\n' + page(2) + '\n';
    const found = letterOrgs(text).filter(o => o[1] === 'TK-COM-SZW');
    assert.equal(found.length, 2, JSON.stringify(found));
    assert.ok(found[0][0].startsWith('vaste') && found[0][0].endsWith('Werkgelegenheid') && found[0][0].includes(page(1)));
    assert.deepEqual(found[1], ['SZW', 'TK-COM-SZW']);
    const cited = analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk' && !(e.value as { self: boolean }).self);
    assert.deepEqual(cited.map(e => e.text), ['Kamerstuk 29 754, nr. 440']);
  });

  it('a year range with a glued footnote marker, a season of a year, and a November day jl. in a February letter', () => {
    const letter = 'Den Haag, 2 december 2019 \n\nIk bericht u over het voorzitterschap in de periode 2015–20191. Nederland droeg \n' +
      'het over. \n\n1 Raadpleegbaar via www.tweedekamer.nl\n\nTweede Kamer, vergaderjaar 2019–2020, 27 925, nr. 690 1\n';
    const dated = analyseLetter(letter).entities.filter(e => e.kind === 'date').map(e => [e.text, e.value]);
    assert.deepEqual(dated.slice(0, 2), [['2 december 2019', { iso: '2019-12-02' }], ['2015–2019', { iso: ['2015', '2019'] }]]);
    assert.deepEqual(datesInLetterOf('2015-06-03')('In het \nnajaar van 2015 start de aanpak, vanaf januari 2016 volgt de rest.'), [
      ['het \nnajaar van 2015', { iso: '2015', approx: true }], ['januari 2016', { iso: '2016-01' }],
    ]);
    assert.deepEqual(datesInLetterOf('2014-02-02')('het artikel in de krant van 26 november jl. over jongeren'), [
      ['26 november jl.', { iso: '2013-11-26' }],
    ]);
  });
});
