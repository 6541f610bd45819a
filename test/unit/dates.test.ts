// The Dutch date recogniser on real snippets from the seed letters, plus the forms the guidelines name.
import { strict as assert } from 'node:assert';
import { recogniseDates, parseDutchDate } from '../../server/src/core/recognise/dates';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';
import type { LetterIdentity } from '../../server/src/core/types';

function recognise(text: string, identity: Partial<LetterIdentity> = {}) {
  const norm = normalize(text);
  return recogniseDates({ norm, layout: analyseLayout(text), identity: { ...emptyIdentity(), ...identity } });
}

/** [text, value] of every date entity. */
function dates(text: string, identity: Partial<LetterIdentity> = {}) {
  return recognise(text, identity).entities.map(e => [e.text, e.value]);
}

const LETTER_2015 = { date: '2015-01-14' };
const LETTER_2017 = { date: '2017-06-19' };

describe('dates: full dates', () => {
  it('reads the date line of a letter', () => {
    assert.deepEqual(dates('Den Haag, 14 januari 2015 \n\nNaar aanleiding van'), [['14 januari 2015', { iso: '2015-01-14' }]]);
  });
  it('keeps a line break inside the span ("6 november \\n2014")', () => {
    const text = 'op 30 juni 2014 en 6 november \n2014 heeft uw Kamer';
    assert.deepEqual(dates(text), [['30 juni 2014', { iso: '2014-06-30' }], ['6 november \n2014', { iso: '2014-11-06' }]]);
  });
  it('leaves a glued footnote digit out of the span ("20154inzake")', () => {
    const text = 'aan uw kamer \nvan 18 september 20154inzake de ontwikkeling';
    assert.deepEqual(dates(text), [['18 september 2015', { iso: '2015-09-18' }]]);
  });
  it('reads numeric dates', () => {
    assert.deepEqual(dates('de brief van 14-01-2015 aan'), [['14-01-2015', { iso: '2015-01-14' }]]);
  });
});

describe('dates: days and months without year', () => {
  it('takes the year from the letter date and explains it', () => {
    const [e] = recognise('De Europese Raad van 23 juni zal stilstaan', LETTER_2017).entities;
    assert.equal(e.text, '23 juni');
    assert.deepEqual(e.value, { iso: '2017-06-23' });
    assert.equal(e.explain, 'year from the letter date 2017-06-19');
  });
  it('resolves jl. to the most recent past occurrence and a.s. to the next one', () => {
    const text = 'Uw Kamer heeft op 6 juni jl. verzocht om een reactie op de maatregelen zoals deze door premier May zijn uitgesproken op 4 juni jongstleden. Op 11 juli a.s. komt de Raad bijeen.';
    const found = recognise(text, LETTER_2017).entities;
    assert.deepEqual(found.map(e => [e.text, e.value]), [
      ['6 juni jl.', { iso: '2017-06-06' }], ['4 juni jongstleden', { iso: '2017-06-04' }], ['11 juli a.s.', { iso: '2017-07-11' }],
    ]);
    assert.equal(found[0].explain, 'jl.: most recent 6 juni before 2017-06-19 → 2017-06-06');
  });
  it('crosses the year end: jl. in januari for a december date, a.s. in december for a januari date', () => {
    assert.deepEqual(dates('Op 29 december jl. sprak ik', LETTER_2015), [['29 december jl.', { iso: '2014-12-29' }]]);
    assert.deepEqual(dates('Op 5 januari a.s. spreek ik', { date: '2014-12-20' }), [['5 januari a.s.', { iso: '2015-01-05' }]]);
    assert.deepEqual(dates('Op 5 januari aanstaande spreek ik', { date: '2015-01-05' }), [['5 januari aanstaande', { iso: '2015-01-05' }]]);
  });
  it('leaves the weekday out of the span ("vrijdag 20 november a.s.")', () => {
    const text = 'Op vrijdag 20 november a.s. is er \neen extra EU JBZ-raad';
    const result = recognise(text, { date: '2015-11-16' });
    assert.deepEqual(result.entities.map(e => [e.text, e.value]), [['20 november a.s.', { iso: '2015-11-20' }]]);
    assert.deepEqual(result.problems, []);
  });
  it('reads an abbreviated month ("9 feb", "1 sept.")', () => {
    assert.deepEqual(dates('(Kamerstuk 19 637, nr. 2077) 9 feb over de ontwikkelingen', { date: '2015-11-20' }), [['9 feb', { iso: '2015-02-09' }]]);
    assert.deepEqual(dates('per 1 sept. 2015 geldt', {}), [['1 sept. 2015', { iso: '2015-09-01' }]]);
  });
  it('reads a bare month and "januari van dit jaar"', () => {
    assert.deepEqual(dates('Bij de JBZ-raad van \noktober zal ook', { date: '2014-06-30' }), [['oktober', { iso: '2014-10' }]]);
    assert.deepEqual(dates('de aanslagen in Parijs in januari van dit jaar. Tijdens', { date: '2015-11-20' }), [['januari van dit jaar', { iso: '2015-01' }]]);
  });
  it('does not read a capitalised month name without day or year as a date', () => {
    assert.deepEqual(dates('Actieplan Mei en Juni'), []);
  });
});

describe('dates: several days', () => {
  it('coordinated days share the month: one span, a list of days', () => {
    assert.deepEqual(dates('van 7 en 9 januari 2015 in Parijs'), [['7 en 9 januari 2015', { iso: ['2015-01-07', '2015-01-09'] }]]);
    assert.deepEqual(dates('(BZ en Defensie) van 16 en \n17 november kwamen', { date: '2015-11-20' }),
      [['16 en \n17 november', { iso: ['2015-11-16', '2015-11-17'] }]]);
  });
  it('a range lists its endpoints ("29–30 januari jl.", "11–13 juli a.s.")', () => {
    assert.deepEqual(dates('tijdens de informele JBZ-raad van 29–30 januari jl. in Riga', { date: '2015-02-10' }),
      [['29–30 januari jl.', { iso: ['2015-01-29', '2015-01-30'] }]]);
    assert.deepEqual(dates('Van 11–13 juli a.s. vindt', LETTER_2017), [['11–13 juli a.s.', { iso: ['2017-07-11', '2017-07-13'] }]]);
  });
  it('a date before "t/m" or "tot" takes the year of the date after it', () => {
    assert.deepEqual(dates('van 30 december tot 2 januari 2017 is het kantoor dicht', LETTER_2015),
      [['30 december', { iso: '2016-12-30' }], ['2 januari 2017', { iso: '2017-01-02' }]]);
  });
  it('two complete dates joined by "tot en met" are two spans', () => {
    assert.deepEqual(dates('in de periode maart 2013 tot en met mei 2014 zijn'), [['maart 2013', { iso: '2013-03' }], ['mei 2014', { iso: '2014-05' }]]);
  });
});

describe('dates: approximate dates', () => {
  it('includes the qualifier in the span', () => {
    assert.deepEqual(dates('de informele JBZ-raad eind januari \nzullen', LETTER_2015), [['eind januari', { iso: '2015-01', approx: true }]]);
    assert.deepEqual(dates('uiterlijk eind maart 2015 gereed'), [['eind maart 2015', { iso: '2015-03', approx: true }]]);
    assert.deepEqual(dates('Sinds medio 2014 vindt'), [['medio 2014', { iso: '2014', approx: true }]]);
    assert.deepEqual(dates('strategie die begin 2016 is voorzien'), [['begin 2016', { iso: '2016', approx: true }]]);
  });
  it('a season of a year starts at the article ("de zomer van 2014")', () => {
    assert.deepEqual(dates('Sinds de zomer van 2014 hebben aanslagen'), [['de zomer van 2014', { iso: '2014', approx: true }]]);
    assert.deepEqual(dates('in het eerste kwartaal van 2015 volgt'), [['het eerste kwartaal van 2015', { iso: '2015', approx: true }]]);
  });
});

describe('dates: bare years', () => {
  it('annotates a year after a preposition, without the preposition', () => {
    assert.deepEqual(dates('Sinds de NCTV het dreigingsniveau in 2013 verhoogde'), [['2013', { iso: '2013' }]]);
    assert.deepEqual(dates('met 25 miljoen euro per ingang van \n2015.'), [['2015', { iso: '2015' }]]);
    assert.deepEqual(dates('zoals we die in Nederland sinds 2005 beschrijven'), [['2005', { iso: '2005' }]]);
    assert.deepEqual(dates('Zie de Beleidsdoorlichting 25.1 (2011) naar het Actieplan'), [['2011', { iso: '2011' }]]);
  });
  it('does not annotate years inside names, titles and numbers', () => {
    assert.deepEqual(dates('de Nationale Contraterrorismestrategie 2011–2015 wordt daarom'), []);
    assert.deepEqual(dates('op grond van de artikel 57 van de Politiewet 2012 bijstand'), []);
    assert.deepEqual(dates('de passenger name record (PNR)-richtlijn 2016/681, waarmee'), []);
    assert.deepEqual(dates('Sanctieregeling terrorisme 2007-II zijn op dit moment'), []);
    assert.deepEqual(dates('de resolutie VNVR 2178 en in 2000 gevallen'), []);
    assert.deepEqual(dates('(Handelingen II 2014/15, nr. 41, item 7)'), []);
  });
});

describe('dates: session years', () => {
  it('reads "vergaderjaar 2015–2016" with its keyword', () => {
    assert.deepEqual(dates('Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 6'), [['vergaderjaar 2015–2016', { session: '2015-2016' }]]);
    assert.deepEqual(dates('Tweede Kamer, ver-\ngaderjaar 2013–2014, 29 754'), [['ver-\ngaderjaar 2013–2014', { session: '2013-2014' }]]);
  });
  it('reads a bare session year right after a cited kamerstuk', () => {
    assert.deepEqual(dates('Bijlage bij Kamerstuk 29 754, nr. 232 2012–2013.'), [['2012–2013', { session: '2012-2013' }]]);
  });
  it('leaves the session of a cited Handelingen to the citation', () => {
    assert.deepEqual(dates('Aanhangsel Handelingen, vergaderjaar \n2013–2014, nr. 1275.'), []);
  });
});

describe('dates: the letter year without a date line', () => {
  // 002: no header, footer or date line; it says "14 januari jl." and "eind maart 2015".
  const letter002 = 'Op 14 januari jl. heb ik u geïnformeerd. De Actieprogramma van 29 augustus jl. loopt. ' +
    'Het plan is uiterlijk eind maart 2015 gereed. Uw Kamer is op 30 juni 2014 geïnformeerd.';
  it('estimates the year from the latest full date and resolves jl. against it', () => {
    const found = recognise(letter002).entities;
    assert.deepEqual(found.map(e => [e.text, e.value]), [
      ['14 januari jl.', { iso: '2015-01-14' }], ['29 augustus jl.', { iso: '2014-08-29' }],
      ['eind maart 2015', { iso: '2015-03', approx: true }], ['30 juni 2014', { iso: '2014-06-30' }],
    ]);
    assert.match(found[1].explain ?? '', /the last day of 2015-03, the latest month named in the letter/);
  });
  it('keeps the estimate inside the session and moves it past a recent jl. date', () => {
    const text = 'Tweede Kamer, vergaderjaar 2015–2016. Brief van 11 november 2015. Op 14 november jl. sprak ik. ' +
      'Vrijdag 20 november a.s. vergadert de Raad, net als op 16 en 17 november. Op 9 februari 2015 sprak ik.';
    assert.deepEqual(dates(text).map(([t, v]) => [t, v]), [
      ['vergaderjaar 2015–2016', { session: '2015-2016' }], ['11 november 2015', { iso: '2015-11-11' }],
      ['14 november jl.', { iso: '2015-11-14' }], ['20 november a.s.', { iso: '2015-11-20' }],
      ['16 en 17 november', { iso: ['2015-11-16', '2015-11-17'] }], ['9 februari 2015', { iso: '2015-02-09' }],
    ]);
  });
  it('uses the session from the identity when nothing else is known', () => {
    assert.deepEqual(dates('op 12 november en 3 maart', { session: '2015-2016' }),
      [['12 november', { iso: '2015-11-12' }], ['3 maart', { iso: '2016-03-03' }]]);
  });
  it('writes day and month without a year when nothing tells the year', () => {
    assert.deepEqual(dates('op 12 november'), [['12 november', { iso: '--11-12' }]]);
  });
});

describe('dates: problems', () => {
  it('reports impossible dates and does not annotate them', () => {
    const result = recognise('op 31 februari 2015 en op 30 februari en 29 februari 2015', LETTER_2015);
    assert.deepEqual(result.entities, []);
    assert.deepEqual(result.problems.map(p => [p.code, 'op 31 februari 2015 en op 30 februari en 29 februari 2015'.slice(p.start, p.end)]), [
      ['date.impossible', '31 februari 2015'], ['date.impossible', '30 februari'], ['date.impossible', '29 februari 2015'],
    ]);
  });
  it('reports a day number no month has', () => {
    const result = recognise('op 32 januari 2015 sprak ik', LETTER_2015);
    assert.deepEqual(result.entities, []);
    assert.deepEqual(result.problems.map(p => p.code), ['date.impossible']);
  });
  it('accepts 29 februari in a leap year', () => {
    assert.deepEqual(dates('op 29 februari 2016'), [['29 februari 2016', { iso: '2016-02-29' }]]);
  });
  it('reports a weekday that contradicts the date, on the weekday only', () => {
    const text = 'op maandag 20 november 2015 vergadert';
    const result = recognise(text);
    assert.deepEqual(result.entities.map(e => e.text), ['20 november 2015']);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].code, 'date.weekday-mismatch');
    assert.equal(text.slice(result.problems[0].start, result.problems[0].end), 'maandag');
    assert.match(result.problems[0].message, /vrijdag/);
  });
});

describe('dates: not dates', () => {
  it('does not read a numbered item before a month name as a day', () => {
    assert.deepEqual(dates('zie bijlage 3 mei-herdenking en artikel 5 juni', LETTER_2015), []);
  });
  it('reads a capitalised abbreviated month only with a year ("9 Jan 2015", not "Jan")', () => {
    assert.deepEqual(dates('op 9 Jan 2015 en met 9 Jan de Vries', LETTER_2015), [['9 Jan 2015', { iso: '2015-01-09' }]]);
  });
  it('ignores relative dates, durations and clock times', () => {
    const text = 'Afgelopen vrijdag en afgelopen zondag, gisteren om 12.00u, deze zomer en de afgelopen maanden, de komende jaren.';
    assert.deepEqual(dates(text), []);
  });
  it('never throws on odd input and stays fast on a huge single line', () => {
    for (const text of ['', '\u0000\u0001\uFFFD', '31 ', 'januari', '2015–', 'vergaderjaar 2015–2016 nr.']) assert.doesNotThrow(() => recognise(text));
    const huge = '1, 2, 3 en 4 '.repeat(40_000) + 'in 2015 en 2016 '.repeat(20_000) + '29 '.repeat(100_000) + 'x'.repeat(500_000);
    assert.ok(recognise(huge).entities.length > 0);
  });
});

describe('dates: years in calendar phrases with van and over (challenge letters)', () => {
  it('reads a bare year after "de loop van", "ten opzichte van" and "over" (ch01, ch06, ch03)', () => {
    assert.deepEqual(dates('voortgangsrapportage. In de loop van 2010 zal ik u informeren'), [['2010', { iso: '2010' }]]);
    assert.deepEqual(dates('55 procent in 2030 ten opzichte van 1990, met het beleid'), [['2030', { iso: '2030' }], ['1990', { iso: '1990' }]]);
    assert.deepEqual(dates('heeft in haar verantwoordingsonderzoek over 2018 op 15 mei 2019 onvolkomenheden'), [['2018', { iso: '2018' }], ['15 mei 2019', { iso: '2019-05-15' }]]);
  });
  it('reads "van 2012 tot 2014" as two years', () => {
    assert.deepEqual(dates('de aanpak liep van 2012 tot 2014 in vier regio’s'), [['2012', { iso: '2012' }], ['2014', { iso: '2014' }]]);
  });
  it('reads no year after van/over in a title, an article number or a count', () => {
    const none = ['de Wet herziening van 2012 is van kracht', 'artikel 3 van 2012', 'de brief over 2000 asielzoekers', 'het Besluit van 2012 tot wijziging'];
    for (const text of none) assert.deepEqual(dates(text), [], text);
  });
});

describe('dates: year ranges after period words (ch01)', () => {
  it('reads "de periode 2005–2008" as one date with both endpoint years', () => {
    assert.deepEqual(dates('hun gegevens over de periode 2005–2008 ter \nbeschikking gesteld'), [['2005–2008', { iso: ['2005', '2008'] }]]);
    assert.deepEqual(dates('in de jaren 2011-2015 is'), [['2011-2015', { iso: ['2011', '2015'] }]]);
  });
  it('leaves ranges in names, school years and numbers alone', () => {
    const none = ['de Nationale Contraterrorismestrategie 2011–2015 en', 'tot en met het schooljaar 2011–2012', 'het MFK 2021–2027', 'richtlijn 2016/681', 'de periode 2016/681'];
    for (const text of none) assert.deepEqual(dates(text), [], text);
  });
  it('keeps a session year a session ("vergaderjaar 2015–2016")', () => {
    assert.deepEqual(dates('Tweede Kamer, vergaderjaar 2015–2016, 29 754'), [['vergaderjaar 2015–2016', { session: '2015-2016' }]]);
  });
});

describe('dates: a yearless period running over new year (ch05)', () => {
  it('puts "eind december tot eind januari" in a February 2021 letter in December 2020', () => {
    const text = 'hun testcapaciteit in de periode van eind december tot eind januari uitgebreid';
    assert.deepEqual(dates(text, { date: '2021-02-12' }), [['eind december', { iso: '2020-12', approx: true }], ['eind januari', { iso: '2021-01', approx: true }]]);
  });
  it('keeps both in one year when the months are in order ("maart tot juni")', () => {
    assert.deepEqual(dates('van maart tot juni wordt getest', { date: '2021-02-12' }), [['maart', { iso: '2021-03' }], ['juni', { iso: '2021-06' }]]);
  });
});

// The scans skip most of the text (month words only after a non-letter and "maa" only before "rt", day lists
// only back to a character no day list holds, weekdays only after "dag", numeric dates from the year scan).
// The expectations are the output of the plain grammar before those shortcuts.
describe('dates: the shortcuts of the scans', () => {
  const LETTER = { date: '2015-06-01' };
  it('reads maart among maar and maatregelen, in any case', () => {
    assert.deepEqual(dates('in maart, maar niet met de maatregelen van maart 2015 of MAART 2016', LETTER), [
      ['maart', { iso: '2015-03' }], ['maart 2015', { iso: '2015-03' }], ['MAART 2016', { iso: '2016-03' }]]);
  });
  it('finds day lists after numbers and numbered items earlier in the sentence', () => {
    assert.deepEqual(dates('zie nr. 5 juni 2015, de 1997 bezoekers op 12 mei 2014 en 2014: 3 en 4 juni 2015', LETTER), [
      ['12 mei 2014', { iso: '2014-05-12' }], ['3 en 4 juni 2015', { iso: ['2015-06-03', '2015-06-04'] }]]);
  });
  it('checks weekdays written with and without "de", in capitals', () => {
    const text = 'op woensdag de 3 maart 2015 en ZATERDAG 2 maart, vrijdagdag 4 maart 2015';
    const { entities, problems } = recognise(text, LETTER);
    assert.deepEqual(entities.map(e => [e.text, e.value]), [
      ['3 maart 2015', { iso: '2015-03-03' }], ['2 maart', { iso: '2015-03-02' }], ['4 maart 2015', { iso: '2015-03-04' }]]);
    assert.deepEqual(problems.map(p => [p.code, text.slice(p.start, p.end)]), [
      ['date.weekday-mismatch', 'woensdag'], ['date.weekday-mismatch', 'ZATERDAG']]);
  });
  it('reads numeric dates between bare years, not inside longer numbers', () => {
    assert.deepEqual(dates('op 1.12.2015, 3/2/2016 en 31-12-1999; niet 1.12.20151, 12-13-2015, 2016-01-01 of 0-1-2015', LETTER), [
      ['1.12.2015', { iso: '2015-12-01' }], ['3/2/2016', { iso: '2016-02-03' }], ['31-12-1999', { iso: '1999-12-31' }]]);
    assert.deepEqual(dates('in 2014, 2015 en 2016; de brief van 1-2-2015 en 1-2-2015-3 of 10.10.2010.', LETTER), [
      ['2014', { iso: '2014' }], ['2015', { iso: '2015' }], ['2016', { iso: '2016' }],
      ['1-2-2015', { iso: '2015-02-01' }], ['1-2-2015', { iso: '2015-02-01' }], ['10.10.2010', { iso: '2010-10-10' }]]);
  });
  it('reads a month word with the Kelvin sign as the grammar folds it', () => {
    assert.deepEqual(dates('1 ſeptember 2015, 3 o\u212atober 2016 en 4 auguſtus 2017', LETTER), [['3 o\u212atober 2016', { iso: '2016-10-03' }]]);
  });
});

// Round 3 of the scans: words before a day list, cues after a month and what follows a bare year are read by
// character code where that settles them. The expectations are the output of the grammar before this round.
describe('dates: character-code checks around the regexes', () => {
  const LETTER = { date: '2015-06-01' };
  it('skips days after numbering words only (nr., artikel, blz., p), also before NBSP and in capitals', () => {
    const text = 'zie artikel 3 mei 2015, nr.\u00a05 juni, blz. 7 juli, p 8 augustus 2015, op 9 september 2015, ' +
      'xartikel 10 oktober 2015 en Hoofdstuk 11 november 2015';
    assert.deepEqual(dates(text, LETTER), [['9 september 2015', { iso: '2015-09-09' }], ['10 oktober 2015', { iso: '2015-10-10' }]]);
  });
  it('reads jl., a.s. and "van vorig jaar" in any case and after NBSP, and nothing else after a month', () => {
    assert.deepEqual(dates('op 5 mei jl., 6 mei A.S., 7 mei van vorig jaar, 8 mei Jongstleden, 9 mei\u00a0jl. en 10 mei vandaag', LETTER), [
      ['5 mei jl.', { iso: '2015-05-05' }], ['6 mei A.S.', { iso: '2016-05-06' }], ['7 mei van vorig jaar', { iso: '2014-05-07' }],
      ['8 mei Jongstleden', { iso: '2015-05-08' }], ['9 mei\u00a0jl.', { iso: '2015-05-09' }], ['10 mei', { iso: '2015-05-10' }]]);
  });
  it('reads what follows a bare year: counts after NBSP, glued letters, ranges closed or not, sessions', () => {
    const text = 'in 2000\u00a0mensen, in 2001 mensen, in 2015é, de periode 2005–2008é, de periode 2005–2008, ' +
      'in 20154inzake, in 20155 en in 2016/17 of 2016\u00a0–\u00a02017';
    assert.deepEqual(dates(text, LETTER), [['2015', { iso: '2015' }], ['2005–2008', { iso: ['2005', '2008'] }], ['2015', { iso: '2015' }]]);
  });
});

describe('parseDutchDate', () => {
  it('parses a letter date', () => {
    assert.equal(parseDutchDate('19 juni 2017'), '2017-06-19');
    assert.equal(parseDutchDate('Den Haag, 14 januari\n 2015'), '2015-01-14');
    assert.equal(parseDutchDate('1 sept. 2015'), '2015-09-01');
  });
  it('returns null for no date, a date without year and an impossible date', () => {
    assert.equal(parseDutchDate(''), null);
    assert.equal(parseDutchDate('19 juni'), null);
    assert.equal(parseDutchDate('31 februari 2015'), null);
    assert.equal(parseDutchDate(undefined as unknown as string), null);
  });
});

describe('dates: rules from real letters the recognisers had not seen', () => {
  it('reads a year after "richting" as a year', () => {
    assert.deepEqual(dates('Richting 2030 gaan de normen stap voor stap omlaag.', LETTER_2015), [['2030', { iso: '2030' }]]);
  });
  it('does not read the year inside an EU document number', () => {
    assert.deepEqual(dates('het voorstel COM (2018) 640 en het werkdocument SWD(2019) 12 van de Commissie (2019)', LETTER_2015), [['2019', { iso: '2019' }]]);
  });
});

describe('dates: rules from a second round of unseen real letters (2001-2023)', () => {
  it('estimates an undated budget answer in the year before its budget year, not from a year it looks ahead to', () => {
    const text = 'Antwoorden bij de begrotingsstaten voor het jaar 2009. De premie blijft tot 2011 gekoppeld; sinds 2006 ' +
      'publiceren wij de lijsten. Ik kom begin december a.s. met een standpunt dat de Commissie op 18 november a.s. uitbrengt.';
    assert.deepEqual(dates(text), [
      ['2009', { iso: '2009' }], ['2011', { iso: '2011' }], ['2006', { iso: '2006' }],
      ['begin december a.s.', { iso: '2008-12', approx: true }], ['18 november a.s.', { iso: '2008-11-18' }],
    ]);
  });
  it('reads a year range standing alone in parentheses as a period', () => {
    assert.deepEqual(dates('In die jaren (1991–1999) kwamen er twaalf bij.', LETTER_2015), [['1991–1999', { iso: ['1991', '1999'] }]]);
  });
  it('reads a quarter written with a numeral', () => {
    assert.deepEqual(dates('een overzicht over het 2e kwartaal 2016 volgt', LETTER_2017), [['het 2e kwartaal 2016', { iso: '2016', approx: true }]]);
  });
});

describe('dates: real letters of the foreign affairs and mission letters (round 5)', () => {
  it('reads no month in a day that recurs every year, but the year and the dates around it', () => {
    const text = 'Uw Kamer ontvangt jaarlijks op de tweede dinsdag in mei een evaluatie over het jaar 2016; de begroting ' +
      'volgt op de derde dinsdag van september. In mei besluit de Raad.';
    assert.deepEqual(dates(text, LETTER_2017), [['2016', { iso: '2016' }], ['mei', { iso: '2017-05' }]]);
  });
});

describe('dates: periods of months and ranges over two months', () => {
  it('reads two months of one year joined by a dash as one period, its endpoints listed', () => {
    assert.deepEqual(dates('Over de periode juli-december 2008 en over januari – maart 2009 volgt een rapportage.'), [
      ['juli-december 2008', { iso: ['2008-07', '2008-12'] }],
      ['januari – maart 2009', { iso: ['2009-01', '2009-03'] }],
    ]);
  });
  it('puts the first month of a period over the new year in the year before, and takes a missing year from the letter', () => {
    assert.deepEqual(dates('In de winter, november-februari 2010, en van maart-mei loopt de proef.', LETTER_2015), [
      ['november-februari 2010', { iso: ['2009-11', '2010-02'] }],
      ['maart-mei', { iso: ['2015-03', '2015-05'] }],
    ]);
  });
  it('reads no period in a compound or a title in capitals, and two dates where days over two months are joined', () => {
    assert.deepEqual(dates('Het mei-overleg en de Juli-December-editie.', LETTER_2015), []);
    assert.deepEqual(dates('De missie liep van 29 april – 2 mei 2014.'), [['29 april', { iso: '2014-04-29' }], ['2 mei 2014', { iso: '2014-05-02' }]]);
  });
});
