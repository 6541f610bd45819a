// Round 25 of the blind check on real texts: every family at once, on stukken of kinds the rounds met least (letters of
// 1995–2008, Senate stukken, kabinetsreacties to reports of the Algemene Rekenkamer, the Raad van State, the Nationale
// ombudsman and inspecties, voortgangsrapportages, letters citing stukken of other dossiers in lists). Part A took the
// misses earlier rounds had left: the older title of the Handelingen before the chamber ("Handelingen der
// Staten-Generaal, Tweede Kamer, 2004-2005, blz. 4567"), a year as a sentence's subject ("2015 was het jaar waarin …"),
// and the university medical centres, a small fixed national set like the universities. Every snippet is written for the
// test; none is copied from a stuk.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { letterOrgs, orgs } from './recognised';

const records = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'handelingen' || e.kind === 'aanhangsel')
  .map(e => {
    const v = e.value as { chamber: string | null; session: string | null; number: string | null; page?: string };
    return [e.text, v.chamber, v.session, v.number, v.page ?? null];
  });
const dates = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'date')
  .map(e => [e.text, (e.value as { iso?: unknown }).iso]);

describe('round 25: the Handelingen under their older title', () => {
  it('"Handelingen der Staten-Generaal" before the chamber: one citation from the keyword to the page', () => {
    assert.deepEqual(records('Dit is eerder besproken (Handelingen der Staten-Generaal, Tweede Kamer, 2001-2002, blz. 3120).'), [
      ['Handelingen der Staten-Generaal, Tweede Kamer, 2001-2002, blz. 3120', 'II', '2001-2002', null, '3120'],
    ]);
    assert.deepEqual(records('Zie Handelingen der Staten-Generaal, Eerste Kamer 1998–1999, blz. 812–830 en verder.'), [
      ['Handelingen der Staten-Generaal, Eerste Kamer 1998–1999, blz. 812–830', 'I', '1998-1999', null, '812-830'],
    ]);
  });

  it('over a line break, and neither the Staten-Generaal nor the chamber inside it is an organisation', () => {
    const text = 'Zoals blijkt uit de Handelingen der \nStaten-Generaal, Tweede Kamer, 2003-2004, blz. 4410 is dat zo.';
    assert.deepEqual(records(text).map(r => r[0]), ['Handelingen der \nStaten-Generaal, Tweede Kamer, 2003-2004, blz. 4410']);
    assert.deepEqual(letterOrgs(text), []);
  });

  it('negative: the title without a chamber and a session is no citation; the bodies stay bodies', () => {
    assert.deepEqual(records('De Handelingen der Staten-Generaal worden gedrukt. De Handelingen der Staten-Generaal, zo bleek, zijn openbaar.'), []);
    assert.deepEqual(letterOrgs('De Handelingen der Staten-Generaal, Tweede Kamer zijn openbaar.').map(o => o[1]), ['STATEN-GENERAAL', 'TK']);
  });
});

describe('round 25: a year as the subject of a sentence', () => {
  it('a year opening a sentence before a singular finite verb is a year', () => {
    assert.deepEqual(dates('Het werk begon laat. 2012 was het jaar waarin de regeling werd herzien. 2026 wordt een overgangsjaar.'), [
      ['2012', '2012'], ['2026', '2026'],
    ]);
    assert.deepEqual(dates('2009 bleek een moeilijk jaar voor de sector.'), [['2009', '2009']]);
  });

  it('negative: a count opening a sentence, a year after a colon, a page after "blz." and a year mid-sentence are not read', () => {
    assert.deepEqual(dates('Het is gelukt. 2014 scholen deden mee. 2011 van de aanvragen zijn afgewezen.'), []);
    assert.deepEqual(dates('Van de aanvragen: 2013 is afgewezen. Zie blz. 2010 is onjuist gespeld.'), []);
    assert.deepEqual(dates('Het aantal was toen 2017 is mij gemeld.'), []);
  });
});

describe('round 25: the university medical centres', () => {
  it('by their names and acronyms, the place in the span', () => {
    assert.deepEqual(orgs('Het Universitair Medisch Centrum Groningen (UMCG) en het UMC Utrecht werken samen met het Erasmus MC.'), [
      ['Universitair Medisch Centrum Groningen', 'UMCG'], ['UMCG', 'UMCG'], ['UMC Utrecht', 'UMCU'], ['Erasmus MC', 'ERASMUS-MC'],
    ]);
    assert.deepEqual(orgs('Het Radboudumc, het LUMC en Amsterdam UMC, waarin het Academisch Medisch Centrum en VUmc opgingen.').map(o => o[1]), [
      'RADBOUDUMC', 'LUMC', 'AMSTERDAM-UMC', 'AMC', 'VUMC',
    ]);
    assert.deepEqual(orgs('Kinderen met kanker gaan naar het Prinses Máxima Centrum.'), [['Prinses Máxima Centrum', 'PMC']]);
  });

  it('negative: the common noun and names in lower case are not read', () => {
    assert.deepEqual(orgs('een universitair medisch centrum, de umc\'s en het erasmus mc'), []);
  });
});
