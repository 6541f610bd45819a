// Session 25: the recognition leftovers of rounds 31-34 and session 23, decided and fixed as rules (test/data/real-letters.md,
// "Leftovers fixed in session 25"). Every snippet is written for the test, on the model of the letters' sentences; none is copied.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { orgs, letterOrgs, datesInLetterOf } from './recognised';
import { analyseLayout } from '../../server/src/core/text/layout';

const kamerstukken = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, (e.value as { number: string | null }).number]);

describe('leftovers 25: "AO" after a dossier before the meeting\'s date is the algemeen overleg, no Senate letter', () => {
  it('"Kamerstuk 31 490, AO van 12 maart" and "…, AO d.d. 3 mei" cite the dossier only', () => {
    assert.deepEqual(kamerstukken('Zie het verslag (Kamerstuk 31 490, AO van 12 maart 2015) voor de toezegging.'), [['Kamerstuk 31 490', null]]);
    assert.deepEqual(kamerstukken('Dit is besproken in Kamerstuk 29 754, AO d.d. 3 mei 2016.'), [['Kamerstuk 29 754', null]]);
    assert.deepEqual(kamerstukken('Zoals toegezegd in Kamerstuk 29 754, AO op 14 februari jl. stuur ik u deze brief.'), [['Kamerstuk 29 754', null]]);
  });

  it('negative: the Senate letter AO before a closing mark, a list or another word stays a letter', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2014/15, 33 750, AO.'), [['Kamerstukken I 2014/15, 33 750, AO', 'AO']]);
    assert.deepEqual(kamerstukken('Zie (Kamerstuk 33 750, AO) voor de vragen.'), [['Kamerstuk 33 750, AO', 'AO']]);
    assert.deepEqual(kamerstukken('In Kamerstuk 33 750, AO en de memorie van antwoord staat dit.')[0], ['Kamerstuk 33 750, AO', 'AO']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 33 750, AP van 12 maart.')[0][1], null);
  });
});

describe('leftovers 25: the parket bij de Hoge Raad is a body of its own', () => {
  it('"het parket bij de Hoge Raad", "Het Parket bij de Hoge Raad" are the parket, not the court', () => {
    assert.deepEqual(orgs('Het parket bij de Hoge Raad heeft cassatie in het belang der wet ingesteld. De Hoge Raad oordeelde anders.'),
      [['parket bij de Hoge Raad', 'PARKET-HR'], ['Hoge Raad', 'HOGE-RAAD']]);
    assert.deepEqual(orgs('Het Parket bij de Hoge Raad adviseert de Hoge Raad.').map(o => o[1]), ['PARKET-HR', 'HOGE-RAAD']);
  });

  it('negative: the procureur-generaal (a role) bij de Hoge Raad and a court\'s parket in lower case elsewhere keep the court', () => {
    assert.deepEqual(orgs('De procureur-generaal bij de Hoge Raad concludeerde.'), [['Hoge Raad', 'HOGE-RAAD']]);
    assert.deepEqual(orgs('Het parket heeft de zaak voorgelegd aan de Hoge Raad.'), [['Hoge Raad', 'HOGE-RAAD']]);
  });
});

describe('leftovers 25: an omgevingsdienst whose region is joined by "&", and the regionale uitvoeringsdiensten', () => {
  it('"Omgevingsdienst Flevoland & Gooi en Vechtstreek" is one body', () => {
    assert.deepEqual(orgs('De Omgevingsdienst Flevoland & Gooi en Vechtstreek houdt toezicht op de bedrijven.').map(o => o[0]),
      ['Omgevingsdienst Flevoland & Gooi en Vechtstreek']);
    assert.deepEqual(orgs('De Omgevingsdienst Flevoland & Gooi houdt toezicht.').map(o => o[0]), ['Omgevingsdienst Flevoland & Gooi']);
  });

  it('negative: "&" before a word in lower case or another body ends the region', () => {
    assert.deepEqual(orgs('De Omgevingsdienst Twente & partners houdt toezicht.').map(o => o[0]), ['Omgevingsdienst Twente']);
    assert.deepEqual(orgs('De Omgevingsdienst Twente & De provincie zijn het eens.').map(o => o[0]), ['Omgevingsdienst Twente']);
  });

  it('a regionale uitvoeringsdienst by its region, written out or as RUD', () => {
    assert.deepEqual(orgs('De Regionale Uitvoeringsdienst Drenthe en de RUD Utrecht handhaven; ook RUD Limburg Noord doet mee.').map(o => o[0]),
      ['Regionale Uitvoeringsdienst Drenthe', 'RUD Utrecht', 'RUD Limburg Noord']);
    assert.deepEqual(orgs('De regionale uitvoeringsdienst Zeeland handhaaft.').map(o => o[0]), ['regionale uitvoeringsdienst Zeeland']);
  });

  it('negative: the noun alone, the plural and a sentence opener after it name none', () => {
    assert.deepEqual(orgs('De Regionale Uitvoeringsdiensten handhaven. Een regionale uitvoeringsdienst kan dat ook.'), []);
    assert.deepEqual(orgs('Dat deed de RUD. Deze week volgt meer. De RUD Deze week niet.'), []);
  });
});

describe('leftovers 25: a gazetteer acronym the letter defines anew as another name', () => {
  it('"De vervoerder BAS (Bus Amsterdam Schiphol)": the letter\'s company, in the definition and every later use', () => {
    assert.deepEqual(orgs('De vervoerder BAS (Bus Amsterdam Schiphol) rijdt de nachtlijnen. Vanaf 2020 rijdt BAS ook overdag.'),
      [['BAS', 'TEXT:BAS'], ['Bus Amsterdam Schiphol', 'TEXT:BAS'], ['BAS', 'TEXT:BAS']]);
    assert.deepEqual(orgs('Het busbedrijf Bus Amsterdam Schiphol (BAS) rijdt de nachtlijnen. BAS rijdt ook overdag.').map(o => o[1]),
      ['TEXT:BAS', 'TEXT:BAS', 'TEXT:BAS']);
  });

  it('negative: without a word for a body before it, a long form of no known kind leaves the known body (session 19)', () => {
    assert.deepEqual(orgs('Het BAS is open. De Bijdrage Aanpassing Spoorwegen (BAS) loopt af. BAS is open.').map(o => o[1]), ['BAS', 'BAS', 'BAS']);
  });

  it('negative: the known body defined by its own or a near name keeps its reading', () => {
    assert.deepEqual(orgs('Het BAS (Bewoners Aanspreekpunt Schiphol) behandelt klachten. Het BAS is open.').map(o => o[1]), ['BAS', 'BAS', 'BAS']);
    assert.deepEqual(orgs('Het Bewonersoverleg BAS (Bewoners Aanwonenden Schiphol) is gehoord. BAS heeft zorgen.').map(o => o[1]), ['BAS', 'BAS']);
  });

  it('negative: a long form whose words do not spell the acronym one by one is no new definition', () => {
    assert.deepEqual(orgs('De vervoerder BAS (Busvervoer Schiphol) rijdt. BAS rijdt ook overdag.').map(o => o[1]), ['BAS', 'BAS']);
    assert.deepEqual(orgs('Het CPB (Jansen) rekende het door. Het CPB verwacht groei.').map(o => o[1]), ['CPB', 'CPB']);
  });
});

describe('leftovers 25: "AID" in a sentence on the United States is no Algemene Inspectiedienst', () => {
  it('"Het AID-programma van de VS", "de Amerikaanse AID-gelden": no AID; USAID is the US agency', () => {
    assert.deepEqual(orgs('Het AID-programma van de VS is beëindigd.'), []);
    assert.deepEqual(orgs('De Amerikaanse AID-gelden voor Afrika dalen.'), []);
    assert.deepEqual(orgs('Ook de financiering van USAID stopt; het AID-budget van de Verenigde Staten daalt.'), [['USAID', 'USAID']]);
  });

  it('negative: the inspection in a sentence of its own keeps its reading, also next to a sentence on the VS', () => {
    assert.deepEqual(orgs('De AID-controleurs troffen overtredingen aan. De VS kennen zulke regels niet. De AID legde boetes op.').map(o => o[1]),
      ['AID', 'AID']);
    assert.deepEqual(orgs('De Algemene Inspectiedienst (AID) controleerde de import uit de VS.').map(o => o[1]), ['AID', 'AID']);
    assert.deepEqual(orgs('De AID controleert de import van Amerikaans rundvlees; de AID-controleurs werken samen met de VS.').map(o => o[1]), ['AID', 'AID']);
  });
});

describe('leftovers 25: an inquiry committee named after "de" without its adjective', () => {
  it('"De enquêtecommissie Fyra", "de enquêtecommissie aardgaswinning Groningen": the committee from its compound on', () => {
    assert.deepEqual(orgs('De enquêtecommissie Fyra concludeerde dat het project mislukte.'), [['enquêtecommissie Fyra', 'TEXT:ENQUÊTECOMMISSIE FYRA']]);
    assert.deepEqual(orgs('Zoals de enquêtecommissie aardgaswinning Groningen schreef.').map(o => o[0]), ['enquêtecommissie aardgaswinning Groningen']);
  });

  it('negative: after "een", without a name, before a verb or a sentence opener, and the adjective\'s name as before', () => {
    assert.deepEqual(orgs('Er komt een enquêtecommissie Jeugdzorg. De enquêtecommissie heeft verhoord. De enquêtecommissie bezocht Groningen.'), []);
    assert.deepEqual(orgs('Dat vond de enquêtecommissie Dit bleek later.'), []);
    assert.deepEqual(orgs('De parlementaire enquêtecommissie Fyra hoorde getuigen.').map(o => o[0]), ['parlementaire enquêtecommissie Fyra']);
  });
});

describe('leftovers 25: a bare page number between dashes on a line of its own is page furniture', () => {
  it('"- 2 -" between pages: a citation and a name broken by it read on', () => {
    const text = 'Zoals gemeld (Kamerstuk 29 754, nr.\n\n- 2 -\n\n325) en verder.\n';
    assert.deepEqual(kamerstukken(text), [['Kamerstuk 29 754, nr.\n\n- 2 -\n\n325', '325']]);
    assert.deepEqual(letterOrgs('Het advies van de Raad voor\n– 3 –\nde rechtspraak volgt.\n').map(o => o[1]), ['RVDR']);
  });

  it('the line is furniture and a page starts after it, indented or not, with en dashes too', () => {
    const text = 'Eerste pagina.\n - 1 - \nTweede pagina.\n–2–\nDerde pagina.\n';
    const layout = analyseLayout(text);
    assert.deepEqual(layout.furniture.map(f => text.slice(f.start, f.end)), ['- 1 -', '–2–']);
    assert.ok(layout.pageStarts.includes(text.indexOf('Tweede')) && layout.pageStarts.includes(text.indexOf('Derde')));
  });

  it('negative: a dash, a number and more on the line, or a list item, is running text', () => {
    assert.deepEqual(analyseLayout('Opsomming:\n- 2 - 3 keer per jaar\n- 2 miljoen euro\n-2-\ttabel\n- - -\n').furniture, []);
  });
});

describe('leftovers 25: a bare year after "van" that dates a document', () => {
  const dates = datesInLetterOf('2023-05-01');
  it('"het advies van 2021", "het advies van de Raad van State van 2021", "de Kamerbrief van 2019": the year', () => {
    assert.deepEqual(dates('Zie ook het advies van de Raad van State van 2021.').map(d => d[0]), ['2021']);
    assert.deepEqual(dates('In het rapport van 2019 staat het al; de Kamerbrief van 2020 bevestigt dat.').map(d => d[0]), ['2019', '2020']);
  });

  it('negative: a law, an article or a count after "van" keeps its year unread', () => {
    assert.deepEqual(dates('Het advies van de Raad over de Wet Bibob van 2012 en artikel 3 van 2012 volgen.'), []);
    assert.deepEqual(dates('Het rapport van 2000 gemeenten en de brief van de wet van 2012 liggen er.'), []);
  });
});

describe('leftovers 25: a place and date on a line of their own inside a sentence broken by the PDF do not date the letter', () => {
  const dateOf = (text: string) => analyseLetter(text).identity.date;
  it('"… ondertekend in⏎Zoetermeer, 8 juni 2003⏎en treedt …": no date line', () => {
    assert.equal(dateOf('Geachte voorzitter,\n\nHet convenant is ondertekend in\nZoetermeer, 8 juni 2003\nen treedt direct in werking.\n'), null);
    assert.equal(dateOf('Geachte voorzitter,\n\nHet besluit is genomen te\nDen Haag, 8 juni 2003\nen gaat in op 1 juli.\n\nDen Haag, 12 juni 2003\n'), '2003-06-12');
  });

  it('negative: the date line between the address and the salutation, or after a sentence\'s end, dates the letter', () => {
    assert.equal(dateOf('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nZoetermeer, 8 juni 2003\n\nGeachte voorzitter,\n'), '2003-06-08');
    assert.equal(dateOf('Het convenant is ondertekend.\nZoetermeer, 8 juni 2003\nen daarna gepubliceerd.\n'), '2003-06-08');
    assert.equal(dateOf('Met vriendelijke groet,\nde minister\nDen Haag, 8 juni 2003\nbijlage volgt\n'), '2003-06-08');
  });
});

describe('leftovers 25: a range of Senate letters', () => {
  it('"…, A tot en met F", "nrs. A t/m F", "AB–AD": both ends of the range', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, A tot en met F.'),
      [['Kamerstukken I 2019/20, 35 300, A', 'A'], ['F', 'F']]);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, nrs. A t/m F en de brief.').map(k => k[1]), ['A', 'F']);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, nrs. Z tot en met AC.').map(k => k[1]), ['Z', 'AC']);
  });

  it('negative: a range that runs back, a letter to a number, and the numbers\' ranges as before', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, nrs. F tot en met A.').map(k => k[1]), ['F']);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35 300, nrs. A tot en met 5.').map(k => k[1]), ['A']);
    assert.deepEqual(kamerstukken('Zie Kamerstuk 29 754, nrs. 12 tot en met 15.').map(k => k[1]), ['12', '15']);
  });
});
