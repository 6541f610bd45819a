// Round 41 of the blind check on real texts: every family at once, on stukken of 2016–2024 on terrorism and national
// security (the DTN letters, the integrale aanpak terrorisme, the letters after the attacks in Utrecht and The Hague,
// the JBZ-Raad, the AIVD, the evaluation of the Wiv 2017), half of them laid out as PDF text. Every snippet is written
// for the test.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';

describe('round 41: an acronym defined after a body read by its region', () => {
  it('the acronym after a safety region, a fire service or a police unit named by its place is that body', () => {
    assert.deepEqual(orgs('Na overleg met de Veiligheidsregio Drenthe (VRD) is het plan vastgesteld. De VRD oefent in mei.'),
      [['Veiligheidsregio Drenthe', 'TEXT:VEILIGHEIDSREGIO DRENTHE'], ['VRD', 'TEXT:VEILIGHEIDSREGIO DRENTHE'], ['VRD', 'TEXT:VEILIGHEIDSREGIO DRENTHE']]);
    assert.deepEqual(orgs('De Veiligheidsregio Zuid-Holland Zuid (VRZHZ); de VRZHZ en de politie.').map(o => o[0]),
      ['Veiligheidsregio Zuid-Holland Zuid', 'VRZHZ', 'VRZHZ', 'politie']);
  });

  it('an acronym the region does not spell, or a region the gazetteer holds, is as before', () => {
    // "(XYZ)" spells no part of the region: no pair, the region alone.
    assert.deepEqual(orgs('De Veiligheidsregio Drenthe (XYZ) oefende.').map(o => o[0]), ['Veiligheidsregio Drenthe']);
    assert.deepEqual(orgs('De Veiligheidsregio Rotterdam-Rijnmond (VRR) oefende.').map(o => o[1]), ['VRR', 'VRR']);
  });
});

describe('round 41: a body named as a minister\'s portfolio in a type line of capitals', () => {
  it('the service after "MINISTER VOOR DE" in the type line is part of the role; elsewhere it stays the service', () => {
    assert.deepEqual(orgs('Nr. 12 BRIEF VAN DE MINISTER VOOR DE MILITAIRE INLICHTINGEN- EN VEILIGHEIDSDIENST\n\nDe brief gaat over de AIVD.').map(o => o[1]),
      ['AIVD']);
    // A service that is the letter's subject, after another word, is read.
    assert.deepEqual(orgs('Nr. 7 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE OVER DE MILITAIRE INLICHTINGEN- EN VEILIGHEIDSDIENST').map(o => o[1]),
      ['MIVD']);
    assert.deepEqual(orgs('De verantwoordelijkheid van de minister voor de Algemene Inlichtingen- en Veiligheidsdienst blijft.').map(o => o[1]),
      ['AIVD']);
  });
});

describe('round 41: bodies of the counter-terrorism and national security letters', () => {
  it('the iCOV, the Analistennetwerk Nationale Veiligheid and the EU Internet Forum are read by name and acronym', () => {
    assert.deepEqual(orgs('Het iCOV leverde een rapportage; het Analistennetwerk Nationale Veiligheid (ANV) deed de risicoanalyse.').map(o => o[1]),
      ['ICOV', 'ANV', 'ANV']);
    assert.deepEqual(orgs('Het EU Internet Forum kwam bijeen met Europol.').map(o => o[1]), ['EU-INTERNET-FORUM', 'EUROPOL']);
    // The words in lower case are no name.
    assert.deepEqual(orgs('Een analistennetwerk voor nationale veiligheid is een goed idee.'), []);
  });
});

describe('round 41: a yearless deadline across the turn of the year', () => {
  const inDecember = datesInLetterOf('2019-12-09');
  it('a deadline or start in January or February, in a letter of November or December, is the next year', () => {
    assert.deepEqual(inDecember('Ik zend uw Kamer voor 1 februari de evaluatie. Per 1 januari treedt de regeling in werking.').map(d => d[1]),
      [{ iso: '2020-02-01' }, { iso: '2020-01-01' }]);
    assert.deepEqual(datesInLetterOf('2018-11-20')('Met ingang van 1 januari geldt het nieuwe tarief.').map(d => d[1]), [{ iso: '2019-01-01' }]);
  });
  it('told in the past tense, without a cue, or later in the year it is the letter\'s year', () => {
    assert.deepEqual(inDecember('Per 1 januari is de regeling in werking getreden. Voor 1 februari had de gemeente het plan ingediend.').map(d => d[1]),
      [{ iso: '2019-01-01' }, { iso: '2019-02-01' }]);
    assert.deepEqual(inDecember('In januari sprak ik de burgemeesters. Uiterlijk 1 oktober kwam het rapport.').map(d => d[1]),
      [{ iso: '2019-01' }, { iso: '2019-10-01' }]);
    // "heb … geïnformeerd" is past; a modal verb before the perfect keeps the deadline ahead.
    assert.deepEqual(inDecember('Voor 15 januari heb ik de Kamer geïnformeerd. Voor 1 februari moet het besluit zijn genomen.').map(d => d[1]),
      [{ iso: '2019-01-15' }, { iso: '2020-02-01' }]);
    // Round 15's turn of the year: a deadline of December told in the past tense in a January letter is the December just past.
    assert.deepEqual(datesInLetterOf('2020-01-10')('Uiterlijk 1 december had de gemeente het plan ingediend.').map(d => d[1]), [{ iso: '2019-12-01' }]);
    assert.deepEqual(datesInLetterOf('2020-01-10')('Uiterlijk 1 december dient de gemeente het plan in.').map(d => d[1]), [{ iso: '2020-12-01' }]);
    // A letter of June: the rule is the turn of the year's only.
    assert.deepEqual(datesInLetterOf('2019-06-14')('Per 1 januari geldt de nieuwe regeling.').map(d => d[1]), [{ iso: '2019-01-01' }]);
  });
});

describe('round 41 batch 3: a body after a slash, bare years, a year shared over a citation', () => {
  it('a name after a slash that follows a capitalised word with digits ("G40/VNG") is read; a path is not', () => {
    assert.deepEqual(orgs('Het overleg van de G40/VNG over veiligheid en de G4/VNG.').map(o => o[1]), ['G40', 'VNG', 'G4', 'VNG']);
    assert.deepEqual(orgs('Zie artikel 3/AIVD en 2019/AIVD en www.example.nl/VNG voor meer.'), []);
  });
  const inSeptember = datesInLetterOf('2018-09-14');
  it('a bare year after "betrekking op", "terugkijkend op", "terugblikkend op" is a year', () => {
    assert.deepEqual(inSeptember('De brief heeft ook betrekking op 2018. Terugkijkend op 2017 en terugblikkend op 2016 zie ik groei.').map(d => d[1]),
      [{ iso: '2018' }, { iso: '2017' }, { iso: '2016' }]);
    // Another preposition or none: no year.
    assert.deepEqual(inSeptember('Het kost 2018 euro; we kijken naar 2016 stuks.'), []);
  });
  it('a yearless date before a citation in parentheses and "en" takes the year of the date after it', () => {
    assert.deepEqual(inSeptember('De brieven van 19 juni 2015 (Kamerstuk 12 345, nr. 6), 29 januari (Kamerstuk 12 345, nr. 7) en 9 september 2016 (Kamerstuk 12 345, nr. 8).').map(d => d[1]),
      [{ iso: '2015-06-19' }, { iso: '2016-01-29' }, { iso: '2016-09-09' }]);
    // A parenthesis followed by another clause shares nothing.
    assert.deepEqual(inSeptember('Op 4 april (de dag van het debat) werd gestemd; de motie van 9 mei 2017 volgde.').map(d => d[1]),
      [{ iso: '2018-04-04' }, { iso: '2017-05-09' }]);
  });
});

describe('round 41: a firm named with "&" after a word for a company', () => {
  it('"&" links the capitalised words that spell the acronym, as "en" does', () => {
    assert.deepEqual(orgs('Het adviesbureau Risk & Crisis Management (RCM) deed onderzoek; het RCM rapporteerde.'),
      [['Risk & Crisis Management', 'TEXT:RCM'], ['RCM', 'TEXT:RCM'], ['RCM', 'TEXT:RCM']]);
    // Without a word for a company before it, or with an acronym of fewer than three capitals: no body.
    assert.deepEqual(orgs('Het traject Risk & Crisis Management (RCM) liep; het bureau Kennis & Advies (KA) ook.'), []);
  });
});
