// Session 17: leftovers in the recognisers (an amount read as a Senate stuk, foreign bodies, police abroad, deadlines
// at the turn of the year). Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity } from '../../server/src/core/types';
import { datesInLetterOf, orgs } from './recognised';
import { uninflected } from '../../server/src/core/recognise/foreign';

function kamerstukken(text: string): Array<[string, string | null, string | null]> {
  return analyseLetter(text, { scope: 'references' }).entities
    .filter((e: AnyEntity) => e.kind === 'kamerstuk')
    .map(e => {
      const v = e.value as { dossier: string; number: string | null };
      return [e.text, v.dossier, v.number];
    });
}

describe('session 17: a number with a thousands dot before capitals is no Senate stuk without a parliamentary context', () => {
  it('amounts and counts in brackets followed by abbreviations are not read', () => {
    assert.deepEqual(kamerstukken('Het aantal meldingen steeg sterk (25.000, EU en VS) in dat jaar.\n'), []);
    assert.deepEqual(kamerstukken('Er waren veel signalen (33.000, AIVD) en (31.500, OM) in totaal.\n'), []);
    assert.deepEqual(kamerstukken('De subsidie bedraagt 35.000 euro (35.000, EK) per jaar.\n'), []);
    assert.deepEqual(kamerstukken('Het aantal bezoekers:\n\n25.000, EU en VS samen.\n'), []);
  });

  it('negative: the Senate’s own form stays read where the clause names a stuk or the Eerste Kamer, and undotted', () => {
    assert.deepEqual(kamerstukken('Motie over de zorg (35.526, BH).\n'), [['35.526, BH', '35526', 'BH']]);
    assert.deepEqual(kamerstukken('De Eerste Kamer nam het voorstel aan (35.300, C en D).\n'),
      [['35.300, C', '35300', 'C'], ['D', '35300', 'D']]);
    assert.deepEqual(kamerstukken('Het ging om het amendement (34.700, F).\n'), [['34.700, F', '34700', 'F']]);
    assert.deepEqual(kamerstukken('Het aantal steeg (35526 / 25295, CH) en (35 526, BH).\n'),
      [['35526 / 25295, CH', '35526', 'CH'], ['35 526, BH', '35526', 'BH']]);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35.300, C.\n'), [['Kamerstukken I 2019/20, 35.300, C', '35300', 'C']]);
  });
});

describe('session 17: "openbaar ministerie" after an adjective: a country\'s (listed) or a Dutch place\'s', () => {
  it('a Dutch city or province named by its adjective is the Dutch OM (an office of it)', () => {
    assert.deepEqual(orgs('Het Amsterdamse openbaar ministerie heeft de zaak geseponeerd.'), [['openbaar ministerie', 'OM']]);
    assert.deepEqual(orgs('Zowel het Haagse openbaar ministerie als het Limburgse openbaar \nministerie.'), [
      ['openbaar ministerie', 'OM'], ['openbaar \nministerie', 'OM'],
    ]);
    assert.deepEqual(orgs('Het Nederlandse openbaar ministerie vervolgt.'), [['openbaar ministerie', 'OM']]);
  });
  it('negative: another country\'s, inflected or not (a het-word), and the European one, are not the OM', () => {
    assert.deepEqual(orgs('Het Belgisch openbaar ministerie en het Frans openbaar ministerie.'), []);
    assert.deepEqual(orgs('Het Duitse openbaar ministerie en het Portugees openbaar ministerie.'), []);
    assert.deepEqual(orgs('Het Zuid-Afrikaans openbaar ministerie en het Curaçaos openbaar ministerie.'), []);
    assert.deepEqual(orgs('Het buitenlands openbaar ministerie wordt ingelicht.'), []);
    assert.deepEqual(orgs('Het Europees openbaar ministerie en het Europese openbaar ministerie.').filter(o => o[1] === 'OM'), []);
  });
  it('the police rule reads the same list: a country\'s adjective is foreign, a Dutch place\'s is not', () => {
    assert.deepEqual(orgs('De Amsterdamse politie en de Portugese politie.'), [['politie', 'POLITIE']]);
  });
});

describe('foreign.ts: the uninflected forms of the listed adjectives', () => {
  it('are derived as Dutch writes them before a het-word', () => {
    for (const [inflected, bare] of [['Belgische', 'Belgisch'], ['Franse', 'Frans'], ['Portugese', 'Portugees'], ['Chinese', 'Chinees'],
      ['Deense', 'Deens'], ['Oekraïense', 'Oekraïens'], ['Zuid-Afrikaanse', 'Zuid-Afrikaans'], ['Estse', 'Ests'], ['buitenlandse', 'buitenlands']]) {
      assert.equal(uninflected(inflected), bare);
    }
  });
});

describe('session 17: police named with a country after the noun', () => {
  it('"van"/"in"/"op"/"uit" + a country, or a country of the Kingdom, makes it another country\'s force', () => {
    assert.deepEqual(orgs('De politie van Curaçao en de politie in Duitsland werkten samen.'), []);
    assert.deepEqual(orgs('Volgens de politie uit België en de politie van het Verenigd Koninkrijk.'), []);
    assert.deepEqual(orgs('De politie op Aruba, de politie van Sint Maarten en de politie in de Verenigde Staten.'), []);
    assert.deepEqual(orgs('Het Korps Politie Curaçao en de politie van Curacao.'), []);
  });
  it('the Caribbean Netherlands have their own force (KPCN): not the Nationale Politie', () => {
    assert.deepEqual(orgs('De politie op Bonaire, de politie van Sint Eustatius en de politie op Saba.'), []);
    assert.deepEqual(orgs('De politie in Caribisch Nederland meldde het.'), []);
  });
  it('negative: a Dutch place after the noun, or none, is the Dutch police', () => {
    assert.deepEqual(orgs('De politie in Amsterdam en de politie Amsterdam.'), [['politie', 'POLITIE'], ['politie', 'POLITIE']]);
    assert.deepEqual(orgs('De Nederlandse politie in Nederland.'), [['politie', 'POLITIE']]);
    assert.deepEqual(orgs('De politie in Limburg en de politie van Den Haag.'), [['politie', 'POLITIE'], ['politie', 'POLITIE']]);
    assert.deepEqual(orgs('De politie in Duitslandstraat en de politie op België-reis.'), [['politie', 'POLITIE'], ['politie', 'POLITIE']]);
    assert.deepEqual(orgs('De politie heeft in Duitsland gezocht.'), [['politie', 'POLITIE']]);
  });
});

describe('session 17: a deadline ahead in a January or February letter keeps the letter\'s year', () => {
  const january = datesInLetterOf('2017-01-04');
  const iso = (text: string) => january(text).map(([t, v]) => [t, (v as { iso: unknown }).iso]);
  it('"uiterlijk", "voor", "vóór", "per", "met ingang van", "tot" before a November or December day', () => {
    assert.deepEqual(iso('U ontvangt het verslag uiterlijk 1 december.'), [['1 december', '2017-12-01']]);
    assert.deepEqual(iso('Het plan komt voor 1 december en de evaluatie vóór 15 november.'), [['1 december', '2017-12-01'], ['15 november', '2017-11-15']]);
    assert.deepEqual(iso('De regeling geldt per 1 december, de wet met ingang van 1 november.'), [['1 december', '2017-12-01'], ['1 november', '2017-11-01']]);
    assert.deepEqual(iso('Voor 20 december besluit het kabinet. De pilot loopt tot 1 december.'), [['20 december', '2017-12-20'], ['1 december', '2017-12-01']]);
  });
  it('negative: a date just past, a range across the turn, and a letter later in the year stay as round 15 decided', () => {
    assert.deepEqual(iso('Op 21 december vond de aanslag plaats.'), [['21 december', '2016-12-21']]);
    assert.deepEqual(iso('In de week van 12 tot 16 december is overlegd.'), [['12 tot 16 december', ['2016-12-12', '2016-12-16']]]);
    assert.deepEqual(iso('De consultatie liep van 15 november tot 1 december.'), [['15 november', '2016-11-15'], ['1 december', '2016-12-01']]);
    assert.deepEqual(iso('Het overleg van 2 december voor de Raad.'), [['2 december', '2016-12-02']]);
    assert.deepEqual(datesInLetterOf('2017-06-04')('Uiterlijk 1 december volgt het besluit.').map(([t, v]) => [t, (v as { iso: unknown }).iso]), [['1 december', '2017-12-01']]);
  });
});
