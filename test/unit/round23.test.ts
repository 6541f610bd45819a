// Round 23 of the blind check on real texts: every family at once, on Kamerstukken that are no minister's letters
// (moties, an amendement, verslagen of a schriftelijk and an algemeen overleg, lijsten van vragen en antwoorden, a
// geannoteerde agenda, and Eerste Kamer stukken: a verslag of a nader schriftelijk overleg, a memorie van antwoord, a
// voorlopig verslag) of 2009–2025, about half laid out as the seeds with entities broken over a page. Blind errors: the
// motie's citation of another motie with a spaced dossier, `de motie op stuk nr. 68 (35 483)`, was not read (only the
// Handelingen' unspaced `Zij krijgt nr. 476 (29754)` was); `de jaren 2025 en daarna` lost its year (a year after `jaren`
// was read only with a second year listed); an acronym defined after the name of a directive, `de Richtlijn
// Rivierinformatiediensten (RIS)`, was read as a body; the informal EU health council, `de informele Gezondheidsraad`,
// was the Dutch advisory body; ICES, EMSA, the commissie voor de Rijksuitgaven, the Presidium and the informal
// Landbouwraad were unknown. Every snippet is written for the test; none is copied from a stuk.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { letterOrgs, orgs } from './recognised';

const citations = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'kamerstuk' && !(e.value as { self: boolean }).self)
  .map(e => [e.text, (e.value as { id: string }).id]);
const years = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'date' && 'iso' in (e.value as object))
  .map(e => [e.text, (e.value as { iso: string }).iso]);

describe('round 23: a motie cites another by its number and spaced dossier', () => {
  it('"de motie op stuk nr. 41 (36 123)" is Kamerstuk 36123 nr. 41, span from "nr." to ")"', () => {
    assert.deepEqual(citations('Zij vraagt uitvoering van de motie op stuk nr. 41 (36 123) zonder nieuw onderzoek;'), [
      ['nr. 41 (36 123)', 'kst-36123-41'],
    ]);
    assert.deepEqual(citations('gelet op de motie op stuk nr. 7 (34 987-VII),'), [['nr. 7 (34 987-VII)', 'kst-34987-VII-7']]);
  });

  it('also with the line or the page broken before the parenthesis', () => {
    assert.deepEqual(citations('verzoekt uitvoering te geven aan de motie op stuk nr. 41 \n(36 123),'), [['nr. 41 \n(36 123)', 'kst-36123-41']]);
    const footer = (n: number) => `Tweede Kamer, vergaderjaar 2021–2022, 19 000, nr. 12 ${n}`;
    const page = `verzoekt de regering uitvoering te geven aan de motie op stuk nr. 41 \n\n${footer(1)}\n\n\n(36 123), \n\nen gaat over tot de orde van de dag. \n\n${footer(2)}\n`;
    assert.deepEqual(citations(page), [[`nr. 41 \n\n${footer(1)}\n\n\n(36 123)`, 'kst-36123-41']]);
  });

  it('the Handelingen announcement keeps reading as before', () => {
    assert.deepEqual(citations('Zij krijgt nr. 476 (29754).'), [['nr. 476 (29754)', 'kst-29754-476']]);
  });

  it('negative: a count or an amount in parentheses after a number is no citation', () => {
    assert.deepEqual(citations('Het gaat om nr. 3 (12 000 euro) van de lijst.'), []);
    assert.deepEqual(citations('Zie tabel nr. 4 (35 483 personen).'), []);
    assert.deepEqual(citations('Bijlage nr. 2 (2020) geeft de cijfers.'), []);
  });
});

describe('round 23: a year after "jaren" that cannot name a decade', () => {
  it('"in de jaren 2027 en daarna" is the year 2027', () => {
    assert.deepEqual(years('De bezuiniging treft de budgetten in de jaren 2027 en daarna.'), [['2027', '2027']]);
  });

  it('the listed years keep reading as before', () => {
    assert.deepEqual(years('Over de jaren 2016 en 2017 is niets gemeld.'), [['2016', '2016'], ['2017', '2017']]);
  });

  it('negative: "de jaren 2000" alone is a decade, and a count of years is no year', () => {
    assert.deepEqual(years('In de jaren 2000 groeide de sector.'), []);
    assert.deepEqual(years('Het duurde 12 jaren 2 maanden.'), []);
  });
});

describe('round 23: an acronym defined after the name of a legal act', () => {
  it('"de Richtlijn Scheepvaartinformatiediensten (SID)" defines no body', () => {
    assert.deepEqual(orgs('Dit betreft de Richtlijn Scheepvaartinformatiediensten (SID) en de herziening daarvan. De SID blijft.'), []);
    assert.deepEqual(orgs('Het gaat om de Verordening Havendiensten (VHD).'), []);
  });

  it('negative: a body defined after other words, and a known body after the act word, stay bodies', () => {
    assert.deepEqual(orgs('Het advies van de Raad voor Scheepvaartdiensten (RSD) volgt. De RSD adviseert.').map(o => o[1]), ['TEXT:RSD', 'TEXT:RSD', 'TEXT:RSD']);
    assert.deepEqual(orgs('De Raad voor de rechtspraak (Rvdr) adviseerde.').map(o => o[1]), ['RVDR', 'RVDR']);
  });
});

describe('round 23: a Dutch council name that the EU ministers\' meeting shares', () => {
  it('"de informele Gezondheidsraad" is the EU health council (EPSCO), "de formele Onderwijsraad" the education council', () => {
    assert.deepEqual(orgs('Op de agenda van de informele Gezondheidsraad staat de zorg.'), [['Gezondheidsraad', 'EU-EPSCO']]);
    assert.deepEqual(orgs('Tijdens de formele Onderwijsraad sprak de minister.'), [['Onderwijsraad', 'EU-RAAD-OJCS']]);
  });

  it('negative: bare, or after other words, the name stays the Dutch body\'s', () => {
    assert.deepEqual(orgs('De Gezondheidsraad adviseert over vaccinatie.'), [['Gezondheidsraad', 'GEZONDHEIDSRAAD']]);
    assert.deepEqual(orgs('Het advies van de Onderwijsraad volgt.'), [['Onderwijsraad', 'ONDERWIJSRAAD']]);
    assert.deepEqual(orgs('Het informele advies van de Gezondheidsraad volgt.'), [['Gezondheidsraad', 'GEZONDHEIDSRAAD']]);
  });
});

describe('round 23: bodies the stukken name again and again', () => {
  it('ICES before its definition and after it, EMSA in Dutch and English, the informal Landbouwraad', () => {
    assert.deepEqual(orgs('ICES-adviezen. De International Council for the Exploration of the Sea (ICES) adviseert.').map(o => o[1]), ['ICES', 'ICES', 'ICES']);
    assert.deepEqual(orgs('Het Europees Agentschap voor maritieme veiligheid (EMSA) en de European Maritime Safety Agency.').map(o => o[1]), ['EMSA', 'EMSA', 'EMSA']);
    assert.deepEqual(orgs('het verslag van de informele Landbouwraad van 19 september'), [['Landbouwraad', 'EU-LANDBOUWRAAD']]);
  });

  it('the commissie voor de Rijksuitgaven and the Presidium of the Tweede Kamer', () => {
    assert.deepEqual(orgs('De commissie voor de Rijksuitgaven heeft vragen gesteld.'), [['commissie voor de Rijksuitgaven', 'TK-COM-RU']]);
    assert.deepEqual(orgs('verzoekt het Presidium voorstellen uit te werken,'), [['Presidium', 'TK-PRESIDIUM']]);
  });

  it('negative: in lower case, or as part of other words, they are not read', () => {
    assert.deepEqual(orgs('het presidium van de vereniging vergaderde; de ices-waarden stegen.'), []);
    assert.deepEqual(orgs('Het landbouwraadslid sprak.'), []);
  });

  it('a committee over a page through the whole pipeline', () => {
    const footer = (n: number) => `Tweede Kamer, vergaderjaar 2021–2022, 36 100, nr. 4 ${n}`;
    const page = `De commissie voor de \n\n${footer(1)}\n\n\nRijksuitgaven heeft vragen voorgelegd. \n\n${footer(2)}\n`;
    assert.deepEqual(letterOrgs(page).filter(o => o[1] !== 'TK'), [[`commissie voor de \n\n${footer(1)}\n\n\nRijksuitgaven`, 'TK-COM-RU']]);
  });
});
