// The anchored scans of the police rule, the day/month grammar and the names read from their shape: they
// search a literal (politie, a month word, a head noun) and match the old pattern only around it. The edge
// cases are where such a shortcut could answer differently from the global search it replaced (expected
// values are what that search gave), and the long lines are the inputs that would make it quadratic.
import { strict as assert } from 'node:assert';
import { recogniseOrganisations } from '../../server/src/core/recognise/organisations';
import { findNamedOrganisations } from '../../server/src/core/recognise/organisationNames';
import { findDateMentions } from '../../server/src/core/recognise/dates/grammar';
import { recogniseCitations } from '../../server/src/core/recognise/citations';
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
    // "mei-juni" is a period of two months (one mention, from May); "decembermaand" and "meimei" are no months.
    assert.deepEqual(dates('decembermaand en mei-juni en 3 meimei mei'), [['mei-juni', [], 5, null], ['mei', [], 5, null]]);
  });
  it('finds month words in any case and after any non-letter, and folds ſ and K as the unicode flag does', () => {
    assert.deepEqual(dates('7 JANUARI 2015, (Februari 2016), "maart 2017", 1 SEPT. 2015'), [
      ['7 JANUARI 2015', [7], 1, 2015], ['Februari 2016', [], 2, 2016], ['maart 2017', [], 3, 2017], ['1 SEPT. 2015', [1], 9, 2015],
    ]);
    assert.deepEqual(dates('juni 2015 is het begin van oktober'), [['juni 2015', [], 6, 2015], ['het begin van oktober', [], 10, null]]);
    assert.deepEqual(dates('1 ſept. 2015 en 3 o\u212at. 2016'), [['3 o\u212at. 2016', [3], 10, 2016]]);
    assert.deepEqual(dates('émei 2015 ümei, Januari 2015 en 9 Jan, 9 jan.'), [['Januari 2015', [], 1, 2015], ['9 jan.', [9], 1, null]]);
  });
  it('reads a month word after "_" (the scan at word boundaries leaves that to the other scan), none after a digit', () => {
    assert.deepEqual(dates('zie_mei 2015'), [['mei 2015', [], 5, 2015]]);
    assert.deepEqual(dates('Mei_2015 x in maart'), [['maart', [], 3, null]]);
    assert.deepEqual(dates('zie 5mei 2015, 3juni en mei 2015'), [['mei 2015', [], 5, 2015]]);
    assert.deepEqual(dates('mei 2015 en juni'), [['mei 2015', [], 5, 2015], ['juni', [], 6, null]]);
  });
  it('reads 10 MB lines of month words and digits to the end', () => {
    assert.equal(dates('1mei'.repeat(2_500_000)).length, 0);
    assert.equal(dates('mei '.repeat(2_500_000)).length, 2_500_000);
    assert.deepEqual(dates('1, '.repeat(3_300_000) + 'mei 2015'), [['mei 2015', [], 5, 2015]]);
  });
});

describe('anchored scans: citations', () => {
  const citations = (text: string) =>
    recogniseCitations({ norm: normalize(text), layout: NO_LAYOUT, identity: emptyIdentity() }).entities.map(e => [e.text, (e.value as { id: string | null }).id]);
  it('finds the keywords in their three cases (AANHANGSEL needs Aanhangsel’s case in what follows), not inside words', () => {
    assert.deepEqual(citations('Kamerstuk 29 754, nr. 5; KAMERSTUKKEN 29 754, nr. 6; behandelingen II 2014/15, nr. 3; xKamerstuk 29 754, nr. 7'), [
      ['Kamerstuk 29 754, nr. 5', 'kst-29754-5'], ['KAMERSTUKKEN 29 754, nr. 6', 'kst-29754-6'], ['29 754, nr. 7', 'kst-29754-7'],
    ]);
    assert.deepEqual(citations('Aanhangsel Handelingen II 2014/15, nr. 1242 en AANHANGSEL HANDELINGEN II 2015/16, nr. 7'), [
      ['Aanhangsel Handelingen II 2014/15, nr. 1242', 'ah-tk-20142015-1242'], ['HANDELINGEN II 2015/16, nr. 7', 'h-tk-20152016-7'],
    ]);
  });
  it('reads compact ids and motie numbers only where the old global search did', () => {
    assert.deepEqual(citations('35300-XII-53; 34348-74 en 1234567-8; 35300-12'), [
      ['35300-XII-53', 'kst-35300-XII-53'], ['34348-74', 'kst-34348-74'],
    ]);
    assert.deepEqual(citations('Zij krijgt nr. 456 (36800-XVI). Nrnr. 12 (36800); nr.1234a(36801) en (33240-VIII)'), [
      ['nr. 456 (36800-XVI)', 'kst-36800-XVI-456'], ['nr.1234a(36801)', 'kst-36801-1234a'], ['33240-VIII', null],
    ]);
  });
  it('reads 10 MB lines of parentheses, hyphens and keywords to the end', () => {
    assert.equal(citations('(12345-'.repeat(1_500_000)).length, 0);
    assert.equal(citations('nr. 1 (12345x'.repeat(750_000)).length, 0);
    assert.equal(citations('Kamerstukken '.repeat(800_000)).length, 0);
  });
  // Each bill looked back for a filing sentence ("toegevoegd aan") to the line's start: on one long line, to the start
  // of the text (a 1.6 MB line took 15 s, 2 MB over 20 s; linear it takes a fraction of a second).
  it('reads a 2 MB line of bills named by their dossier ("wetsvoorstel 29976") in linear time', function () {
    this.timeout(10_000);
    const unit = 'het wetsvoorstel 29976 ';
    assert.equal(citations(unit.repeat(Math.ceil(2_000_000 / unit.length))).length, Math.ceil(2_000_000 / unit.length));
    assert.deepEqual(citations('x'.repeat(2_000_000) + ' toegevoegd aan wetsvoorstel 36600 en wetsvoorstel 29976'), []);
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

describe('anchored scans: de-hyphenation evidence', () => {
  // Once a letter asks about hyphens more than its budget allows, words are looked up in an index of its runs; a
  // short word (under four letters: "a-b") was searched in the whole lower-cased letter instead, at every line
  // break that asked about it (a 500 kB text of "a-⏎b" with "xa-bx" elsewhere took 29 s; linear, a fraction of one).
  it('reads a 600 kB text of short words broken at line ends in linear time, with the same answers', function () {
    this.timeout(10_000);
    const unit = 'xa-bx ze a-\nb ';
    const view = normalize(unit.repeat(Math.ceil(600_000 / unit.length))).text;
    assert.equal(view.slice(0, 24), 'xa-bx ze ab xa-bx ze ab ');
    assert.equal(view.split(' ze ab').length - 1, Math.ceil(600_000 / unit.length));
  });
  it('keeps the hyphen of a short word written with it elsewhere, also once the index is used', () => {
    const text = 'de a-b en ' + 'xa-bx ze a-\nb '.repeat(200) + 'o-\nk en ok';
    const view = normalize(text).text;
    assert.equal(view.split(' ze a-b').length - 1, 200);
    assert.ok(view.endsWith(' ok en ok'), view.slice(-20));
  });
});

describe('anchored scans: an acronym defined again with other long forms', () => {
  const definitions = (count: number) => Array.from({ length: count }, (_, i) => `de Nationale Coordinator Terreur${i.toString(36)} (NCT) en NCT `).join('');
  // Each definition with a long form of its own added every later use of the short form again (settle dropped the
  // copies): K definitions made K × uses candidates (200 kB took 20 s, 1 MB ran out of memory).
  it('reads 200 kB of definitions of one short form, each with another long form, in 10 s', function () {
    this.timeout(10_000);
    const text = definitions(4109);
    const found = orgs(text);
    assert.equal(found.filter(([t]) => t === 'NCT').length, 2 * 4109);
    assert.ok(found.every(([, id]) => id === 'TEXT:NCT'));
  });
  it('reads 2 MB of definitions, each with a long form of its own, in 10 s (every new long form was a search of the whole letter)', function () {
    this.timeout(10_000);
    const text = definitions(41000);
    const found = orgs(text);
    assert.equal(found.filter(([t]) => t === 'NCT').length, 2 * 41000);
    // A long form written again is still found for the letter's first definitions.
    const again = 'de Nationale Coordinator Terreur0 (NCT) zegt dit; de Nationale Coordinator Terreur0 ook. ';
    assert.deepEqual(orgs(again).map(([t]) => t), ['Nationale Coordinator Terreur0', 'NCT', 'Nationale Coordinator Terreur0']);
  });
  it('keeps for every use the first definition that reaches it', () => {
    const text = 'NCT en de Nationale Coordinator Terreur (NCT) en NCT, de Nationale Coordinator Terreur 2 (NCT) en NCT';
    const found = recogniseOrganisations({ norm: normalize(text), layout: NO_LAYOUT, identity: emptyIdentity() }).entities
      .filter(e => e.text === 'NCT').map(e => [e.start, e.explain]);
    assert.deepEqual(found, [
      [41, 'defined in this letter as “Nationale Coordinator Terreur”'], [49, 'defined in this letter as “Nationale Coordinator Terreur”'],
      [90, 'defined in this letter as “Nationale Coordinator Terreur”'], [98, 'defined in this letter as “Nationale Coordinator Terreur”'],
    ]);
  });
});

describe('anchored scans: many candidates of one rule', () => {
  // Each rule's candidates were appended by a spread (push(...list)): past some 130,000 of them the call overflowed
  // the stack, and the recogniser's guard returned no organisation at all for the letter (a 4 MB line, under the
  // server's size limit). Toeslagen listed with a body is a round 14 rule; names read from their shape and named
  // committees went through the same spread.
  it('reads a 4.2 MB line of "Belastingdienst, Toeslagen, " to the end', function () {
    this.timeout(10_000);
    const found = orgs('Belastingdienst, Toeslagen, '.repeat(150_000));
    // Each pair is a list of two bodies (review4CommaList.test.ts), not the name "Belastingdienst Toeslagen".
    assert.equal(found.length, 300_000);
    assert.deepEqual(found.slice(-2), [['Belastingdienst', 'BELASTINGDIENST'], ['Toeslagen', 'DIENST-TOESLAGEN']]);
  });
  it('reads 4 MB lines of Toeslagen listed after a body, of names read from their shape and of named committees to the end', function () {
    this.timeout(10_000);
    const toeslagen = orgs('Belastingdienst en Toeslagen, '.repeat(140_000)).filter(([t]) => t === 'Toeslagen');
    assert.equal(toeslagen.length, 140_000);
    assert.equal(orgs('de Toetsraad '.repeat(310_000)).length, 310_000);
    assert.equal(orgs('de commissie-Van Dam '.repeat(200_000)).length, 200_000);
  });
});
