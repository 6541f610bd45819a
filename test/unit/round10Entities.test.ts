// Round 10 of the blind check on real letters (regulators, inspectorates, planning bureaus, agencies and foundations
// in Economische Zaken, Infrastructuur en Waterstaat, VWS, SZW and OCW letters, 2012–2021) and the cases round 9
// left: the rules it added for organisations, acronyms and dates. Every snippet is written for the test; none is
// copied from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';


const dates = datesInLetterOf('2019-05-01');

describe('round 10: a legal form before a capitalised name', () => {
  it('"Stichting", "Vereniging", "Federatie" before capitalised words (one "en" between them) name the body', () => {
    assert.deepEqual(orgs('Wij werken samen met de Stichting Veilig Leren en Werken en met de Vereniging Eigen Woning.'), [
      ['Stichting Veilig Leren en Werken', 'TEXT:STICHTING VEILIG LEREN EN WERKEN'],
      ['Vereniging Eigen Woning', 'TEXT:VERENIGING EIGEN WONING'],
    ]);
    assert.deepEqual(orgs('Ook de Federatie Zorgverlenende Specialisten is gehoord.'), [
      ['Federatie Zorgverlenende Specialisten', 'TEXT:FEDERATIE ZORGVERLENENDE SPECIALISTEN'],
    ]);
  });

  it('the name ends at a lower-case word or punctuation; a known name inside wins', () => {
    assert.deepEqual(orgs('Stichting Open Wegen heeft gemeld dat het plan klaar is.'), [['Stichting Open Wegen', 'TEXT:STICHTING OPEN WEGEN']]);
    assert.deepEqual(orgs('Dat meldt de Stichting Nidos.'), [['Stichting Nidos', 'NIDOS']]);
  });

  it('negative: a legal form in lower case, alone, or before a lower-case word is no name', () => {
    assert.deepEqual(orgs('Een stichting Veilig Wonen bestaat niet. De Stichting heeft geen doel. Een Vereniging van eigenaren is verplicht.'), []);
  });

  it('negative: a foundation inside the name of a law is not read apart', () => {
    assert.deepEqual(orgs('Dit volgt uit de Wet op de Stichting Fictief Fonds.'), []);
  });
});

describe('round 10: a known acronym in a line of capitals', () => {
  it('is read where the letter names the body by that acronym in its running text too', () => {
    assert.deepEqual(orgs('VERSLAG VAN DE JAARVERGADERING VAN DE OESO IN PARIJS\n\nDe OESO heeft haar rapport gepresenteerd.'), [
      ['OESO', 'OESO'],
      ['OESO', 'OESO'],
    ]);
  });

  it('negative: not when the letter never names the body in running text', () => {
    assert.deepEqual(orgs('VERSLAG VAN DE JAARVERGADERING VAN DE OESO IN PARIJS\n\nHet rapport is gepresenteerd.'), []);
  });

  it('negative: a two-letter acronym in capitals stays the Dutch word ("OM", "IS"), also when the body is named', () => {
    assert.deepEqual(orgs('MAATREGELEN OM WERK TE VINDEN\n\nHet OM vervolgt de zaak.'), [['OM', 'OM']]);
  });
});

describe('round 10: a spaced en dash inside a name', () => {
  it('joins the parts of a name the gazetteer writes with a hyphen', () => {
    assert.deepEqual(orgs('De Financial Intelligence Unit – Nederland ontving meldingen.'), [['Financial Intelligence Unit – Nederland', 'FIU-NL']]);
  });

  it('negative: a parenthetical dash after a name does not extend it', () => {
    assert.deepEqual(orgs('Het gaat om de Tweede Kamer – Nederland kent er maar één.'), [['Tweede Kamer', 'TK']]);
  });
});

describe('round 10: a steering or working group named after its group noun', () => {
  it('"Stuurgroep", "Werkgroep" capitalised before capitalised words name the group', () => {
    assert.deepEqual(orgs('Met de partners in de Stuurgroep Bodem en Lucht maak ik afspraken; de Werkgroep Kustzones adviseert.'), [
      ['Stuurgroep Bodem en Lucht', 'TEXT:STUURGROEP BODEM EN LUCHT'],
      ['Werkgroep Kustzones', 'TEXT:WERKGROEP KUSTZONES'],
    ]);
  });

  it('negative: a group noun in lower case is no name; before a lower-case word the name is not extended', () => {
    assert.deepEqual(orgs('Een werkgroep Kustzones is er niet.'), []);
    // After the indefinite article a kind of group: the capitalised words after it are not taken.
    assert.deepEqual(orgs('Er komt een Stuurgroep Bodem en Lucht.'), []);
    // The capitalised compound alone is read as before (rule C), without the words after it.
    assert.deepEqual(orgs('De Stuurgroep heeft vergaderd.'), [['Stuurgroep', 'TEXT:STUURGROEP']]);
  });
});

describe('round 10: two names joined by a slash', () => {
  it('a known name after a slash after a capitalised word is read ("… Advies/SEO Economisch Onderzoek")', () => {
    assert.deepEqual(orgs('Het rapport van Bureau Meting en Advies/SEO Economisch Onderzoek is verschenen.'), [['SEO Economisch Onderzoek', 'SEO']]);
  });

  it('negative: after a lower-case word, inside a path or after a word glued to a dot it is not', () => {
    assert.deepEqual(orgs('Zie de pagina over/SEO Economisch Onderzoek of www.example.nl/Pagina/CBR en site.nl/CBR voor meer.'), []);
  });
});

describe('round 10: bodies added to the gazetteer', () => {
  it('the CBR and SEO Economisch Onderzoek by name and acronym', () => {
    assert.deepEqual(orgs('Het Centraal Bureau Rijvaardigheidsbewijzen (CBR) meldt dat het CBR de examens inhaalt.'), [
      ['Centraal Bureau Rijvaardigheidsbewijzen', 'CBR'],
      ['CBR', 'CBR'],
      ['CBR', 'CBR'],
    ]);
  });
});

describe('round 10: dates', () => {
  it('a cue after the year belongs to the date ("22 november 2021 a.s.", "3 maart 2019 jl.")', () => {
    assert.deepEqual(dates('Voor het overleg van 22 november 2021 a.s. en na dat van 3 maart 2019 jl. stuur ik dit.'), [
      ['22 november 2021 a.s.', { iso: '2021-11-22' }],
      ['3 maart 2019 jl.', { iso: '2019-03-03' }],
    ]);
  });

  it('negative: a word after the year that is no cue stays outside ("22 november 2021 aan")', () => {
    assert.deepEqual(dates('Op 22 november 2021 aan de Kamer gezonden.'), [['22 november 2021', { iso: '2021-11-22' }]]);
  });

  it('a day after "brief van" without a year is the most recent one before the letter (a letter already sent)', () => {
    // The letter is dated 1 May 2019: "brief van 9 december" was sent in December 2018.
    assert.deepEqual(dates('In mijn brief van 9 december heb ik de toezichthouder gevraagd; de brieven van 3 april volgden.'), [
      ['9 december', { iso: '2018-12-09' }],
      ['3 april', { iso: '2019-04-03' }],
    ]);
  });

  it('negative: a bare day elsewhere keeps the letter\'s year, and a written year or cue is not overruled', () => {
    assert.deepEqual(dates('Het overleg is op 9 december. In de brief van 9 december 2017 stond het al, en de brief van 9 december a.s. volgt.'), [
      ['9 december', { iso: '2019-12-09' }],
      ['9 december 2017', { iso: '2017-12-09' }],
      ['9 december a.s.', { iso: '2019-12-09' }],
    ]);
  });

  it('the year of a budget bill is part of its name, on the line that names the bill', () => {
    assert.deepEqual(dates('Dossier: Vaststelling van de begrotingsstaten van het Ministerie van Fictieve Zaken (XX) voor het jaar 2016'), []);
  });

  it('negative: "voor het jaar 2016" without the bill\'s title before it is a year', () => {
    assert.deepEqual(dates('De plannen voor het jaar 2016 zijn klaar.'), [['2016', { iso: '2016' }]]);
    assert.deepEqual(dates('Vaststelling van de begrotingsstaten.\n\nDe plannen voor het jaar 2016 zijn klaar.'), [['2016', { iso: '2016' }]]);
  });
});
