// Round 31 of the blind check on real texts: every family at once, on Groningen gas letters (EZK 2018–2023), the
// Caribbean Netherlands (BZK 2011–2018), water and rail (IenM/IenW 1995–2018), digital government (BZK 2001–2022) and
// culture and media (OCW 2001–2016). Missed blind: Groningen's civil-society bodies, the inquiry committee into gas
// extraction named with its subject in lower case, the openbare lichamen, the Cft, the national culture funds and
// Kunsten ’92, the Registratiekamer as the AP's older name, and an OCW letter dated in Zoetermeer. The precision checks
// of round 30's rules found five false readings: a weekday after a GGD, a lecture named like a committee, "UHT-melk",
// a name in title case opening with "Nu" or "Wij", and "AML/CFT" for the new Cft. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

describe('round 31: bodies missed blind', () => {
  it('the Groninger Gasberaad and the Groninger Bodem Beweging, by name, short name and acronym', () => {
    assert.deepEqual(orgs('Het Groninger Gasberaad en de Groninger Bodem Beweging spraken mee; ook het Gasberaad en de GBB.').map(o => o[1]),
      ['GASBERAAD', 'GBB', 'GASBERAAD', 'GBB']);
  });

  it('an inquiry committee with its subject in lower case before the capitalised name, not a verb before a place', () => {
    assert.deepEqual(orgs('De vragen gingen naar de Parlementaire enquêtecommissie aardgaswinning Groningen.').map(o => o[0]),
      ['Parlementaire enquêtecommissie aardgaswinning Groningen']);
    assert.deepEqual(orgs('Het rapport van de tijdelijke onderzoekscommissie woningbeleid Rotterdam verscheen.'),
      [['tijdelijke onderzoekscommissie woningbeleid Rotterdam', 'TEXT:TIJDELIJKE ONDERZOEKSCOMMISSIE WONINGBELEID ROTTERDAM']]);
    assert.deepEqual(orgs('In mei bezocht de parlementaire enquêtecommissie bezocht Groningen niet.'), []);
    assert.deepEqual(orgs('De parlementaire enquêtecommissie vervoer heeft haar werk gedaan.'), []);
  });

  it('the three openbare lichamen of the Caribbean Netherlands, in both cases; the plural is none', () => {
    assert.deepEqual(orgs('Het Openbaar Lichaam Bonaire, het openbaar lichaam Saba en het Openbaar Lichaam Sint Eustatius tekenden.').map(o => o[1]),
      ['OL-BONAIRE', 'OL-SABA', 'OL-SINT-EUSTATIUS']);
    assert.deepEqual(orgs('De openbare lichamen Bonaire en Saba tekenden.'), []);
  });

  it('the College financieel toezicht by name and acronym; "AML/CFT" is the fight against terrorist financing', () => {
    assert.deepEqual(orgs('Het College financieel toezicht adviseert; het Cft en het CFT keuren de begroting goed.').map(o => o[1]), ['CFT', 'CFT', 'CFT']);
    assert.deepEqual(orgs('Het kader voor AML/CFT en de CFT/AML-richtlijn worden herzien.'), []);
  });

  it('the national culture funds and Kunsten ’92', () => {
    assert.deepEqual(orgs('Het Mondriaan Fonds, het Fonds Podiumkunsten, het Letterenfonds en het Nederlands Filmfonds kregen geld.').map(o => o[1]),
      ['MONDRIAAN-FONDS', 'FPK', 'LETTERENFONDS', 'FILMFONDS']);
    assert.deepEqual(orgs('Ook het Stimuleringsfonds Creatieve Industrie, het Fonds voor Cultuurparticipatie en Kunsten ’92 reageerden.').map(o => o[1]),
      ['SCI', 'FCP', 'KUNSTEN92']);
  });

  it('the Registratiekamer is the Autoriteit Persoonsgegevens under its older name; a court\'s registry is none', () => {
    assert.deepEqual(orgs('De Registratiekamer bracht advies uit.').map(o => o[1]), ['AP']);
    assert.deepEqual(orgs('De stukken liggen ter griffie; de registratiekamer van de rechtbank is gesloten.'), []);
  });

  it('a letter dated in Zoetermeer or Rijswijk has that date; the place in a sentence dates nothing', () => {
    const dated = (t: string) => analyseLetter(t).identity.date;
    assert.equal(dated('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nZoetermeer, 4 maart 2002\n\nHierbij zend ik u de nota.\n'), '2002-03-04');
    assert.equal(dated('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nRijswijk, 9 mei 1999\n\nHierbij zend ik u de nota.\n'), '1999-05-09');
    assert.equal(dated('Het kantoor staat in Zoetermeer, 12 maart 2003 verhuisde het.\n'), null);
  });
});

describe('round 31, batch 2: missed blind after the first batch\'s rules', () => {
  it('an agency named after "Agentschap", as a foundation after "Stichting"; the RvIG under its older name', () => {
    assert.deepEqual(orgs('Het Agentschap BPR en het Agentschap Zorg en Welzijn werken samen.'), [
      ['Agentschap BPR', 'RVIG'], ['Agentschap Zorg en Welzijn', 'TEXT:AGENTSCHAP ZORG EN WELZIJN'],
    ]);
    // Not alone, not after "een", not before a sentence's first word.
    assert.deepEqual(orgs('Het Agentschap voert uit. Er komt een Agentschap Wonen. Zo werkt het Agentschap Dit jaar.'), []);
  });

  it('the Commissie Meijers by its long name in lower case, with the comma and hyphens of its name', () => {
    assert.deepEqual(orgs('Het advies van de Permanente commissie van deskundigen in internationaal vreemdelingen-, vluchtelingen- en strafrecht en van de Commissie Meijers.').map(o => o[1]),
      ['MEIJERS', 'MEIJERS']);
  });

  it('"het eerste halfjaar 1999" in one word is the approximate year, as "de eerste helft van 1999"', () => {
    const read = datesInLetterOf('2000-06-28');
    assert.deepEqual(read('Over het eerste halfjaar 1999 en het tweede halfjaar van 1998 is gerapporteerd.'), [
      ['het eerste halfjaar 1999', { iso: '1999', approx: true }], ['het tweede halfjaar van 1998', { iso: '1998', approx: true }],
    ]);
  });
});

describe('round 31, batch 3: missed blind after the second batch\'s rules', () => {
  it('the broadcasters\' umbrella bodies, the broadcasters and the Boekmanstichting', () => {
    assert.deepEqual(orgs('Ik sprak met IPO/ROOS en VNG/OLON, later met de RPO en de NLPO.').map(o => o[1]), ['IPO', 'ROOS', 'VNG', 'OLON', 'RPO', 'NLPO']);
    assert.deepEqual(orgs('De NOS, de NTR, AVROTROS, BNNVARA, KRO-NCRV, de VPRO en de Evangelische Omroep zonden uit.').map(o => o[1]),
      ['NOS', 'NTR', 'AVROTROS', 'BNNVARA', 'KRO-NCRV', 'VPRO', 'EO']);
    assert.deepEqual(orgs('Het Nederlands Instituut voor Beeld en Geluid, het Stimuleringsfonds voor de Journalistiek en de Boekmanstichting.').map(o => o[1]),
      ['BEELD-EN-GELUID', 'SVDJ', 'BOEKMAN']);
    // A rose is no body: the acronym is read in capitals only.
    assert.deepEqual(orgs('De Roos van Jericho bloeit.'), []);
  });

  it('the older letterhead\'s place with the reference field, the day below it or after it, dates the letter', () => {
    const dated = (t: string) => analyseLetter(t).identity.date;
    assert.equal(dated('Aan de Voorzitter van de Tweede Kamer\nDen Haag Ons kenmerk\n15 maart 2004 ABC/2004/12\nOnderwerp Omroep\n\nTekst.\n'), '2004-03-15');
    assert.equal(dated('Den Haag Uw kenmerk 7 mei 2003 XYZ 2003 123\nOnderwerp Cultuur\n\nTekst.\n'), '2003-05-07');
    // Below the salutation the same words are running text.
    assert.equal(dated('Geachte voorzitter,\n\nDen Haag Ons kenmerk 7 mei 2003 werd genoemd.\n'), null);
  });
});

describe('round 31: bodies of the round\'s subjects that no text named, read in letters nobody has seen', () => {
  it('the water boards by name, in both cases, and by acronym; the plural and a longer word are none', () => {
    assert.deepEqual(orgs('Het Waterschap Noorderzijlvest, Wetterskip Fryslân en het Hoogheemraadschap van Rijnland adviseerden.').map(o => o[1]),
      ['WS-NOORDERZIJLVEST', 'WS-FRYSLAN', 'WS-RIJNLAND']);
    assert.deepEqual(orgs('Ook het waterschap Hunze en Aa’s, het hoogheemraadschap van Delfland en het HHNK waren er.'), [
      ['waterschap Hunze en Aa’s', 'WS-HUNZE-EN-AAS'], ['hoogheemraadschap van Delfland', 'WS-DELFLAND'], ['HHNK', 'WS-HHNK'],
    ]);
    assert.deepEqual(orgs('De waterschappen en een waterschap Limburgs-breed overleggen.'), []);
  });

  it('the Mijnraad, the Centrum Veilig Wonen, the Caribbean bank and law enforcement council, and the water institutes', () => {
    assert.deepEqual(orgs('De Mijnraad, het Centrum Veilig Wonen, de Centrale Bank van Curaçao en Sint Maarten en de Raad voor de rechtshandhaving.').map(o => o[1]),
      ['MIJNRAAD', 'CVW', 'CBCS', 'RVDRH']);
    assert.deepEqual(orgs('STOWA, Deltares en Vewin onderzochten het; het Forum Standaardisatie adviseerde.').map(o => o[1]),
      ['STOWA', 'DELTARES', 'VEWIN', 'FORUM-STANDAARDISATIE']);
  });
});

describe('round 31: precision of round 30 rules', () => {
  it('a weekday after a GGD opens the next sentence, no region; the old GGD Nederland is GGD GHOR Nederland', () => {
    assert.deepEqual(orgs('Dat is besproken met de GGD Maandag volgt een tweede gesprek.'), [['GGD', 'GGD']]);
    assert.deepEqual(orgs('Volgens GGD Nederland is de opkomst hoog.').map(o => o[1]), ['GGD-GHOR']);
  });

  it('a GHOR named by its safety region, as a GGD by its region; a weekday after it is no region', () => {
    assert.deepEqual(orgs('De GHOR Brabant-Noord en de GHOR Maandag volgt overleg; GHOR Nederland sloot zich aan.'), [
      ['GHOR Brabant-Noord', 'TEXT:GHOR BRABANT-NOORD'], ['GHOR', 'GHOR'], ['GHOR Nederland', 'GGD-GHOR'],
    ]);
  });

  it('a lecture is no committee or board that opens its name', () => {
    assert.deepEqual(orgs('De studenten volgden het Hoorcollege Statistiek en het Werkcollege Bestuursrecht.'), []);
    assert.deepEqual(orgs('Het Adviescollege Toetsing Regeldruk adviseert.').map(o => o[0]), ['Adviescollege Toetsing Regeldruk']);
  });

  it('"UHT-melk" is dairy, not the Uitvoeringsorganisatie Herstel Toeslagen, which "UHT-medewerkers" still name', () => {
    assert.deepEqual(orgs('In de schappen staan UHT-melk, UHT room en UHT-gesteriliseerde vla.'), []);
    assert.deepEqual(orgs('De UHT-medewerkers behandelen de aanvragen.').map(o => o[1]), ['UHT']);
  });

  it('a name in title case may open with a word that also opens sentences; a sentence opener alone still ends a name', () => {
    assert.deepEqual(orgs('Wij spraken met de Stichting Nu Niet Zwanger.').map(o => o[0]), ['Stichting Nu Niet Zwanger']);
    assert.deepEqual(orgs('Het gaat om de Universiteit Dit jaar is goed verlopen.'), []);
    assert.deepEqual(orgs('Het rapport van de Stichting Vluchteling Maandag volgt overleg.').map(o => o[0]), ['Stichting Vluchteling']);
  });
});
