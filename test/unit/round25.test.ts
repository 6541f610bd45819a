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

// Part B: the rules and entries the blind round on sixteen stukken of 2000–2020 led to.
const kamerstukken = (text: string) => analyseLetter(text).entities
  .filter(e => e.kind === 'kamerstuk')
  .map(e => {
    const v = e.value as { dossier: string; number: string | null };
    return [e.text, v.dossier, v.number];
  });
const identityOf = (text: string) => {
  const id = analyseLetter(text).identity;
  return [id.dossier, id.number, id.date];
};

describe('round 25: the Senate\'s joint dossiers after a label', () => {
  it('"22 112 / 31 544, CK" after "Kamerstukken I": one citation of the first dossier, the letter its number', () => {
    assert.deepEqual(kamerstukken('Zo staat het in Kamerstukken I 2009/10, 22 112 / 32 005, BX, p. 4.'), [
      ['Kamerstukken I 2009/10, 22 112 / 32 005, BX', '22112', 'BX'],
    ]);
    assert.deepEqual(kamerstukken('Eerder schreef de commissie (Kamerstukken I 2012/13, 33 400/31 200, F).'), [
      ['Kamerstukken I 2012/13, 33 400/31 200, F', '33400', 'F'],
    ]);
  });

  it('a House citation with a slash between dossiers: the number belongs to the first', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstuk 31 066 / 29 362, nr. 12.'), [['Kamerstuk 31 066 / 29 362, nr. 12', '31066', '12']]);
  });

  it('negative: a slash before a year or a short number joins nothing', () => {
    assert.deepEqual(kamerstukken('Zie Kamerstukken II 2019/20, 35 300 / 2020, nr. 3 en Kamerstuk 34 775 / 12.').map(k => k[0]), [
      'Kamerstukken II 2019/20, 35 300', 'Kamerstuk 34 775',
    ]);
  });
});

describe('round 25: bodies the gazetteer did not know', () => {
  it('the Veteranenombudsman, Actal, the historic parties RPF, GPV and LPF, the Medisch Spectrum Twente', () => {
    assert.deepEqual(orgs('De Veteranenombudsman en het Adviescollege toetsing administratieve lasten (Actal) rapporteerden.').map(o => o[1]), [
      'VETERANENOMBUDSMAN', 'ACTAL', 'ACTAL',
    ]);
    assert.deepEqual(orgs('Leden: Schutte (GPV), Van Dijke (RPF/GPV) en Eerdmans (LPF).').map(o => o[1]), ['GPV', 'RPF', 'GPV', 'LPF']);
    assert.deepEqual(orgs('Het Medisch Spectrum Twente (MST) meldde dat het MST de zaak onderzoekt.').map(o => o[1]), ['MST', 'MST', 'MST']);
  });

  it('negative: MST undefined by the hospital\'s name, and a therapy defined as MST, are not the hospital', () => {
    assert.deepEqual(orgs('Multisysteemtherapie (MST) helpt gezinnen; het MST-team komt thuis.'), []);
    assert.deepEqual(orgs('de veteranenombudsman en een actal-toets'), []);
  });

  it('the Senate committee without "de" before its second portfolio, and with the old name of the royal house', () => {
    assert.deepEqual(orgs('De vaste commissie voor Binnenlandse Zaken en Hoge Colleges van Staat vergaderde.'), [
      ['vaste commissie voor Binnenlandse Zaken en Hoge Colleges van Staat', 'EK-COM-BIZA'],
    ]);
    assert.deepEqual(orgs('een verzoek van de commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis der Koningin').map(o => o[0]), [
      'commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis der Koningin',
    ]);
  });

  it('the type line of the Raad van State\'s advice in capitals is one span', () => {
    assert.deepEqual(orgs('Nr. 4 ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT'), [['AFDELING ADVISERING RAAD VAN STATE', 'RVS']]);
  });
});

describe('round 25: a study group is named as a working group is', () => {
  it('"Studiegroep" before capitalised words names one body; a second group after "en" is its own', () => {
    assert.deepEqual(orgs('Volgens de Studiegroep Begrotingsruimte is dat nodig.').map(o => o[0]), ['Studiegroep Begrotingsruimte']);
    assert.deepEqual(orgs('De Studiegroep Duurzame Groei en Stuurgroep Regeldruk adviseerden.').map(o => o[0]), [
      'Studiegroep Duurzame Groei', 'Stuurgroep Regeldruk',
    ]);
  });

  it('negative: after "een", in lower case, and two capitalised names joined by "en" after one group stay as before', () => {
    assert.deepEqual(orgs('Er komt een Studiegroep Openbare Financiën; de studiegroep begrotingsruimte kwam niet.'), []);
    assert.deepEqual(orgs('De Stichting School en Veiligheid helpt.').map(o => o[0]), ['Stichting School en Veiligheid']);
  });
});

describe('round 25: the date of a stuk whose first lines run together, and of the older letterhead\'s row', () => {
  it('"VERSLAG … Vastgesteld 7 april 2000 De vaste commissie …" on one line', () => {
    const text = 'Tweede Kamer der Staten-Generaal\nVergaderjaar 1999–2000\n21 501-08\nMilieuraad\nNr. 99\n' +
      'VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 12 mei 2000 De vaste commissie heeft overleg gevoerd.\n';
    assert.deepEqual(identityOf(text), ['21501', '99', '2000-05-12']);
  });

  it('"Datum Kenmerk Onderwerp" with the values on the next line', () => {
    const text = 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum Kenmerk Onderwerp\n3 oktober 2004 04M12345 Notitie over de rol van de adviesraden.\nHierbij bied ik u een notitie aan.\n';
    assert.equal(identityOf(text)[2], '2004-10-03');
  });

  it('negative: a date in running text after a line of field names, or after capitals without a type, is no letter date', () => {
    assert.equal(identityOf('Datum en plaats volgen later.\n3 oktober 2004 werd besloten.\n')[2], null);
    assert.equal(identityOf('De Kamer stemde in. Vastgesteld 3 oktober 2004 is verder niets.\n')[2], null);
  });
});

describe('round 25: a court named by its seat', () => {
  it('"de rechtbank te Utrecht", "het gerechtshof te Arnhem", "de rechtbank Haarlem": the court, the gazetteer\'s id where it knows it', () => {
    assert.deepEqual(orgs('Het vonnis van de rechtbank te Zwolle werd door het gerechtshof te Leeuwarden bevestigd.'), [
      ['rechtbank te Zwolle', 'TEXT:RECHTBANK ZWOLLE'], ['gerechtshof te Leeuwarden', 'TEXT:GERECHTSHOF LEEUWARDEN'],
    ]);
    assert.deepEqual(orgs('Zowel de rechtbank Breda als de rechtbank te Den Haag kwamen tot dat oordeel.'), [
      ['rechtbank Breda', 'TEXT:RECHTBANK BREDA'], ['rechtbank te Den Haag', 'RECHTBANK-DEN-HAAG'],
    ]);
  });

  it('negative: the court without a seat, a compound, an adjective or a sentence opener after it', () => {
    assert.deepEqual(orgs('De officier vroeg de rechtbank om uitstel. Een rechtbankzitting in Assen. Volgens de rechtbank Europees recht.'), []);
    assert.deepEqual(orgs('Dat oordeelde de rechtbank Zij gaf geen reden.'), []);
  });
});
