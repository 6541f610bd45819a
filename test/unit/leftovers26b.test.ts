// Session 26 (second helper): the recognition leftovers of rounds 39-40, decided and fixed as rules (test/data/real-letters.md,
// "Leftovers of rounds 39-40, fixed in session 26"). Every snippet is written for the test, on the model of the letters'
// sentences; none is copied.
import { strict as assert } from 'node:assert';
import { orgs, datesInLetterOf } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

const kamerstukken = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk')
  .map(e => [e.text, (e.value as { dossier: string }).dossier, (e.value as { number: string | null }).number]);

describe('leftovers 26b: a capitalised legal form or "Koninklijke" before a defined long form is part of the name', () => {
  it('"Stichting Verzekeringsbureau Voertuigcriminaliteit (VbV)": the foundation opens the long form, the acronym is its', () => {
    assert.deepEqual(orgs('Ik sprak met de Stichting Verzekeringsbureau Voertuigcriminaliteit (VbV) over diefstal. Het VbV meldt een daling.'),
      [['Stichting Verzekeringsbureau Voertuigcriminaliteit', 'TEXT:VBV'], ['VbV', 'TEXT:VBV'], ['VbV', 'TEXT:VBV']]);
    assert.deepEqual(orgs('De Vereniging Nederlandse Organisatie voor Onderzoek (NOO) is betrokken.'),
      [['Vereniging Nederlandse Organisatie voor Onderzoek', 'TEXT:NOO'], ['NOO', 'TEXT:NOO']]);
  });

  it('"Koninklijke Nederlandse Beroepsorganisatie van Accountants (NBA)": the royal predicate is part of the name', () => {
    assert.deepEqual(orgs('De Koninklijke Nederlandse Beroepsorganisatie van Accountants (NBA) bracht een rapport uit. De NBA wijst op risico’s.'),
      [['Koninklijke Nederlandse Beroepsorganisatie van Accountants', 'TEXT:NBA'], ['NBA', 'TEXT:NBA'], ['NBA', 'TEXT:NBA']]);
  });

  it('a known body keeps its id with its legal form in the span: "Stichting Vluchtelingenwerk Nederland (VWN)"', () => {
    assert.deepEqual(orgs('Ik sprak met Stichting Vluchtelingenwerk Nederland (VWN). VWN ondersteunt statushouders.'),
      [['Stichting Vluchtelingenwerk Nederland', 'VLUCHTELINGENWERK'], ['VWN', 'VLUCHTELINGENWERK'], ['VWN', 'VLUCHTELINGENWERK']]);
  });

  it('reversed: "het VbV (Stichting Verzekeringsbureau Voertuigcriminaliteit)", "de NBA (Koninklijke …)"', () => {
    assert.deepEqual(orgs('Het VbV (Stichting Verzekeringsbureau Voertuigcriminaliteit) meldt een daling. Het VbV telt.'),
      [['VbV', 'TEXT:VBV'], ['Stichting Verzekeringsbureau Voertuigcriminaliteit', 'TEXT:VBV'], ['VbV', 'TEXT:VBV']]);
    assert.deepEqual(orgs('De NBA (Koninklijke Nederlandse Beroepsorganisatie van Accountants) bracht een rapport uit.').map(o => o[1]),
      ['TEXT:NBA', 'TEXT:NBA']);
  });

  it('negative: a legal form the acronym spells stays as it was, a lower-case word before the name is none of it', () => {
    assert.deepEqual(orgs('De Stichting Beheer Collectieve Rechten (SBCR) beheert het fonds.'),
      [['Stichting Beheer Collectieve Rechten', 'TEXT:SBCR'], ['SBCR', 'TEXT:SBCR']]);
    assert.deepEqual(orgs('Het Koninklijk Nederlands Meteorologisch Instituut (KNMI) voorspelt storm.'),
      [['Koninklijk Nederlands Meteorologisch Instituut', 'KNMI'], ['KNMI', 'KNMI']]);
    assert.deepEqual(orgs('De nieuwe Landelijke Organisatie Sociaal Raadslieden (LOSR) helpt.').map(o => o[0]),
      ['Landelijke Organisatie Sociaal Raadslieden', 'LOSR']);
    // A legal form that ends the sentence before is no part of the next name.
    assert.deepEqual(orgs('Dat doet de Stichting. Nederlandse Organisatie voor Onderzoek (NOO) helpt.').map(o => o[0]).includes('Stichting. Nederlandse Organisatie voor Onderzoek'), false);
  });
});

describe('leftovers 26b: winter words, a tijdvak, a day "van het jaar" with its year, "afgelopen" before a month', () => {
  const dates = datesInLetterOf('2024-10-01');
  it('"het winterseizoen 2023/2024", "de winterperiode 2023–2024": one approximate range with the words, as the winter', () => {
    assert.deepEqual(dates('In het winterseizoen 2023/2024 zijn minder mensen opgevangen.'),
      [['het winterseizoen 2023/2024', { iso: ['2023', '2024'], approx: true }]]);
    assert.deepEqual(dates('In de winterperiode 2023–2024 werd de noodopvang ingezet.'),
      [['de winterperiode 2023–2024', { iso: ['2023', '2024'], approx: true }]]);
  });
  it('"de wintermaanden van 2023", "het zomerseizoen 2022": an approximate year with the words, as "de winter van 2023"', () => {
    assert.deepEqual(dates('In de wintermaanden van 2023 was het gebruik hoog.'), [['de wintermaanden van 2023', { iso: '2023', approx: true }]]);
    assert.deepEqual(dates('Het zomerseizoen 2022 was druk.'), [['Het zomerseizoen 2022', { iso: '2022', approx: true }]]);
    assert.deepEqual(dates('Tijdens de zomermaanden van 2021 sloten veel teststraten.'), [['de zomermaanden van 2021', { iso: '2021', approx: true }]]);
  });
  it('negative: the words without a year, and years that do not follow each other, are no dates', () => {
    assert.deepEqual(dates('De wintermaanden zijn zwaar voor daklozen. Het winterseizoen begint vroeg.'), []);
    assert.deepEqual(dates('In het winterseizoen 2022/2024 was het druk.').filter(d => String(d[0]).includes('winterseizoen')), []);
    assert.deepEqual(dates('De wintermaanden 2000 mensen opgevangen.'), []);
  });
  it('"het tijdvak 2020-2022" is a period of years, as "de periode 2020-2022"', () => {
    assert.deepEqual(dates('In het tijdvak 2020-2022 is de regeling uitgevoerd.'), [['2020-2022', { iso: ['2020', '2022'] }]]);
    assert.deepEqual(dates('Over het tijdvak 2018 tot en met 2020 zijn aanslagen opgelegd.'), [['2018', { iso: '2018' }], ['2020', { iso: '2020' }]]);
  });
  it('negative: a tijdvak by its number, or a name with a range, is no period', () => {
    assert.deepEqual(dates('Het tijdvak 2 van de regeling loopt af. Het aangiftetijdvak is een maand.'), []);
    assert.deepEqual(dates('Het Actieplan Tijdvak 2020-2022 is vastgesteld.'), []);
  });
  it('"op 1 juli van het jaar 2024" is one date, span with its year, as "januari van dit jaar"', () => {
    assert.deepEqual(dates('Op 1 juli van het jaar 2024 treedt de wet in werking.'), [['1 juli van het jaar 2024', { iso: '2024-07-01' }]]);
    assert.deepEqual(dates('Per 1 januari van het jaar 2025 gelden nieuwe tarieven. In maart van het jaar 2023 kwam het.'),
      [['1 januari van het jaar 2025', { iso: '2025-01-01' }], ['maart van het jaar 2023', { iso: '2023-03' }]]);
  });
  it('negative: "van het jaar" without its number stays no date (round 39), a count after it stays a count', () => {
    assert.deepEqual(dates('Op 31 december van het jaar volgend op het jaar van de aanslag.'), []);
    assert.deepEqual(dates('Op 1 juli van het jaar 2000 mensen'), [['1 juli', { iso: '2024-07-01' }]]);
  });
  it('"afgelopen april" is the last April before the letter (round 26\'s `afgelopen`), span the month', () => {
    assert.deepEqual(datesInLetterOf('2018-12-04')('De cijfers staan in de rapportage van afgelopen april. Zie ook de bijlage.'), [['april', { iso: '2018-04' }]]);
    assert.deepEqual(datesInLetterOf('2018-03-04')('Afgelopen april is het besluit genomen.'), [['april', { iso: '2017-04' }]]);
  });
});

describe('leftovers 26b: Senate letters without a label, after "Zie" or in parentheses with a range; bills listed in parentheses', () => {
  it('"Zie 35 300, A t/m F;" cites both ends of the range, as the labelled range does (session 25)', () => {
    assert.deepEqual(kamerstukken('Zie 35 300, A t/m F; voor de behandeling in de Eerste Kamer.'), [['35 300, A', '35300', 'A'], ['F', '35300', 'F']]);
    assert.deepEqual(kamerstukken('Voor de behandeling, zie ook 35 925, AE en AF.'), [['35 925, AE', '35925', 'AE'], ['AF', '35925', 'AF']]);
    assert.deepEqual(kamerstukken('Zie 36 418, C.'), [['36 418, C', '36418', 'C']]);
  });
  it('"(35 300, A t/m F)", "(35 300, A tot en met F)": a range in parentheses cites both ends', () => {
    assert.deepEqual(kamerstukken('Dit is eerder gemeld (35 300, A t/m F) aan de Eerste Kamer.'), [['35 300, A', '35300', 'A'], ['F', '35300', 'F']]);
    assert.deepEqual(kamerstukken('Dit is eerder gemeld (35 300, A tot en met F).'), [['35 300, A', '35300', 'A'], ['F', '35300', 'F']]);
  });
  it('negative: an amount, a word after the letter, or no citing word is no Senate citation', () => {
    assert.deepEqual(kamerstukken('Zie 35 300, A t/m F zijn de categorieën van de tabel.'), []);
    assert.deepEqual(kamerstukken('In 35 300, A en B gevallen was dat zo.'), []);
    assert.deepEqual(kamerstukken('Zie tabel 2: 35 300, A t/m F.'), []);
  });
  it('"de wetsvoorstellen (36419 en 36420)": each dossier listed in parentheses in a bill\'s clause', () => {
    assert.deepEqual(kamerstukken('Over de wetsvoorstellen (36419 en 36420) heeft de Kamer gestemd.'), [['36419', '36419', null], ['36420', '36420', null]]);
    assert.deepEqual(kamerstukken('De wetsvoorstellen van het pakket (36418, 36419 en 36420) zijn aangenomen.').map(k => k[0]), ['36418', '36419', '36420']);
  });
  it('negative: numbers listed in parentheses without a bill in the clause are none', () => {
    assert.deepEqual(kamerstukken('Het aantal meldingen (36419 en 36420) steeg.'), []);
    assert.deepEqual(kamerstukken('Over de wetsvoorstellen (36419 en 36420 bezoekers) is gesproken.'), []);
  });
});

describe('leftovers 26b: the Senate group OSF listed with articles after "de fracties van"; a minister\'s parenthesis', () => {
  it('"de fracties van de VVD en de OSF" reads OSF as the last party listed, as without articles (round 40)', () => {
    assert.deepEqual(orgs('Daarover hebben de fracties van de VVD en de OSF vragen gesteld.'), [['VVD', 'VVD'], ['OSF', 'OPNL']]);
    assert.deepEqual(orgs('De leden van de fracties van de VVD, de SP en de OSF stelden vragen.').map(o => o[0]), ['VVD', 'SP', 'OSF']);
  });
  it('negative: OSF elsewhere, or after a list that is no list of fracties, stays unread', () => {
    assert.deepEqual(orgs('Het onderzoek van de OSF is klaar. De rapporten van de VVD en de OSF liggen er.').map(o => o[0]), ['VVD']);
    assert.deepEqual(orgs('De fracties van de VVD en de stichting OSF overlegden.').map(o => o[0]), ['VVD']);
  });
  it('a minister\'s title carries no portfolio: the bodies in parentheses after it stay bodies (decided, unchanged)', () => {
    assert.deepEqual(orgs('Ik sprak met de Minister van Financiën (Belastingdienst en Douane) over de aanpak.'),
      [['Belastingdienst', 'BELASTINGDIENST'], ['Douane', 'DOUANE']]);
  });
});

describe('leftovers 26b: bills\' dossiers listed after the plural label', () => {
  it('"de wetsvoorstellen 36419 en 36420" cites both dossiers, as "wetsvoorstel 29976" one', () => {
    assert.deepEqual(kamerstukken('Over de wetsvoorstellen 36419 en 36420 heeft de Kamer gestemd.'), [['36419', '36419', null], ['36420', '36420', null]]);
    assert.deepEqual(kamerstukken('De wetsontwerpen 25 877, 25 878 en 25 879 liggen voor.').map(k => k[0]), ['25 877', '25 878', '25 879']);
  });
  it('negative: a number after the singular label\'s dossier, or one of no dossier\'s shape, is no dossier', () => {
    assert.deepEqual(kamerstukken('Het wetsvoorstel 36419 en 36420 bezoekers.').map(k => k[0]), ['36419']);
    assert.deepEqual(kamerstukken('De wetsvoorstellen 36419 en 12345 andere.').map(k => k[0]), ['36419']);
  });
});
