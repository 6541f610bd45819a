// Round 27 of the blind check on real texts: every family at once, on stukken of 2001–2021 of OCW, Defensie, Financiën,
// VWS, EZ(K), IenM/IenW and Buitenlandse Zaken (verslagen, letters, an answer to Kamervragen, a Senate voorlopig verslag).
// Missed blind: national institutes and EU and NATO bodies the gazetteer lacked (the Rathenau Instituut, Clingendael,
// Eurostat, the NATO Response Force, the EU Battlegroup, the student unions, the Eurogroup in lower case), a firm named
// with the German "büro", and the side of a month after a cue written before it ("van j.l. november"). With them the
// leftovers of earlier rounds: the NEa by its mixed-case acronym, "Maastricht UMC+" with its plus, and the ministry
// named by its abbreviation. Every snippet is written for the test; none is copied from a stuk.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { datesInLetterOf, orgs } from './recognised';

describe('round 27: institutes, EU and NATO bodies and student unions the gazetteer lacked', () => {
  it('the Rathenau Instituut, Clingendael and Eurostat by name, also in a compound and after "het"', () => {
    assert.deepEqual(orgs('Het Rathenau Instituut publiceerde cijfers; het Clingendael-rapport en Eurostat volgden.'), [
      ['Rathenau Instituut', 'RATHENAU'], ['Clingendael', 'CLINGENDAEL'], ['Eurostat', 'EUROSTAT'],
    ]);
    assert.deepEqual(orgs('Het Nederlands Instituut voor Internationale Betrekkingen Clingendael schreef het.'), [
      ['Nederlands Instituut voor Internationale Betrekkingen Clingendael', 'CLINGENDAEL'],
    ]);
  });

  it('the NATO Response Force and the EU Battlegroup are bodies of their own, not NATO and the EU', () => {
    assert.deepEqual(orgs('Nederland levert bijdragen aan de EU-Battlegroup, de NATO Response Force (NRF) en Frontex.'), [
      ['EU-Battlegroup', 'EU-BATTLEGROUP'], ['NATO Response Force', 'NRF'], ['NRF', 'NRF'], ['Frontex', 'FRONTEX'],
    ]);
    assert.deepEqual(orgs('De NAVO en de EU overleggen.').map(o => o[1]), ['NATO', 'EU']);
  });

  it('the student unions and the Vereniging Hogescholen by acronym; the student council by name only', () => {
    assert.deepEqual(orgs('De agenda van LSVb, ISO, VH en VSNU.').map(o => o[1]), ['LSVB', 'VH', 'VSNU']);
    assert.deepEqual(orgs('Het Interstedelijk Studenten Overleg schreef de Kamer.').map(o => o[1]), ['ISO-STUDENTEN']);
    assert.deepEqual(orgs('De norm ISO 27001 geldt.'), []);
  });

  it('bodies read blind under another id: DNB after a lower-case article, the Ecofin Council by its dossier title, KiM, Tcbb', () => {
    assert.deepEqual(orgs('de president van de Nederlandsche Bank en De Nederlandsche Bank (DNB)'), [
      ['Nederlandsche Bank', 'DNB'], ['De Nederlandsche Bank', 'DNB'], ['DNB', 'DNB'],
    ]);
    assert.deepEqual(orgs('Raad voor Economische en Financiële Zaken').map(o => o[1]), ['EU-ECOFIN']);
    assert.deepEqual(orgs('Het Kennisinstituut voor Mobiliteitsbeleid (KiM) en de Technische commissie bodembeweging (Tcbb).').map(o => o[1]), [
      'KIM', 'KIM', 'TCBB', 'TCBB',
    ]);
    assert.deepEqual(orgs('Kim de Vries en een bank.'), []);
  });

  it('the Eurogroup in lower case, as the verslagen write it; negative: the currency', () => {
    assert.deepEqual(orgs('het verslag van de eurogroep en de Ecofin-Raad').map(o => o[1]), ['EUROGROEP', 'EU-ECOFIN']);
    assert.deepEqual(orgs('de euro en een eurogroei'), []);
  });
});

describe('round 27: a firm named with the German "büro" defines its acronym', () => {
  it('"Ingenieurbüro X-Y (IHS)": the name and its acronym, as a "bureau" would', () => {
    assert.deepEqual(orgs('Het rapport van Ingenieurbüro Heitmann-Schulte (IHS) volgde. Het IHS adviseerde.'), [
      ['Ingenieurbüro Heitmann-Schulte', 'TEXT:IHS'], ['IHS', 'TEXT:IHS'], ['IHS', 'TEXT:IHS'],
    ]);
  });

  it('negative: a word that only contains "büro" inside it, a document named in parentheses', () => {
    assert.deepEqual(orgs('Het Bürokratieabbau-plan (BAP) en het Onderzoeksrapport Noord (ORN) liggen er.'), []);
  });
});

describe('round 27: the leftovers of earlier rounds', () => {
  it('"NEa" is the Nederlandse Emissieautoriteit, as written only: "NEA" and "nea" are other things', () => {
    assert.deepEqual(orgs('De NEa houdt toezicht op de emissiehandel.'), [['NEa', 'NEA']]);
    assert.deepEqual(orgs('Het rapport van de NEA van de OESO en de nea-regeling.'), [['OESO', 'OESO']]);
    assert.deepEqual(orgs('De Nederlandse Emissieautoriteit (NEa) en de NEa.').map(o => o[0]), [
      'Nederlandse Emissieautoriteit', 'NEa', 'NEa',
    ]);
  });

  it('"Maastricht UMC+" with its plus, and without it; a plus elsewhere breaks no name and joins none', () => {
    assert.deepEqual(orgs('Het Maastricht UMC+ en het Erasmus MC werken samen.'), [
      ['Maastricht UMC+', 'MUMC'], ['Erasmus MC', 'ERASMUS-MC'],
    ]);
    assert.deepEqual(orgs('Het Maastricht UMC, dat Maastricht UMC+ heet, en 65+ers.').map(o => o[0]), [
      'Maastricht UMC', 'Maastricht UMC+',
    ]);
    assert.deepEqual(orgs('De AIVD+ en de NCTV + de politie').map(o => o[0]), ['AIVD', 'NCTV', 'politie']);
  });

  it('a ministry named by its abbreviation after "ministerie van" is the ministry; after Minister or Staatssecretaris a role', () => {
    assert.deepEqual(orgs('Het ministerie van VenJ en het Ministerie van SZW overleggen.'), [
      ['ministerie van VenJ', 'MIN-JENV'], ['Ministerie van SZW', 'MIN-SZW'],
    ]);
    assert.deepEqual(orgs('De Minister van SZW en de Staatssecretaris van VenJ schrijven; VenJ betaalt.'), []);
  });
});

describe('round 27: a cue written before a yearless month', () => {
  const inMarch2001 = datesInLetterOf('2001-03-28');

  it('"van j.l. november" in a March letter is last November; "a.s. juni" is next June; the cue stays out of the span', () => {
    assert.deepEqual(inMarch2001('De bijeenkomst van j.l. november boekte weinig.'), [['november', { iso: '2000-11' }]]);
    assert.deepEqual(inMarch2001('De top van jl. december en die van a.s. juni.'), [
      ['december', { iso: '2000-12' }], ['juni', { iso: '2001-06' }],
    ]);
  });

  it('negative: the cue of a date before it, a month in capitals opening the next sentence, a month without a cue', () => {
    assert.deepEqual(inMarch2001('Op 3 juni jl. December is koud.'), [['3 juni jl.', { iso: '2000-06-03' }]]);
    assert.deepEqual(inMarch2001('In november was het druk.'), [['november', { iso: '2001-11' }]]);
  });
});

describe('round 27, batch 2: the year in an older budget bill\'s title', () => {
  const inJuly2007 = datesInLetterOf('2007-07-02');

  it('"Vaststelling begroting van het Ministerie van X (X) voor het jaar 2007" names the bill: its year is not reported', () => {
    assert.deepEqual(inJuly2007('Vaststelling begroting van het Ministerie van Defensie (X) voor het jaar 2007\n\nDen Haag, 2 juli 2007'), [
      ['2 juli 2007', { iso: '2007-07-02' }],
    ]);
    assert.deepEqual(inJuly2007('Vaststelling van de begrotingsstaat van het Gemeentefonds voor het jaar 2008.'), []);
  });

  it('negative: the year of a budget without the bill\'s title, or on the line after it, stays a year', () => {
    assert.deepEqual(inJuly2007('De defensiebegroting voor het jaar 2008 volgt.'), [['2008', { iso: '2008' }]]);
    assert.deepEqual(inJuly2007('Vaststelling begroting\nDe uitgaven voor het jaar 2008 stijgen.'), [['2008', { iso: '2008' }]]);
  });
});

describe('round 27: the year after an ordinal and "van" (round 26\'s leftover)', () => {
  const inApril2024 = datesInLetterOf('2024-04-09');

  it('"de eerste van 2024" (the first of the quarterly letters) is the year, also over a page break', () => {
    assert.deepEqual(inApril2024('Deze voortgangsbrief is de eerste van 2024 en volgt op die van december.').map(d => d[0]), ['2024', 'december']);
    assert.deepEqual(inApril2024('Het is de laatste van 2023.'), [['2023', { iso: '2023' }]]);
    const overAPage = 'Den Haag, 9 april 2024 \n\nDeze brief is de \neerste van \n\nTweede Kamer, vergaderjaar 2023–2024, 26 643, nr. 1149 1\n\n\n\n2024 en de volgende volgt in juli. \n';
    assert.deepEqual(analyseLetter(overAPage).entities.filter(e => e.kind === 'date').map(e => e.text), [
      '9 april 2024', 'vergaderjaar 2023–2024', '2024', 'juli',
    ]);
  });

  it('negative: a count after the ordinal, and "van" + year without an ordinal, stay unread', () => {
    assert.deepEqual(inApril2024('Dit is de eerste van 2024 leerlingen die slaagden.'), []);
    assert.deepEqual(inApril2024('Het is een van 2024 aanvragen en de brief van 2023 aanvragers.'), []);
  });
});
