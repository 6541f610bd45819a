// Round 32 of the blind check on real texts: every family at once, on stukken of 1998–2021 of JenV/VenJ (prisons, the
// NFI, asylum reception), EZ(K) (the ACM and the CBS), Financiën, SZW and VWS. Missed blind: the Salvation Army's probation
// and youth protection organisation by its full name (read as the Leger des Heils alone), the Nederlands Register
// Gerechtelijk Deskundigen and the CIZ. Bodies of the round's subjects that no text named (the SZW bodies of 1995–2012, the
// guarantee funds, education and health bodies) are added so that letters nobody has seen read them. Every snippet is
// written for the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('round 32: bodies missed blind', () => {
  it('the Salvation Army\'s probation organisation by its full name, old and new, and its acronym; the Leger des Heils alone stays itself', () => {
    assert.deepEqual(orgs('Reclassering Nederland en Leger des Heils Jeugdzorg & Reclassering reageerden.'),
      [['Reclassering Nederland', 'RECLASSERING-NL'], ['Leger des Heils Jeugdzorg & Reclassering', 'LJR']]);
    assert.deepEqual(orgs('Sinds 2019 heet het Leger des Heils Jeugdbescherming & Reclassering (LJ&R); LJ&R werkt samen met SVG.').map(o => o[1]),
      ['LJR', 'LJR', 'LJR', 'SVG']);
    assert.deepEqual(orgs('Het Leger des Heils opent een opvang.'), [['Leger des Heils', 'LEGER-DES-HEILS']]);
  });

  it('the Nederlands Register Gerechtelijk Deskundigen by name and acronym', () => {
    assert.deepEqual(orgs('Het Nederlands Register Gerechtelijk Deskundigen (NRGD) schrijft deskundigen in; het NRGD toetst hen.').map(o => o[1]),
      ['NRGD', 'NRGD', 'NRGD']);
  });

  it('the CIZ by name and acronym', () => {
    assert.deepEqual(orgs('Het Centrum indicatiestelling zorg beoordeelt de aanvraag; daarna indiceert het CIZ opnieuw.').map(o => o[1]),
      ['CIZ', 'CIZ']);
  });
});

describe('round 32: bodies of the round\'s subjects that no text named', () => {
  it('the social security bodies of 1995–2012 and their successors\' partners', () => {
    assert.deepEqual(orgs('Het Ctsv, de Inspectie Werk en Inkomen, het CWI en het BKWI rapporteerden; de Landelijke Cliëntenraad en Cedris reageerden.').map(o => o[1]),
      ['CTSV', 'IWI', 'CWI', 'BKWI', 'LCR', 'CEDRIS']);
    assert.deepEqual(orgs('Het Centrum voor Werk en Inkomen (CWI) en het College van toezicht sociale verzekeringen zijn opgeheven.').map(o => o[1]),
      ['CWI', 'CWI', 'CTSV']);
  });

  it('the guarantee funds; the acronym WSW stays the sheltered-employment act', () => {
    assert.deepEqual(orgs('De Stichting Waarborgfonds Eigen Woningen (WEW) en het Waarborgfonds Sociale Woningbouw staan borg.').map(o => o[1]),
      ['WEW', 'WEW', 'WSW']);
    assert.deepEqual(orgs('De WSW wordt vervangen door de Participatiewet.'), []);
  });

  it('education, health and other bodies', () => {
    assert.deepEqual(orgs('Het Nibud, de SBB, het Cito en het LAKS gaven advies; het Huis voor Klokkenluiders en Lareb ook.').map(o => o[1]),
      ['NIBUD', 'SBB', 'CITO', 'LAKS', 'HVK', 'LAREB']);
    assert.deepEqual(orgs('De Nationaal Rapporteur Mensenhandel, GGZ Nederland en de AWVN schreven mee.').map(o => o[1]),
      ['NRM', 'GGZ-NL', 'AWVN']);
  });
});

describe('round 32: precision of round 31\'s rules', () => {
  it('a GGD or GHOR before what it made names no region: "het GHOR Jaarverslag", "de GGD Gezondheidsmonitor"', () => {
    assert.deepEqual(orgs('Het GHOR Jaarverslag 2019 en de GGD Gezondheidsmonitor Volwassenen verschenen.'), [['GHOR', 'GHOR'], ['GGD', 'GGD']]);
    assert.deepEqual(orgs('De GGD Amsterdam Rapport lezers weten het.'), [['GGD Amsterdam', 'TEXT:GGD AMSTERDAM']]);
    assert.deepEqual(orgs('De GHOR Zuid-Holland Zuid oefende.'), [['GHOR Zuid-Holland Zuid', 'TEXT:GHOR ZUID-HOLLAND ZUID']]);
  });
});

describe('round 32, batch 2: the island councils and executives named with their island', () => {
  it('the Eilandsraad and the Bestuurscollege of Bonaire, Sint Eustatius or Saba, in either case, with or without "van"', () => {
    assert.deepEqual(orgs('Het Bestuurscollege van Sint Eustatius en de eilandsraad van Bonaire spraken.').map(o => o[0]),
      ['Bestuurscollege van Sint Eustatius', 'eilandsraad van Bonaire']);
    assert.deepEqual(orgs('De Eilandsraad Saba en het bestuurscollege van het openbaar lichaam Saba overlegden.').map(o => o[0]),
      ['Eilandsraad Saba', 'bestuurscollege van het openbaar lichaam Saba']);
  });

  it('the noun alone in lower case, the plural and another island name none', () => {
    assert.deepEqual(orgs('De eilandsraad benoemde de gedeputeerden; het bestuurscollege stemde in.'), []);
    assert.deepEqual(orgs('De eilandsraden van Bonaire en Saba en het bestuurscollege van Aruba vergaderden.'), []);
  });
});

describe('round 32, batch 2: bodies missed blind', () => {
  it('the parliamentary inquiry committees under their names, the subject in lower case too', () => {
    assert.deepEqual(orgs('De Parlementaire enquêtecommissie financieel stelsel en de Parlementaire Enquêtecommissie Bouwnijverheid rapporteerden.').map(o => o[1]),
      ['PEC-FS', 'PEC-BOUW']);
    assert.deepEqual(orgs('Ook de Parlementaire enquêtecommissie opsporingsmethoden en de Tijdelijke commissie onderwijsvernieuwingen hoorden getuigen.').map(o => o[1]),
      ['PEC-OPSPORING', 'TCO']);
  });

  it('the police unions; the acronym ACP alone stays unread (the ACP group of states)', () => {
    assert.deepEqual(orgs('De Politievakbond ACP en de Nederlandse Politiebond (NPB) reageerden.').map(o => o[1]), ['ACP-POLITIE', 'NPB', 'NPB']);
    assert.deepEqual(orgs('De EU sloot een akkoord met de ACP-landen.').map(o => o[1]), ['EU']);
  });

  it('the SNA before its quality mark, the JOB, the student council by name and the HBO-raad as the Vereniging Hogescholen', () => {
    assert.deepEqual(orgs('Het SNA-keurmerk, de JOB, het Interstedelijk Studentenoverleg en de HBO-raad kwamen aan bod.').map(o => o[1]),
      ['SNA', 'JOB-MBO', 'ISO-STUDENTEN', 'VH']);
  });

  it('Sint Maarten\'s Integriteitskamer', () => {
    assert.deepEqual(orgs('Het landsbesluit tot oprichting van de Integriteitskamer is genomen.').map(o => o[1]), ['INTEGRITEITSKAMER-SXM']);
  });
});

describe('round 32: precision of the new entries', () => {
  it('"SNA 2008" is the System of National Accounts by its edition, not the Stichting Normering Arbeid', () => {
    assert.deepEqual(orgs('De rekeningen volgen het SNA 2008 en het ESR 2010.'), []);
    assert.deepEqual(orgs('De SNA trekt het keurmerk in; het SNA-keurmerk telt.').map(o => o[1]), ['SNA', 'SNA']);
  });
});
