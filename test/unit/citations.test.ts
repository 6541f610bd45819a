// The citation recogniser on the citation forms of research/citations.md §2.3, §5 and §6 (test strings
// modelled on them), its negatives, PDF artefacts, malformed references, and the real letters in corpus/.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recogniseCitations } from '../../server/src/core/recognise/citations';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity, Chamber, LetterIdentity, Problem } from '../../server/src/core/types';

const REPO = resolve(__dirname, '../../..');

function cite(text: string, identity: LetterIdentity = emptyIdentity()): { entities: AnyEntity[]; problems: Problem[] } {
  return recogniseCitations({ norm: normalize(text), layout: analyseLayout(''), identity });
}

/** Compact view of the entities: kind, text and the value fields that matter. */
function summary(text: string, identity?: LetterIdentity): Array<[string, string, Record<string, unknown>]> {
  return cite(text, identity).entities.map(e => [e.kind, e.text, { ...e.value }]);
}

function kst(dossier: string, suffix: string | null, number: string | null, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const id = number ? `kst-${dossier}${suffix ? `-${suffix}` : ''}-${number}` : null;
  return { dossier, suffix, number, self: false, id, ...extra };
}

describe('citations: kamerstuk', () => {
  const cases: Array<[string, string, Array<[string, Record<string, unknown>]>]> = [
    ['modern form', 'zie Kamerstuk 29 754, nr. 325.', [['Kamerstuk 29 754, nr. 325', kst('29754', null, '325')]]],
    ['numeric suffix with leading zero', 'de conclusies (Kamerstuk 21 501-02, nr. 1458) naar', [['Kamerstuk 21 501-02, nr. 1458', kst('21501', '02', '1458')]]],
    ['a Unicode hyphen before the suffix', 'Kamerstuk 21 501\u201102, nr. 1458', [['Kamerstuk 21 501\u201102, nr. 1458', kst('21501', '02', '1458')]]],
    ['a colon after the label', 'Kamerstuk: 29 754, nr. 325', [['Kamerstuk: 29 754, nr. 325', kst('29754', null, '325')]]],
    ['roman suffix after a space', 'Kamerstuk 31 444 XI, nr. 4', [['Kamerstuk 31 444 XI, nr. 4', kst('31444', 'XI', '4')]]],
    ['roman suffix after a hyphen', 'Kamerstuk 36200-VI, nr. 12', [['Kamerstuk 36200-VI, nr. 12', kst('36200', 'VI', '12')]]],
    ['hoofdstuk suffix', 'Kamerstukken II 1986/87, 19 700 hoofdstuk XV, nr. 2', [['Kamerstukken II 1986/87, 19 700 hoofdstuk XV, nr. 2', kst('19700', 'XV', '2', { chamber: 'II', session: '1986-1987' })]]],
    ['budget chapter XVI and fund letter A', 'Kamerstuk 36 200 XVI, nr. 4 en Kamerstuk 36 200 A, nr. 2', [['Kamerstuk 36 200 XVI, nr. 4', kst('36200', 'XVI', '4')], ['Kamerstuk 36 200 A, nr. 2', kst('36200', 'A', '2')]]],
    ['a party name after a dossier is no suffix', 'Kamerstuk 34 359 VVD-fractie', [['Kamerstuk 34 359', kst('34359', null, null)]]],
    ['letter after the number', 'Kamerstuk 33 400 VII, nr. 42e', [['Kamerstuk 33 400 VII, nr. 42e', kst('33400', 'VII', '42e')]]],
    ['legal style with page', 'Kamerstukken II 2009/10, 27858, nr. 88, p. 3', [['Kamerstukken II 2009/10, 27858, nr. 88', kst('27858', null, '88', { chamber: 'II', session: '2009-2010', page: '3' })]]],
    ['Eerste Kamer letter number without nr.', 'Kamerstukken I 2008/09, 31700 VI, D, p. 4', [['Kamerstukken I 2008/09, 31700 VI, D', kst('31700', 'VI', 'D', { chamber: 'I', session: '2008-2009', page: '4' })]]],
    ['page range with en dash', 'Kamerstukken II 2005/06, 30 316, nr. 3, p. 7–8', [['Kamerstukken II 2005/06, 30 316, nr. 3', kst('30316', null, '3', { chamber: 'II', session: '2005-2006', page: '7-8' })]]],
    ['page list with en', 'Kamerstuk 29 754, nr. 4, blz. 12 en 13.', [['Kamerstuk 29 754, nr. 4', kst('29754', null, '4', { page: '12,13' })]]],
    ['rijkswet with a space', 'Kamerstukken I 2003/04, 27 484 (R 1669), nr. 289', [['Kamerstukken I 2003/04, 27 484 (R 1669), nr. 289', kst('27484', null, '289', { chamber: 'I', session: '2003-2004', rijkswet: 'R1669' })]]],
    ['rijkswet glued, no label', 'het wetsvoorstel (34 356 (R2064), nr. 3) regelt', [['34 356 (R2064), nr. 3', kst('34356', null, '3', { rijkswet: 'R2064' })]]],
    ['dossier only', 'De Wet (Kamerstuk 34 359) maakt', [['Kamerstuk 34 359', kst('34359', null, null)]]],
    ['dossier only, glued five digits', '(Kamerstukken 31945)', [['Kamerstukken 31945', kst('31945', null, null)]]],
    ['joint dossiers: the number belongs to the first', '(Kamerstukken 27 925 en 29754, nr. 613)', [['Kamerstukken 27 925 en 29754, nr. 613', kst('27925', null, '613')]]],
    ['joint dossiers with a comma', 'Kamerstuk 31728, 30914, nr. 5', [['Kamerstuk 31728, 30914, nr. 5', kst('31728', null, '5')]]],
    ['joint dossiers without a number', 'Kamerstukken 34 359 en 34 588 zijn aangenomen', [['Kamerstukken 34 359', kst('34359', null, null)], ['34 588', kst('34588', null, null)]]],
    ['list of numbers: one entity per number', 'Kamerstukken II 2019/20, 29 754, nrs. 520 en 548', [
      ['Kamerstukken II 2019/20, 29 754, nrs. 520', kst('29754', null, '520', { chamber: 'II', session: '2019-2020' })],
      ['548', kst('29754', null, '548', { chamber: 'II', session: '2019-2020' })]]],
    ['a written-out list after a singular nr., closed with en', '(Kamerstukken 29 754, nr. 440, 441 en 455)', [
      ['Kamerstukken 29 754, nr. 440', kst('29754', null, '440')], ['441', kst('29754', null, '441')], ['455', kst('29754', null, '455')]]],
    ['a singular nr. followed by counts is no list', 'Kamerstuk 29 754, nr. 12, 13 en 14 mensen', [['Kamerstuk 29 754, nr. 12', kst('29754', null, '12')]]],
    ['a singular nr. whose list runs on into the sentence is no list', 'Kamerstuk 29 754, nr. 3, 4 en 5 van de wet', [['Kamerstuk 29 754, nr. 3', kst('29754', null, '3')]]],
    ['list with commas', 'Kamerstuk 29 754, nrs. 520, 548 en 549', [
      ['Kamerstuk 29 754, nrs. 520', kst('29754', null, '520')], ['548', kst('29754', null, '548')], ['549', kst('29754', null, '549')]]],
    ['range: first and last number', 'Kamerstukken II 2001/02, 28 295, nrs. 1–3', [
      ['Kamerstukken II 2001/02, 28 295, nrs. 1', kst('28295', null, '1', { chamber: 'II', session: '2001-2002' })],
      ['3', kst('28295', null, '3', { chamber: 'II', session: '2001-2002' })]]],
    ['continuations with their own nr.', 'Kamerstuk 29 754, nr. 6, p. 15-16; nr. 7, p. 5-6', [
      ['Kamerstuk 29 754, nr. 6', kst('29754', null, '6', { page: '15-16' })], ['7', kst('29754', null, '7', { page: '5-6' })]]],
    ['continuation after a page', 'Kamerstukken II 2004/05, 29 754, nr. 4, p. 12 en 13, en nr. 6', [
      ['Kamerstukken II 2004/05, 29 754, nr. 4', kst('29754', null, '4', { chamber: 'II', session: '2004-2005', page: '12,13' })],
      ['6', kst('29754', null, '6', { chamber: 'II', session: '2004-2005' })]]],
    ['singular nr. with a second number closing the phrase', 'Kamerstuk 29 754, nr. 325 en 326.', [
      ['Kamerstuk 29 754, nr. 325', kst('29754', null, '325')], ['326', kst('29754', null, '326')]]],
    ['two labelled citations in a row', '(Kamerstuk 29 754, nr. 444) (Kamerstuk 29 754, nr. 486)', [
      ['Kamerstuk 29 754, nr. 444', kst('29754', null, '444')], ['Kamerstuk 29 754, nr. 486', kst('29754', null, '486')]]],
    ['a second dossier after en', 'Kamerstukken 29 754, nr. 325 en 32 317, nr. 322', [
      ['Kamerstukken 29 754, nr. 325', kst('29754', null, '325')], ['32 317, nr. 322', kst('32317', null, '322')]]],
    ['compact id after a label', 'Kamerstuk 21501-32-1740', [['Kamerstuk 21501-32-1740', kst('21501', '32', '1740')]]],
    ['compact dossier-number after a label', '(Kamerstuk 29 754-325)', [['Kamerstuk 29 754-325', kst('29754', null, '325')]]],
    ['unlabelled in parentheses', 'het verslag (29 754, nr. 140) meldt', [['29 754, nr. 140', kst('29754', null, '140')]]],
    ['unlabelled, glued dossier', 'zie 29544, nr. 959 voor', [['29544, nr. 959', kst('29544', null, '959')]]],
    ['unlabelled with suffix', '(21 501-32, nr. 1703)', [['21 501-32, nr. 1703', kst('21501', '32', '1703')]]],
    ['bare number closing the phrase', '(Kamerstuk 29 754, 325)', [['Kamerstuk 29 754, 325', kst('29754', null, '325')]]],
    ['2/2 session across the century', 'Kamerstukken II 99/00, 26 855, nr. 3', [['Kamerstukken II 99/00, 26 855, nr. 3', kst('26855', null, '3', { chamber: 'II', session: '1999-2000' })]]],
    ['4/4 session', 'Kamerstukken II 1999/2000, 26 855, nr. 3', [['Kamerstukken II 1999/2000, 26 855, nr. 3', kst('26855', null, '3', { chamber: 'II', session: '1999-2000' })]]],
    ['vergaderjaar with en dash', 'Kamerstukken II, vergaderjaar 2013–2014, 33 750 VI, nr. 5', [['Kamerstukken II, vergaderjaar 2013–2014, 33 750 VI, nr. 5', kst('33750', 'VI', '5', { chamber: 'II', session: '2013-2014' })]]],
    ['OCR 11 for II before a session', 'Kamerstukken 11 2009/10, 29 754, nr. 5', [['Kamerstukken 11 2009/10, 29 754, nr. 5', kst('29754', null, '5', { chamber: 'II', session: '2009-2010' })]]],
    ['page reference e.v.', 'Kamerstuk 29 754, nr. 325, p. 3 e.v.', [['Kamerstuk 29 754, nr. 325', kst('29754', null, '325', { page: '3-' })]]],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.deepEqual(summary(input), expected.map(([text, value]) => ['kamerstuk', text, value]));
    });
  }

  it('numbers in parentheses and a further session carrying the chamber (Leidraad list)', () => {
    assert.deepEqual(summary('Kamerstukken I 2000/2001, 26 855 (250, 250a); 2001/2002, 26 855 (16, 16a).').map(([, t, v]) => [t, v.id, v.session, v.chamber]), [
      ['Kamerstukken I 2000/2001, 26 855 (250', 'kst-26855-250', '2000-2001', 'I'],
      ['250a', 'kst-26855-250a', '2000-2001', 'I'],
      ['26 855 (16', 'kst-26855-16', '2001-2002', 'I'],
      ['16a', 'kst-26855-16a', '2001-2002', 'I'],
    ]);
  });

  it('a motie number with its dossier in parentheses', () => {
    assert.deepEqual(summary('Zij krijgt nr. 456 (36800-XVI).'), [['kamerstuk', 'nr. 456 (36800-XVI)', kst('36800', 'XVI', '456')]]);
  });

  it('a dossier with a lettered suffix in parentheses, but not a bare five-digit number', () => {
    assert.deepEqual(summary('het dossier (33240-VIII) en (32002)'), [['kamerstuk', '33240-VIII', kst('33240', 'VIII', null)]]);
  });

  it('compact ids in a motie list; "35300-41" is dossier and number', () => {
    assert.deepEqual(summary('35300-XII-53; 34348-74; 21501-32-1188; 35300-41').map(([, t, v]) => [t, v.id]), [
      ['35300-XII-53', 'kst-35300-XII-53'], ['34348-74', 'kst-34348-74'], ['21501-32-1188', 'kst-21501-32-1188'], ['35300-41', 'kst-35300-41'],
    ]);
  });
});

describe('citations: PDF artefacts', () => {
  it('a footnote digit glued before the label stays outside the span', () => {
    assert.deepEqual(summary('2Kamerstuk 29 383, nr. 406.'), [['kamerstuk', 'Kamerstuk 29 383, nr. 406', kst('29383', null, '406')]]);
    assert.deepEqual(summary('50Kamerstukken II 2001/02, 28 295, nr. 1').map(e => e[1]), ['Kamerstukken II 2001/02, 28 295, nr. 1']);
  });
  it('NBSP inside the citation', () => {
    assert.deepEqual(summary('Kamerstuk 29\u00a0754, nr.\u00a0325'), [['kamerstuk', 'Kamerstuk 29\u00a0754, nr.\u00a0325', kst('29754', null, '325')]]);
  });
  it('a soft hyphen inside the label', () => {
    assert.deepEqual(summary('Kamer\u00adstuk 29 754, nr. 325').map(e => e[1]), ['Kamer\u00adstuk 29 754, nr. 325']);
  });
  it('a hyphenated label across lines', () => {
    assert.deepEqual(summary('zie Kamer-\nstuk 29 754, nr. 325.'), [['kamerstuk', 'Kamer-\nstuk 29 754, nr. 325', kst('29754', null, '325')]]);
  });
  it('line breaks anywhere inside, the page break residue included (letter 002)', () => {
    const text = 'niet op het operationele proces (brief 30 juni 2014, Kamerstuk 30 977, nr. \n 104). De aankondiging';
    assert.deepEqual(summary(text), [['kamerstuk', 'Kamerstuk 30 977, nr. \n 104', kst('30977', null, '104')]]);
    assert.deepEqual(summary('Kamerstuk \n29 754, nr. 325.').map(e => e[1]), ['Kamerstuk \n29 754, nr. 325']);
    assert.deepEqual(summary('Kamerstuk 29 754, \nnr. 325.').map(e => e[1]), ['Kamerstuk 29 754, \nnr. 325']);
    assert.deepEqual(summary('Kamerstukken II 2014/\n15, 29 754, nr. 5')[0][2].session, '2014-2015');
  });
  it('the page digit after a footer is not glued into the number', () => {
    assert.deepEqual(summary('Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 6').map(e => [e[1], e[2].number]), [['29 754, nr. 327', '327']]);
  });
  it('a bare session year after the number is not part of it (letter 004)', () => {
    assert.deepEqual(summary('Actieplan 2007–2011, Bijlage bij Kamerstuk 29 754, nr. 232 2012–2013.'), [['kamerstuk', 'Kamerstuk 29 754, nr. 232', kst('29754', null, '232')]]);
  });
  it('upper-case keyword and lower-case label', () => {
    assert.deepEqual(summary('kamerstuk 29 754, nr. 5').map(e => e[1]), ['kamerstuk 29 754, nr. 5']);
  });
});

describe('citations: handelingen and aanhangsel', () => {
  const h = (chamber: Chamber, session: string, number: string, item: string | null, id: string | null, extra: Record<string, unknown> = {}) =>
    ({ chamber, session, number, item, id, ...extra });
  const ah = (chamber: Chamber, session: string, number: string, id: string) => ({ chamber, session, number, id });

  it('with item (letter 002)', () => {
    assert.deepEqual(summary('tijdens het debat op 14 januari jl. (Handelingen II 2014/15, nr. 41, item 7), is duidelijk'),
      [['handelingen', 'Handelingen II 2014/15, nr. 41, item 7', h('II', '2014-2015', '41', '7', 'h-tk-20142015-41-7')]]);
  });
  it('named agenda part instead of an item: span ends at the number (letter 003)', () => {
    assert.deepEqual(summary('(Handelingen II 2016/17, nr. 83, Regeling van werkzaamheden). Tevens'),
      [['handelingen', 'Handelingen II 2016/17, nr. 83', h('II', '2016-2017', '83', null, 'h-tk-20162017-83')]]);
  });
  it('whole meeting', () => {
    assert.deepEqual(summary('Handelingen II 2019/20, nr. 77')[0].slice(1), ['Handelingen II 2019/20, nr. 77', h('II', '2019-2020', '77', null, 'h-tk-20192020-77')]);
  });
  it('item and page', () => {
    assert.deepEqual(summary('Handelingen II 2010/11, nr. 108, item 5, p. 25-36')[0].slice(1),
      ['Handelingen II 2010/11, nr. 108, item 5', h('II', '2010-2011', '108', '5', 'h-tk-20102011-108-5', { page: '25-36' })]);
  });
  it('before 2011: the page range makes the id, a space before the comma is fine', () => {
    assert.deepEqual(summary('Handelingen II 2007/08, nr. 108 , p. 7909-7943')[0].slice(1),
      ['Handelingen II 2007/08, nr. 108', h('II', '2007-2008', '108', null, 'h-tk-20072008-7909-7943', { page: '7909-7943' })]);
  });
  it('meeting number without nr. when an item follows', () => {
    assert.deepEqual(summary('Handelingen II 2014/15, 41, item 7')[0].slice(1), ['Handelingen II 2014/15, 41, item 7', h('II', '2014-2015', '41', '7', 'h-tk-20142015-41-7')]);
  });
  it('Eerste Kamer', () => {
    assert.deepEqual(summary('Handelingen EK 2014/15, nr. 5, item 3')[0][2].id, 'h-ek-20142015-5-3');
    assert.deepEqual(summary('Handelingen I 2014/15, nr. 5, item 3')[0][2].chamber, 'I');
  });
  it('aanhangsel with chamber (letter 002)', () => {
    assert.deepEqual(summary('(Aanhangsel Handelingen II 2014/15, nr. 1242) en de op 30 januari'),
      [['aanhangsel', 'Aanhangsel Handelingen II 2014/15, nr. 1242', ah('II', '2014-2015', '1242', 'ah-tk-20142015-1242')]]);
  });
  it('aanhangsel with a hyphenated keyword across lines (letter 002)', () => {
    assert.deepEqual(summary('in Parijs (Aanhangsel Hande-\nlingen II 2014/15, nr. 1241). Vanwege'),
      [['aanhangsel', 'Aanhangsel Hande-\nlingen II 2014/15, nr. 1241', ah('II', '2014-2015', '1241', 'ah-tk-20142015-1241')]]);
  });
  it('aanhangsel without chamber, vergaderjaar across lines (letter 004); the chamber is assumed and said so', () => {
    const r = cite('van Nederlanders, Aanhangsel Handelingen, vergaderjaar \n2013–2014, nr. 1275.');
    assert.equal(r.entities.length, 1);
    assert.equal(r.entities[0].text, 'Aanhangsel Handelingen, vergaderjaar \n2013–2014, nr. 1275');
    assert.deepEqual(r.entities[0].value, ah('II', '2013-2014', '1275', 'ah-tk-20132014-1275'));
    assert.match(r.entities[0].explain ?? '', /assumed/);
  });
  it('a missing chamber comes from the letter identity when the letter names it', () => {
    const identity = { ...emptyIdentity(), chamber: 'I' as Chamber, sources: { chamber: 'footer' } };
    const r = cite('Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276.', identity);
    assert.equal((r.entities[0].value as { id: string }).id, 'ah-ek-20222023-3276');
  });
  it('aanhangsel "van de Handelingen" with a document number after it', () => {
    assert.deepEqual(summary('Aanhangsel van de Handelingen, vergaderjaar 2023–2024, nr. 76 (2023D39037)').map(e => [e[0], e[1], e[2].id]),
      [['aanhangsel', 'Aanhangsel van de Handelingen, vergaderjaar 2023–2024, nr. 76', 'ah-tk-20232024-76']]);
  });
  it('"Handelingen …, Aanhangsel, nr." is an aanhangsel, never also handelingen', () => {
    assert.deepEqual(summary('Handelingen II 2014/15, Aanhangsel, nr. 1242').map(e => [e[0], e[1]]), [['aanhangsel', 'Handelingen II 2014/15, Aanhangsel, nr. 1242']]);
  });
  it('aanhangsel list and Aanhangselnummer', () => {
    assert.deepEqual(summary('Aanhangsel Handelingen II 2014/15, nrs. 1241 en 1242').map(e => [e[1], e[2].number]),
      [['Aanhangsel Handelingen II 2014/15, nrs. 1241', '1241'], ['1242', '1242']]);
    assert.equal(summary('Aanhangsel Handelingen, vergaderjaar 2014-2015, Aanhangselnummer 1242')[0][2].number, '1242');
  });
});

describe('citations: negatives', () => {
  const negatives = [
    'Postbus 20018\n2500 EA Den Haag',
    'de (PNR)-richtlijn 2016/681, waarmee reisbewegingen',
    'resolutie VNVR 2178 van de Veiligheidsraad',
    'ISSN 0921-7371',
    'ISSN 0921 - 7371',
    'zaak 2016Z16492 en document 2024D26683',
    'HR 12 maart 2013, nr. 18 586',
    'Stb. 1855, 33',
    '1 januari 20133',
    'Dreigingsbeeld Terrorisme Nederland 44',
    'het fragment nr. 41, item 7 alleen',
    'no.2020000369, W01.20.0036/I',
    'de handelingen van de minister',
    'voorbereidingshandelingen gericht op het deelnemen',
    'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3',
    'In Kamerstukken 2015 staat niets',
    'Zie de kamerstukken over dit onderwerp.',
    'kst-36428-3',
    '(DTN nr. 32). De',
    'artikel 57 van de Politiewet 2012',
    'een bedrag van 25 000 euro',
    'Kamerstuk 29 754, nr. 325, 9 november 2015',
  ];
  for (const text of negatives.slice(0, -1)) {
    it(`nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text), []));
  }
  it('a date after the number is not a listed number', () => {
    assert.deepEqual(summary('Kamerstuk 29 754, nr. 325, 9 november 2015').map(e => e[1]), ['Kamerstuk 29 754, nr. 325']);
    assert.deepEqual(summary('Kamerstuk 29 754, nr. 325 en 3 brieven').map(e => e[1]), ['Kamerstuk 29 754, nr. 325']);
  });
  it('a year after a dossier-only citation is not its number', () => {
    assert.deepEqual(summary('(Kamerstuk 34 359, 2016)').map(e => [e[1], e[2].number]), [['Kamerstuk 34 359', null]]);
  });
  it('a lone compact id is too ambiguous', () => {
    assert.deepEqual(summary('code 12345-67 in het systeem'), []);
  });
});

describe('citations: malformed references', () => {
  const problems = (text: string) => cite(text).problems.map(p => [p.code, text.slice(p.start, p.end)]);
  it('nr. without a number: a problem on "nr.", the dossier still cited', () => {
    assert.deepEqual(problems('Kamerstuk 29 754, nr. en verder'), [['reference.malformed', 'nr.']]);
    assert.deepEqual(summary('Kamerstuk 29 754, nr.').map(e => [e[1], e[2].number]), [['Kamerstuk 29 754', null]]);
  });
  it('a dossier with an impossible shape after a label', () => {
    assert.deepEqual(problems('Kamerstuk 297540, nr. 5'), [['reference.malformed', '297540']]);
    assert.deepEqual(problems('Kamerstuk 2 9754, nr. 3'), [['reference.malformed', '2 9754']]);
    assert.deepEqual(summary('Kamerstuk 297540, nr. 5'), []);
  });
  it('session years that do not follow each other', () => {
    assert.deepEqual(problems('Kamerstukken II 2014/16, 29 754, nr. 5'), [['reference.malformed', '2014/16']]);
    const r = cite('Handelingen II 2014/16, nr. 41, item 7');
    assert.deepEqual(r.problems.map(p => p.code), ['reference.malformed']);
    assert.deepEqual([(r.entities[0].value as { session: null }).session, (r.entities[0].value as { id: null }).id], [null, null]);
  });
  it('stray digits after a labelled dossier', () => {
    assert.deepEqual(problems('Kamerstuk 2975 4, nr. 3'), [['reference.malformed', '2975 4']]);
  });
  it('a web footnote\'s number after a whole dossier is not a stray digit: the dossier-only citation stands', () => {
    // tweedekamer.nl prints each note's number on a line of its own, the body on the next.
    const text = 'zo blijkt uit onderzoek.\n1\nKamerstuk 36 228\n2\nBijlage bij Kamerstuk 17 050, nr. 612\n';
    assert.deepEqual(cite(text).entities.map(e => [e.text, (e.value as { id: string | null }).id]),
      [['Kamerstuk 36 228', null], ['Kamerstuk 17 050, nr. 612', 'kst-17050-612']]);
    assert.deepEqual(problems(text), []);
  });
  it('a typo in the session year: the aanhangsel is kept without session and id', () => {
    const r = cite('Zie ook Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 3276.');
    assert.deepEqual(r.problems.map(p => p.code), ['reference.malformed']);
    assert.deepEqual(r.entities.map(e => [e.text, e.value]), [['Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 3276', { chamber: 'II', session: null, number: '3276', id: null }]]);
  });
  it('Handelingen nr. without a number', () => {
    assert.deepEqual(problems('Handelingen II 2014/15, nr.'), [['reference.malformed', 'nr.']]);
  });
  it('no problem for prose that merely mentions the word', () => {
    assert.deepEqual(problems('Het kamerstuk 1 van de reeks en de Handelingen van gisteren'), []);
  });
});

describe('citations: robustness', () => {
  it('never throws on empty, binary or odd input', () => {
    for (const text of ['', '\u0000\u0001\uffff', 'Kamerstuk', 'Handelingen II', 'Aanhangsel', 'nr.', '12345-', 'Kamerstuk 29 754, nrs. 1,', '\ud800Kamerstuk 29 754']) {
      assert.doesNotThrow(() => cite(text));
    }
  });
  it('a long line of digits and commas yields nothing', () => {
    assert.deepEqual(cite('12345,'.repeat(50_000)).entities, []);
  });
  it('every span is the original text, offsets in the original', () => {
    const text = 'Zie 2Kamerstuk 29\u00a0754, \nnr. 406 en (Aanhangsel Hande-\nlingen II 2014/15, nr. 1241).';
    for (const e of cite(text).entities) assert.equal(text.slice(e.start, e.end), e.text);
  });
});

// The scans of round 3: five-digit dossiers found without the unicode look-behind (what is glued before read by
// character code), motie numbers and parenthesised dossiers in one pass. Expectations: the output before.
describe('citations: scans by character code', () => {
  it('takes an unlabelled dossier after a parenthesis or quote, not glued to a letter, digit or comma', () => {
    const text = '(é29 754, nr. 3) (29 754, nr. 4) x29 754, nr. 5; ,29 754, nr. 6 en \u201929 754, nr. 7';
    assert.deepEqual(summary(text), [
      ['kamerstuk', '29 754, nr. 4', kst('29754', null, '4')],
      ['kamerstuk', '29 754, nr. 7', kst('29754', null, '7')]]);
  });
  it('reads motie numbers and dossiers in parentheses in text order, a dossier once', () => {
    const text = 'Zij krijgt nr. 456 (36800-XVI). Zie ook (33240-VIII) en nr. 12 (34000-IV) (34000-IV)';
    assert.deepEqual(summary(text).map(([kind, span, value]) => [kind, span, value.id ?? value.dossier]), [
      ['kamerstuk', 'nr. 456 (36800-XVI)', 'kst-36800-XVI-456'], ['kamerstuk', '33240-VIII', '33240'],
      ['kamerstuk', 'nr. 12 (34000-IV)', 'kst-34000-IV-12'], ['kamerstuk', '34000-IV', '34000']]);
  });
});

describe('citations: the seed letters against the gold annotation', () => {
  const gold = JSON.parse(readFileSync(join(REPO, 'test/data/gold-seeds.json'), 'utf8')) as {
    files: Record<string, { entities: Array<{ kind: string; start: number; end: number; value: Record<string, unknown> }> }>;
  };
  const kinds = new Set(['kamerstuk', 'handelingen', 'aanhangsel']);
  for (const file of readdirSync(join(REPO, 'corpus')).filter(f => f.endsWith('.txt')).sort()) {
    it(`${file}: every running-text citation, exact span and value`, () => {
      const text = readFileSync(join(REPO, 'corpus', file), 'utf8');
      const got = analyseLetter(text, { path: file }).entities
        .filter(e => kinds.has(e.kind) && e.source === 'text')
        .map(e => ({ kind: e.kind, start: e.start, end: e.end, value: pick(e.value as unknown as Record<string, unknown>, e.kind) }));
      const expected = gold.files[file].entities
        .filter(e => kinds.has(e.kind) && e.value.self !== true)
        .map(e => ({ kind: e.kind, start: e.start, end: e.end, value: e.value }));
      assert.deepEqual(got, expected);
    });
  }
});

/** The value fields the gold records for a kind. */
function pick(value: Record<string, unknown>, kind: string): Record<string, unknown> {
  const keys = kind === 'kamerstuk' ? ['dossier', 'suffix', 'number', 'self'] : kind === 'handelingen' ? ['chamber', 'session', 'number', 'item'] : ['session', 'number'];
  return Object.fromEntries(keys.map(k => [k, value[k]]));
}

// Shapes met in real letters the rules had not seen (snippets written in their style, not copied).
describe('citations: forms from unseen real letters', () => {
  it('a label glued to its dossier still cites, when a number follows', () => {
    assert.deepEqual(summary('over de AOW-leeftijd (Kamerstuk31 207, nr. 52);'), [
      ['kamerstuk', 'Kamerstuk31 207, nr. 52', kst('31207', null, '52')],
    ]);
    // Without a number the glued digits are as likely a year or a typo: nothing.
    assert.deepEqual(summary('de Kamerstukken2016 en Kamerstuk31207 zijn'), []);
  });

  it('an Eerste Kamer letter number written with the word "letter"', () => {
    assert.deepEqual(summary('de brief over de uitwerking (EK 34 117, letter Q) en het verslag (EK 34 117, letter AB);'), [
      ['kamerstuk', '34 117, letter Q', kst('34117', null, 'Q')],
      ['kamerstuk', '34 117, letter AB', kst('34117', null, 'AB')],
    ]);
    assert.deepEqual(summary('zie Kamerstukken I 2018/19, 34 775, letter D.'), [
      ['kamerstuk', 'Kamerstukken I 2018/19, 34 775, letter D', kst('34775', null, 'D', { chamber: 'I', session: '2018-2019' })],
    ]);
    // "letter" before a word, or a Handelingen number, is no letter number.
    assert.deepEqual(summary('het rapport 41 200 letters telt, letter voor letter.'), []);
  });

  it('a singular "nr." heading a comma list that the parenthesis closes', () => {
    assert.deepEqual(summary('(Vergaderjaar 2012–2013, Kamerstuk 24 587, nr. 501, 499, 497).'), [
      ['kamerstuk', 'Kamerstuk 24 587, nr. 501', kst('24587', null, '501')],
      ['kamerstuk', '499', kst('24587', null, '499')],
      ['kamerstuk', '497', kst('24587', null, '497')],
    ]);
    // A year at the end of a comma list of small numbers is the citation's year, not a number.
    assert.deepEqual(summary('(Kamerstuk 24 587, nr. 51, 2013).'), [['kamerstuk', 'Kamerstuk 24 587, nr. 51', kst('24587', null, '51')]]);
    // Four-digit series keep their four-digit neighbours.
    assert.deepEqual(summary('(Kamerstuk 21 501-02, nr. 2014, 2015, 2016)').map(e => e[2].number), ['2014', '2015', '2016']);
  });

  it('a parenthesised dossier padded with spaces, as Handelingen pages print it', () => {
    assert.deepEqual(summary('voor het jaar 2017 ( 34550-XIII ).'), [['kamerstuk', '34550-XIII', kst('34550', 'XIII', null)]]);
  });

  it('a bill named by its dossier alone: in parentheses after its title, or after "wetsvoorstel"', () => {
    assert.deepEqual(summary('het wetsvoorstel Regels over de zorgtoeslag (Wet zorgtoeslag 2006) (30124); en verder.'), [
      ['kamerstuk', '30124', kst('30124', null, null)],
    ]);
    assert.deepEqual(summary('de stemmingen over wetsvoorstel 31476 uit te stellen en wetsvoorstel 32 015 (Invoeringswet) af te voeren.'), [
      ['kamerstuk', '31476', kst('31476', null, null)],
      ['kamerstuk', '32 015', kst('32015', null, null)],
    ]);
    // Not a bill: counts, amounts and numbers glued to more, a dossier with its number, an older five-digit number.
    assert.deepEqual(summary('er waren (27500) bezoekers, in totaal 28492 wetsvoorstellen, (€ 31000) en (18765).'), []);
    assert.deepEqual(summary('Het aantal(25000) steeg; wetsvoorstel 31476-12 en wetsvoorstel 31476/2 volgen.'), []);
    assert.deepEqual(summary('de motie over wetsvoorstel 30196 (30196, nr. 28)').map(e => e[1]), ['30196', '30196, nr. 28']);
  });

  it('a parenthesised dossier with a spaced number and a budget suffix (fund and chapter)', () => {
    assert.deepEqual(summary('de begroting van Defensie (31 200-X) en van het Diergezondheidsfonds (31 200-F) voor 2008'), [
      ['kamerstuk', '31 200-X', kst('31200', 'X', null)],
      ['kamerstuk', '31 200-F', kst('31200', 'F', null)],
    ]);
  });

  it('the label compound "Kamerstuknummer" belongs to the span', () => {
    assert.deepEqual(summary('De motie Jansen (Kamerstuknummer 30 872, nr. 41) is uitgevoerd.'), [
      ['kamerstuk', 'Kamerstuknummer 30 872, nr. 41', kst('30872', null, '41')],
    ]);
  });

  it('an Eerste Kamer stuk cited by its letter after the dossier, without "letter" or a comma', () => {
    assert.deepEqual(summary('zoals de brief aan de Kamer (Kamerstukken I 31 700 C) meldt, en Kamerstukken II 31 700 nr. 4.'), [
      ['kamerstuk', 'Kamerstukken I 31 700 C', kst('31700', null, 'C', { chamber: 'I' })],
      ['kamerstuk', 'Kamerstukken II 31 700 nr. 4', kst('31700', null, '4', { chamber: 'II' })],
    ]);
    // A budget's roman chapter stays a suffix; so does a hyphenated letter, and any letter in a Tweede Kamer citation.
    assert.deepEqual(summary('Kamerstukken I 31 700 VII; Kamerstukken I 31 700-F; Kamerstukken II 36 600 B.').map(e => [e[2].suffix, e[2].number]), [
      ['VII', null], ['F', null], ['B', null],
    ]);
  });

  it('a fund budget with a one-letter suffix in the header and the footer', () => {
    const letter = '36 410 C Vaststelling van de begrotingsstaat van het provinciefonds voor het jaar 2024\n\n'
      + 'Nr. 12 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\n\nTekst van de brief.\n'
      + 'Tweede Kamer, vergaderjaar 2023–2024, 36 410 C, nr. 12 2\n';
    const selves = analyseLetter(letter).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.source, (e.value as { id: string }).id]);
    assert.deepEqual(selves, [['header', 'kst-36410-C-12'], ['footer', 'kst-36410-C-12']]);
  });
});

describe('citations: round 4 (real national-security letters)', () => {
  it('a full stop typed for the comma before "nr." after a label still cites the number', () => {
    assert.deepEqual(summary('zoals toegezegd in het overleg over de dreiging (Kamerstuk 30 821. Nr. 64) en eerder (Kamerstuk 29 517. nr. 118).'), [
      ['kamerstuk', 'Kamerstuk 30 821. Nr. 64', kst('30821', null, '64')],
      ['kamerstuk', 'Kamerstuk 29 517. nr. 118', kst('29517', null, '118')],
    ]);
    // A sentence that ends after a dossier-only citation is not read on into the next one.
    assert.deepEqual(summary('Dit valt onder Kamerstuk 30 821. Nu volgt de rest.'), [['kamerstuk', 'Kamerstuk 30 821', kst('30821', null, null)]]);
    // Without a label a full stop ends the phrase: no citation.
    assert.deepEqual(summary('in totaal 30 821. Nr. 4 van de lijst'), []);
  });

  it('a bill\'s dossier in spaced parentheses after its title on a Handelingen page', () => {
    assert.deepEqual(summary('Aan de orde is de behandeling van:\n- het wetsvoorstel Regels over de bevoegdheden van de diensten (Wet inlichtingen 20..) ( 34588 ).\n'), [
      ['kamerstuk', '34588', kst('34588', null, null)],
    ]);
    // A count in spaced parentheses is none.
    assert.deepEqual(summary('Er kwamen ( 27500 ) bezoekers naar de zitting.'), []);
  });
});
