// Round 39 of the blind check on real texts: every family at once, on stukken of 1996–2025 on taxes, customs, benefits,
// fines and vehicles (the Belastingdienst and its parts, the Douane and the FIOD, the Dienst Toeslagen and the UHT, the
// CBR and the RDW). Missed blind: a web copy's header below a preamble of blank-line-separated metadata, the
// Belastingdienst's parts written with a slash and their short forms ("Belastingdienst/Centrale Administratie", "B/CA",
// "B/Toeslagen"), a party (BVNL), the CBR under its legal form; read falsely: a state secretary's portfolio in a type
// line of capitals and in parentheses after the secretary's name. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

const selfCitations = (text: string): string[] =>
  analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk' && (e.value as { self: boolean }).self).map(e => e.text);

describe('round 39: the header of a web copy below a long preamble', () => {
  it('reads the dossier and number after the preview line of a page whose metadata lines are kept apart by blank lines', () => {
    const preamble = ['Rapportage over de uitvoering', 'Belastingen', 'Brief regering',
      'Nummer: 2024D10001, datum: 2024-03-01, bijgewerkt: 2024-03-04 09:12, versie: 2',
      'Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.', 'Gerelateerde personen: Bijlagen:',
      'Onderdeel van kamerstukdossier 31066 -1400 Belastingdienst.', 'Onderdeel van zaak 2024Z00001:', 'Onderdeel van activiteiten:',
      'Preview document (origineel)', ''].join('\n\n');
    const text = preamble + '\n31066 Belastingdienst\n\nNr. 1400 Brief van de staatssecretaris van Financiën\n\n' +
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 maart 2024\n\nHierbij ontvangt u de rapportage.\n';
    assert.deepEqual(selfCitations(text), ['31066 Belastingdienst\n\nNr. 1400']);
    assert.equal(analyseLetter(text).identity.number, '1400');
  });
});

describe('round 39: a state secretary\'s portfolio is no body', () => {
  it('in a type line of capitals', () => {
    assert.deepEqual(orgs('Nr. 12 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN – TOESLAGEN EN DOUANE\nAan de Voorzitter'), []);
    assert.deepEqual(orgs('BRIEF VAN DE STAATSSECRETARIS VAN FINANCIEN - FISCALITEIT EN BELASTINGDIENST'), []);
  });

  it('in parentheses after the secretary\'s name, as an answer to Kamervragen writes it', () => {
    assert.deepEqual(orgs('Antwoord van Staatssecretaris De Boer (Financiën – Fiscaliteit en Belastingdienst), mede namens de ' +
      'Staatssecretaris Van den Berg (Financiën – Toeslagen en Douane) (ontvangen 3 mei 2022).'), []);
  });

  it('the bodies themselves stay read, also in capitals and in parentheses', () => {
    assert.deepEqual(orgs('De Douane en de Belastingdienst (en de FIOD) werken samen.').map(o => o[1]), ['DOUANE', 'BELASTINGDIENST', 'FIOD']);
    assert.deepEqual(orgs('BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN OVER DE DOUANE').map(o => o[1]), ['DOUANE']);
    assert.deepEqual(orgs('De staatssecretaris sprak met de Belastingdienst (Fiscaliteit en Douane) over de aanpak.').map(o => o[1]),
      ['BELASTINGDIENST', 'DOUANE']);
  });
});

describe('round 39: the Belastingdienst\'s parts and their short forms', () => {
  it('a part written with a slash is one body, also by its short form', () => {
    assert.deepEqual(orgs('De Belastingdienst/Centrale Administratie (B/CA) vordert terug; de B/CA stuurt een aanmaning.'),
      [['Belastingdienst/Centrale Administratie', 'BCA'], ['B/CA', 'BCA'], ['B/CA', 'BCA']]);
    assert.deepEqual(orgs('Sinds 2006 voert Belastingdienst/Toeslagen (hierna: B/Toeslagen) de regelingen uit; B/Toeslagen betaalt.'),
      [['Belastingdienst/Toeslagen', 'DIENST-TOESLAGEN'], ['B/Toeslagen', 'DIENST-TOESLAGEN'], ['B/Toeslagen', 'DIENST-TOESLAGEN']]);
    assert.deepEqual(orgs('De Belastingdienst/FIOD en de Belastingdienst/Douane traden samen op.'),
      [['Belastingdienst/FIOD', 'FIOD'], ['Belastingdienst/Douane', 'DOUANE']]);
  });

  it('the CBR under its legal form, and a party and the car trade named in letters on vehicles', () => {
    assert.deepEqual(orgs('De Stichting Centraal Bureau Rijvaardigheidsbewijzen neemt de examens af.'),
      [['Stichting Centraal Bureau Rijvaardigheidsbewijzen', 'CBR']]);
    assert.deepEqual(orgs('Het lid Van Haga (BVNL) vroeg het; BOVAG en het Waarborgfonds Motorverkeer reageerden.').map(o => o[1]),
      ['BVNL', 'BOVAG', 'WAARBORGFONDS-MOTORVERKEER']);
  });
});

describe('round 39: Financiën written without its diaeresis, and the Donner committee', () => {
  it('the committee and the ministry in a type line of capitals or a plain-ASCII copy', () => {
    assert.deepEqual(orgs('C VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIEN\nVastgesteld 2 juni 2016').map(o => o[1]), ['TK-COM-FIN']);
    assert.deepEqual(orgs('Het Ministerie van Financien en de vaste commissie voor Financien spraken.').map(o => o[1]), ['MIN-FIN', 'TK-COM-FIN']);
  });

  it('the Adviescommissie Uitvoering Toeslagen also written in lower case after its head', () => {
    assert.deepEqual(orgs('Het rapport van de Adviescommissie uitvoering toeslagen en de Adviescommissie Uitvoering Toeslagen.').map(o => o[0]),
      ['Adviescommissie uitvoering toeslagen', 'Adviescommissie Uitvoering Toeslagen']);
  });
});

describe('round 39: the tax and benefit years of Financiën\'s letters', () => {
  const dates = datesInLetterOf('2024-03-14');
  it('a year after a tax or benefit year noun, singular or plural', () => {
    assert.deepEqual(dates('Voor het aanslagjaar 2022 en het heffingsjaar 2023 geldt het oude tarief.'),
      [['2022', { iso: '2022' }], ['2023', { iso: '2023' }]]);
    assert.deepEqual(dates('Ouders die in de toeslagjaren 2012 tot en met 2019 zijn gedupeerd, en de belastingjaren 2020 en 2021.'),
      [['2012', { iso: '2012' }], ['2019', { iso: '2019' }], ['2020', { iso: '2020' }], ['2021', { iso: '2021' }]]);
  });

  it('a year after "over" before a modal verb; a count after "over" stays none', () => {
    assert.deepEqual(dates('De aangifte over 2023 moet voor 1 mei binnen zijn.'), [['2023', { iso: '2023' }], ['1 mei', { iso: '2024-05-01' }]]);
    assert.deepEqual(dates('Er zijn over 2000 aangiften binnengekomen; de jaren 2000 waren anders.'), []);
  });
});

describe('round 39: precision of rounds 36–38\'s additions, with sentences of the kind letters contain', () => {
  it('a common noun with its national adjective after "een" is no body; the body by its name stays', () => {
    assert.deepEqual(orgs('Een Nederlandse loterij met een vergunning mag werven; de Nederlandse Loterij heeft er een.'),
      [['Nederlandse Loterij', 'NEDERLANDSE-LOTERIJ']]);
    assert.deepEqual(orgs('Er komt een Europese commissie van deskundigen; de Europese Commissie stelde het voor.').map(o => o[0]),
      ['Europese Commissie']);
    // A name the gazetteer ends in lower case, and a name in title case after "een", stay the body.
    assert.deepEqual(orgs('Er is een Nationale ombudsman die klachten behandelt.').map(o => o[1]), ['OMBUDSMAN']);
  });

  it('an adverb that opens a sentence after a lost full stop ends a name read after a legal form', () => {
    assert.deepEqual(orgs('Volgens de Coöperatie Tegenwoordig werkt zij samen met gemeenten.'), []);
    assert.deepEqual(orgs('De Stichting Momenteel is er geen wachtlijst.'), []);
  });

  it('a winter or a turn of the year named by two years joined by "op" is one period', () => {
    const dates = datesInLetterOf('2024-03-14');
    assert.deepEqual(dates('De winter van 2022 op 2023 was zacht; de jaarwisseling van 2023 op 2024 verliep rustig.'),
      [['De winter van 2022 op 2023', { iso: ['2022', '2023'], approx: true }], ['de jaarwisseling van 2023 op 2024', { iso: ['2023', '2024'], approx: true }]]);
    // Years that do not follow each other are no winter; "op" alone is no period.
    assert.deepEqual(dates('In de winter van 2021 op 2023 niet; op 2023 kom ik terug.'), [['de winter van 2021', { iso: '2021', approx: true }]]);
  });

  it('a range of Senate letters before a word cites both ends', () => {
    const cited = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => e.text);
    assert.deepEqual(cited('Zie Kamerstukken I 2023/24, 36 418, A tot en met D over het plan.'), ['Kamerstukken I 2023/24, 36 418, A', 'D']);
    // A number after a singular "nr." and a word stays a count, not a listed stuk.
    assert.deepEqual(cited('Zie Kamerstuk 36 418, nr. 5 tot en met 7 weken later.'), ['Kamerstuk 36 418, nr. 5']);
  });
});

describe('round 39: the Belastingdienst\'s other parts, portfolios without the ministry, decades opening a period', () => {
  it('any part of the Belastingdienst written after a slash is one body with it', () => {
    assert.deepEqual(orgs('De Belastingdienst/Grote Ondernemingen en de Belastingdienst/Particulieren controleren; ook Belastingdienst/Midden- en kleinbedrijf.').map(o => o[0]),
      ['Belastingdienst/Grote Ondernemingen', 'Belastingdienst/Particulieren', 'Belastingdienst/Midden- en kleinbedrijf']);
    // A slash to a word in lower case or a path is no part.
    assert.deepEqual(orgs('De Belastingdienst/inspecteur en www.belastingdienst.nl/Particulieren zijn bekend.').map(o => o[0]), ['Belastingdienst']);
  });

  it('a portfolio in parentheses after a state secretary\'s name, with or without the ministry', () => {
    assert.deepEqual(orgs('Staatssecretaris Van Rij (Fiscaliteit en Belastingdienst) en de Belastingdienst (zie bijlage) gaven antwoord.').map(o => o[0]),
      ['Belastingdienst']);
  });

  it('a decade that opens a period after "jaren" is a year', () => {
    assert.deepEqual(datesInLetterOf('2024-03-14')('In de jaren 2020 t/m 2022 en de jaren 2000 tot en met 2005 steeg het aantal.'),
      [['2020', { iso: '2020' }], ['2022', { iso: '2022' }], ['2000', { iso: '2000' }], ['2005', { iso: '2005' }]]);
  });
});

describe('round 39: the Chambers of Commerce before their merger', () => {
  it('the umbrella Kamer van Koophandel Nederland and Syntens are bodies of their own', () => {
    assert.deepEqual(orgs('De Kamer van Koophandel Nederland en Syntens werken samen met de Kamer van Koophandel.').map(o => o[0]),
      ['Kamer van Koophandel Nederland', 'Syntens', 'Kamer van Koophandel']);
  });
});

describe('round 39: bodies of the traffic, tax advice and Caribbean letters', () => {
  it('road safety and road users\' bodies, by name and acronym', () => {
    assert.deepEqual(orgs('De SWOV, Veilig Verkeer Nederland (VVN) en de ANWB pleiten ervoor; V&VN niet.').map(o => o[1]),
      ['SWOV', 'VEILIG-VERKEER-NL', 'VEILIG-VERKEER-NL', 'ANWB', 'VVN']);
  });

  it('the tax advisers, the FIOD under its name of 1998–2010, and the Caribbean tax and customs services', () => {
    assert.deepEqual(orgs('De Nederlandse Orde van Belastingadviseurs, het Register Belastingadviseurs en de FIOD-ECD reageerden.').map(o => o[0]),
      ['Nederlandse Orde van Belastingadviseurs', 'Register Belastingadviseurs', 'FIOD-ECD']);
    assert.deepEqual(orgs('De Belastingdienst Caribisch Nederland en de Douane Caribisch Nederland werken op Bonaire.').map(o => o[0]),
      ['Belastingdienst Caribisch Nederland', 'Douane Caribisch Nederland']);
  });
});

describe('round 39: a rule\'s day of every year, and the first months of a year', () => {
  const dates = datesInLetterOf('2024-03-14');
  it('a day "van het jaar" or "van elk kalenderjaar" names every year\'s day, no date; a day with its year stays one', () => {
    assert.deepEqual(dates('De vordering verjaart op 31 december van het jaar volgend op het jaar waarin de aanslag is opgelegd.'), []);
    assert.deepEqual(dates('De termijn loopt tot 1 juli van elk kalenderjaar; op 1 juli 2024 begon hij.'),
      [['1 juli 2024', { iso: '2024-07-01' }]]);
  });

  it('the first or last months of a year are an approximate year', () => {
    assert.deepEqual(dates('In de eerste maanden van 2025 en de laatste maanden van 2023 kwamen de beschikkingen.'),
      [['de eerste maanden van 2025', { iso: '2025', approx: true }], ['de laatste maanden van 2023', { iso: '2023', approx: true }]]);
  });
});
