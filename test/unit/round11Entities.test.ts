// Round 11 of the blind check on real letters (Financiën with DNB, AFM, Belastingdienst and the toeslagen recovery; LNV
// with the NVWA; Volkshuisvesting; Koninkrijksrelaties; Klimaat en Groene Groei; Asiel en Migratie, 2012–2025) and the
// two cases earlier rounds left (the lower-case "marechaussee", a footnote marker glued to a bare year without a footnote
// body): the rules it added for organisations, acronyms and dates. Every snippet is written for the test; none is copied
// from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';

const dates = datesInLetterOf('2024-03-15');

describe('round 11: "de marechaussee" in lower case', () => {
  it('the word alone is the Koninklijke Marechaussee, as "politie" is the police', () => {
    assert.deepEqual(orgs('Aan de grens controleert de marechaussee de reizigers; politie en marechaussee werken samen.'), [
      ['marechaussee', 'KMAR'],
      ['politie', 'POLITIE'],
      ['marechaussee', 'KMAR'],
    ]);
  });

  it('the full name keeps its span; the word after it is not read again', () => {
    assert.deepEqual(orgs('Bij de Koninklijke marechaussee zijn de taken verdeeld.'), [['Koninklijke marechaussee', 'KMAR']]);
  });

  it('negative: officers (plural, "een", "elke"), compounds and a web address are not the body', () => {
    assert.deepEqual(orgs('Drie marechaussees en een marechaussee in opleiding; elke marechaussee draagt een kaart.'), []);
    assert.deepEqual(orgs('De marechausseebrigade en de marechaussee-eenheden staan op www.marechaussee.nl vermeld.'), []);
  });
});

describe('round 11: a footnote marker glued to a bare year, no footnote body', () => {
  it('a calendar word before, a word after that cannot be counted: the year without the marker', () => {
    assert.deepEqual(dates('Het plan is in 20183 vastgesteld. Sinds 201912, toen het begon, loopt het.'), [
      ['2018', { iso: '2018' }],
      ['2019', { iso: '2019' }],
    ]);
  });

  it('negative: a number followed by what it counts, or without a calendar word, stays a number', () => {
    assert.deepEqual(dates('Het ging in 20184 gevallen mis. Zij verwerkten 20184 aanvragen.'), []);
  });
});

describe('round 11: dates as the letters of 2012–2025 write them', () => {
  it('a quarter written "Q3 2023" is an approximate year; "Q1" without a year is none', () => {
    assert.deepEqual(dates('De regeling opent in Q3 2023 en sluit in Q1 2025. De rapportage over Q1 volgt.'), [
      ['Q3 2023', { iso: '2023', approx: true }],
      ['Q1 2025', { iso: '2025', approx: true }],
    ]);
  });

  it('"as." written without its first dot is "a.s."', () => {
    assert.deepEqual(dates('Het overleg vindt op 12 april as. plaats.'), [['12 april as.', { iso: '2024-04-12' }]]);
  });

  it('negative: "as" without the dot, or after no date, is no cue', () => {
    assert.deepEqual(dates('Op 12 april as we agreed. De as. van de weg.'), [['12 april', { iso: '2024-04-12' }]]);
  });

  it('a month with "vorig jaar", "dit jaar" or "volgend jaar", with or without "van"', () => {
    assert.deepEqual(dates('Sinds juni vorig jaar, in mei dit jaar en in januari van volgend jaar.'), [
      ['juni vorig jaar', { iso: '2023-06' }],
      ['mei dit jaar', { iso: '2024-05' }],
      ['januari van volgend jaar', { iso: '2025-01' }],
    ]);
  });

  it('negative: "vorig jaar" after no month is no date', () => {
    assert.deepEqual(dates('Vorig jaar en dit jaar is het plan uitgevoerd.'), []);
  });

  it('"de periode 2024 tot en met 2030": both years', () => {
    assert.deepEqual(dates('In de periode 2024 tot en met 2030 worden woningen gebouwd.'), [
      ['2024', { iso: '2024' }],
      ['2030', { iso: '2030' }],
    ]);
  });

  it('negative: a year after "periode" that opens no period is not read', () => {
    assert.deepEqual(dates('De periode 2024 is een planperiode.'), []);
  });

  it('the year of a budget bill with "begrotingsstaat" (one ministry) is part of its name, as with "begrotingsstaten"', () => {
    assert.deepEqual(dates('Vaststelling van de begrotingsstaat van het Ministerie van Voorbeeldzaken (XX) voor het jaar 2025'), []);
    assert.deepEqual(dates('De begrotingsstaat voor het jaar 2025 is gewijzigd.'), [['2025', { iso: '2025' }]]);
  });

  it('negative: relative phrases stay unannotated ("voor de zomer", "begin volgend jaar", "rond de jaarwisseling", "week 12")', () => {
    assert.deepEqual(dates('Ik informeer u voor de zomer, begin volgend jaar of rond de jaarwisseling; de betaling volgt in week 12.'), []);
  });
});

describe('round 11: organisation names', () => {
  it('a capitalised "Commissie" before capitalised words names one body', () => {
    assert.deepEqual(orgs('Het advies van de Commissie Schade Herstel volgt.'), [['Commissie Schade Herstel', 'TEXT:COMMISSIE SCHADE HERSTEL']]);
  });

  it('negative: after "een", or a name that goes on after a particle in lower case, no body by this rule', () => {
    assert.deepEqual(orgs('Er komt een Commissie Wonen. De Commissie Van der Berg rapporteert.'), []);
  });

  it('"Raad van Bestuur", "Raad van Toezicht" are organs of a body, not bodies', () => {
    assert.deepEqual(orgs('De voorzitter van de Raad van Bestuur en de Raad van Toezicht tekenden.'), []);
    assert.deepEqual(orgs('De Raad voor de Kustveiligheid en Waterbouw adviseert.'), [
      ['Raad voor de Kustveiligheid en Waterbouw', 'TEXT:RAAD VOOR DE KUSTVEILIGHEID EN WATERBOUW'],
    ]);
  });

  it('a compound head before its remit in lower case is not cut to the head; the acronym defines the whole', () => {
    assert.deepEqual(orgs('Het werk van Rijksdienst voor de controle van Graan en Groenten (RGG) ging over; de RGG stopte.'), [
      ['Rijksdienst voor de controle van Graan en Groenten', 'TEXT:RGG'],
      ['RGG', 'TEXT:RGG'],
      ['RGG', 'TEXT:RGG'],
    ]);
    assert.deepEqual(orgs('Het werk van de Rijksdienst voor de controle van graan ging over.'), []);
  });

  it('a head in the plural makes a long form a body: an umbrella of several', () => {
    assert.deepEqual(orgs('Gesproken is met Samenwerkende Banken Zuid (SBZ); de SBZ stemt in.'), [
      ['Samenwerkende Banken Zuid', 'TEXT:SBZ'],
      ['SBZ', 'TEXT:SBZ'],
      ['SBZ', 'TEXT:SBZ'],
    ]);
  });

  it('negative: a programme or a forecast named with an acronym stays unannotated', () => {
    assert.deepEqual(orgs('De Meerjaren Productie Prognose (MPP) en het programma Herziening Stelsel Keuren en Toezicht (HSKT).'), []);
  });

  it('recurring bodies of these letters are known: KDS, RIKILT, Aedes, the Rijksvastgoedbedrijf, Ennia', () => {
    assert.deepEqual(orgs('KDS keurt, RIKILT meet, Aedes en het Rijksvastgoedbedrijf (RVB) bouwen; het RVB meldt, Ennia verzekert.'), [
      ['KDS', 'KDS'], ['RIKILT', 'RIKILT'], ['Aedes', 'AEDES'], ['Rijksvastgoedbedrijf', 'RVB'], ['RVB', 'RVB'], ['RVB', 'RVB'], ['Ennia', 'ENNIA'],
    ]);
  });
});
