// Organisations: gazetteer matching, the guideline rules and acronym definitions, on snippets from the
// seed letters, plus the five letters against the gold annotation.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseOrganisations, loadGazetteer, lookupOrganisation, namedLikeOrganisation } from '../../server/src/core/recognise/organisations';
import { findNamedOrganisations } from '../../server/src/core/recognise/organisationNames';
import { CapitalWordStarts } from '../../server/src/core/recognise/words';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';
import { analyseLetter } from '../../server/src/core/analyse';

const ROOT = join(__dirname, '..', '..', '..');

// The recogniser reads only the normalised view; the layout of an empty text stands in for the page layout.
const NO_LAYOUT = analyseLayout('');

function recognise(text: string) {
  return recogniseOrganisations({ norm: normalize(text), layout: NO_LAYOUT, identity: emptyIdentity() });
}

/** [text, rule] of every name read from its shape. */
const shapeNames = (text: string) => findNamedOrganisations(text).map(n => [text.slice(n.start, n.end), n.rule]);

/** [text, id] of every organisation entity. */
function orgs(text: string): [string, string][] {
  return recognise(text).entities.map(e => [e.text, (e.value as { id: string }).id]);
}

describe('organisations: the gazetteer', () => {
  const g = loadGazetteer();
  it('has at least 150 entries with unique ids, descriptions in Dutch and English and a source URL', () => {
    assert.ok(g.entries.length >= 150, `${g.entries.length} entries`);
    assert.equal(new Set(g.entries.map(e => e.id)).size, g.entries.length);
    for (const e of g.entries) {
      assert.ok(e.name && e.names[0] === e.name, e.id);
      assert.ok(e.description.nl && e.description.en, e.id);
      assert.match(e.source, /^https:\/\//, e.id);
    }
  });
  it('uses the ids of the annotation guidelines', () => {
    for (const id of ['AIVD', 'KMAR', 'MIN-BZ', 'MIN-SZW', 'EU-JBZ-RAAD', 'EU-RAAD-BZ', 'POLITIE', 'TK', 'EK', 'UN', 'UNSC', 'NCTV', 'DTV', 'IRU-NL', 'INSP-VENJ', 'RVDK', 'GROEP-BONTES-VAN-KLAVEREN']) {
      assert.ok(lookupOrganisation(id), id);
    }
    assert.equal(lookupOrganisation('KMAR')?.kind, 'police');
    assert.equal(lookupOrganisation('NO-SUCH-ID'), undefined);
  });
});

describe('organisations: names and acronyms', () => {
  it('keeps a line break inside a name in the span ("Koninklijke \\nMarechaussee")', () => {
    assert.deepEqual(orgs('waarbij de Koninklijke \nMarechaussee de bewaking'), [['Koninklijke \nMarechaussee', 'KMAR']]);
  });
  it('keeps PDF hyphenation inside the span and tags the acronym after it', () => {
    const text = 'van de Nationaal Coördinator Terrorismebe-\nstrijding en Veiligheid (NCTV) zijn';
    assert.deepEqual(orgs(text), [['Nationaal Coördinator Terrorismebe-\nstrijding en Veiligheid', 'NCTV'], ['NCTV', 'NCTV']]);
  });
  it('tags a full name and its acronym in parentheses as two entities with one id', () => {
    assert.deepEqual(orgs('zoals de Koninklijke Marechaussee (Kmar) extra'), [['Koninklijke Marechaussee', 'KMAR'], ['Kmar', 'KMAR']]);
  });
  it('treats spelling and case variants as one organisation', () => {
    assert.deepEqual(orgs('(zoals AIVD, MIVD, KMAR, politie en OM) en de KMar en de Koninklijke \nmarechaussee'), [
      ['AIVD', 'AIVD'], ['MIVD', 'MIVD'], ['KMAR', 'KMAR'], ['politie', 'POLITIE'], ['OM', 'OM'], ['KMar', 'KMAR'], ['Koninklijke \nmarechaussee', 'KMAR'],
    ]);
  });
  it('reads names split over lines in 004 ("Raad voor \\nKinderbescherming", "Immigratie en Naturalisatie \\nDienst")', () => {
    const text = 'de Raad voor \nKinderbescherming, Bureau Jeugdzorg, de Immigratie en Naturalisatie \nDienst en het Ministerie van Buitenlandse Zaken.';
    assert.deepEqual(orgs(text), [['Raad voor \nKinderbescherming', 'RVDK'], ['Bureau Jeugdzorg', 'BUREAU-JEUGDZORG'], ['Immigratie en Naturalisatie \nDienst', 'IND'], ['Ministerie van Buitenlandse Zaken', 'MIN-BZ']]);
  });
  it('finds names inside hyphenated compounds ("AIVD-jaarverslag", "EU-lidstaten", "JBZ-raad")', () => {
    assert.deepEqual(orgs('het AIVD-jaarverslag, de EU-lidstaten en de informele JBZ-raad'), [['AIVD', 'AIVD'], ['EU', 'EU'], ['JBZ-raad', 'EU-JBZ-RAAD']]);
  });
  it('tags every EU token, also as a modifier (EU CTC, EU PNR, intra-EU)', () => {
    assert.deepEqual(orgs('de EU CTC in Parijs, de triloog over EU \nPNR en een intra-EU PNR'), [['EU', 'EU'], ['EU', 'EU'], ['EU', 'EU']]);
  });
  it('applies the token rule to ISIS and VN', () => {
    assert.deepEqual(orgs('de anti-ISIS coalitie, ISIS gelieerde groepen en de VN Speciaal Gezant'), [['ISIS', 'ISIS'], ['ISIS', 'ISIS'], ['VN', 'UN']]);
  });
  it('accepts the Arabic article in lower case ("al-Qaida", "al Shabaab") but not a lower-case name', () => {
    assert.deepEqual(orgs('Al-Qaida, al-Qaida en al Shabaab; de europese commissie en de tweede kamer'), [['Al-Qaida', 'AL-QAIDA'], ['al-Qaida', 'AL-QAIDA'], ['al Shabaab', 'AL-SHABAAB']]);
  });
  it('names parties behind member names (002)', () => {
    assert.deepEqual(orgs('Slob (ChristenUnie), Van Ojik (GroenLinks) en het lid Van Klaveren (Groep \nBontes/Van Klaveren)'), [
      ['ChristenUnie', 'CU'], ['GroenLinks', 'GL'], ['Groep \nBontes/Van Klaveren', 'GROEP-BONTES-VAN-KLAVEREN'],
    ]);
  });
  it('reads ministries only as "Ministerie (van) …", also without "van" and in lower case', () => {
    const text = 'AIVD, Ministerie van Defensie, Ministerie \nSociale Zaken en Werkgelegenheid, Ministerie van Onderwijs Cultuur en Wetenschappen, het ministerie van Defensie';
    assert.deepEqual(orgs(text), [
      ['AIVD', 'AIVD'], ['Ministerie van Defensie', 'MIN-DEF'], ['Ministerie \nSociale Zaken en Werkgelegenheid', 'MIN-SZW'],
      ['Ministerie van Onderwijs Cultuur en Wetenschappen', 'MIN-OCW'], ['ministerie van Defensie', 'MIN-DEF'],
    ]);
  });
  it('does not stop at a footnote marker glued to an acronym ("AIVD1")', () => {
    const text = 'De publicatie van de AIVD1 \n\n1 Zie www.aivd.nl\n';
    const names = recogniseOrganisations({ norm: normalize(text, { blanks: [{ start: 25, end: 26 }] }), layout: NO_LAYOUT, identity: emptyIdentity() }).entities.map(e => e.text);
    assert.deepEqual(names, ['AIVD']);
  });
});

describe('organisations: the police rule', () => {
  it('tags stand-alone politie with a preceding Nationale in the span', () => {
    assert.deepEqual(orgs('de korpsleiding van de nationale \npolitie en de Nationale Politie en de Politie'), [
      ['nationale \npolitie', 'POLITIE'], ['Nationale Politie', 'POLITIE'], ['Politie', 'POLITIE'],
    ]);
  });
  it('leaves compounds, suspended compounds and URLs alone', () => {
    assert.deepEqual(orgs('politiediensten, politiecapaciteit, de Politiewet 2012, politie- en inlichtingendiensten, www.politie.nl'), []);
  });
});

describe('organisations: what is not an organisation', () => {
  it('skips roles, deictic references and the government', () => {
    assert.deepEqual(orgs('De Minister van Veiligheid en Justitie informeert uw Kamer; de Kamer en het kabinet, de ministers van VenJ en SZW.'), []);
  });
  it('skips systems, documents and countries', () => {
    assert.deepEqual(orgs('het Schengen-Informatiesysteem (SIS), de GBA, het DTN en de VS'), []);
  });
  it('skips Roman numerals, stock abbreviations and unknown capitals', () => {
    assert.deepEqual(orgs('Handelingen II, bijlage III, NB: de EA en de XYZ en het ABC'), []);
  });
  it('skips acronyms in a line of capitals', () => {
    assert.deepEqual(orgs('BRIEF VAN DE MINISTER OM TE MELDEN DAT HET IS'), []);
  });
  it('skips plurals of acronyms ("de IRU’s van Europol") but tags the body after it', () => {
    assert.deepEqual(orgs('De IRU NL werkt samen met de IRU’s van Europol. Daarnaast kan de IRU'), [['IRU NL', 'IRU-NL'], ['Europol', 'EUROPOL'], ['IRU', 'IRU-NL']]);
  });
  it('skips names inside URLs and e-mail addresses', () => {
    assert.deepEqual(orgs('zie www.nctv.nl of schrijf aan info@aivd.nl'), []);
  });
});

describe('organisations: the fast scans read as the rules do', () => {
  // The gazetteer steps over lower-case words that start no first word allowed in lower case, and names are
  // only looked for at capitals: these inputs sit on the edges of those shortcuts.
  it('matches lower-case leads of names, unit by unit in any case after the first letter', () => {
    assert.deepEqual(orgs('het aL-Qaida, al-shabaab, eu-LISA, eu-lisa en de eu-lidstaten'), [['al-shabaab', 'AL-SHABAAB'], ['eu-LISA', 'EU-LISA'], ['eu-lisa', 'EU-LISA']]);
    assert.deepEqual(orgs('alle europese landen en het ministerie van Defensie'), [['ministerie van Defensie', 'MIN-DEF']]);
    assert.deepEqual(orgs('de vaste commissie voor Justitie en Veiligheid'), [['vaste commissie voor Justitie en Veiligheid', 'TK-COM-JENV']]);
  });
  it('reads the Kelvin sign as k, and İ, Σ and ſ as toLowerCase does', () => {
    assert.deepEqual(orgs('Raad van State en de \u212aamer van Koophandel'), [['Raad van State', 'RVS'], ['\u212aamer van Koophandel', 'KVK']]);
    assert.deepEqual(orgs('İS en de İSIS, \u03a3AIVD en AIVD\u03a3, de KMar'), [['KMar', 'KMAR']]);
    assert.deepEqual(shapeNames('de \u212aamer van Koophandel en de Dienſt Terugkeer'), [['\u212aamer van Koophandel', 'complement']]);
  });
  it('reads a compound head before a hyphen and a digit, and no head after a digit or parenthesis', () => {
    assert.deepEqual(orgs('de Dienſt Justitiële Inrichtingen en de Gezondheidsraad-Abc9'), [['Gezondheidsraad', 'GEZONDHEIDSRAAD']]);
    assert.deepEqual(shapeNames('een Werkgroep Terugkeer, (Gezondheidsraad) en 1Gezondheidsraad'), []);
    assert.deepEqual(shapeNames('met de Gezondheidsraad, de Onderwijsraad) en de Eurogroep.'), [['Gezondheidsraad', 'compound'], ['Onderwijsraad', 'compound'], ['Eurogroep', 'compound']]);
  });
  it('reads up to three adjectives before a head, a name at the very start, and no name in a law', () => {
    assert.deepEqual(shapeNames('Het Nationaal Interprovinciaal Constitutioneel Hof'), [['Nationaal Interprovinciaal Constitutioneel Hof', 'adjective']]);
    assert.deepEqual(shapeNames('Raad van State'), [['Raad van State', 'complement']]);
    assert.deepEqual(shapeNames('volgens het Constitutioneel Hof en de Landbouw- en Visserijraad'), [['Constitutioneel Hof', 'adjective']]);
    assert.deepEqual(shapeNames('de Rijkswet op de Raad van State en de Wet op de Raad voor de rechtspraak'), []);
  });
  it('finds standing committees from their literal core, not after a letter', () => {
    assert.deepEqual(shapeNames('de vaste commissie voor Justitie en Veiligheid en de vaste Kamercommissie voor Binnenlandse Zaken'), [
      ['vaste commissie voor Justitie en Veiligheid', 'committee'], ['vaste Kamercommissie voor Binnenlandse Zaken', 'committee'],
    ]);
    assert.deepEqual(shapeNames('xvaste commissie voor Justitie, algemene commissie voor de Rijksuitgaven'), [['algemene commissie voor de Rijksuitgaven', 'committee']]);
  });
  it('reads the same names from the word starts the gazetteer records as from its own capital scan', () => {
    const fromStarts = (text: string) => {
      const capitals = new CapitalWordStarts();
      loadGazetteer().matcher.match(text, capitals);
      return { complete: capitals.complete, names: findNamedOrganisations(text, capitals) };
    };
    const snippets = [
      'de Raad voor de Leefomgeving en Infrastructuur (Rli) en de Raad van State',
      'de JBZ-Raad en de Ecofin-Raad, het Constitutioneel Hof en de Eurogroep, de Gezondheidsraad-Abc9',
      'volgens het Constitutioneel Hof en de Landbouw- en Visserijraad, de \u212aamer van Koophandel',
      'de Nationale politie en het Openbaar Ministerie, de Europese Unie (EU), de Staten van Aruba',
    ];
    for (const text of snippets) {
      const got = fromStarts(text);
      assert.equal(got.complete, true);
      assert.deepEqual(got.names, findNamedOrganisations(text));
    }
    for (const file of readdirSync(join(ROOT, 'corpus')).filter(f => f.endsWith('.txt'))) {
      const text = normalize(readFileSync(join(ROOT, 'corpus', file), 'utf8')).text;
      assert.deepEqual(fromStarts(text).names, findNamedOrganisations(text), file);
    }
    // Astral letters and lone surrogates make the starts incomplete: the names come from the capital scan.
    const astral = 'de \ud835\udc00\u00e9 Raad van State, \ud800Raad voor Cultuur en \udc00Kamer van Koophandel';
    assert.equal(fromStarts(astral).complete, false);
    assert.deepEqual(fromStarts(astral).names, findNamedOrganisations(astral));
  });
  it('reads 8 MB lines of capitalised words and of lower-case words to the end', () => {
    assert.deepEqual(shapeNames('Xyz Abcd-Efg '.repeat(600_000)), []);
    assert.deepEqual(loadGazetteer().matcher.match('alle eu-achtige vaste ministeries '.repeat(250_000)), []);
  });
});

describe('organisations: acronyms defined in the letter', () => {
  it('reads a definition made again and again once: every long and short form is one entity', () => {
    const unit = 'De Raad van State (RvS) ';
    const r = recognise(unit.repeat(300));
    assert.equal(r.definitions?.length, 300);
    assert.equal(r.entities.length, 600);
    assert.deepEqual(r.entities.slice(0, 4).map(e => [e.start, e.text]), [[3, 'Raad van State'], [19, 'RvS'], [27, 'Raad van State'], [43, 'RvS']]);
    // A short form whose uses can overlap ("ABA" in "ABABA"): each use once, none inside the longer word.
    const overlapping = recognise('Algemeen Bureau Amsterdam (ABA) ABABA ABA '.repeat(100));
    assert.equal(overlapping.definitions?.length, 100);
    assert.equal(overlapping.entities.length, 300);
    assert.deepEqual(overlapping.entities.slice(0, 4).map(e => [e.start, e.text]), [[0, 'Algemeen Bureau Amsterdam'], [27, 'ABA'], [38, 'ABA'], [42, 'Algemeen Bureau Amsterdam']]);
  });

  it('gives a definition made twice the same mentions, also for a short form whose uses can overlap ("ABA")', () => {
    const text = 'Het Algemeen Bureau Amsterdam (ABA) en ABABA; het ABA werkt met het Algemeen Bureau Amsterdam (ABA). ABA ABA’s';
    const r = recognise(text);
    assert.deepEqual(r.entities.map(e => [e.start, e.text, e.source]), [
      [4, 'Algemeen Bureau Amsterdam', 'definition'], [31, 'ABA', 'definition'], [50, 'ABA', 'definition'],
      [68, 'Algemeen Bureau Amsterdam', 'definition'], [95, 'ABA', 'definition'], [101, 'ABA', 'definition'],
    ]);
    assert.ok(r.entities.every(e => (e.value as { id: string }).id === 'TEXT:ABA'));
    assert.equal(r.definitions?.length, 2);
  });

  it('makes an unknown body named like an organisation an entity, with every later use', () => {
    const r = recognise('Het Landelijk Bureau Extremisme (LBE) adviseert. Het LBE werkt samen met de AIVD.');
    assert.deepEqual(r.entities.map(e => [e.text, (e.value as { id: string }).id, e.source]), [
      ['Landelijk Bureau Extremisme', 'TEXT:LBE', 'definition'], ['LBE', 'TEXT:LBE', 'definition'], ['LBE', 'TEXT:LBE', 'definition'], ['AIVD', 'AIVD', 'gazetteer'],
    ]);
    assert.deepEqual(r.definitions?.map(d => [d.short, d.long, d.orgId]), [['LBE', 'Landelijk Bureau Extremisme', null]]);
  });
  it('links a definition of a known organisation to its gazetteer id', () => {
    const r = recognise('in de Commissie voor de \nInlichtingen en Veiligheidsdiensten (CIVD).');
    assert.deepEqual(r.definitions?.map(d => [d.short, d.orgId]), [['CIVD', 'CIVD']]);
    assert.deepEqual(r.entities.map(e => e.text), ['Commissie voor de \nInlichtingen en Veiligheidsdiensten', 'CIVD']);
    const text = 'in de Commissie voor de \nInlichtingen en Veiligheidsdiensten (CIVD).';
    const span = r.definitions![0].longSpan;
    assert.equal(text.slice(span.start, span.end), 'Commissie voor de \nInlichtingen en Veiligheidsdiensten');
  });
  it('does not read a member before a party as the party ("Marcouch (PvdA)")', () => {
    const r = recognise('de leden Marcouch (PvdA) en Van Dam (CDA)');
    assert.deepEqual(r.entities.map(e => e.text), ['PvdA', 'CDA']);
    assert.deepEqual(r.definitions, []);
  });
  it('marks organisations in a footnote body with the footnote number (004, footnote 2)', () => {
    const text = readFileSync(join(ROOT, 'corpus', '004_c51793f171952d9b.txt'), 'utf8');
    const organisations = analyseLetter(text).entities.filter(e => e.kind === 'organisation');
    const defensie = organisations.find(e => e.text === 'Ministerie van Defensie');
    assert.equal(defensie?.footnote, 2);
    assert.equal(organisations.find(e => e.text === 'AIVD')?.footnote, undefined);
  });
  it('does not make documents, programmes or lower-case terms organisations', () => {
    const r = recognise('het Dreigingsbeeld Terrorisme Nederland (DTN) en de passenger name record (PNR)-richtlijn en het Actieprogramma Integrale Aanpak Jihadisme (AIAJ)');
    assert.deepEqual(r.entities, []);
    assert.deepEqual(r.definitions?.map(d => d.short), ['DTN', 'PNR', 'AIAJ']);
  });
  it('does not make the policy areas of a council its name ("JBZ-Raad (Justitie en Binnenlandse Zaken)")', () => {
    assert.deepEqual(orgs('een extra EU JBZ-Raad (Justitie en Binnenlandse Zaken) bijeen'), [['EU', 'EU'], ['JBZ-Raad', 'EU-JBZ-RAAD']]);
  });
  it('namedLikeOrganisation reads head nouns', () => {
    for (const s of ['Dienst Terugkeer en Vertrek', 'Landelijk Bureau Extremisme', 'Counter Terrorism Group', 'Immigratie- en Naturalisatiedienst', 'Samenwerkingsgroep Terrorisme']) assert.ok(namedLikeOrganisation(s), s);
    for (const s of ['Dreigingsbeeld Terrorisme Nederland', 'passenger name record', 'Kaderbesluit van de Raad', 'Schengen-Informatiesysteem']) assert.ok(!namedLikeOrganisation(s), s);
  });
});

describe('organisations: definitions with overleg heads and later long forms', () => {
  it('defines bodies whose head is overleg ("Interprovinciaal Overleg (IPO)", "Interparlementair Koninkrijksoverleg (IPKO)")', () => {
    const r = recognise('met de medeoverheden, waaronder het Interprovinciaal Overleg (IPO). Het IPO is positief.');
    assert.deepEqual(r.entities.map(e => [e.text, (e.value as { id: string }).id]).filter(([, id]) => id.endsWith('IPO')).map(([t]) => t), ['Interprovinciaal Overleg', 'IPO', 'IPO']);
    assert.ok(namedLikeOrganisation('Interparlementair Koninkrijksoverleg'));
  });
  it('does not make meetings organisations ("Algemeen Overleg (AO)", "Wetgevingsoverleg (WGO)")', () => {
    for (const s of ['Algemeen Overleg', 'Bestuurlijk Overleg', 'Wetgevingsoverleg']) assert.ok(!namedLikeOrganisation(s), s);
    assert.deepEqual(recognise('tijdens het Algemeen Overleg (AO) en het Wetgevingsoverleg (WGO)').entities, []);
  });
  it('finds the long form again after its definition, also in a footnote', () => {
    const text = 'Het Landelijk Bureau Extremisme (LBE) adviseert.\n\n1 Landelijk Bureau Extremisme, «Jaarbericht», april 2023.';
    const longs = recognise(text).entities.filter(e => e.text === 'Landelijk Bureau Extremisme');
    assert.equal(longs.length, 2);
    assert.ok(longs.every(e => (e.value as { id: string }).id === 'TEXT:LBE'));
  });
  it('does not find a long form again inside the name of a law (ch08: "Rijkswet Caribisch orgaan …")', () => {
    const text = 'de behandeling van de Rijkswet Caribisch orgaan voor hervorming en ontwikkeling. Het Caribisch orgaan voor hervorming en ontwikkeling (COHO) is er.';
    const longs = recognise(text).entities.filter(e => e.text.startsWith('Caribisch'));
    assert.deepEqual(longs.map(e => e.start), [text.lastIndexOf('Caribisch orgaan')]);
  });
});

describe('organisations: names read from their shape (TEXT:<NAME>)', () => {
  /** [name, id, rule] of every name the shape rules read. */
  const names = (text: string) => findNamedOrganisations(text).map(n => [text.slice(n.start, n.end), n.id, n.rule]);
  it('head + van/voor + capitalised complement (ch08, ch06)', () => {
    assert.deepEqual(names('dat de Staten van Aruba de landsverordening'), [['Staten van Aruba', 'TEXT:STATEN VAN ARUBA', 'complement']]);
    assert.deepEqual(names('de Staten van Curaçao en de \nStaten van Sint Maarten hebben').map(n => n[0]), ['Staten van Curaçao', 'Staten van Sint Maarten']);
    assert.deepEqual(names('advies van de Raad voor de Leefomgeving en Infrastructuur over').map(n => n[0]), ['Raad voor de Leefomgeving en Infrastructuur']);
    assert.deepEqual(names('en de Kustwacht voor het Caribisch gebied werken').map(n => n[0]), ['Kustwacht voor het Caribisch gebied']);
    assert.deepEqual(names('De Kamer van Koophandel meldt').map(n => n[0]), ['Kamer van Koophandel']);
  });
  it('capitalised adjective or acronym + head (ch04, ch07)', () => {
    assert.deepEqual(names('de oprichting van het Constitutioneel Hof en'), [['Constitutioneel Hof', 'TEXT:CONSTITUTIONEEL HOF', 'adjective']]);
    assert.deepEqual(names('Met de MBO Raad en de Nederlandse Zorgautoriteit').map(n => n[0]), ['MBO Raad', 'Nederlandse Zorgautoriteit']);
  });
  it('capitalised compounds on a head suffix in the middle of a sentence (ch04, ch05, ch07)', () => {
    assert.deepEqual(names('De Gezondheidsraad heeft op 1 februari, de Eurogroep en de VO-raad').map(n => n[0]), ['Gezondheidsraad', 'Eurogroep', 'VO-raad']);
  });
  it('standing committees (ch01: "vaste commissie voor Justitie", in the normalised view)', () => {
    assert.deepEqual(names('Het verslag van de vaste commissie voor Justitie over het wetgevingsoverleg'), [['vaste commissie voor Justitie', 'TEXT:VASTE COMMISSIE VOOR JUSTITIE', 'committee']]);
    assert.deepEqual(names('de vaste commissie voor Binnenlandse Zaken en Koninkrijksrelaties.').map(n => n[0]), ['vaste commissie voor Binnenlandse Zaken en Koninkrijksrelaties']);
    assert.deepEqual(names('een commissie voor justitie'), []);
  });
  it('reads no roles, anaphors, countries, funds, meetings, persons or names inside a law', () => {
    const none = [
      'de Minister van Justitie en uw Kamer', 'De Raad heeft besloten', 'de Verenigde Staten van Amerika',
      'Het Nationaal Groeifonds en het Klimaatfonds', 'tijdens het Algemeen Overleg van', 'de Rijkswet Raad voor de Rechtshandhaving',
      'Staatsraad Jansen', 'Gemeenten hebben, zoals de Doelgroep', 'Gezondheidsraad adviseert', 'een Werkgroep Terugkeer',
      'de Landbouw- en Visserijraad van', 'Hoge Vertegenwoordiger van de Unie', 'de Raad voor de rechtspraak',
    ];
    for (const text of none) assert.deepEqual(names(text), [], text);
  });
  it('leaves a name to the gazetteer when the gazetteer knows it', () => {
    assert.deepEqual(orgs('De Raad van State heeft'), [['Raad van State', 'RVS']]);
  });
  it('makes an unknown name an entity with a TEXT: id and source text', () => {
    // A body made up for the test, of the shape of a real one (the Rli, now in the gazetteer).
    const r = recognise('Volgens de Raad voor de Kustveiligheid en Waterbouw moet het anders.');
    assert.deepEqual(r.entities.map(e => [e.text, (e.value as { id: string }).id, e.source]), [
      ['Raad voor de Kustveiligheid en Waterbouw', 'TEXT:RAAD VOOR DE KUSTVEILIGHEID EN WATERBOUW', 'text'],
    ]);
  });
  it('reads a 10 MB single line of capitalised words to the end', () => {
    const huge = 'Raad van '.repeat(600_000) + 'Gezondheidsraad'.repeat(100_000);
    assert.doesNotThrow(() => findNamedOrganisations(huge));
  });
});

describe('organisations: robustness', () => {
  it('returns nothing on empty and binary input', () => {
    assert.deepEqual(orgs(''), []);
    assert.deepEqual(orgs('\u0000\u0001\u0002\uFFFD'.repeat(1000)), []);
  });
  it('reads a 10 MB single line to the end', () => {
    const text = 'de AIVD en de (Kamerstuk) politie, '.repeat(290000) + 'en de NCTV';
    const found = recognise(text).entities;
    assert.equal(found.length, 290000 * 2 + 1);
    assert.equal(found[found.length - 1].text, 'NCTV');
  });
});

describe('organisations: the five seed letters against the gold', () => {
  const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'gold-seeds.json'), 'utf8')) as {
    files: Record<string, { entities: GoldEntity[]; excluded?: GoldEntity[] }>;
  };
  interface GoldEntity { kind: string; start: number; end: number; text: string; value: { id?: string }; optional?: boolean }
  it('matches the gold organisations exactly (span and id), F1 ≥ 0.97', () => {
    let tp = 0, fp = 0, fn = 0;
    const wrong: string[] = [];
    for (const name of readdirSync(join(ROOT, 'corpus')).filter(f => gold.files[f])) {
      const text = readFileSync(join(ROOT, 'corpus', name), 'utf8');
      const predicted = analyseLetter(text, { path: name }).entities.filter(e => e.kind === 'organisation');
      const g = gold.files[name].entities.filter(e => e.kind === 'organisation');
      const excluded = (gold.files[name].excluded ?? []).filter(e => e.kind === 'organisation');
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      for (const e of g) {
        const hit = predicted.find(p => p.start === e.start && p.end === e.end && (p.value as { id: string }).id === e.value.id);
        if (hit) tp++;
        else if (!e.optional) { fn++; wrong.push(`${name} missed ${JSON.stringify(e.text)}`); }
      }
      for (const p of predicted) {
        if (g.some(e => e.start === p.start && e.end === p.end)) continue;
        if (excluded.some(x => overlaps(x, p))) continue;
        fp++;
        wrong.push(`${name} spurious ${JSON.stringify(p.text)}`);
      }
    }
    const precision = tp / (tp + fp), recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    assert.ok(f1 >= 0.97, `F1 ${f1.toFixed(3)}: ${wrong.join('; ')}`);
  });
});

// Capitalised words before a head, read backwards instead of by the end-anchored MODIFIERS_BEFORE regex;
// expectations are the output of the regex.
describe('organisations: capitalised adjectives before a head', () => {
  const named = (text: string) => findNamedOrganisations(text).map(n => [text.slice(n.start, n.end), n.rule]);

  it('takes one to three adjectives, hyphenated ones and a lone acronym into the name', () => {
    assert.deepEqual(named('Het Constitutioneel Hof besliste.'), [['Constitutioneel Hof', 'adjective']]);
    assert.deepEqual(named('met de Centrale Europese Raad'), [['Centrale Europese Raad', 'adjective']]);
    assert.deepEqual(named('van het Noord-Europees Hof'), [['Noord-Europees Hof', 'adjective']]);
    assert.deepEqual(named('zie (Constitutioneel Hof)'), [['Constitutioneel Hof', 'adjective']]);
    assert.deepEqual(named('de MBO Raad'), [['MBO Raad', 'adjective']]);
  });

  it('reads no name when the words before are no adjectives, glued to a number, two spaces apart or too many', () => {
    for (const text of ['de Tweede Kamer', 'de 2Interprovinciaal Overleg', 'het Interprovinciaal  Overleg', 'Een Zeer Grote Europese Raad']) {
      assert.deepEqual(named(text), [], text);
    }
  });
});

describe('organisations: rules from real letters the recognisers had not seen', () => {
  it('names standing committees without "vaste", with "van" and with the subject straight after the noun', () => {
    assert.deepEqual(orgs('Gisteren vergaderde de commissie voor Binnenlandse\nZaken over gemeentefondsen.'), [['commissie voor Binnenlandse\nZaken', 'TK-COM-BIZA']]);
    assert.deepEqual(orgs('In het overleg met de vaste Kamercommissie van Veiligheid en Justitie is dit toegezegd.'), [['vaste Kamercommissie van Veiligheid en Justitie', 'TK-COM-JENV']]);
    assert.deepEqual(orgs('Op verzoek van de commissie Onderwijs, Cultuur en Wetenschap stuur ik u deze reactie.'), [['commissie Onderwijs, Cultuur en Wetenschap', 'TK-COM-OCW']]);
    // "de commissie" alone is an anaphor; a "vaste" glued to a letter makes no committee name.
    assert.deepEqual(orgs('De commissie heeft vragen gesteld; de xvaste commissie voor Justitie niet.'), []);
  });

  it('gives an acronym defined after a ministry’s full name to the ministry, there only', () => {
    const text = 'De begroting van het Ministerie van Infrastructuur en Waterstaat (IenW) stijgt. De Minister van IenW schrijft.';
    assert.deepEqual(orgs(text), [['Ministerie van Infrastructuur en Waterstaat', 'MIN-IENW'], ['IenW', 'MIN-IENW']]);
  });

  it('lets a letter define an acronym the gazetteer gives to another body, from the definition on', () => {
    const text = 'Het advies van de Raad voor Volksgezondheid & Samenleving (RVS) over zorg volgt. De RVS adviseert ook later.';
    assert.deepEqual(orgs(text), [
      ['Raad voor Volksgezondheid & Samenleving', 'RVS-ZORG'], ['RVS', 'RVS-ZORG'], ['RVS', 'RVS-ZORG'],
    ]);
    // An unknown body with a known body's acronym: the letter's own id, not the known body.
    const unknown = 'De Raad voor Vervoer en Scheepvaart (RVS) adviseerde. Later adviseerde de RVS opnieuw.';
    assert.deepEqual(orgs(unknown).map(([, id]) => id), ['TEXT:RVS', 'TEXT:RVS', 'TEXT:RVS']);
  });

  it('does not read a Dutch body glued after "EU-" as that body', () => {
    assert.deepEqual(orgs('de uitkomst van de EU-Gezondheidsraad en het advies van de Gezondheidsraad'), [
      ['EU', 'EU'], ['Gezondheidsraad', 'GEZONDHEIDSRAAD'],
    ]);
  });

  it('reads a definition whose head noun stands third, before a place', () => {
    assert.ok(namedLikeOrganisation('Academisch Medisch Centrum Amsterdam'));
    assert.deepEqual(orgs('Het Academisch Medisch Centrum Leiden (AMCL) start een proef; het AMCL meldt later.'), [
      ['Academisch Medisch Centrum Leiden', 'TEXT:AMCL'], ['AMCL', 'TEXT:AMCL'], ['AMCL', 'TEXT:AMCL'],
    ]);
  });

  it('knows courts, review and advisory bodies, trade associations and audit firms', () => {
    const text = 'De rechtbank Midden-Nederland en het Gerechtshof Den Haag oordeelden; de Centrale Raad van Beroep ook. ' +
      'De IOB evalueerde, Deloitte onderzocht, de Rekenkamer en de Europese Rekenkamer keken mee, net als de Benelux Unie, ' +
      'het Leger des Heils, LTO Nederland en de Inspectie voor de Sanctietoepassing (ISt).';
    assert.deepEqual(orgs(text).map(([, id]) => id), [
      'RECHTBANK-MIDDEN-NEDERLAND', 'GERECHTSHOF-DEN-HAAG', 'CRVB', 'IOB', 'DELOITTE', 'ALG-REKENKAMER', 'EU-REKENKAMER',
      'BENELUX', 'LEGER-DES-HEILS', 'LTO', 'IST', 'IST',
    ]);
  });
});

describe('organisations: rules from a second round of unseen real letters (2001-2023)', () => {
  const withChamber = (text: string, chamber: 'I' | 'II') =>
    recogniseOrganisations({ norm: normalize(text), layout: NO_LAYOUT, identity: { ...emptyIdentity(), chamber } })
      .entities.map(e => [e.text, (e.value as { id: string }).id]);

  it('reads a name whose last word has a footnote marker glued to it, the marker left out', () => {
    assert.deepEqual(orgs('De vaste commissie voor Financiën1 heeft op 6 november overleg gevoerd; de NCTV2 en de Raad van State3 ook.'), [
      ['vaste commissie voor Financiën', 'TK-COM-FIN'], ['NCTV', 'NCTV'], ['Raad van State', 'RVS'],
    ]);
  });

  it('leaves a word with a longer number glued to it alone, and a known name with digits keeps them', () => {
    assert.deepEqual(orgs('Het rapport AIVD2016 en het D66-voorstel; de F35 vliegt.'), [['D66', 'D66']]);
  });

  it('knows the committees of earlier portfolios', () => {
    assert.deepEqual(orgs('De vaste commissie voor Verkeer en Waterstaat en de vaste commissie voor Volkshuisvesting, ' +
      'Ruimtelijke Ordening en Milieubeheer spraken met de minister.').map(([, id]) => id), ['TK-COM-IENW', 'TK-COM-VROM']);
  });

  it('reads a standing committee in an Eerste Kamer stuk as the Senate’s, unless the House is named', () => {
    const text = 'De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft kennisgenomen van de brief; ' +
      'de vaste commissie voor Financiën van de Tweede Kamer ook.';
    assert.deepEqual(withChamber(text, 'I').map(([, id]) => id), ['EK-COM-VWS', 'TK-COM-FIN', 'TK']);
    assert.deepEqual(withChamber(text, 'II').map(([, id]) => id), ['TK-COM-VWS', 'TK-COM-FIN', 'TK']);
  });

  it('knows recurring national and European bodies of older letters', () => {
    const text = 'Het CVZ stelt de bijdrage vast. Het Europees Economisch en Sociaal Comité en het Comité van de Regio’s ' +
      'adviseren; de Raad voor Regelgevingstoetsing toetst. Het verslag van de VTE-Raad volgt. De Europese Gendarmerie ' +
      'Eenheid en het Landbouw Economisch Instituut worden genoemd, net als de Afdeling bestuursrechtspraak.';
    assert.deepEqual(orgs(text).map(([, id]) => id), ['ZIN', 'EU-EESC', 'EU-COR', 'EU-RSB', 'EU-RAAD-VTE', 'EUROGENDFOR', 'LEI', 'RVS']);
  });
});

describe('organisations: real letters of the counter-terrorism field (round 3)', () => {
  it('knows al-Qaida written with a space and an ayin, and the armed groups of the anti-ISIS letters', () => {
    const text = 'Volgens de dienst blijven al Qa’ida en Al Qa\'ida gevaarlijk. De coalitie steunt de Peshmerga in het noorden ' +
      'en de Syrische Democratische Strijdkrachten (SDF), waarvan de YPG de kern vormt.';
    assert.deepEqual(orgs(text), [['al Qa’ida', 'AL-QAIDA'], ['Al Qa\'ida', 'AL-QAIDA'], ['Peshmerga', 'PESHMERGA'],
      ['Syrische Democratische Strijdkrachten', 'SDF'], ['SDF', 'SDF'], ['YPG', 'YPG']]);
  });

  it('reads a named UN mission whole, not as the UN', () => {
    assert.deepEqual(orgs('Het mandaat van de United Nations Mission in Iraq (UNAMI) wordt versterkt.'),
      [['United Nations Mission in Iraq', 'UNAMI'], ['UNAMI', 'UNAMI']]);
  });

  it('reads the oversight bodies of the services by their long forms in lower case', () => {
    const text = 'De brief van de voorzitter van de commissie voor de Inlichtingen- en Veiligheidsdiensten volgt op het ' +
      'voornemen van de commissie van toezicht betreffende de inlichtingen- en veiligheidsdiensten (CTIVD).';
    assert.deepEqual(orgs(text), [['commissie voor de Inlichtingen- en Veiligheidsdiensten', 'CIVD'],
      ['commissie van toezicht betreffende de inlichtingen- en veiligheidsdiensten', 'CTIVD'], ['CTIVD', 'CTIVD']]);
  });

  it('reads "de Marechaussee" as the Koninklijke Marechaussee, and not the plural of its officers', () => {
    assert.deepEqual(orgs('De Marechaussee controleert de grens; twee marechaussees stonden bij de balie.'), [['Marechaussee', 'KMAR']]);
  });

  it('annotates EU in a short form that opens a parenthesis', () => {
    assert.deepEqual(orgs('De ministers spraken met de EU contraterrorismecoördinator (EU CTC) over uitreizigers.'),
      [['EU', 'EU'], ['EU', 'EU']]);
  });

  it('reads a standing committee with its subject straight after "vaste (Kamer)commissie"', () => {
    const text = 'Op verzoek van uw Vaste Kamer Commissie Veiligheid en Justitie en van de vaste Kamercommissie Defensie.';
    assert.deepEqual(orgs(text), [['Vaste Kamer Commissie Veiligheid en Justitie', 'TK-COM-JENV'], ['vaste Kamercommissie Defensie', 'TK-COM-DEF']]);
  });

  it('knows the EU Council’s Mixed Committee and the national units of passenger and alien data', () => {
    const text = 'Het Gemengd Comité vergaderde. De Passagiersinformatie-eenheid verwerkt PNR; het NVIK en het Landelijk ' +
      'Internationaal Rechtshulpcentrum – LIRC werken samen.';
    assert.deepEqual(orgs(text).map(([, id]) => id), ['EU-GEMENGD-COMITE', 'PI-NL', 'NVIK', 'LIRC', 'LIRC']);
  });
});

describe('organisations: national security, cyber and migration letters (round 4)', () => {
  it('knows the national bodies of the field: the Nationale Recherche with its acronym, the Cyber Security Raad', () => {
    const text = 'De gegevens kwamen van de Nationale Recherche (DNR) en de regionale korpsen. Het advies van de Cyber ' +
      'Security Raad over de strategie wordt door het kabinet gevolgd.';
    assert.deepEqual(orgs(text), [['Nationale Recherche', 'NATIONALE-RECHERCHE'], ['DNR', 'NATIONALE-RECHERCHE'],
      ['Cyber Security Raad', 'CSR']]);
  });

  it('reads a name written with "&" for its "en", the ministries among them', () => {
    const text = 'Het signaal bereikte het Ministerie van Sociale Zaken & Werkgelegenheid en de Inspectie Justitie & Veiligheid.';
    assert.deepEqual(orgs(text), [['Ministerie van Sociale Zaken & Werkgelegenheid', 'MIN-SZW'],
      ['Inspectie Justitie & Veiligheid', 'INSP-VENJ']]);
  });

  it('knows the firms and groups that recur in the cyber and crisis letters, and the Kinderombudsman', () => {
    const text = 'Na de hack bij DigiNotar en de brand bij Chemie-Pack volgden de DDoS-aanvallen van Killnet; ' +
      'de Kinderombudsman schreef over de kinderen in de kampen.';
    assert.deepEqual(orgs(text), [['DigiNotar', 'DIGINOTAR'], ['Chemie-Pack', 'CHEMIE-PACK'], ['Killnet', 'KILLNET'],
      ['Kinderombudsman', 'KINDEROMBUDSMAN']]);
  });
});

describe('organisations: EU Council, foreign affairs and mission letters (round 5)', () => {
  it('knows the UN, NATO and EU missions as bodies of their own, not as the EU token inside their names', () => {
    const text = 'Nederland droeg bij aan MINUSMA en aan de EU Trainingsmissie in Mali (EUTM Mali); de staf van de EUTM ' +
      'kreeg een officier. De Raad besprak EUFOR Althea, EMASoH en de EU Military Assistance Mission (EUMAM).';
    assert.deepEqual(orgs(text), [['MINUSMA', 'MINUSMA'], ['EU Trainingsmissie in Mali', 'EUTM-MALI'], ['EUTM Mali', 'EUTM-MALI'],
      ['EUTM', 'EUTM-MALI'], ['EUFOR Althea', 'EUFOR-ALTHEA'], ['EMASoH', 'EMASOH'],
      ['EU Military Assistance Mission', 'EUMAM'], ['EUMAM', 'EUMAM']]);
  });

  it('knows the Dutch air task force of the anti-ISIS letters and the G5 Sahel, not the Sahel countries', () => {
    const text = 'Een delegatie bezocht de Air Task Force Middle East. De G5-Sahel werd opgericht door de G5-Sahellanden.';
    assert.deepEqual(orgs(text), [['Air Task Force Middle East', 'ATF-ME'], ['G5-Sahel', 'G5-SAHEL']]);
  });

  it('reads an EU body named "van de EU" as the body, with the short form for "Europese Unie"', () => {
    const text = 'Daarna werd de verordening over het Asielagentschap van de EU (EUAA) aangenomen, gepubliceerd door het ' +
      'Publicatiebureau van de Europese Unie.';
    assert.deepEqual(orgs(text), [['Asielagentschap van de EU', 'EUAA'], ['EUAA', 'EUAA'],
      ['Publicatiebureau van de Europese Unie', 'EU-OP']]);
  });

  it('ends a committee before the chair named after a comma, and knows the committee for foreign trade', () => {
    const text = 'De voorzitter van de algemene commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking, Van Dam\n' +
      'De voorzitter van de vaste commissie voor Wonen, Ruimte en Erfgoed, Jansen';
    assert.deepEqual(orgs(text), [['algemene commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking', 'TK-COM-BHO'],
      ['vaste commissie voor Wonen, Ruimte en Erfgoed', 'TEXT:VASTE COMMISSIE VOOR WONEN, RUIMTE EN ERFGOED']]);
  });

  it('ends the chamber’s name before a session glued to it in a copied table row', () => {
    const text = 'Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer\nTweede Kamer der Staten-Generaal2016-201731288 nr. 12';
    assert.deepEqual(orgs(text), [['Tweede Kamer der Staten-Generaal', 'TK']]);
  });
});
