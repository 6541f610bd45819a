// Round 20 of the blind check on real letters: every family at once, on short letters of VWS, IenW, LNV/LVVN, EZK,
// Financiën and the migration portfolio (30 573, 27 858, 21 501-33, 19 637, 31 066, 29 447, 35 420, 29 538, 35 068,
// 32 279) of 2019–2025, laid out as the seeds with entities broken over a page. Blind errors: the Nederlandse School
// voor Openbaar Bestuur (NSOB) and the Landelijke Regietafel not read (now in the gazetteer); `Douane` read inside a
// state secretary's portfolio title was left (see real-letters.md). Also the brief's two leftovers: an organisation
// right after page furniture (read right already) and a weekday between a deadline word and the day (now read as
// without the weekday). Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { orgs, letterOrgs, datesInLetterOf } from './recognised';

const FOOTER = 'Tweede Kamer, vergaderjaar 2023–2024, 31 066, nr. 1402 2';

describe('round 20: bodies named in VWS and migration letters', () => {
  it('the Nederlandse School voor Openbaar Bestuur with its acronym, and the acronym alone later', () => {
    assert.deepEqual(orgs('Ik laat de NSOB een verkenning doen. De Nederlandse School voor Openbaar Bestuur (NSOB) levert die in de zomer op.'), [
      ['NSOB', 'NSOB'], ['Nederlandse School voor Openbaar Bestuur', 'NSOB'], ['NSOB', 'NSOB'],
    ]);
  });

  it('negative: "School" is not a head noun of a name; a programme named with it is not read', () => {
    assert.deepEqual(orgs('De Brede School Aanpak (BSA) loopt door en de Gezonde School (GS) ook; de basisschool in de wijk doet mee.'), []);
  });

  it('the Landelijke Regietafel, by its short and its full name', () => {
    assert.deepEqual(orgs('Dit is besproken met de Landelijke Regietafel. De Landelijke Regietafel Migratie en Integratie komt in juni bijeen.'), [
      ['Landelijke Regietafel', 'LANDELIJKE-REGIETAFEL'], ['Landelijke Regietafel Migratie en Integratie', 'LANDELIJKE-REGIETAFEL'],
    ]);
  });

  it('negative: a regietafel in lower case or of another kind is not that body', () => {
    assert.deepEqual(orgs('Er komt een regionale regietafel; de landelijke regietafel voor jeugdzorg volgt later.'), []);
  });
});

describe('round 20: a weekday between a deadline or a letter and the day', () => {
  const inJanuary = datesInLetterOf('2025-01-10');

  it('a deadline ahead keeps the letter\'s year with the weekday between, as without it; the weekday stays out of the span', () => {
    assert.deepEqual(inJanuary('Ik informeer uw Kamer uiterlijk maandag 1 december over de uitkomst.'), [['1 december', { iso: '2025-12-01' }]]);
    assert.deepEqual(inJanuary('Ik informeer uw Kamer uiterlijk 1 december over de uitkomst.'), [['1 december', { iso: '2025-12-01' }]]);
    assert.deepEqual(inJanuary('Aanvragen kunnen tot en met zaterdag 15 november worden ingediend.'), [['15 november', { iso: '2025-11-15' }]]);
    assert.deepEqual(inJanuary('De regeling geldt met ingang van maandag 1 december.'), [['1 december', { iso: '2025-12-01' }]]);
  });

  it('with the year written the weekday changes nothing', () => {
    assert.deepEqual(inJanuary('De Kamer verneemt graag vóór vrijdag 31 oktober 2025 de stand van zaken.'), [['31 oktober 2025', { iso: '2025-10-31' }]]);
  });

  it('negative: a day just past with a weekday and no cue is still the December before', () => {
    assert.deepEqual(inJanuary('Op donderdag 19 december is het overleg gevoerd.'), [['19 december', { iso: '2024-12-19' }]]);
    assert.deepEqual(inJanuary('In mijn brief van donderdag 19 december schreef ik dit.'), [['19 december', { iso: '2024-12-19' }]]);
  });

  it('negative: a.s. and jl. after the day keep their readings with a weekday before it', () => {
    assert.deepEqual(inJanuary('Op vrijdag 7 maart a.s. volgt het debat, na het overleg op vrijdag 27 december jl.'), [
      ['7 maart a.s.', { iso: '2025-03-07' }], ['27 december jl.', { iso: '2024-12-27' }],
    ]);
  });
});

describe('round 20: an organisation right after page furniture (read right before this round)', () => {
  const page = (before: string, after: string) => `${before}\n\n${FOOTER}\n\n${after}\n`;

  it('the Rechtspraak after an article and the footer, with or without a blank line more', () => {
    assert.deepEqual(letterOrgs(page('Het advies is gedeeld met de', 'Rechtspraak, die het steunt.')).filter(o => o[1] !== 'TK'), [['Rechtspraak', 'RECHTSPRAAK']]);
    assert.deepEqual(letterOrgs(page('Het advies is gedeeld met de ', '\nRechtspraak, die het steunt.')).filter(o => o[1] !== 'TK'), [['Rechtspraak', 'RECHTSPRAAK']]);
  });

  it('other bodies after the footer: an acronym, a long name, lower-case politie', () => {
    assert.deepEqual(letterOrgs(page('Volgens het', 'RIVM is de kans klein.')).filter(o => o[1] !== 'TK'), [['RIVM', 'RIVM']]);
    assert.deepEqual(letterOrgs(page('Dat meldt de', 'Inspectie Justitie en Veiligheid in haar rapport.')).filter(o => o[1] !== 'TK'), [['Inspectie Justitie en Veiligheid', 'INSP-VENJ']]);
    assert.deepEqual(letterOrgs(page('Daarbij helpt de', 'politie van de regio.')).filter(o => o[1] !== 'TK'), [['politie', 'POLITIE']]);
  });

  it('a name the letter defines, broken by the footer before its acronym, runs over the footer', () => {
    const found = letterOrgs(page('Het advies van de Raad voor de', 'Leefomgeving en Infrastructuur (Rli) is binnen. De Rli stelt voor.')).filter(o => o[1] !== 'TK');
    assert.deepEqual(found.map(o => o[0].replace(/\s*\n[\s\S]*\n\s*/, ' ⏎ ')), ['Raad voor de ⏎ Leefomgeving en Infrastructuur', 'Rli', 'Rli']);
  });

  it('negative: the noun opening a new paragraph after the footer is no body', () => {
    assert.deepEqual(letterOrgs(page('Het advies is gedeeld.', '\nRechtspraak moet toegankelijk blijven.')).filter(o => o[1] !== 'TK'), []);
  });
});

describe('session 19: a year in brackets after a strategy\'s name (decision left open in round 17)', () => {
  const dates = datesInLetterOf('2023-05-10');
  it('is a year, span without the brackets, as a year written after a report\'s name', () => {
    assert.deepEqual(dates('Dit volgt uit de Geïntegreerde Buitenland- en Veiligheidsstrategie (2018) en de Nationale Veiligheid Strategie (2019).'), [
      ['2018', { iso: '2018' }], ['2019', { iso: '2019' }],
    ]);
  });

  it('negative: a number in brackets that is no year, and a year inside a name, are not read', () => {
    assert.deepEqual(dates('De Strategie (1234) en het Actieprogramma 2018–2022-plan worden herzien.'), []);
  });
});

describe('session 19: a body named as a state secretary\'s portfolio in the title (left in round 20)', () => {
  it('is part of the role and not read', () => {
    assert.deepEqual(orgs('De Staatssecretaris van Financiën – Toeslagen en Douane – stuurt u deze brief.'), []);
    assert.deepEqual(orgs('Namens de Staatssecretaris Fiscaliteit en Belastingdienst beantwoord ik de vragen.'), []);
  });

  it('negative: the same bodies in running text, also beside a state secretary, are read', () => {
    assert.deepEqual(orgs('De Douane en de Belastingdienst werken hierin samen.'), [['Douane', 'DOUANE'], ['Belastingdienst', 'BELASTINGDIENST']]);
    assert.deepEqual(orgs('De staatssecretaris sprak met de Belastingdienst en de Douane.'), [['Belastingdienst', 'BELASTINGDIENST'], ['Douane', 'DOUANE']]);
  });
});
