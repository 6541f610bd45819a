// Round 21 of the blind check on real letters: every family at once, on short letters of BZK, VRO, OCW, SZW, Defensie,
// Buitenlandse Zaken / BHO and Koninkrijksrelaties, and a letter to the Eerste Kamer, of 2022–2025, laid out as the seeds
// with entities broken over a page. Blind errors: an Eerste Kamer footer naming two dossiers, the second with its Rijkswet
// number, was not read as the letter's own (its page number then taken for the day of a date broken over it); a division
// of the Raad van State written without the article (`Afdeling Advisering van Raad van State`) read as two names; the
// armed groups M23 and ADF, the Aanjaagteam Bescherming Arbeidsmigranten, I&O Research and Centerdata not read (now in the
// gazetteer); in a second batch (OCW and SZW letters with Handelingen citations) the Nationaal Regieorgaan Onderwijsonderzoek
// (NRO) and the bureau Sardes (now in the gazetteer too). Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { orgs } from './recognised';

const selfCitations = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'kamerstuk' && (e.value as { self: boolean }).self).map(e => e.text);

describe('round 21: a footer naming several dossiers, a later one with its Rijkswet number', () => {
  const senate = (n: number) => `Eerste Kamer, vergaderjaar 2023–2024, 34 512 en 34 513 (R2077), D ${n}`;
  const page = [
    'Met deze brief bied ik u het advies aan dat de Raad van State op 12 ',
    '',
    senate(1),
    '',
    '',
    'maart 2024 heeft uitgebracht over het voorstel. ',
    '',
    senate(2),
  ].join('\n');

  it('an Eerste Kamer footer: the self kamerstuk on each page, its letter as the number, the identity the first dossier\'s', () => {
    const a = analyseLetter(page);
    assert.deepEqual(selfCitations(page), ['34 512 en 34 513 (R2077), D', '34 512 en 34 513 (R2077), D']);
    const self = a.entities.find(e => e.kind === 'kamerstuk')!;
    assert.equal((self.value as { id: string }).id, 'kst-34512-D');
    assert.equal(a.identity.dossier, '34512');
    assert.equal(a.identity.number, 'D');
    assert.equal(a.identity.chamber, 'I');
  });

  it('a date broken over that footer is one date; the page number is no day', () => {
    const dates = analyseLetter(page).entities.filter(e => e.kind === 'date' && 'iso' in (e.value as object));
    assert.deepEqual(dates.map(e => [e.text, (e.value as { iso: string }).iso]), [[`12 \n\n${senate(1)}\n\n\nmaart 2024`, '2024-03-12']]);
  });

  it('a Tweede Kamer footer of the same shape: "…, 35 101 en 35 102 (R2100), nr. 7 3"', () => {
    const text = 'De regering antwoordt op de vragen van de commissie. \n\nTweede Kamer, vergaderjaar 2019–2020, 35 101 en 35 102 (R2100), nr. 7 3\n';
    assert.deepEqual(selfCitations(text), ['35 101 en 35 102 (R2100), nr. 7']);
  });

  it('negative: a footer-like line whose item after the dossiers is a bare number is not read', () => {
    assert.deepEqual(selfCitations('Eerste Kamer, vergaderjaar 2023–2024, 34 512 en 34 513 (R2077), 12 2\n'), []);
  });
});

describe('round 21: a division named with its body', () => {
  it('"Afdeling Advisering van Raad van State" (no article, capitals) is one name, as the name with "van de"', () => {
    assert.deepEqual(orgs('Dit volgde op de voorlichting van de Afdeling Advisering van Raad van State in het voorjaar.'), [
      ['Afdeling Advisering van Raad van State', 'RVS'],
    ]);
    assert.deepEqual(orgs('De Afdeling bestuursrechtspraak van de Raad van State deed uitspraak.'), [
      ['Afdeling bestuursrechtspraak van de Raad van State', 'RVS'],
    ]);
  });

  it('negative: two bodies, or a body and an acronym, joined by "van" stay two names', () => {
    assert.deepEqual(orgs('Het rapport van de Inspectie van het Onderwijs van het Ministerie van Onderwijs, Cultuur en Wetenschap volgt.'), [
      ['Inspectie van het Onderwijs', 'INSP-OND'], ['Ministerie van Onderwijs, Cultuur en Wetenschap', 'MIN-OCW'],
    ]);
    assert.deepEqual(orgs('De Afdeling advisering en daarna de Raad van State zelf spraken zich uit.'), [
      ['Afdeling advisering', 'RVS'], ['Raad van State', 'RVS'],
    ]);
  });
});

describe('round 21: bodies named in BHO, Buitenlandse Zaken and SZW letters', () => {
  it('the armed groups M23 and ADF, by acronym and by name', () => {
    assert.deepEqual(orgs('De opmars van M23 gaat door; ook de Allied Democratic Forces (ADF) zijn actief, en de ADF breidt uit.'), [
      ['M23', 'M23'], ['Allied Democratic Forces', 'ADF'], ['ADF', 'ADF'], ['ADF', 'ADF'],
    ]);
  });

  it('negative: a road or a code with the same letters is not the group', () => {
    assert.deepEqual(orgs('De file op de m23 en de code adf in het formulier.'), []);
  });

  it('the Aanjaagteam Bescherming Arbeidsmigranten by its name and by its chair\'s', () => {
    assert.deepEqual(orgs('Het Aanjaagteam Bescherming Arbeidsmigranten deed aanbevelingen; die van het Aanjaagteam Roemer voer ik uit.'), [
      ['Aanjaagteam Bescherming Arbeidsmigranten', 'AANJAAGTEAM-ARBEIDSMIGRANTEN'], ['Aanjaagteam Roemer', 'AANJAAGTEAM-ARBEIDSMIGRANTEN'],
    ]);
  });

  it('negative: an aanjaagteam in lower case or another one is not that body', () => {
    assert.deepEqual(orgs('Er komt een aanjaagteam voor de woningbouw.'), []);
  });

  it('the Nationaal Regieorgaan Onderwijsonderzoek (NRO) and the bureau Sardes (batch 2 of the round, OCW)', () => {
    assert.deepEqual(orgs('Het Nationaal Regieorgaan Onderwijsonderzoek (NRO) financiert de studie; Sardes voert haar uit, het NRO begeleidt.'), [
      ['Nationaal Regieorgaan Onderwijsonderzoek', 'NRO'], ['NRO', 'NRO'], ['Sardes', 'SARDES'], ['NRO', 'NRO'],
    ]);
  });

  it('negative: "nro" in lower case is no body', () => {
    assert.deepEqual(orgs('Het formulier heeft een veld nro voor het volgnummer.'), []);
  });

  it('the research bureaus I&O Research and Centerdata', () => {
    assert.deepEqual(orgs('Het onderzoek is gedaan door I&O Research en Centerdata in opdracht van mijn ministerie.'), [
      ['I&O Research', 'I-O-RESEARCH'], ['Centerdata', 'CENTERDATA'],
    ]);
  });
});
