// Round 9 of the blind check on real letters (terrorism and returnees, radicalisation and the local approach,
// financing of terrorism, prisons, EU and UN counter-terrorism; 2013–2021, all laid out as PDF text): the rules it
// added for organisations, acronyms and dates. Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';


const dates = datesInLetterOf('2019-05-01');

describe('round 9: two acronyms joined by a slash', () => {
  it('"Defensie/de Koninklijke Marechaussee (DEF/KMar)" is no definition of one body; each known part is read', () => {
    assert.deepEqual(orgs('Betrokken zijn Defensie/de Koninklijke Marechaussee (DEF/KMar) en Binnenlandse Zaken/de Algemene Inlichtingen- en Veiligheidsdienst (BZK/AIVD).'), [
      ['Koninklijke Marechaussee', 'KMAR'],
      ['KMar', 'KMAR'],
      ['Algemene Inlichtingen- en Veiligheidsdienst', 'AIVD'],
      ['AIVD', 'AIVD'],
    ]);
  });

  it('a known acronym after a slash and another acronym is read, in or out of parentheses', () => {
    assert.deepEqual(orgs('De taken van DEF/MIVD en (VenJ/NCTV) zijn verdeeld.'), [['MIVD', 'MIVD'], ['NCTV', 'NCTV']]);
  });

  it('negative: a name after a slash in a web address or after a lower-case word is not read', () => {
    assert.deepEqual(orgs('Zie www.example.nl/AIVD en de pagina over/AIVD voor meer.'), []);
  });

  it('negative: a short form with a slash over one name (no article after its slash) stays one definition', () => {
    assert.deepEqual(orgs('De commissie Integratie en Asiel/Justitiezaken (I&A/JZ) vergaderde. De I&A/JZ besloot.'), [
      ['commissie Integratie en Asiel/Justitiezaken', 'TEXT:I&A/JZ'],
      ['I&A/JZ', 'TEXT:I&A/JZ'],
      ['I&A/JZ', 'TEXT:I&A/JZ'],
    ]);
  });
});

describe('round 9: bodies of the financing of terrorism and of counter-terrorism the gazetteer now knows', () => {
  it('"de FIU" alone is FIU-Nederland; its plural is not a body', () => {
    assert.deepEqual(orgs('Een melding gaat naar de FIU. De FIU’s van de lidstaten werken samen.'), [['FIU', 'FIU-NL']]);
  });

  it('the Egmont Group, UNESCO, the Dutch name of AQAP and EU INTCEN as one name', () => {
    assert.deepEqual(orgs('Via de Egmont Group deelt de FIU informatie. Ook UNESCO en Al-Qaida in het Arabisch Schiereiland kwamen aan bod, net als een analyse van EU INTCEN.'), [
      ['Egmont Group', 'EGMONT-GROUP'],
      ['FIU', 'FIU-NL'],
      ['UNESCO', 'UNESCO'],
      ['Al-Qaida in het Arabisch Schiereiland', 'AQAP'],
      ['EU INTCEN', 'EU-INTCEN'],
    ]);
  });

  it('"Landelijk Parket van het OM" is one span, as "Landelijke Eenheid van de politie"; "Universiteit Groningen" is the RUG', () => {
    assert.deepEqual(orgs('Het Landelijk Parket van het OM en de Universiteit Groningen werkten samen met het OM.'), [
      ['Landelijk Parket van het OM', 'LANDELIJK-PARKET'],
      ['Universiteit Groningen', 'RUG'],
      ['OM', 'OM'],
    ]);
  });
});

describe('round 9: "a.s." before a day', () => {
  it('"a.s. 18 juni" and "aanstaande 3 juli" take the cue into the span, as "18 juni a.s."', () => {
    assert.deepEqual(dates('Er is a.s. 18 juni een sessie en aanstaande 3 juli een tweede.'), [
      ['a.s. 18 juni', { iso: '2019-06-18' }],
      ['aanstaande 3 juli', { iso: '2019-07-03' }],
    ]);
  });

  it('"a.s." before a day in a month that has passed this year names next year', () => {
    assert.deepEqual(dates('Het overleg is a.s. 2 april.'), [['a.s. 2 april', { iso: '2020-04-02' }]]);
  });

  it('negatives: a cue after the date is read once; a weekday, a year or another word before keeps the span as it was', () => {
    assert.deepEqual(dates('Op 5 mei a.s., op maandag 6 mei en op 7 mei 2019; de vergadering a.s. Het basis 8 juni.'), [
      ['5 mei a.s.', { iso: '2019-05-05' }],
      ['6 mei', { iso: '2019-05-06' }],
      ['7 mei 2019', { iso: '2019-05-07' }],
      ['8 juni', { iso: '2019-06-08' }],
    ]);
  });
});
