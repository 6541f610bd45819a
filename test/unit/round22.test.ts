// Round 22 of the blind check on real letters: every family at once, on short letters of 2009–2016 of EL&I, I&M, VWS,
// OCW, SZW, BZK, Defensie, Buitenlandse Zaken, Veiligheid en Justitie (asylum), Algemene Zaken and a letter to the Eerste
// Kamer, laid out as the seeds with entities broken over a page. Blind errors: the older unlabelled citation with the
// chamber and a calendar year before the dossier, `(TK 2008 31 243, nr. 6)`, was not read (the year's digits made it
// look like part of a longer number); `Raad van Ministers van het Koninkrijk` (the Rijksministerraad's formal name) was
// read as `Raad van Ministers`; `Raad van State` in `de Wet op de Raad van State` was read as the body; a bare month in an
// attributive phrase with a past participle, `de in december gedane toezegging` in an April letter, took the letter's
// year (the December to come) instead of the December past. Every snippet is written for the test; none is copied from a
// letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { letterOrgs, orgs } from './recognised';

const citations = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'kamerstuk' && !(e.value as { self: boolean }).self)
  .map(e => [e.text, (e.value as { id: string }).id]);
const dates = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'date' && 'iso' in (e.value as object))
  .map(e => [e.text, (e.value as { iso: string }).iso]);

describe('round 22: the chamber label with a calendar year before an unlabelled citation', () => {
  it('"(TK 2009 30 111, nr. 4)": the span starts at the dossier, as after "TK 2008-2009, "', () => {
    assert.deepEqual(citations('De commissie ontving het plan van aanpak eerder (TK 2009 30 111, nr. 4).'), [
      ['30 111, nr. 4', 'kst-30111-4'],
    ]);
    assert.deepEqual(citations('Zie het verslag EK 2011 32 500, nr. 12 over dit punt.'), [['32 500, nr. 12', 'kst-32500-12']]);
  });

  it('the session form keeps reading as before', () => {
    assert.deepEqual(citations('Zoals gemeld (TK 2008-2009, 30 111, nr. 4) gaat het project door.'), [['30 111, nr. 4', 'kst-30111-4']]);
  });

  it('negative: digits before a dossier-like number without a chamber label stay no citation', () => {
    assert.deepEqual(citations('Het dossier telt 2009 31 243, nr. 6 pagina’s.'), []);
    assert.deepEqual(citations('Bel 2008 31 243, nr. 6 voor informatie.'), []);
  });
});

describe('round 22: the Raad van Ministers van het Koninkrijk', () => {
  it('is the Rijksministerraad by its formal name, one span, also broken over a line', () => {
    assert.deepEqual(orgs('Het besluit viel in de Raad van Ministers van het Koninkrijk van vorige week.'), [
      ['Raad van Ministers van het Koninkrijk', 'RIJKSMINISTERRAAD'],
    ]);
    assert.deepEqual(orgs('Het kwam aan de orde in de Raad van \nMinisters van het Koninkrijk.').map(o => o[1]), ['RIJKSMINISTERRAAD']);
  });

  it('negative: the Council of the EU by its own long name stays that council', () => {
    assert.notDeepEqual(orgs('De Raad van Ministers van de EU besloot anders.').map(o => o[1]), ['RIJKSMINISTERRAAD']);
  });
});

describe('round 22: a known body in the title of the law about it', () => {
  it('"de Wet op de Raad van State": the law\'s name, not the body', () => {
    assert.deepEqual(orgs('Dit volgt uit artikel 26 van de Wet op de Raad van State.'), []);
    assert.deepEqual(orgs('Zo bepaalt de Wet op de \nRaad van State het.'), []);
  });

  it('negative: the body after a decision, after the law, or named apart stays the body', () => {
    assert.deepEqual(orgs('Het besluit van de Raad van State volgt.'), [['Raad van State', 'RVS']]);
    assert.deepEqual(orgs('De Raad van State adviseerde over de wet op grond van artikel 17.'), [['Raad van State', 'RVS']]);
    assert.deepEqual(orgs('De wet regelt dat de Raad van State wordt gehoord.'), [['Raad van State', 'RVS']]);
  });
});

describe('round 22: a bare month with a past participle after it', () => {
  const letter = (body: string) => `Den Haag, 4 april 2013\n\n${body}`;

  it('"de in december gedane toezegging" in an April letter is the December past', () => {
    assert.deepEqual(dates(letter('Op grond van de in december gedane toezegging stuur ik u dit.')).slice(1), [['december', '2012-12']]);
    assert.deepEqual(dates(letter('Het in november gehouden overleg leverde veel op.')).slice(1), [['november', '2012-11']]);
    assert.deepEqual(dates(letter('De op 9 oktober toegezegde brief volgt.')).slice(1), [['9 oktober', '2012-10-09']]);
  });

  it('negative: a present participle, a month without the attributive phrase, a month already past', () => {
    assert.deepEqual(dates(letter('De op 1 juli geldende regels veranderen.')).slice(1), [['1 juli', '2013-07-01']]);
    assert.deepEqual(dates(letter('In december stuur ik u de nota.')).slice(1), [['december', '2013-12']]);
    assert.deepEqual(dates(letter('De in maart gedane toezegging staat.')).slice(1), [['maart', '2013-03']]);
  });
});

describe('round 22 (batch 2): known bodies by the variants letters write', () => {
  it('"Universiteit van Maastricht" (and of Utrecht, Leiden, Groningen, Twente) is the university, also over a page', () => {
    assert.deepEqual(orgs('Hij is hoogleraar aan de Universiteit van Maastricht en adviseur.'), [['Universiteit van Maastricht', 'UM']]);
    assert.deepEqual(orgs('Onderzoekers van de Universiteit van Utrecht en de Universiteit van Twente.').map(o => o[1]), ['UU', 'UT']);
    const footer = (n: number) => `Tweede Kamer, vergaderjaar 2011–2012, 24 170, nr. 124 ${n}`;
    const page = `De voorzitter is hoogleraar aan de Universiteit van \n\n${footer(1)}\n\n\nMaastricht en lid van de raad. \n\n${footer(2)}\n`;
    assert.deepEqual(letterOrgs(page).filter(o => o[1] !== 'TK'), [[`Universiteit van \n\n${footer(1)}\n\n\nMaastricht`, 'UM']]);
  });

  it('"het Europese Hof van Justitie" is the EU court, one span', () => {
    assert.deepEqual(orgs('De krant legt de zaak voor aan het Europese Hof van Justitie in Luxemburg.'), [['Europese Hof van Justitie', 'HVJ-EU']]);
  });

  it('negative: the Universiteit van Amsterdam stays the UvA, a university in lower case and the Caribbean court are not these', () => {
    assert.deepEqual(orgs('Zij studeerde aan de Universiteit van Amsterdam.'), [['Universiteit van Amsterdam', 'UVA']]);
    assert.deepEqual(orgs('Een universiteit van Maastricht tot Groningen.'), []);
    assert.notDeepEqual(orgs('Het Gemeenschappelijk Hof van Justitie oordeelde.').map(o => o[1]), ['HVJ-EU']);
  });
});
