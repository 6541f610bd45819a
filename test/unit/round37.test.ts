// Round 37 of the blind check on real texts: every family at once, on stukken of 2006–2025 on health care (the NZa, the
// IGZ, Zorgverzekeraars Nederland, the LHV and InEen) and social security with the social partners (the UWV, the SVB,
// the Stichting van de Arbeid, the unions and employers, DNB), with a Senate verslag and voorlopig verslag. Missed
// blind: the VCP, the LHV written as one word, InEen, a berthub title's compact citation with a short number, and a
// web copy's number line carrying the "Vastgesteld" date. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

const cited = (t: string) => analyseLetter(t).entities.filter(e => e.kind === 'kamerstuk')
  .map(e => { const v = e.value as { dossier: string; suffix: string | null; number: string | null }; return [e.text, v.dossier, v.suffix, v.number]; });

describe('round 37: bodies missed blind', () => {
  it('the VCP by name and acronym, next to the other social partners', () => {
    assert.deepEqual(orgs('De Vakcentrale voor Professionals (VCP) tekende; de VCP en de FNV ook.').map(o => o[1]), ['VCP', 'VCP', 'VCP', 'FNV']);
  });

  it('the LHV written as one word, and InEen (not the word "ineen")', () => {
    assert.deepEqual(orgs('De Landelijke Huisartsenvereniging en InEen schreven mee.').map(o => o[1]), ['LHV', 'INEEN']);
    assert.deepEqual(orgs('Zij sloegen de handen ineen.'), []);
    assert.deepEqual(orgs('Ineen zakte het dak.'), []);
  });
});

describe('round 37: a known acronym in a comma list after an unknown one', () => {
  it('is no word in a line of capitals: "de ABC, FNV, MKB-Nederland"', () => {
    assert.deepEqual(orgs('Namens de XYZ, FNV, MKB-Nederland en de bonden.').map(o => o[0]), ['FNV', 'MKB-Nederland']);
    assert.deepEqual(orgs('Het QRS, VNO-NCW, MKB en de LTO tekenden.').map(o => o[0]), ['VNO-NCW', 'LTO']);
  });

  it('a line of capitals stays unread', () => {
    assert.deepEqual(orgs('BRIEF VAN DE MINISTER OVER HET OM EN DE AFM VAN DEZE WEEK'), []);
  });
});

describe('round 37: health and social bodies no text named', () => {
  it('the professional and sector bodies of the care letters', () => {
    assert.deepEqual(orgs('De KNMP, V&VN, Zorgthuisnl, de NVvP, Nivel, Sanquin, Vilans, Movisie en het Trimbos-instituut.').map(o => o[1]),
      ['KNMP', 'VVN', 'ZORGTHUISNL', 'NVVP', 'NIVEL', 'SANQUIN', 'VILANS', 'MOVISIE', 'TRIMBOS']);
  });

  it('"V&VN" is the nurses\' association, not the United Nations', () => {
    assert.deepEqual(orgs('Volgens V&VN is dat zo.'), [['V&VN', 'VVN']]);
  });

  it('the RIVM\'s centre, the euthanasia bodies and the health insurers', () => {
    assert.deepEqual(orgs('Het Centrum Infectieziektebestrijding (CIb) van het RIVM, het Expertisecentrum Euthanasie en de RTE.').map(o => o[1]),
      ['CIB', 'CIB', 'RIVM', 'EXPERTISECENTRUM-EUTHANASIE', 'RTE']);
    assert.deepEqual(orgs('Zilveren Kruis, VGZ, Menzis, DSW en ONVZ; Achmea is de moeder.').map(o => o[1]),
      ['ZILVEREN-KRUIS', 'VGZ', 'MENZIS', 'DSW', 'ONVZ', 'ACHMEA']);
  });

  it('the pension funds and the debt counsellors\' association', () => {
    assert.deepEqual(orgs('Het ABP, PFZW, PMT, PME en bpfBOUW voeren de regeling uit; de NVVK helpt bij schulden.').map(o => o[1]),
      ['ABP', 'PFZW', 'PMT', 'PME', 'BPFBOUW', 'NVVK']);
  });
});

describe('round 37: a berthub title\'s compact citation with a short number', () => {
  it('"Kamerstuk 36666-2" is stuk 2 of the dossier', () => {
    assert.deepEqual(cited('Reactie op de nota (Kamerstuk 36123-2) en op Kamerstuk 36123-14.\n'),
      [['Kamerstuk 36123-2', '36123', null, '2'], ['Kamerstuk 36123-14', '36123', null, '14']]);
  });

  it('the 21 501 series keeps its numbered sub-dossiers, also written without a space', () => {
    assert.deepEqual(cited('Zie Kamerstuk 21501-02 en Kamerstuk 21501-20 en Kamerstuk 21 501-32, nr. 1500.\n').map(c => c[2]), ['02', '20', '32']);
  });
});

describe('round 37: a web copy\'s number line with the date', () => {
  it('dates the verslag by "Nr. 21 Vastgesteld 12 oktober 2006"', () => {
    const letter = 'Vaststelling begroting van het Ministerie van Testzaken (XIX) voor het jaar 2007\n\n'
      + '30810 XIX 21 Verslag van een algemeen overleg\n\nVergaderjaar 2006-2007\n\nNr. 21 Vastgesteld 12 oktober 2006\n\n'
      + 'De vaste commissie heeft op 13 september 2006 overleg gevoerd.\n';
    assert.equal(analyseLetter(letter).identity.date, '2006-10-12');
  });

  it('not a number in a sentence', () => {
    const letter = '30 810 Testwet\n\nHet rapport telt Nr. 21 Vastgesteld ten onrechte.\n';
    assert.equal(analyseLetter(letter).identity.date, null);
  });
});

describe('round 37: precision of the new entries and of round 36\'s ECN', () => {
  it('FMS as Foreign Military Sales and CZ as a country code are no care bodies; CZ\'s name is', () => {
    assert.deepEqual(orgs('Het toestel is via FMS gekocht; het FMS-traject loopt.'), []);
    assert.deepEqual(orgs('De landen BE, CZ, DK en DE tekenden.'), []);
    assert.deepEqual(orgs('Zorgverzekeraar CZ en de Federatie Medisch Specialisten (FMS) reageerden; de FMS ook.').map(o => o[1]), ['CZ', 'FMS', 'FMS', 'FMS']);
  });

  it('the ECN+ directive and the ECN of a letter naming the European Competition Network are the competition network', () => {
    assert.deepEqual(orgs('De ACM past de ECN+-richtlijn toe.').map(o => o[1]), ['ACM', 'EU-ECN']);
    assert.deepEqual(orgs('Het European Competition Network overlegt; in het ECN zitten alle toezichthouders.').map(o => o[1]), ['EU-ECN', 'EU-ECN']);
    assert.deepEqual(orgs('ECN deed onderzoek naar zonne-energie.').map(o => o[1]), ['ECN']);
  });
});

describe('round 37: precision of session 25\'s AO rule', () => {
  it('"AO van de vaste commissie" after a dossier is the overleg, not Senate letter AO', () => {
    assert.deepEqual(cited('Zie Kamerstuk 31 499, AO van de vaste commissie voor Testzaken.\n'), [['Kamerstuk 31 499', '31499', null, null]]);
    assert.deepEqual(cited('Zie (Kamerstuk 33 751, AO) en verder.\n').map(c => c[3]), ['AO']);
  });
});

describe('round 37, batch 2: a parlementairemonitor copy\'s date line on the addressee\'s line', () => {
  it('dates the letter by "Aan de Voorzitter … Staten-Generaal Den Haag, 1 juli 2021"', () => {
    const letter = 'Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2020-2021\n\n32 790\n\nTestbeleid\n\nNr. 55    BRIEF VAN DE MINISTER\n\n'
      + 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 1 juli 2021\n\nOp 19 november 2018 heb ik u geschreven.\n';
    assert.equal(analyseLetter(letter).identity.date, '2021-07-01');
  });

  it('not a date in the sentence after the addressee', () => {
    const letter = '32 790 Testbeleid\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal schreef ik in Den Haag, 1 juli 2021 of later.\n';
    assert.equal(analyseLetter(letter).identity.date, null);
  });
});

describe('round 37: a year named as a premium, report or account year', () => {
  const dates = datesInLetterOf('2024-03-14');
  it('"het premiejaar 2025", "(verslagjaar 2024)", "het boekjaar 2022" are years, as "het kalenderjaar 2023"', () => {
    assert.deepEqual(dates('In het premiejaar 2025 en het boekjaar 2022 (verslagjaar 2024) daalde het.').map(d => d[0]), ['2025', '2022', '2024']);
  });
  it('a school year and a count stay unread', () => {
    assert.deepEqual(dates('In het schooljaar 2023/2024 kregen 2000 leerlingen les.'), []);
  });
});

describe('round 37: precision of the name rules before more sentence openers', () => {
  it('an inquiry committee, agency or omgevingsdienst before "Vervolgens", "Inmiddels", "Daarna" is no name', () => {
    assert.deepEqual(orgs('De enquêtecommissie Vervolgens hoorde zij getuigen.'), []);
    assert.deepEqual(orgs('Zo meldde het Agentschap Inmiddels is het klaar.'), []);
    assert.deepEqual(orgs('Bij de Omgevingsdienst Daarna volgt de rest.'), []);
  });
});

describe('round 37: a cooperative named by its legal form', () => {
  it('"Coöperatie Zorg Verzekerd" as "Stichting Zorg Verzekerd"; not a cooperative in lower case or after "een"', () => {
    assert.deepEqual(orgs('De Coöperatie Zorg Verzekerd en de Stichting Zorg Verzekerd reageerden.').map(o => o[0]),
      ['Coöperatie Zorg Verzekerd', 'Stichting Zorg Verzekerd']);
    assert.deepEqual(orgs('Een coöperatie van boeren en een Coöperatie Boeren doen mee.'), []);
  });
});
