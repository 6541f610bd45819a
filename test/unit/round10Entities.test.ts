// Round 10 of the blind check on real letters (regulators, inspectorates, planning bureaus, agencies and foundations
// in Economische Zaken, Infrastructuur en Waterstaat, VWS, SZW and OCW letters, 2012–2021) and the cases round 9
// left: the rules it added for organisations, acronyms and dates. Every snippet is written for the test; none is
// copied from a letter.
import { strict as assert } from 'node:assert';
import { recogniseOrganisations } from '../../server/src/core/recognise/organisations';
import { recogniseDates } from '../../server/src/core/recognise/dates';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';

const NO_LAYOUT = analyseLayout('');

/** [text, id] of every organisation entity. */
function orgs(text: string): [string, string][] {
  return recogniseOrganisations({ norm: normalize(text), layout: NO_LAYOUT, identity: emptyIdentity() })
    .entities.map(e => [e.text, (e.value as { id: string }).id]);
}

/** [text, value] of every date entity, in a letter dated 1 May 2019. */
export function dates(text: string) {
  return recogniseDates({ norm: normalize(text), layout: analyseLayout(text), identity: { ...emptyIdentity(), date: '2019-05-01' } })
    .entities.map(e => [e.text, e.value]);
}

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
