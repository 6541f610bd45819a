// Round 6 of the blind check on real letters (health care, education, infrastructure, energy, agriculture,
// housing, finance, social affairs): the rules it added for organisations, acronyms and dates. Every snippet
// is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';
import { findAcronymDefinitions } from '../../server/src/core/recognise/acronyms';


const dates = datesInLetterOf('2021-03-01');

describe('round 6: organisations', () => {
  it('reads a name before a footnote marker glued to the full stop ("door DNB.1 Het")', () => {
    assert.deepEqual(orgs('Dat concludeert de toezichthouder DNB.1 Het rapport volgt.'), [['DNB', 'DNB']]);
    assert.deepEqual(orgs('Zo adviseerde de Raad van State.12\nDaarom'), [['Raad van State', 'RVS']]);
  });
  it('still leaves a name in a domain or a dotted number alone ("www.rivm.nl", "RIVM.2.1")', () => {
    assert.deepEqual(orgs('Zie www.rivm.nl en paragraaf RIVM.2.1 van de bijlage.'), []);
  });
  it('leaves the plural of an acronym written with -en out ("de GGD’en"), as "de IRU’s"', () => {
    assert.deepEqual(orgs('De GGD’en en de GGD in de regio.'), [['GGD', 'GGD']]);
  });
  it('names a standing committee by the portfolio’s acronym ("de Kamercommissie voor I&W")', () => {
    assert.deepEqual(orgs('Morgen spreekt de Kamercommissie voor I&W en de commissie voor VWS hierover.'),
      [['Kamercommissie voor I&W', 'TK-COM-IENW'], ['commissie voor VWS', 'TK-COM-VWS']]);
  });
  it('knows bodies that recur in the letters of these departments', () => {
    const text = 'Het Lisv, het Bureau ICT-toetsing, de Wetenschappelijke klimaatraad, Luchtverkeersleiding Nederland, ' +
      'DB Cargo, het COELO, ResearchNed, CHEPS, GasTerra, de Nationaal Coördinator Groningen, het Zorginstituut en ' +
      'Wageningen University & Research.';
    assert.deepEqual(orgs(text).map(([, id]) => id),
      ['LISV', 'ADVIESCOLLEGE-ICT', 'WKR', 'LVNL', 'DB-CARGO', 'COELO', 'RESEARCHNED', 'CHEPS', 'GASTERRA', 'NCG', 'ZIN', 'WUR']);
  });
});

describe('round 6: acronyms with the head noun of their long form', () => {
  it('pairs "Landelijke Toets Groep (LTG Groep)" and finds the later uses', () => {
    const pairs = findAcronymDefinitions('De Landelijke Toets Groep (LTG Groep) meldt dit.');
    assert.deepEqual(pairs.map(p => [p.short, p.long]), [['LTG Groep', 'Landelijke Toets Groep']]);
    assert.deepEqual(orgs('De Landelijke Toets Groep (LTG Groep) meldt dit. Ook de LTG Groep stemt in.'),
      [['Landelijke Toets Groep', 'TEXT:LTG GROEP'], ['LTG Groep', 'TEXT:LTG GROEP'], ['LTG Groep', 'TEXT:LTG GROEP']]);
  });
  it('needs the long form to end in that head noun', () => {
    assert.deepEqual(findAcronymDefinitions('De Landelijke Toets Raad (LTR Groep) meldt dit.'), []);
  });
});

describe('round 6: dates', () => {
  it('reads years listed after "de jaren", not a decade alone', () => {
    assert.deepEqual(dates('Over de jaren 2016 en 2017 is gemonitord; in de jaren 1996, 1997 en 1998 ook. In de jaren 2000 niet.'), [
      ['2016', { iso: '2016' }], ['2017', { iso: '2017' }],
      ['1996', { iso: '1996' }], ['1997', { iso: '1997' }], ['1998', { iso: '1998' }],
    ]);
  });
  it('reads a year after "over" before a past participle ("heeft over 2019 geconstateerd")', () => {
    assert.deepEqual(dates('De inspectie heeft over 2019 geconstateerd dat het beter ging. Over 2000 gedetineerden.'),
      [['2019', { iso: '2019' }]]);
  });
  it('gives a year listed after an approximate one the same approximation ("het najaar van 2018 en 2019")', () => {
    assert.deepEqual(dates('U hoort in het najaar van 2018 en 2019 meer; van medio 2018 tot 2019 loopt het.'), [
      ['het najaar van 2018', { iso: '2018', approx: true }], ['2019', { iso: '2019', approx: true }],
      ['medio 2018', { iso: '2018', approx: true }], ['2019', { iso: '2019' }],
    ]);
  });
});
