// Round 36 of the blind check on real texts: every family at once, on stukken of 2006–2025 on energy (TenneT, SodM,
// EBN, Gasunie), rail and ports (ProRail, the Havenbedrijf Rotterdam), water (the Deltaprogramma, Rijkswaterstaat),
// elections (the Kiesraad), the population register (the RvIG, Logius), gambling (the Kansspelautoriteit) and sport
// (NOC*NSF), with three Senate stukken. Missed blind: NOC*NSF, the port authority's name with its legal form and its
// acronym, and a flattened Senate verslag's header and date. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

describe('round 36: bodies missed blind', () => {
  it('NOC*NSF with its asterisk, also before a hyphen; not inside a longer word', () => {
    assert.deepEqual(orgs('Het kabinet sprak met NOC*NSF en het NOC*NSF-bestuur over de topsport.'),
      [['NOC*NSF', 'NOCNSF'], ['NOC*NSF', 'NOCNSF']]);
    assert.deepEqual(orgs('De code XNOC*NSFY is geen naam.'), []);
  });

  it('the Rotterdam port authority with its legal form and acronym, and the other port authorities', () => {
    assert.deepEqual(orgs('Het Havenbedrijf Rotterdam NV (HbR) is betrokken; het HbR stemde in.'),
      [['Havenbedrijf Rotterdam NV', 'HAVENBEDRIJF-ROTTERDAM'], ['HbR', 'HAVENBEDRIJF-ROTTERDAM'], ['HbR', 'HAVENBEDRIJF-ROTTERDAM']]);
    assert.deepEqual(orgs('Port of Amsterdam, Groningen Seaports, North Sea Port en Port of Moerdijk investeren.').map(o => o[1]),
      ['HAVENBEDRIJF-AMSTERDAM', 'GRONINGEN-SEAPORTS', 'NORTH-SEA-PORT', 'HAVENBEDRIJF-MOERDIJK']);
  });
});

describe('round 36: bodies of the round\'s subjects no text named', () => {
  it('the gas grid operator by its whole name, not as Gasunie, and the network operators', () => {
    assert.deepEqual(orgs('Gasunie Transport Services adviseert; GTS en Netbeheer Nederland, Stedin, Liander, Enexis en Energie-Nederland reageerden.').map(o => o[1]),
      ['GTS', 'GTS', 'NETBEHEER-NL', 'STEDIN', 'LIANDER', 'ENEXIS', 'ENERGIE-NEDERLAND']);
  });

  it('gambling and sport: Holland Casino, the Nederlandse Loterij, the KNVB and the Mulier Instituut', () => {
    assert.deepEqual(orgs('Holland Casino, de Nederlandse Loterij, de KNVB en het Mulier Instituut werden gehoord.').map(o => o[1]),
      ['HOLLAND-CASINO', 'NEDERLANDSE-LOTERIJ', 'KNVB', 'MULIER']);
  });

  it('ICTU and the regional carriers', () => {
    assert.deepEqual(orgs('ICTU bouwt het portaal; Arriva, Keolis en Qbuzz rijden in de regio.').map(o => o[1]),
      ['ICTU', 'ARRIVA', 'KEOLIS', 'QBUZZ']);
  });
});

describe('round 36: a Senate verslag whose first page is run together', () => {
  // The copy puts the stuk's letter on a line of its own and the type, the date and the text on one long line.
  const body = 'De leden van de fractie stellen nog enkele vragen over het wetsvoorstel. '.repeat(16);
  const letter = [
    'Eerste Kamer der Staten-Generaal',
    'Vergaderjaar 2015–2016',
    '34 111',
    'Wijziging van de Wet op de proef, de handel en de levering van water (Proefwet)',
    'F',
    `VERSLAG VAN DE VASTE COMMISSIE VOOR ECONOMISCHE ZAKEN1 Vastgesteld 15 december 2015 ${body}`,
    '',
  ].join('\n');

  it('dates the verslag by its "Vastgesteld" after a type line with a glued footnote marker', () => {
    assert.equal(analyseLetter(letter).identity.date, '2015-12-15');
    assert.equal(analyseLetter('Eerste Kamer der Staten-Generaal\nVergaderjaar 2015–2016\n34 111\nWijziging van de Proefwet\nF\n'
      + 'VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN12 Vastgesteld 3 maart 2016 De leden vragen.\n').identity.date, '2016-03-03');
  });

  it('reads the header as the stuk\'s own citation though the type runs into a long line', () => {
    const own = analyseLetter(letter).entities.filter(e => e.kind === 'kamerstuk');
    assert.equal(own.length, 1);
    assert.ok(own[0].text.startsWith('34 111') && own[0].text.endsWith('\nF'));
    assert.deepEqual([analyseLetter(letter).identity.dossier, analyseLetter(letter).identity.number], ['34111', 'F']);
  });
});

describe('round 36: precision of the name rules before a sentence opener', () => {
  it('an agency or an inquiry committee named before "In", "Daarnaast" or "Eind" is no name', () => {
    assert.deepEqual(orgs('Op verzoek van het Agentschap In 2020 werd het beleid aangepast.'), []);
    assert.deepEqual(orgs('Zo meldde het Agentschap Daarnaast volgt een evaluatie.'), []);
    assert.deepEqual(orgs('De parlementaire enquêtecommissie In januari verscheen het rapport.'), []);
    assert.deepEqual(orgs('Bij de Omgevingsdienst Eind 2020 kwam er een directeur.'), []);
  });

  it('the names themselves stay: an agency, a foundation in title case, an omgevingsdienst by region', () => {
    assert.deepEqual(orgs('Het Agentschap Zorg en Welzijn, de Stichting In Balans, de Stichting Wonen In Zorg en de Omgevingsdienst Twente.').map(o => o[0]),
      ['Agentschap Zorg en Welzijn', 'Stichting In Balans', 'Stichting Wonen In Zorg', 'Omgevingsdienst Twente']);
  });
});

describe('round 36, batch 2: missed blind after the first fixes', () => {
  it('an Aanhangsel answer\'s header copied with its layout table\'s cells names the answer and its session', () => {
    const answer = analyseLetter('Tweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2023-2024 | Aanhangsel van de Handelingen |\n'
      + 'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden |\n777\n'
      + 'Vragen van het lid Jansen over de proef (ingezonden 2 mei 2024).\nAntwoord van Minister Pietersen (ontvangen 20 mei 2024).\n');
    assert.equal(answer.identity.session, '2023-2024');
    assert.deepEqual(answer.entities.filter(e => e.kind === 'aanhangsel').map(e => [e.text, (e.value as { number: string }).number]), [['777', '777']]);
  });

  it('a suffix after a hyphen and a slipped-in space, not a word after it', () => {
    const cited = (t: string) => analyseLetter(t).entities.filter(e => e.kind === 'kamerstuk')
      .map(e => [e.text, (e.value as { suffix: string | null }).suffix]);
    assert.deepEqual(cited('Zie de brief (Kamerstuk 34 000- J, nr. 12) over het water.\n'), [['Kamerstuk 34 000- J, nr. 12', 'J']]);
    assert.deepEqual(cited('Zie de brief (Kamerstuk 34 000 - XII, nr. 3) over het water.\n'), [['Kamerstuk 34 000 - XII, nr. 3', 'XII']]);
    assert.deepEqual(cited('Zie de brief (Kamerstuk 34 000- De Jong, nr. 12) over het water.\n').map(c => c[1]), [null]);
  });

  it('the COT (also with its name broken after a suspended hyphen), the VSG and ECN', () => {
    assert.deepEqual(orgs('Het Instituut voor Veiligheid-\nen Crisismanagement onderzocht het; het COT, de VSG en ECN reageerden.').map(o => o[1]),
      ['COT', 'COT', 'VSG', 'ECN']);
  });
});

describe('round 36: dates of the energy letters', () => {
  const dates = datesInLetterOf('2024-05-03');

  it('a winter named by the two years it straddles is one approximate range with its season words', () => {
    assert.deepEqual(dates('Voor de winter van 2024–2025 en de winter 2023/2024 is er gas genoeg; winter 2022-2023 was krap.'), [
      ['de winter van 2024–2025', { iso: ['2024', '2025'], approx: true }],
      ['de winter 2023/2024', { iso: ['2023', '2024'], approx: true }],
      ['winter 2022-2023', { iso: ['2022', '2023'], approx: true }],
    ]);
    // One year stays a season of that year; two years that do not follow each other are no winter.
    assert.deepEqual(dates('In de winter van 2024 en de winter 2022–2024 vroor het.'), [['de winter van 2024', { iso: '2024', approx: true }]]);
  });

  it('a deadline year after "uiterlijk"', () => {
    assert.deepEqual(dates('Alle aansluitingen zijn uiterlijk 2030 gerealiseerd.'), [['2030', { iso: '2030' }]]);
  });
});

describe('round 36: precision of round 33\'s EU agencies', () => {
  it('ELA as a central bank\'s emergency liquidity is not the European Labour Authority', () => {
    assert.deepEqual(orgs('De banken kregen ELA-steun; de centrale bank verhoogde het ELA-plafond.'), []);
    assert.deepEqual(orgs('Zij vroegen noodliquiditeit (Emergency Liquidity Assistance, ELA) aan.'), []);
    assert.deepEqual(orgs('De Europese Arbeidsautoriteit (ELA) controleert; de ELA-inspecteurs ook.').map(o => o[1]), ['ELA', 'ELA', 'ELA']);
  });
});
