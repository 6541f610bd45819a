// The anchored scans of the police rule, the day/month grammar and the names read from their shape: they
// search a literal (politie, a month word, a head noun) and match the old pattern only around it. The edge
// cases are where such a shortcut could answer differently from the global search it replaced (expected
// values are what that search gave), and the long lines are the inputs that would make it quadratic.
import { strict as assert } from 'node:assert';
import { recogniseOrganisations } from '../../server/src/core/recognise/organisations';
import { findNamedOrganisations } from '../../server/src/core/recognise/organisationNames';
import { findDateMentions } from '../../server/src/core/recognise/dates/grammar';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';

const NO_LAYOUT = analyseLayout('');
const orgs = (text: string) =>
  recogniseOrganisations({ norm: normalize(text), layout: NO_LAYOUT, identity: emptyIdentity() }).entities.map(e => [e.text, (e.value as { id: string }).id]);
const dates = (text: string) => findDateMentions(text).map(m => [text.slice(m.start, m.end), m.days, m.month, m.year]);
const names = (text: string) => findNamedOrganisations(text).map(n => [text.slice(n.start, n.end), n.rule]);

describe('anchored scans: the police rule', () => {
  it('takes "Nationale " into the span only where the span may start', () => {
    assert.deepEqual(orgs('Nationale politie en politie'), [['Nationale politie', 'POLITIE'], ['politie', 'POLITIE']]);
    assert.deepEqual(orgs('NATIONALE POLITIE, xNationale politie, -Nationale politie'), [
      ['NATIONALE POLITIE', 'POLITIE'], ['politie', 'POLITIE'], ['Nationale politie', 'POLITIE'],
    ]);
    assert.deepEqual(orgs('de Nationale Nationale politie'), [['Nationale politie', 'POLITIE']]);
  });
  it('checks what follows the word: compounds, plurals, URLs', () => {
    assert.deepEqual(orgs('de Nationale  politie en politie’s'), [['Nationale  politie', 'POLITIE']]);
    assert.deepEqual(orgs('nationale politie.nl en (politie)'), [['politie', 'POLITIE']]);
    assert.deepEqual(orgs('politiepolitie politie'), [['politie', 'POLITIE']]);
  });
  it('reads a 10 MB line of police mentions to the end', () => {
    const found = orgs('de Nationale politie '.repeat(480_000));
    assert.equal(found.length, 480_000);
    assert.deepEqual(found[found.length - 1], ['Nationale politie', 'POLITIE']);
  });
});

describe('anchored scans: day and month', () => {
  it('finds the longest day list (49 characters) before its month', () => {
    assert.deepEqual(dates('op 10 , 11 , 12 , 13 , 14 , 15 , 16 , 17 , 18 en 19 mei 2015'), [
      ['10 , 11 , 12 , 13 , 14 , 15 , 16 , 17 , 18 en 19 mei 2015', [10, 11, 12, 13, 14, 15, 16, 17, 18, 19], 5, 2015],
    ]);
    assert.deepEqual(dates('1 , 2 en 3 juni 2016'), [['1 , 2 en 3 juni 2016', [1, 2, 3], 6, 2016]]);
    assert.deepEqual(dates('op 1 2 3 mei 2015'), [['3 mei 2015', [3], 5, 2015]]);
  });
  it('leaves a day out after a letter, currency, a decimal point or a longer number', () => {
    assert.deepEqual(dates('x3 mei, €3 mei, 2.3 mei en 123 mei 2015'), [
      ['mei', [], 5, null], ['mei', [], 5, null], ['mei', [], 5, null], ['mei 2015', [], 5, 2015],
    ]);
  });
  it('reads month names without days, and not inside words', () => {
    assert.deepEqual(dates('in mei, juni en Juli'), [['mei', [], 5, null], ['juni', [], 6, null]]);
    assert.deepEqual(dates('decembermaand en mei-juni en 3 meimei mei'), [['mei', [], 5, null]]);
  });
  it('reads 10 MB lines of month words and digits to the end', () => {
    assert.equal(dates('1mei'.repeat(2_500_000)).length, 0);
    assert.equal(dates('mei '.repeat(2_500_000)).length, 2_500_000);
    assert.deepEqual(dates('1, '.repeat(3_300_000) + 'mei 2015'), [['mei 2015', [], 5, 2015]]);
  });
});

describe('anchored scans: names read from their shape', () => {
  it('matches the capitalised word from the start of its run of letters and hyphens', () => {
    assert.deepEqual(names('advies van de Raad-raad van State'), [['Raad-raad van State', 'complement']]);
    assert.deepEqual(names('het Sint-Maarten-raad-Raad van Justitie'), [['Sint-Maarten-raad-Raad van Justitie', 'complement']]);
    // Four hyphenated parts: the capitalised word stops before the head.
    assert.deepEqual(names('zie de Abc-a-b-c-raad van State'), []);
  });
  it('backs off to a shorter word before a digit, and not over an astral capital or a broken surrogate', () => {
    assert.deepEqual(names('zie de Abc-raad9 Raad van State'), [['Raad van State', 'complement']]);
    assert.deepEqual(names('de Raadraad en Gezondheidsraad-Abc9'), [['Raadraad', 'compound'], ['Gezondheidsraad', 'compound']]);
    assert.deepEqual(names('de 𝐀Raad van State'), []);
    assert.deepEqual(names('zie x\udc00Raad van State'), [['Raad van State', 'complement']]);
  });
  it('reads 10 MB runs of heads and a 10 MB first part to the end', () => {
    assert.deepEqual(names('Abc-' + 'raad-'.repeat(2_000_000)), []);
    assert.deepEqual(names('A' + 'a'.repeat(10_000_000) + '-raad-raad-raad'), []);
    assert.equal(names('de Gezondheidsraad '.repeat(500_000)).length, 500_000);
  });
});
