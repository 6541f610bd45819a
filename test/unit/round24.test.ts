// Round 24 of the blind check on real texts: every family at once, on stukken rich in citations of the Handelingen and
// the Aanhangsel (letters answering toezeggingen, a verslag of a schriftelijk overleg, a lijst van vragen, a nota van
// wijziging, an Eerste Kamer voorlopig verslag, answers to Kamervragen) of 2001–2025, half laid out as the seeds with
// entities broken over a page. Every Handelingen and Aanhangsel form met was read blind; the errors were bodies the
// gazetteer did not know: the European Parliament's political groups (`de fracties van EVP, S&D en ALDE`) and the
// aerospace institute NLR (`het NLR-rapport`). The tests also fix the decisions the round took on forms the guidelines
// had not settled. Every snippet is written for the test; none is copied from a stuk.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { letterOrgs, orgs } from './recognised';

const records = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'handelingen' || e.kind === 'aanhangsel')
  .map(e => {
    const v = e.value as { number: string | null; item?: string | null; page?: string };
    return [e.kind, e.text, v.number, v.item ?? null, v.page ?? null];
  });
const dates = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'date')
  .map(e => [e.text, (e.value as { iso?: unknown }).iso]);

describe('round 24: the European Parliament\'s political groups', () => {
  it('the groups by their Dutch and English acronyms, in a list after "de fracties van" and after a member\'s name', () => {
    assert.deepEqual(orgs('Een meerderheid vormden de fracties van EVP, S&D en ALDE.'), [
      ['EVP', 'EP-EVP'], ['S&D', 'EP-SD'], ['ALDE', 'EP-ALDE'],
    ]);
    assert.deepEqual(orgs('De rapporteurs Kowalska (EPP/POL) en Weber (S&D/DUI) dienden het in.'), [['EPP', 'EP-EVP'], ['S&D', 'EP-SD']]);
  });

  it('the later groups and the names written out', () => {
    assert.deepEqual(orgs('Renew Europe, de Groenen/EVA en GUE/NGL stemden tegen; de Europese Volkspartij voor.').map(o => o[1]), [
      'EP-RENEW', 'EP-GROENEN-EVA', 'EP-GUE-NGL', 'EP-EVP',
    ]);
  });

  it('negative: in lower case, or a word that begins like a group\'s name, nothing is read', () => {
    assert.deepEqual(orgs('de evp en de s&d vergaderden; renewable energy en een Renew-actie.'), []);
  });
});

describe('round 24: the Royal Netherlands Aerospace Centre (NLR)', () => {
  it('by its acronym, also glued to a noun, and by its name', () => {
    assert.deepEqual(orgs('Uit het NLR-rapport blijkt dat het Koninklijk Nederlands Lucht- en Ruimtevaartcentrum (NLR) gelijk had.'), [
      ['NLR', 'NLR'], ['Koninklijk Nederlands Lucht- en Ruimtevaartcentrum', 'NLR'], ['NLR', 'NLR'],
    ]);
  });

  it('over a page through the whole pipeline', () => {
    const footer = (n: number) => `Tweede Kamer, vergaderjaar 2019–2020, 31 936, nr. 700 ${n}`;
    const page = `Het onderzoek is gedaan door het Nederlands Lucht- en \n\n${footer(1)}\n\n\nRuimtevaartcentrum. \n\n${footer(2)}\n`;
    assert.deepEqual(letterOrgs(page).filter(o => o[1] !== 'TK'), [[`Nederlands Lucht- en \n\n${footer(1)}\n\n\nRuimtevaartcentrum`, 'NLR']]);
  });

  it('negative: in lower case it is not read', () => {
    assert.deepEqual(orgs('de nlr-waarde en het nlr-rapport'), []);
  });
});

describe('round 24: Handelingen forms the round decided', () => {
  it('a page after the item is not in the span, as after a Senate letter; its value keeps the page', () => {
    assert.deepEqual(records('Zie Handelingen I 2012/13, nr. 30, item 5, blz. 12.'), [['handelingen', 'Handelingen I 2012/13, nr. 30, item 5', '30', '5', '12']]);
    assert.deepEqual(records('(Handelingen II 2014/15, nr. 52, item 4, blz. \n18)'), [['handelingen', 'Handelingen II 2014/15, nr. 52, item 4', '52', '4', '18']]);
  });

  it('the chamber written out before the older meeting-page number', () => {
    assert.deepEqual(records('Zie Handelingen Tweede Kamer 2009-2010, 55-4612.'), [['handelingen', 'Handelingen Tweede Kamer 2009-2010, 55-4612', '55', null, '4612']]);
  });

  it('negative: a Handelingen or Kamerverslag named by its date only is no citation; the date is a date', () => {
    const text = 'Dit staat in de Handelingen van 12 maart 2015 en in het Kamerverslag van 3 april 2014.';
    assert.deepEqual(records(text), []);
    assert.deepEqual(dates(text), [['12 maart 2015', '2015-03-12'], ['3 april 2014', '2014-04-03']]);
  });

  it('a citation over a page with a footnote and the footer between its halves', () => {
    const footer = (n: number) => `Tweede Kamer, vergaderjaar 2022–2023, 36 180, nr. 90 ${n}`;
    const page = `Tijdens het debat (Handelingen II \n\n1 Zie de bijlage.\n\n${footer(1)}\n\n\n2022/23, nr. 58, item 3) heb ik het toegezegd.1 \n\n${footer(2)}\n`;
    assert.deepEqual(records(page), [['handelingen', `Handelingen II \n\n1 Zie de bijlage.\n\n${footer(1)}\n\n\n2022/23, nr. 58, item 3`, '58', '3', null]]);
  });
});
