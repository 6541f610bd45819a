// Session 26: the recognition leftovers of rounds 35-38 and session 25, decided and fixed as rules (test/data/real-letters.md,
// "Leftovers fixed in session 26"). Every snippet is written for the test, on the model of the letters' sentences; none is copied.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { orgs, letterOrgs, datesInLetterOf } from './recognised';

const kamerstukken = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, (e.value as { number: string | null }).number]);

describe('leftovers 26: an acronym defined by a long form with diacritics whose head is a cooperative or an -orgaan', () => {
  it('"CZN (Coöperatie Zorgaanbieders Noord)" and the long form first both define the acronym, in either order', () => {
    assert.deepEqual(orgs('De CZN (Coöperatie Zorgaanbieders Noord) contracteert de zorg. De CZN is tevreden.'),
      [['CZN', 'TEXT:CZN'], ['Coöperatie Zorgaanbieders Noord', 'TEXT:CZN'], ['CZN', 'TEXT:CZN']]);
    assert.deepEqual(orgs('De Coöperatie Zorgaanbieders Noord (CZN) contracteert de zorg. De CZN is tevreden.').map(o => o[1]),
      ['TEXT:CZN', 'TEXT:CZN', 'TEXT:CZN']);
    assert.deepEqual(orgs('De coöperatie Samen Sterk in Zorg (SSZ) contracteert. Ook de SSZ tekent.').map(o => o[0]),
      ['coöperatie Samen Sterk in Zorg', 'SSZ', 'SSZ']);
  });

  it('an "-orgaan" heads a long form as "-raad" does: "Landelijk Overlegorgaan Natuurbeheer (LON)", also reversed', () => {
    assert.deepEqual(orgs('Het LON (Landelijk Overlegorgaan Natuurbeheer) overlegt. Het LON adviseert de minister.').map(o => o[1]),
      ['TEXT:LON', 'TEXT:LON', 'TEXT:LON']);
    assert.deepEqual(orgs('Het Overlegorgaan Coördinatie Bèta-onderwijs (OCB) vergaderde. Het OCB komt terug.').map(o => o[1]),
      ['TEXT:OCB', 'TEXT:OCB', 'TEXT:OCB']);
  });

  it('negative: a long form with diacritics that names no body defines no body', () => {
    assert.deepEqual(orgs('De NCÉ (Nieuwe Coördinatie Één) is een aanpak. De NCÉ werkt.'), []);
    assert.deepEqual(orgs('Het CGV (Coöperatief Gedrag Vergoeden) is een regeling.'), []);
  });
});

describe('leftovers 26: a firm defined with its acronym after a word for a company, its name without a head noun', () => {
  it('"het adviesbureau Nuance door Training en Advies (NTA)" is a body, and NTA after it', () => {
    assert.deepEqual(orgs('De analyses van het particulier adviesbureau Nuance door Training en Advies (NTA) zijn klaar. NTA adviseert gemeenten.'),
      [['Nuance door Training en Advies', 'TEXT:NTA'], ['NTA', 'TEXT:NTA'], ['NTA', 'TEXT:NTA']]);
    assert.deepEqual(orgs('Het bedrijf Groen en Zeker Wonen (GZW) bouwt de woningen. GZW levert in mei.').map(o => o[1]),
      ['TEXT:GZW', 'TEXT:GZW', 'TEXT:GZW']);
  });

  it('negative: without the company word, or when the capitals do not spell the acronym, no body', () => {
    assert.deepEqual(orgs('Het traject Nuance door Training en Advies (NTA) loopt. NTA werkt.'), []);
    assert.deepEqual(orgs('Het adviesbureau gebruikt Training en Advies op Maat (TAM) als methode.'), []);
    assert.deepEqual(orgs('Het adviesbureau Nuance door Training en Advies (NTRA) zit in Utrecht.'), []);
  });
});

describe('leftovers 26: a legal form\'s name with a truncated compound whose partner is in lower case, and its adjective', () => {
  it('"Stichting Kinder- en jongerenwerk Utrecht" is one name', () => {
    assert.deepEqual(orgs('De Stichting Kinder- en jongerenwerk Utrecht ontvangt subsidie.'),
      [['Stichting Kinder- en jongerenwerk Utrecht', 'TEXT:STICHTING KINDER- EN JONGERENWERK UTRECHT']]);
    assert.deepEqual(orgs('Subsidie gaat naar Vereniging Sport- en beweegaanbieders Zuid.').map(o => o[0]),
      ['Vereniging Sport- en beweegaanbieders Zuid']);
  });

  it('"Landelijke Commissie Toelating" keeps its capitalised adjective', () => {
    assert.deepEqual(orgs('De Landelijke Commissie Toelating besliste gisteren.').map(o => o[0]), ['Landelijke Commissie Toelating']);
    assert.deepEqual(orgs('Het advies van de Onafhankelijke Stichting Klachtenregeling is openbaar.').map(o => o[0]),
      ['Onafhankelijke Stichting Klachtenregeling']);
  });

  it('negative: a lower-case word after "- en" that is no partner, a word before that is no adjective, "een"', () => {
    assert.deepEqual(orgs('De Stichting Kinder- en de ouders praten.').map(o => o[0]), ['Stichting Kinder']);
    assert.deepEqual(orgs('Vorige week besliste Commissie Toelating anders.').map(o => o[0]), ['Commissie Toelating']);
    assert.deepEqual(orgs('Er komt een Landelijke Commissie Toelating.'), []);
  });
});

describe('leftovers 26: a list of Senate letters beyond the usual shape, read where the citation names the Senate', () => {
  it('"Kamerstukken I 2019/20, 35 300, IX en JA" and "(Kamerstukken I …, C, D en XL)" read every letter', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, IX en JA.').map(k => k[1]), ['IX', 'JA']);
    assert.deepEqual(kamerstukken('Zie hierover (Kamerstukken I 2015/16, 34 000, C, D en XL).').map(k => k[1]), ['C', 'D', 'XL']);
  });

  it('negative: without the Senate in the citation, or before a word that goes on, the first letter only', () => {
    assert.deepEqual(kamerstukken('Zie hierover (Kamerstuk 29 754, C, D en XL).').map(k => k[1]), ['C']);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2015/16, 34 000, C en EU-regels.').map(k => k[1]), ['C']);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2015/16, 34 000, C en NAVO-landen.').map(k => k[1]), ['C']);
  });
});

describe('leftovers 26: the parket at a court is a body of its own, as the parket bij de Hoge Raad', () => {
  it('"het parket bij de rechtbank Den Haag", "het Parket bij het gerechtshof Amsterdam" are one span each, not the court', () => {
    assert.deepEqual(orgs('Het parket bij de rechtbank Den Haag heeft de zaak geseponeerd. De rechtbank Den Haag oordeelde later.'),
      [['parket bij de rechtbank Den Haag', 'TEXT:PARKET BIJ DE RECHTBANK DEN HAAG'], ['rechtbank Den Haag', 'RECHTBANK-DEN-HAAG']]);
    assert.deepEqual(orgs('Het Parket bij het Gerechtshof Amsterdam en het parket bij de rechtbank Breda werken samen.').map(o => o[0]),
      ['Parket bij het Gerechtshof Amsterdam', 'parket bij de rechtbank Breda']);
  });

  it('negative: a role at the court, the court as a recipient, "van de rechtbank" keep the court', () => {
    assert.deepEqual(orgs('De officier van justitie bij de rechtbank Rotterdam eiste straf.'), [['rechtbank Rotterdam', 'RECHTBANK-ROTTERDAM']]);
    assert.deepEqual(orgs('Het parket heeft de zaak voorgelegd aan de rechtbank Den Haag.'), [['rechtbank Den Haag', 'RECHTBANK-DEN-HAAG']]);
    assert.deepEqual(orgs('Het parket van de rechtbank Den Haag publiceerde.'), [['rechtbank Den Haag', 'RECHTBANK-DEN-HAAG']]);
  });
});

describe('leftovers 26: an agency before a capitalised role is a sentence, not a name', () => {
  it('"het Agentschap De Staatssecretaris besluit" names no agency', () => {
    assert.deepEqual(orgs('Over de aanvraag van het Agentschap De Staatssecretaris besluit binnen acht weken.'), []);
    assert.deepEqual(orgs('Het voorstel ligt bij de Stichting De Minister heeft het ontvangen.'), []);
  });

  it('negative: an article in a legal form\'s name before another word stays ("Stichting De Hoop")', () => {
    assert.deepEqual(orgs('De Stichting De Hoop en de Stichting Het Vergeten Kind helpen.').map(o => o[0]),
      ['Stichting De Hoop', 'Stichting Het Vergeten Kind']);
  });
});

describe('leftovers 26: "G4" of countries or of a visa is not the four largest municipalities', () => {
  it('the G4 in the UN, the G4-landen and a G4-visum are none', () => {
    assert.deepEqual(orgs('De G4 in de Veiligheidsraad (Brazilië, Duitsland, India en Japan) wil hervorming.').filter(o => o[1] === 'G4'), []);
    assert.deepEqual(orgs('De G4-landen steunen elkaars kandidatuur.'), []);
    assert.deepEqual(orgs('Voor een G4-visum moet een aanvraag worden gedaan.'), []);
  });

  it('negative: the cities, also with their compound, stay the G4', () => {
    assert.deepEqual(orgs('De G4 en de G40 hebben een brief gestuurd. De G4-steden werken samen.').map(o => o[1]), ['G4', 'G40', 'G4']);
    assert.deepEqual(orgs('De wethouders van de G4 spraken met de VNG.').map(o => o[1]), ['G4', 'VNG']);
  });
});

describe('leftovers 26: a named day with its year is a date, as a season with its year', () => {
  const dates = datesInLetterOf('2024-10-01');
  it('"Prinsjesdag 2024", "Koningsdag 2023" are approximate years', () => {
    assert.deepEqual(dates('Op Prinsjesdag 2024 is de begroting gepresenteerd.'), [['Prinsjesdag 2024', { iso: '2024', approx: true }]]);
    assert.deepEqual(dates('Tijdens Koningsdag 2023 was het druk in Maastricht.'), [['Koningsdag 2023', { iso: '2023', approx: true }]]);
  });

  it('negative: the day without its year, and a count after it, are none', () => {
    assert.deepEqual(dates('Na Prinsjesdag ontvangt u de stukken.'), []);
    assert.deepEqual(dates('Op Koningsdag kwamen 2000 mensen.'), []);
  });
});

describe('leftovers 26: a chamber\'s name broken by a blank line in an address block', () => {
  it('"Tweede Kamer ⏎⏎ der Staten-Generaal" is one name', () => {
    assert.deepEqual(letterOrgs('Aan de voorzitter van de Tweede Kamer\n\nder Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\nHierbij zend ik u de nota.\n'),
      [['Tweede Kamer\n\nder Staten-Generaal', 'TK']]);
    assert.deepEqual(letterOrgs('Aan de Voorzitter van de Eerste Kamer\n\nder Staten Generaal\n\nHierbij zend ik u de nota.\n').map(o => o[1]), ['EK']);
  });

  it('negative: a heading or sentence after the blank line that opens otherwise stays apart', () => {
    assert.deepEqual(letterOrgs('Dit is besproken in de Tweede Kamer\n\nDe Staten-Generaal bestaan uit twee Kamers.\n').map(o => o[1]), ['TK', 'STATEN-GENERAAL']);
  });
});

describe('leftovers 26: a yearless date in a sentence that reports an earlier letter takes its year from that letter', () => {
  it('"Met mijn brief van 6 september 2007 … heb ik aangegeven dat met ingang van 15 november …" in a letter of March 2008 is 2007', () => {
    const dates = datesInLetterOf('2008-03-04');
    assert.deepEqual(dates('Met mijn brief van 6 september 2007 (Kamerstuk 27 451, nr. 76) heb ik aangegeven dat met ingang van 15 november het toezicht overgaat.'),
      [['6 september 2007', { iso: '2007-09-06' }], ['15 november', { iso: '2007-11-15' }]]);
  });

  it('a deadline is the first such day after the letter named, another date the nearest to it: across the turn of its year', () => {
    const dates = datesInLetterOf('2024-03-01');
    assert.deepEqual(dates('In mijn brief van 20 december 2022 heb ik gemeld dat per 1 januari de regeling ingaat.')[1], ['1 januari', { iso: '2023-01-01' }]);
    assert.deepEqual(dates('In mijn brief van 2 juni 2022 heb ik gemeld dat ik u voor 1 april zou informeren.')[1], ['1 april', { iso: '2023-04-01' }]);
    assert.deepEqual(dates('In mijn brief van 15 december 2022 ging ik in op het overleg van 3 november.')[1], ['3 november', { iso: '2022-11-03' }]);
  });

  it('negative: another sentence, a cue, a date that is no letter\'s, a letter of the same year keep the letter\'s rules', () => {
    const dates = datesInLetterOf('2008-03-04');
    assert.deepEqual(dates('In mijn brief van 6 september 2007 meldde ik dit. Met ingang van 15 november gaat het toezicht over.')[1], ['15 november', { iso: '2008-11-15' }]);
    assert.deepEqual(dates('In mijn brief van 6 september 2007 meldde ik dat op 3 februari jl. is besloten.')[1], ['3 februari jl.', { iso: '2008-02-03' }]);
    assert.deepEqual(dates('Bij brief van 12 november 2006 bent u geïnformeerd; in april volgt de evaluatie.')[1], ['april', { iso: '2008-04' }]);
    assert.deepEqual(dates('Sinds 1 januari 2006 geldt de regel en per 1 juli wordt hij aangepast.')[1], ['1 juli', { iso: '2008-07-01' }]);
    assert.deepEqual(dates('In mijn brief van 10 januari 2008 meldde ik dat per 1 december de regeling ingaat.')[1], ['1 december', { iso: '2008-12-01' }]);
  });
});

describe('leftovers 26: a certified youth protection institution named by its region', () => {
  it('"Jeugdbescherming Regio Amsterdam", "Jeugdbescherming Brabant" are bodies', () => {
    // Round 40 made this one a gazetteer entry; the rule reads the regions the gazetteer does not hold.
    assert.deepEqual(orgs('Jeugdbescherming Regio Amsterdam voert de maatregel uit.'),
      [['Jeugdbescherming Regio Amsterdam', 'JBRA']]);
    assert.deepEqual(orgs('Jeugdbescherming Regio Utrecht voert de maatregel uit.'),
      [['Jeugdbescherming Regio Utrecht', 'TEXT:JEUGDBESCHERMING REGIO UTRECHT']]);
    assert.deepEqual(orgs('Ook Jeugdbescherming Brabant en Jeugdbescherming Gelderland werken mee.').map(o => o[0]),
      ['Jeugdbescherming Brabant', 'Jeugdbescherming Gelderland']);
  });

  it('negative: the common noun in lower case, the plural and a clause opener after it name none', () => {
    assert.deepEqual(orgs('De jeugdbescherming Amsterdam kent lange wachttijden.'), []);
    assert.deepEqual(orgs('Het gaat om de Jeugdbescherming Waar nodig grijpt de rechter in.'), []);
    assert.deepEqual(orgs('De Wet op de Jeugdbescherming Caribisch Nederland is gewijzigd.'), []);
  });
});
