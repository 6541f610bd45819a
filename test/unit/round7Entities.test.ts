// Round 7 of the blind check on real letters (Justitie en Veiligheid, NCTV, AIVD, MIVD, Defensie, KMar, politie,
// OM; terrorism, radicalisation, cyber security, border control, crisis management, EU councils and missions): the
// rules it added for organisations, acronyms and dates. Every snippet is written for the test; none is copied
// from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, letterOrgs, orgs } from './recognised';
import { namedLikeOrganisation } from '../../server/src/core/recognise/organisations';


const dates = datesInLetterOf('2019-05-01');


describe('round 7: organisations', () => {
  it('knows bodies that recur in the cyber, police, defence and counter-terrorism letters', () => {
    const text = 'Het Digital Trust Center, het CSIRT-DSP, de Defensie Bewaken en Beveiligen Organisatie, de ' +
      'Politieacademie, de FBI, Bits of Freedom, RAND Europe en het Verwey-Jonker Instituut werkten mee.';
    assert.deepEqual(orgs(text).map(([, id]) => id),
      ['DTC', 'CSIRT-DSP', 'DBBO', 'POLITIEACADEMIE', 'FBI', 'BITS-OF-FREEDOM', 'RAND-EUROPE', 'VERWEY-JONKER']);
  });
  it('reads the NATO mission in Iraq and the coalition operation by their Dutch names and acronyms', () => {
    assert.deepEqual(orgs('Nederland levert een commandant aan de NAVO Missie in Irak (NMI). Later volgt NMI.'),
      [['NAVO Missie in Irak', 'NMI'], ['NMI', 'NMI'], ['NMI', 'NMI']]);
    assert.deepEqual(orgs('De helikopters vliegen ook voor Operation Inherent Resolve (OIR); de OIR-staf weet ervan.'),
      [['Operation Inherent Resolve', 'OIR'], ['OIR', 'OIR'], ['OIR', 'OIR']]);
  });
  it('reads the inspectorate with "van" in its name, and Coreper "bij de EU" as one name', () => {
    assert.deepEqual(orgs('De Inspectie van Justitie en Veiligheid onderzoekt dit.'),
      [['Inspectie van Justitie en Veiligheid', 'INSP-VENJ']]);
    assert.deepEqual(orgs('Het Comité van permanente vertegenwoordigers bij de EU stemde in; de EU ook.'),
      [['Comité van permanente vertegenwoordigers bij de EU', 'COREPER'], ['EU', 'EU']]);
  });
  it('does not take a programme named after public order for a body ("Openbare Orde … Architectuur (OOVA)")', () => {
    assert.equal(namedLikeOrganisation('Nieuwe Openbare Orde en Veiligheid Architectuur'), false);
    assert.deepEqual(orgs('Het programma Openbare Orde en Veiligheid Architectuur (OOVA) loopt; de OOVA is groot.'), []);
  });
  it('still reads an order of a profession as a body ("Nederlandse Orde van Advocaten")', () => {
    assert.equal(namedLikeOrganisation('Nederlandse Orde van Belastingadviseurs'), true);
    assert.deepEqual(orgs('De Nederlandse Orde van Belastingadviseurs (NOB) reageerde; de NOB is kritisch.'),
      [['Nederlandse Orde van Belastingadviseurs', 'TEXT:NOB'], ['NOB', 'TEXT:NOB'], ['NOB', 'TEXT:NOB']]);
  });
});

describe('round 7: acronym definitions over line-end hyphens and page breaks', () => {
  const footer = 'Tweede Kamer, vergaderjaar 2021–2022, 29 628, nr. 12';
  it('reads a long form hyphenated at a line end, for a known and for an unknown body', () => {
    const text = 'Het onderzoek doet het Landelijk Steunpunt Extre-\nmisme (LSE) met de Dienst Digitale Opsporings-\n' +
      'ondersteuning (DDO). De DDO en het LSE rapporteren. \n';
    assert.deepEqual(letterOrgs(text), [
      ['Landelijk Steunpunt Extre-\nmisme', 'LSE'], ['LSE', 'LSE'],
      ['Dienst Digitale Opsporings-\nondersteuning', 'TEXT:DDO'], ['DDO', 'TEXT:DDO'],
      ['DDO', 'TEXT:DDO'], ['LSE', 'LSE'],
    ]);
  });
  it('reads a long form broken over a page, with the footer between its halves annotated on its own', () => {
    const text = 'Den Haag, 4 april 2022 \n\nDaarnaast levert het Bureau voor Grensoverschrijdende \n\n' +
      `${footer} 1\n\nSamenwerking (BGS) een bijdrage. Het BGS rapporteert. \n\n${footer} 2\n`;
    const found = letterOrgs(text);
    assert.deepEqual(found.filter(([, id]) => id === 'TEXT:BGS').map(([t]) => t.replace(/\s+/g, ' ')),
      [`Bureau voor Grensoverschrijdende ${footer} 1 Samenwerking`, 'BGS', 'BGS']);
    assert.equal(found.filter(([t, id]) => t === 'Tweede Kamer' && id === 'TK').length, 2);
  });
  it('does not define an acronym whose long form is no name, however it is broken', () => {
    const text = 'Wij starten de Nationale Aanpak Desinforma-\ntie (NAD). De NAD loopt. \n';
    assert.deepEqual(letterOrgs(text), []);
  });
});

describe('round 7: dates', () => {
  it('reads a qualifier before a season as part of the approximate year ("eind zomer 2017")', () => {
    assert.deepEqual(dates('Eind zomer 2017 besloot het kabinet.'), [['Eind zomer 2017', { iso: '2017', approx: true }]]);
    assert.deepEqual(dates('Dat gebeurt begin van het voorjaar van 2020.'),
      [['begin van het voorjaar van 2020', { iso: '2020', approx: true }]]);
  });
  it('leaves a season alone and a qualifier alone as they were', () => {
    assert.deepEqual(dates('In de zomer van 2016 en eind 2018.'),
      [['de zomer van 2016', { iso: '2016', approx: true }], ['eind 2018', { iso: '2018', approx: true }]]);
  });
  it('reads a year after "over" before an opening parenthesis ("jaarverslag over 2010 (30 977, nr. 40)")', () => {
    assert.deepEqual(dates('het jaarverslag van de dienst over 2010 (30 977, nr. 40);'), [['2010', { iso: '2010' }]]);
  });
  it('still leaves a number after "over" that counts a noun ("over 2000 asielzoekers")', () => {
    assert.deepEqual(dates('Het gaat over 2000 asielzoekers.'), []);
  });
});

describe('round 7: a mission defined before the country it serves', () => {
  it('reads "European Union Training Mission (EUTM) in Somalië" and the later EUTM as the mission in Somalia', () => {
    assert.deepEqual(orgs('De bijdrage aan de European Union Training Mission (EUTM) in Somalië loopt af. EUTM traint.'),
      [['European Union Training Mission', 'EUTM-SOMALIA'], ['EUTM', 'EUTM-SOMALIA'], ['EUTM', 'EUTM-SOMALIA']]);
  });
  it('keeps the acronym’s own mission where no place, or an unknown one, follows', () => {
    const bare = orgs('De European Union Training Mission (EUTM) loopt af. EUTM traint.');
    assert.ok(bare.length === 3 && bare.every(([, id]) => id === 'EUTM-MALI'), JSON.stringify(bare));
    assert.deepEqual(orgs('De European Union Training Mission (EUTM) in Atlantis loopt af. EUTM traint.'), bare);
  });
});
