// Round 28 of the blind check on real texts: every family at once, on stukken of 1997–2008 and 2023–2026 of LNV/LVVN,
// AZ, Koninkrijksrelaties, Asiel en Migratie, Financiën and the Rekenkamer, BZ's EU letters (geannoteerde agenda's and
// verslagen of the Raad Algemene Zaken en Externe Betrekkingen, the Algemene Raad and the Europese Raad), a BNC fiche's
// verslag and a Raad van State advice. Missed blind: bodies under their older names (the LNV ministry before 2003, the
// Kabinet der Koningin, the EU's General Affairs Council as "Algemene Raad" and "RAZEB"), the Caribbean coast guard by
// its full name, the soy round table, a general committee of the House, the civil service read as a body, two days
// joined by a slash or with a weekday between them, and a year ending a paragraph after "over". Every snippet is
// written for the test; none is copied from a stuk.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';
import { recogniseDates } from '../../server/src/core/recognise/dates';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';

describe('round 28: bodies under their older names and full names', () => {
  it('the LNV ministry of 1994–2003 and the Kabinet der Koningin under "van de Koningin"', () => {
    assert.deepEqual(orgs('Het Ministerie van Landbouw, Natuurbeheer en Visserij en het Kabinet van de Koningin schreven.'), [
      ['Ministerie van Landbouw, Natuurbeheer en Visserij', 'MIN-LNV'], ['Kabinet van de Koningin', 'KDK'],
    ]);
  });

  it('the EU General Affairs (and External Relations) Council of 1999–2009, by its names and acronym', () => {
    assert.deepEqual(orgs('De Raad Algemene Zaken en Externe Betrekkingen (RAZEB) bereidt de Europese Raad voor; de RAZEB besloot.'), [
      ['Raad Algemene Zaken en Externe Betrekkingen', 'EU-RAZEB'], ['RAZEB', 'EU-RAZEB'], ['Europese Raad', 'EUROPESE-RAAD'], ['RAZEB', 'EU-RAZEB'],
    ]);
    assert.deepEqual(orgs('De geannoteerde agenda van de Algemene Raad van 12/13 juni.').map(o => o[1]), ['EU-RAZEB']);
    // The council of today keeps its own id.
    assert.deepEqual(orgs('De Raad Algemene Zaken van 16 december.').map(o => o[1]), ['EU-RAAD-AZ']);
  });

  it('the Caribbean coast guard by its full name, and the soy round table by name and acronym', () => {
    assert.deepEqual(orgs('het jaarplan van de Kustwacht voor het Koninkrijk der Nederlanden in het Caribisch gebied'), [
      ['Kustwacht voor het Koninkrijk der Nederlanden in het Caribisch gebied', 'KUSTWACHT-CARIB'],
    ]);
    assert.deepEqual(orgs('De Round Table on Responsible Soy (RTRS) vergaderde; de RTRS besloot.').map(o => o[1]), ['RTRS', 'RTRS', 'RTRS']);
  });

  it('a general committee of the House is the standing committee of its subject, in either case', () => {
    assert.deepEqual(orgs('Aan de Voorzitter van de Algemene Commissie voor Europese Zaken en de algemene commissie voor Europese Zaken.'), [
      ['Algemene Commissie voor Europese Zaken', 'TK-COM-EUZA'], ['algemene commissie voor Europese Zaken', 'TK-COM-EUZA'],
    ]);
  });

  it('"de Rijksdienst", the civil service, is no body; a Rijksdienst with its remit is', () => {
    assert.deepEqual(orgs('Het experiment in het kader van de vernieuwing van de Rijksdienst loopt.'), []);
    assert.deepEqual(orgs('De Rijksdienst voor Ondernemend Nederland voert het uit.').map(o => o[1]), ['RVO']);
  });
});

describe('round 28: dates', () => {
  const inApril1999 = datesInLetterOf('1999-04-16');

  it('two days joined by a slash are one span with both days, as "26-27 april" is', () => {
    assert.deepEqual(inApril1999('De Algemene Raad van 26/27 april 1999 en van 26/27 april a.s.'), [
      ['26/27 april 1999', { iso: ['1999-04-26', '1999-04-27'] }], ['26/27 april a.s.', { iso: ['1999-04-26', '1999-04-27'] }],
    ]);
    // A year's slash is no day list: the session year before a month stays out of it.
    assert.deepEqual(inApril1999('In 1998/99 april als maand.'), [['april', { iso: '1999-04' }]]);
  });

  it('two months joined by a slash are one period, as "maart-april 2026" is; a slash glued before a month is not read', () => {
    assert.deepEqual(datesInLetterOf('2026-02-05')('Het rapport wordt verwacht in maart/april 2026, niet in Q1/maart.'), [
      ['maart/april 2026', { iso: ['2026-03', '2026-04'] }],
    ]);
  });

  it('a weekday between coordinated days stays inside the span; the first day keeps its own weekday out', () => {
    assert.deepEqual(datesInLetterOf('1999-10-08')('De Raad stond voor maandag 18 en dinsdag 19 oktober 1999 geagendeerd.'), [
      ['18 en dinsdag 19 oktober 1999', { iso: ['1999-10-18', '1999-10-19'] }],
    ]);
  });

  it('a year after "over" at the end of a paragraph (a heading) is a year; a count on the same line is not', () => {
    const inAugust1997 = datesInLetterOf('1997-08-29');
    assert.deepEqual(inAugust1997('1. Verzoek dechargeverlening over 1996\n\nOp grond van artikel 68 bied ik u aan.'), [
      ['1996', { iso: '1996' }],
    ]);
    assert.deepEqual(inAugust1997('Het ging over 2000\nasielzoekers.'), []);
  });

  it('without a letter date, "a.s." shortly before the latest date named lies in its year: the letter looks ahead to it', () => {
    // No date line: the clock is estimated from the latest date named, a meeting ahead (25 oktober 2002).
    const undated = (text: string) => recogniseDates({ norm: normalize(text), layout: analyseLayout(text), identity: emptyIdentity() })
      .entities.map(e => [e.text, e.value]);
    assert.deepEqual(undated('De Raad van 30 september a.s. bereidt de Europese Raad van 24-25 oktober 2002 voor; de Raad van 22 oktober a.s. ook.'), [
      ['30 september a.s.', { iso: '2002-09-30' }], ['24-25 oktober 2002', { iso: ['2002-10-24', '2002-10-25'] }], ['22 oktober a.s.', { iso: '2002-10-22' }],
    ]);
    // Long before the latest date named, "a.s." is the next one after it, as before.
    assert.deepEqual(undated('De top van 24 oktober 2002 en de Raad van 3 maart a.s.').map(d => d[1]), [{ iso: '2002-10-24' }, { iso: '2003-03-03' }]);
  });
});

describe('round 28: leftovers of round 27 (bodies that recur across letters, read under TEXT: ids before)', () => {
  it('the Joint Expeditionary Force by name and acronym, also without a definition', () => {
    assert.deepEqual(orgs('Nederland neemt deel aan de Joint Expeditionary Force; de JEF oefende.'), [
      ['Joint Expeditionary Force', 'JEF'], ['JEF', 'JEF'],
    ]);
  });

  it('the EU budget council is the Ecofin Council in its budget composition; a municipal begrotingsraad is not', () => {
    assert.deepEqual(orgs('De Ecofin-Begrotingsraad en de Begrotingsraad van 13 november.'), [
      ['Ecofin-Begrotingsraad', 'EU-ECOFIN'], ['Begrotingsraad', 'EU-ECOFIN'],
    ]);
    assert.deepEqual(orgs('De gemeentelijke begrotingsraad vergaderde.'), []);
  });
});

