// Organisations: the shipped gazetteer, the police rule, and acronyms the letter defines itself.
//
// Precision first: an upper-case run is an organisation only when the gazetteer knows it or the letter
// defines it ("Landelijk Bureau X (LBX)"), and a definition makes an organisation only when its long
// form is named like one (a head noun such as Dienst, Bureau, Raad, Unit, Group), not a document,
// programme or law ("Dreigingsbeeld Terrorisme Nederland (DTN)"). A letter that defines an acronym the gazetteer
// knows as such a programme, document or law reads it so, not as the body (definedAsNonBody).
import type { RecogniseContext, RecogniserResult } from './context';
import { namedAsForeign, namedAsForeignAfter, namedAsForeignNeuter } from './foreign';
import type { AcronymDefinition, Entity, EntitySource, Span } from '../types';
import { loadGazetteer, lookupOrganisation, type GazetteerMatch } from '../data/gazetteer';
import { findAcronymDefinitions, type AcronymPair } from './acronyms';
import { findNamedOrganisations, insideLawName, midSentence, nameWordStarts, ROLES_AFTER_ARTICLE, textId } from './organisationNames';
import {
  COURT_WORDS, PARKET_WORDS, HOF_WORDS, ISLAND_NAME_WORDS, LOWER_WATCHED_NAME_WORDS, MARECHAUSSEE_WORDS, POLICE_WORDS, PROSECUTION_WORDS, RUD_WORDS, SERVICE_WORDS, TOESLAGEN_WORDS, WATER_BOARD_NOUNS,
  watchedOf, type CapitalWordStarts,
} from './words';
import { footnoteOf } from './footnotes';
import { isAsciiLower, isAsciiUpper, isLetter, isRegexSpace } from '../text/charClass';

export { loadGazetteer, lookupOrganisation } from '../data/gazetteer';
export type { Gazetteer, GazetteerEntry, OrganisationKind } from '../data/gazetteer';

interface Candidate {
  /** Offsets in the normalised view. */
  start: number;
  end: number;
  id: string;
  source: EntitySource;
  explain: string;
}

export function recogniseOrganisations(ctx: RecogniseContext): RecogniserResult {
  try {
    return recognise(ctx);
  } catch {
    // A recogniser never takes the analysis down; an unexpected input yields no organisations.
    return { entities: [], problems: [], definitions: [] };
  }
}

function recognise(ctx: RecogniseContext): RecogniserResult {
  const text = ctx.norm.text;
  const { matcher } = loadGazetteer();
  const candidates: Candidate[] = [];

  // The matcher records where capitalised words that may end in a head start; the name reader visits only those.
  const capitals = nameWordStarts();
  const shoutedAcronyms: GazetteerMatch[] = [];
  const matches = withDivisionsJoined(text, withoutJoinedLists(text, matcher.match(text, capitals, shoutedAcronyms)));
  const addMatch = (m: GazetteerMatch) => {
    if (nationalBodyAfterEu(text, m) || (m.acronym && pluralInEn(text, m.end)) || organOfAnotherBody(text, m)) return;
    if (m.acronym && inEcliIdentifier(text, m.start)) return;
    if (!m.acronym && indefiniteCommonNoun(text, m)) return;
    const division = !m.acronym && m.id === 'BELASTINGDIENST' && text.charCodeAt(m.end) === 0x2f ? taxDivision(text, m) : null;
    if (division) { candidates.push(division); return; }
    if (m.acronym && LABEL_ONLY_ACRONYMS.has(m.id) && !asPartyLabel(text, m)) return;
    if (m.acronym && m.id === 'CFT' && inFinanceOfTerrorismPair(text, m)) return;
    if (m.acronym && m.id === 'UHT' && UHT_DAIRY_AFTER.test(text.slice(m.end, m.end + 16))) return;
    if (m.acronym && m.id === 'SNA' && SNA_EDITION_AFTER.test(text.slice(m.end, m.end + 8))) return;
    if (m.acronym && m.id === 'ELA' && emergencyLiquidity(text, m)) return;
    if (m.acronym && m.id === 'AID' && aidOfTheUnitedStates(text, m, matches)) return;
    if (m.id === 'G4' && g4OfCountries(text, m)) return;
    if (!m.acronym && portfolioInTypeLine(text, m)) return;
    if (m.acronym && m.id === 'ECN' && competitionNetwork(text, m, matches)) { candidates.push(fromGazetteer({ ...m, id: 'EU-ECN' })); return; }
    const regional = (m.acronym && (m.id === 'GGD' || m.id === 'GHOR')) || (!m.acronym && m.id === 'BUREAU-JEUGDZORG') ? regionalGgd(text, m) : null;
    if (regional) { candidates.push(regional); return; }
    if (m.id === JUDICIARY && (!midSentence(text, m.start) || atParagraphStart(text, m.start))) return;
    const committee = committeeAfterVaste(text, m);
    if (committee !== null) candidates.push(fromGazetteer(committee));
  };
  for (const m of matches) addMatch(m);
  if (shoutedAcronyms.length) for (const m of acronymsInHeadings(text, shoutedAcronyms, matches)) addMatch(m);
  for (const m of namesAtWatchedWords(text, capitals, matches)) addMatch(m);
  for (const m of namesBeforeStopMarkers(text, matcher)) addMatch(m);
  // The dates take their month words from the same visit instead of scanning the letter for them.
  if (capitals.monthWordsComplete) ctx.words = { text, monthLeads: capitals.monthWords };
  // The matcher reports where the police word stands as a word of its own; a search only where it cannot.
  for (const c of policeMentions(text, placesOfWatched(text, capitals, POLICE_WORDS))) candidates.push(c);
  for (const c of marechausseeMentions(text, placesOfWatched(text, capitals, MARECHAUSSEE_WORDS))) candidates.push(c);
  const openbaar = placesOfWatched(text, capitals, PROSECUTION_WORDS);
  for (const c of prosecutorMentions(text, openbaar)) candidates.push(c);
  for (const c of islandBodiesInLowerCase(text, openbaar)) candidates.push(c);
  for (const c of islandCouncils(text, capitals)) candidates.push(c);
  for (const c of omgevingsdienstenByRegion(text, matcher, capitals)) candidates.push(c);
  for (const c of sportsConfederation(text)) candidates.push(c);
  for (const c of uitvoeringsdienstenByRegion(text, capitals)) candidates.push(c);
  for (const c of localBodiesByRegion(text, capitals, matcher)) candidates.push(c);
  for (const c of waterBoardsInLowerCase(text, matcher, capitals)) candidates.push(c);
  for (const c of courtsByPlace(text, placesOfWatched(text, capitals, COURT_WORDS), matcher)) candidates.push(c);
  for (const c of courtsByPlace(text, placesOfWatched(text, capitals, PARKET_WORDS), matcher)) candidates.push(c);
  for (const c of courtsByPlace(text, placesOfWatched(text, capitals, HOF_WORDS), matcher)) candidates.push(c);
  for (const c of supervisoryCommittees(text, placesOfWatched(text, capitals, SUPERVISION_COMMITTEE_WORDS))) candidates.push(c);

  const definitions: AcronymDefinition[] = [];
  // A letter defines the same acronym again and again ("(NCTV)" in the text and in a footnote): each form is
  // looked up and searched for once.
  const idOf = remembered((form: string) => matcher.idOf(form));
  const uses = new DefinitionUses(new UsesInLetter(text, capitals));
  const redefined: Redefinition[] = [];
  /** The letter's own body, `TEXT:<acronym>`, from the definition on. */
  const ownBody = (pair: AcronymPair) => {
    const id = `TEXT:${pair.short}`;
    definitions.push(toDefinition(ctx, pair, id));
    uses.longForm(pair, id, `organisation defined in this letter (${pair.short})`, candidates);
    shortForms(pair, id, matcher.acronymIds, uses, candidates, redefined);
  };
  // The bodies the rules above read by region or place, by start: built at the first definition without an id.
  let readByPlace: TextBodiesByStart | undefined;
  for (const found of findAcronymDefinitions(text)) {
    const pair = withBodyNounBefore(text, found);
    // "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)": the acronym's letters start inside the
    // name the gazetteer matched; the acronym is that name's.
    const enclosing = matchEndingAt(matches, pair.longEnd);
    if (enclosing && enclosing.start < pair.longStart && !enclosing.acronym) {
      const orgId = enclosing.id;
      definitions.push(toDefinition(ctx, pair, orgId));
      enclosedDefinitionMentions(pair, orgId, matcher.acronymIds, uses, candidates, redefined);
      continue;
    }
    // "Stichting Vluchtelingenwerk Nederland (VWN)": a known body under a legal form its name does not hold.
    const longId = idOf(pair.long) ?? (pair.spelledLong ? idOf(pair.spelledLong) : null);
    // "JBZ-Raad (Justitie en Binnenlandse Zaken)": the long form spells the policy areas, not the council.
    let shortId = pair.compound ? null : idOf(pair.short);
    if (!longId && shortId && !namedLikeOrganisation(pair.long)) {
      // "het Nationaal Programma Onderwijs (NPO)": a known acronym the letter defines as a programme, document,
      // law or agreement is that thing's in this letter, not the body's (GUIDELINES, session 19).
      const overrule = definedAsNonBody(text, pair, shortId, matches);
      if (overrule) { definitions.push(toDefinition(ctx, pair, null)); redefined.push(overrule); }
      // "De vervoerder BAS (Bus Amsterdam Schiphol)": another name the acronym spells word by word is the letter's own.
      // Only after a word for a body: a long form of no known kind leaves the known body (session 19).
      else if (spellsAnotherName(pair, shortId) && afterBodyNoun(text, pair)) ownBody(pair);
      // Else a known acronym after words that do not name it is a false pair ("Marcouch (PvdA)": a member and the party).
      continue;
    }
    // A body named otherwise than any name of the known one with that acronym is another body ("Raad voor
    // Volksgezondheid & Samenleving (RVS)" is not the Raad van State).
    if (!longId && shortId && !spelledLike(pair.long, shortId)) shortId = null;
    const orgId = missionAt(text, pair, idOf, longId ?? shortId) ?? longId ?? shortId ?? (readByPlace ??= textBodiesByStart(candidates)).bodyAt(pair);
    // "de Richtlijn Rivierinformatiediensten (RIS)": an unknown long form right after the word for a legal act is
    // (the end of) the act's name; what it defines is the act's subject, not a body (GUIDELINES, round 23).
    if (!orgId && (namedAfterAct(text, pair.longStart) || ACT_WORD_FIRST.test(pair.long))) { definitions.push(toDefinition(ctx, pair, null)); continue; }
    // "het adviesbureau Nuance door Training en Advies (NTA)": a firm's name without a head noun, its capitals spelling the
    // acronym, after a word for a company (session 26).
    if (!orgId && !namedLikeOrganisation(pair.long) && spelledByCapitals(pair) && afterBodyNoun(text, pair)) { ownBody(pair); continue; }
    definitions.push(toDefinition(ctx, pair, orgId));
    definitionMentions(pair, orgId, matcher.acronymIds, uses, candidates, redefined);
  }
  const settled = redefined.length ? withoutRedefinedAcronyms(text, candidates, redefined) : candidates;
  if (settled !== candidates) { candidates.length = 0; appendAll(candidates, settled); }
  appendAll(candidates, namedCommittees(text, capitals));
  appendAll(candidates, toeslagenListedWithBodies(text, candidates, placesOfWatched(text, capitals, TOESLAGEN_WORDS)));
  appendAll(candidates, namesNotKnownOtherwise(text, candidates, capitals, matches));

  parketsAtCourts(text, candidates);
  chambersOverBlankLine(text, candidates);
  committeesOfOtherBodies(text, candidates);
  if (ctx.identity?.chamber === 'I') toSenateCommittees(text, candidates);
  chamberBeforeCommittees(text, candidates);

  const inFootnote = footnoteOf(ctx.layout?.footnotes ?? []);
  const entities: Entity<'organisation'>[] = [];
  for (const found of settle(candidates)) {
    if (found.source === 'gazetteer' && (namesPortfolio(text, found.start) || namedInLaw(text, found.start))) continue;
    const c = found.source === 'gazetteer' ? asEuMeeting(text, found) : found;
    const span = ctx.norm.span(c.start, c.end);
    entities.push(toEntity(ctx, c, span, inFootnote(span)?.number));
  }
  return { entities, problems: [], definitions };
}

/**
 * Names a known body shares with an organ of many others: "de Algemene Raad" (the EU's council before 2009) is also
 * the general council of the ECB or of the Orde van Advocaten. Followed by "van de/het/der" and a name, it is that
 * other body's organ, unless the body named is the EU itself (round 28's EU-RAZEB; GUIDELINES, session 23).
 */
const ORGAN_NAMES = new Set(['algemene raad']);
// "de Algemene Raad van Bestuur van het UWV": a board of a body, as "Raad van Bestuur" is.
const OF_ANOTHER_BODY = /^\s+van\s+(?:(?:de|het|der)\s+(?!Europese\s+Unie|EU\b|Unie\b)\p{Lu}|(?:Bestuur|Toezicht|Commissarissen)(?![\p{L}\p{M}\p{N}]))/u;
/** The first letter of every name in ORGAN_NAMES, in either case: no other unit lower-cases to an ASCII letter but k. */
const ORGAN_INITIALS = new Set([...ORGAN_NAMES].flatMap(n => [n.charCodeAt(0), n.toUpperCase().charCodeAt(0)]));
/** The shortest name in ORGAN_NAMES: white space made one space only shortens a match. */
const ORGAN_NAME_MIN = Math.min(...[...ORGAN_NAMES].map(n => n.length));
/** The court code of a case-law identifier, `ECLI:NL:RVS:2024:1234`: part of a number, not a mention of the court. */
const ECLI_BEFORE_COURT = /ECLI:[A-Z]{2}:$/;
function inEcliIdentifier(text: string, start: number): boolean {
  return start >= 8 && text.charCodeAt(start - 1) === 0x3a && ECLI_BEFORE_COURT.test(text.slice(start - 8, start));
}

function organOfAnotherBody(text: string, m: GazetteerMatch): boolean {
  // Only a match that can be one of ORGAN_NAMES is sliced and lower-cased.
  if (m.end - m.start < ORGAN_NAME_MIN || !ORGAN_INITIALS.has(text.charCodeAt(m.start))) return false;
  return !m.acronym && m.end - m.start <= 16 && ORGAN_NAMES.has(text.slice(m.start, m.end).replace(/\s+/g, ' ').toLowerCase()) &&
    OF_ANOTHER_BODY.test(text.slice(m.end, m.end + 40));
}

/**
 * Acronyms a body shares with many others, read as that body only where a letter uses them as a party's label: "OSF",
 * the Onafhankelijke Senaatsfractie before 2019, in a Senate composition "Jansen (OSF)" or as "de OSF-fractie"; "het
 * OSF-rapport" or "de OSF" in running text may be the Open Society Foundations or another (round 30).
 */
const LABEL_ONLY_ACRONYMS = new Set(['OPNL']);
const LABEL_ONLY_FORMS = new Set(['OSF']);
const FRACTIE_BEFORE = /(?:^|[^\p{L}])fractie\s+(?:van\s+)?(?:de\s+)?$/iu;
// The last of a list of parties after the plural: "de fracties van SP, PvdD, 50PLUS en OSF" (round 40), also each with its
// article: "de fracties van de VVD en de OSF" (session 26).
const FRACTIES_LIST_BEFORE = /(?:^|[^\p{L}])fracties\s+van\s+(?:de\s+)?(?:[\p{Lu}\d][\p{L}\d]*(?:,\s*|\s+en\s+)(?:de\s+)?)+$/u;
function asPartyLabel(text: string, m: GazetteerMatch): boolean {
  if (!LABEL_ONLY_FORMS.has(text.slice(m.start, m.end))) return true;
  const before = text.slice(Math.max(0, m.start - 24), m.start), after = text.slice(m.end, m.end + 9);
  // In a parenthesised list of labels: "(OSF)", "(50PLUS, OSF)", "Jansen (OSF), Pieters".
  const open = before.lastIndexOf('('), close = before.lastIndexOf(')');
  if (open > close && /^\s?[),]/u.test(after)) return true;
  return /^[-‐]?fractie/iu.test(after) || FRACTIE_BEFORE.test(before) || FRACTIES_LIST_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start));
}

/**
 * "CFT" joined to another acronym by a slash or hyphen is the fight against the financing of terrorism, as in "AML/CFT"
 * or "CFT/AML", not the College financieel toezicht of the Caribbean budgets (round 31).
 */
function inFinanceOfTerrorismPair(text: string, m: GazetteerMatch): boolean {
  return /[/\-‐]$/u.test(text.slice(Math.max(0, m.start - 1), m.start)) || /^[/\-‐]\p{Lu}/u.test(text.slice(m.end, m.end + 2));
}

/**
 * "SNA 2008", "SNA-1993": the System of National Accounts by its edition, not the Stichting Normering Arbeid (round 32);
 * also by a two-digit edition year, "SNA 93", "SNA68" (round 33; the editions are of 1953, 1968, 1993 and 2008).
 */
const SNA_EDITION_AFTER = /^[-‐ ]?(?:(?:19|20)\d\d|[5-9]\d)(?!\d)/u;
/**
 * "ELA-steun", "het ELA-plafond", "(Emergency Liquidity Assistance, ELA)": a central bank's emergency liquidity for banks (the
 * Greek and Cypriot banks, 2012–2015), not the European Labour Authority (round 36): a liquidity word glued after it, or the
 * English long form or "noodliquiditeit" shortly before it.
 */
const ELA_LIQUIDITY_AFTER = /^[-‐](?:steun|plafond|faciliteit|lening|krediet|verstrekking|financiering|liquiditeit|middelen|aanvra)/iu;
const ELA_LIQUIDITY_BEFORE = /Liquidity Assistance|noodliquiditeit/iu;
function emergencyLiquidity(text: string, m: GazetteerMatch): boolean {
  return ELA_LIQUIDITY_AFTER.test(text.slice(m.end, m.end + 14)) || ELA_LIQUIDITY_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}
/** "UHT-melk", "UHT room": ultra-high-temperature dairy, not the Uitvoeringsorganisatie Herstel Toeslagen (round 31). */
const UHT_DAIRY_AFTER = /^[-‐ ](?:melk|room|slagroom|koffiemelk|zuivel|vla|yoghurt|drank|product|verhitting|behandel|gesteriliseerd)/iu;

/**
 * "Het AID-programma van de VS", "de Amerikaanse AID-gelden": glued to a word for aid money in a sentence that names the
 * United States, "AID" is American aid (USAID's), not the Algemene Inspectiedienst of 1990–2012, unless the letter names
 * that service in full (session 25). "De AID controleert de import van Amerikaans rundvlees" stays the service.
 */
const UNITED_STATES = /(?:^|[^\p{L}])(?:VS|Verenigde Staten|Amerika\p{Ll}*|USAID|US|U\.S\.)(?![\p{L}])/u;
const AID_MONEY_AFTER = /^[-‐](?:programma|gelden|budget|financiering|middelen|projecten|fonds|hulp|steun)/u;
function aidOfTheUnitedStates(text: string, m: GazetteerMatch, matches: readonly GazetteerMatch[]): boolean {
  if (!AID_MONEY_AFTER.test(text.slice(m.end, m.end + 16))) return false;
  const { from, to } = sentenceAround(text, m);
  return UNITED_STATES.test(text.slice(from, Math.min(text.length, to + 1))) && !matches.some(n => n.id === 'AID' && !n.acronym);
}
const SENTENCE_END = /[.!?;\n]/;
/** Where the sentence around a match starts and where its end mark stands, at most 200 units either side. */
function sentenceAround(text: string, m: GazetteerMatch): { from: number; to: number } {
  let from = m.start, to = m.end;
  while (from > 0 && m.start - from < 200 && !SENTENCE_END.test(text[from - 1])) from--;
  while (to < text.length && to - m.end < 200 && !SENTENCE_END.test(text[to])) to++;
  return { from, to };
}

/**
 * "de G4 in de Veiligheidsraad", "de G4-landen", "een G4-visum": the four countries seeking a seat in the UN's Security
 * Council (Brazil, Germany, India, Japan) or a visa's class, not the four largest municipalities (session 26): glued to
 * a word for countries or a visa, or in a sentence that names the UN or those countries.
 */
const G4_OTHER_AFTER = /^[-‐](?:land|lidsta|visa|visum|natie)/iu;
const G4_COUNTRIES_NEAR = /(?:^|[^\p{L}])(?:VN|Verenigde Naties|Veiligheidsraad|Brazilië|India|Japan)(?![\p{L}])/u;
function g4OfCountries(text: string, m: GazetteerMatch): boolean {
  if (G4_OTHER_AFTER.test(text.slice(m.end, m.end + 8))) return true;
  const { from, to } = sentenceAround(text, m);
  return G4_COUNTRIES_NEAR.test(text.slice(from, to));
}

/**
 * "de ECN+-richtlijn", "het ECN" in a letter that names the European Competition Network: the competition authorities'
 * network (the ACM letters), not round 36's Energieonderzoek Centrum Nederland (round 37).
 */
function competitionNetwork(text: string, m: GazetteerMatch, matches: readonly GazetteerMatch[]): boolean {
  return text.charCodeAt(m.end) === 0x2b || matches.some(n => n.id === 'EU-ECN');     // "+"
}

/**
 * One region's GGD, named by its region after the acronym: "GGD Hollands Midden", "GGD Amsterdam", "GGD
 * Zaanstreek-Waterland" (GUIDELINES: local bodies are read where the letter names them). The region is up to three
 * capitalised words, not a word that opens a sentence; a name joined by "en" stops before it ("GGD Amsterdam en
 * Rotterdam" cannot tell one region from two). "GGD GHOR Nederland" is the gazetteer's, a longer match. A GHOR, one
 * per safety region, is named so too: "GHOR Brabant-Noord", "GHOR Hollands Midden" (round 31); so is a Bureau Jeugdzorg,
 * one per province or city region until 2015: "Bureau Jeugdzorg Agglomeratie Amsterdam", "Bureau Jeugdzorg Haaglanden"
 * (round 35).
 */
const GGD_REGION = /^ (?:regio )?(\p{Lu}[\p{Ll}\p{M}]+(?:[-‐]\p{Lu}[\p{Ll}\p{M}]+)*)((?: (?:voor )?\p{Lu}[\p{Ll}\p{M}]+(?:[-‐]\p{Lu}[\p{Ll}\p{M}]+)*){0,2})(?![\p{L}\p{M}\p{N}\-‐])/u;
// What a GGD or GHOR makes is no region: "het GHOR Jaarverslag 2019", "de GGD Gezondheidsmonitor" (round 32).
const GGD_PRODUCT = /^(?:Jaar(?:verslag|plan|rapport|beeld|bericht)|Rapport(?:age)?|(?:Gezondheids|Jeugd)?[Mm]onitor|Advies|Richtlijn(?:en)?|Handreiking|Protocol|Draaiboek|Nieuwsbrief|Onderzoek|Factsheet|Dashboard|Website|App)$/u;
function regionalGgd(text: string, m: GazetteerMatch): Candidate | null {
  const region = GGD_REGION.exec(text.slice(m.end, m.end + 60));
  if (!region || NOT_A_SEAT.has(region[1]) || GGD_PRODUCT.test(region[1])) return null;
  // Only the words of the region that open no sentence: "GGD Amsterdam Dit" keeps "Amsterdam".
  let length = region[0].length - region[2].length;
  for (const w of region[2].split(' ').slice(1)) {
    if (NOT_A_SEAT.has(w) || GGD_PRODUCT.test(w)) break;
    length += w.length + 1;
  }
  const end = m.end + length;
  return { start: m.start, end, id: textId(text.slice(m.start, end)), source: 'text', explain: `a ${text.slice(m.start, m.end)} named by its region` };
}

/**
 * An omgevingsdienst named by its region, as a GGD is: "Omgevingsdienst Haaglanden", "de omgevingsdienst Regio
 * Utrecht", "Omgevingsdienst IJmond", "Omgevingsdienst Midden- en West-Brabant", "Omgevingsdienst de Vallei" (round 34;
 * the 29 services are all named so). Up to three capitalised words that open no sentence; a name the gazetteer holds
 * ("Omgevingsdienst Noordzeekanaalgebied") stays the gazetteer's. The plural and the noun alone name none.
 */
const REGION_WORD = '(?:IJ\\p{Ll}+|\\p{Lu}[\\p{Ll}\\p{M}]+)(?:[-‐](?:IJ\\p{Ll}+|\\p{Lu}[\\p{Ll}\\p{M}]+))*';
const SERVICE_REGION = new RegExp(`^ (?:de )?(${REGION_WORD}(?:- en ${REGION_WORD})?)((?: ${REGION_WORD}){0,2})(?![\\p{L}\\p{M}\\p{N}\\-‐])`, 'u');
// A region of two joined by "&": "Omgevingsdienst Flevoland & Gooi en Vechtstreek" (session 25).
const AND_REGION = new RegExp(`^ & (${REGION_WORD})(?: en ${REGION_WORD})?(?![\\p{L}\\p{M}\\p{N}\\-‐])`, 'u');
const SERVICE_NOUN_TAIL = 'mgevingsdienst ';
const SERVICE_NOUN_LEAD = SERVICE_NOUN_TAIL.slice(0, 4);
function omgevingsdienstenByRegion(text: string, matcher: { matchAt(text: string, start: number): GazetteerMatch | null }, capitals: CapitalWordStarts): Candidate[] {
  const out: Candidate[] = [];
  // As the search for the whole did: a letter that opens with SERVICE_NOUN_TAIL yields none.
  if (text.startsWith(SERVICE_NOUN_TAIL)) return out;
  for (const start of serviceNounPlaces(text, capitals)) {
    if ((text[start] !== 'O' && text[start] !== 'o') || (start > 0 && isWordUnit(text.charCodeAt(start - 1)))) continue;
    const at = start + 1;
    const end = serviceRegionEnd(text, at + 14);
    if (end < 0 || matcher.matchAt(text, start)) continue;
    out.push({ start, end, id: textId(text.slice(start, end)), source: 'text', explain: 'an omgevingsdienst named by its region' });
  }
  return out;
}

/**
 * Where "[Oo]mgevingsdienst " stands, in text order: a superset of where the rule can fire. From the matcher's visit
 * when its record is complete: where the rule fires, nothing that isWordUnit takes for a letter or digit precedes the
 * noun and a space follows it, so it is a word token of its own, one of SERVICE_WORDS (a unit in U+0080–U+00BF the
 * token would take in, "²omgevingsdienst", needs latin1Complete). Else every place of SERVICE_NOUN_TAIL, found by a
 * search for its first four letters (V8 finds them about a third faster than the whole; neither overlaps itself).
 */
function serviceNounPlaces(text: string, capitals: CapitalWordStarts): number[] {
  const out: number[] = [];
  if (capitals.complete && capitals.watchedComplete && capitals.latin1Complete) {
    for (const at of watchedOf(text, capitals.watched, SERVICE_WORDS)) if (text.startsWith(SERVICE_NOUN_TAIL, at + 1)) out.push(at);
    return out;
  }
  for (let at = text.indexOf(SERVICE_NOUN_LEAD); at >= 0; at = text.indexOf(SERVICE_NOUN_LEAD, at + SERVICE_NOUN_LEAD.length)) {
    if (at > 0 && text.startsWith(SERVICE_NOUN_TAIL, at)) out.push(at - 1);
  }
  return out;
}

/** Where the region after a service's noun (at `head`, the space after it) ends, or -1 when no region follows. */
function serviceRegionEnd(text: string, head: number): number {
  const region = SERVICE_REGION.exec(text.slice(head, head + 60));
  if (!region || NOT_A_SEAT.has(region[1])) return -1;
  let length = region[0].length - region[2].length;
  const more = region[2].split(' ').slice(1);
  for (const w of more) {
    if (NOT_A_SEAT.has(w)) return head + length;
    length += w.length + 1;
  }
  const joined = AND_REGION.exec(text.slice(head + length, head + length + 48));
  if (joined && !NOT_A_SEAT.has(joined[1])) length += joined[0].length;
  return head + length;
}

/**
 * A regionale uitvoeringsdienst (RUD), the omgevingsdienst's other name in Drenthe, Utrecht, Zeeland and Limburg, named
 * by its region: "Regionale Uitvoeringsdienst Drenthe", "de RUD Utrecht", "RUD Limburg Noord" (session 25). The noun
 * alone, "de RUD", and the plural name none.
 */
const RUD_HEADS = ['Regionale Uitvoeringsdienst ', 'regionale uitvoeringsdienst ', 'RUD '];
function uitvoeringsdienstenByRegion(text: string, capitals: CapitalWordStarts): Candidate[] {
  const out: Candidate[] = [];
  const watched = capitals.complete && capitals.watchedComplete && capitals.latin1Complete ? watchedOf(text, capitals.watched, RUD_WORDS) : null;
  for (const noun of RUD_HEADS) {
    for (const start of watched ? headPlacesOfWatched(text, noun, watched) : headPlaces(text, noun)) {
      if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) continue;
      const end = serviceRegionEnd(text, start + noun.length - 1);
      if (end >= 0) out.push({ start, end, id: textId(text.slice(start, end)), source: 'text', explain: 'a regionale uitvoeringsdienst named by its region' });
    }
  }
  return out;
}

/**
 * The places of one of RUD_HEADS where the rule can fire, in text order, from the places of RUD_WORDS the matcher
 * reported (`watched`, complete with latin1Complete): the head's noun ("Uitvoeringsdienst", "RUD") stands between a
 * space and a space, or, for "RUD", after nothing isWordUnit takes for a letter or digit, so it is a word token.
 */
function headPlacesOfWatched(text: string, head: string, watched: readonly number[]): number[] {
  const out: number[] = [];
  const before = head.length - RUD_NOUN_END[RUD_HEADS.indexOf(head)];
  for (const at of watched) if (at >= before && text.startsWith(head, at - before)) out.push(at - before);
  return out;
}
/** Per RUD_HEADS: how many units its noun and the space after it take at its end. */
const RUD_NOUN_END = RUD_HEADS.map(h => h.length - h.lastIndexOf(' ', h.length - 2) - 1);

/** Every place of `head`, one of RUD_HEADS, in text order (the heads cannot overlap themselves). */
function headPlaces(text: string, head: string): number[] {
  const out: number[] = [];
  for (let at = headPlace(text, head, 0); at >= 0; at = headPlace(text, head, at + head.length)) out.push(at);
  return out;
}

/**
 * `text.indexOf(head, from)` for one of RUD_HEADS. The head in lower case opens with letters most words hold; it is
 * found by a search for its rarer "uitv", which V8 runs about a third faster. Exact: "uitv" stands once in the head,
 * so every place of the head holds one RUD_LOWER_AFTER units in, and the first such place at or after `from` is the
 * first place of the head there.
 */
const RUD_LOWER = 'regionale uitvoeringsdienst ';
const RUD_LOWER_LEAD = 'uitv';
const RUD_LOWER_AFTER = RUD_LOWER.indexOf(RUD_LOWER_LEAD);
function headPlace(text: string, head: string, from: number): number {
  if (head !== RUD_LOWER) return text.indexOf(head, from);
  for (let at = text.indexOf(RUD_LOWER_LEAD, from + RUD_LOWER_AFTER); at >= 0; at = text.indexOf(RUD_LOWER_LEAD, at + 1)) {
    if (text.startsWith(RUD_LOWER, at - RUD_LOWER_AFTER)) return at - RUD_LOWER_AFTER;
  }
  return -1;
}

/**
 * Local and regional public-safety and government bodies named by their region or place (round 38), as a GGD or an
 * omgevingsdienst is: "Veiligheidsregio Rotterdam-Rijnmond", "de veiligheidsregio Haaglanden", "Brandweer
 * Amsterdam-Amstelland", "het RIEC Limburg", "Veiligheidshuis Alkmaar", "de politieregio Brabant-Noord", "de
 * regiopolitie Kennemerland", "de politie-eenheid Oost-Nederland". The noun alone, its plural ("RIEC’s",
 * "veiligheidsregio’s") and a product after it ("het RIEC Jaarverslag") name none; a name the gazetteer holds
 * ("Brandweer Nederland") stays the gazetteer's.
 */
const REGIONAL_HEADS = new Set([
  'Veiligheidsregio', 'veiligheidsregio', 'Brandweer', 'brandweer', 'RIEC', 'Veiligheidshuis', 'politieregio', 'Politieregio',
  'politie-eenheid', 'Politie-eenheid', 'regiopolitie', 'Regiopolitie',
  // The certified youth protection institutions: "Jeugdbescherming Regio Amsterdam", "Jeugdbescherming Brabant" (session 26).
  'Jeugdbescherming',
]);
// Words that open a clause where a full stop was lost ("de brandweer Waar het om gaat", "de veiligheidsregio Bijvoorbeeld").
const CLAUSE_OPENERS = new Set(['Waar', 'Wat', 'Wie', 'Hoe', 'Welke', 'Alle', 'Elke', 'Iedere', 'Bijvoorbeeld', 'Daarom', 'Echter', 'Zo', 'Als',
  'Wanneer', 'Voor', 'Na', 'Met', 'Door', 'Om', 'Uit', 'Tot', 'Over', 'Alleen', 'Hierbij', 'Hiermee', 'Daarbij', 'Daarmee', 'Omdat', 'Hoewel',
  'Samen', 'Vooral', 'Wel', 'Niet', 'Geen', 'Zowel', 'Naast', 'Tijdens', 'Volgens', 'Gezien', 'Mede']);
// The one safety region whose name joins two with "en" (the GGD rule stops at "en": two regions or one).
const GOOI_EN_VECHTSTREEK = ' en Vechtstreek';
/**
 * The police's ten regional units after "eenheid" ("de eenheid Den Haag", "Eenheid Oost-Brabant"), the province by
 * one of the twelve names ("de provincie Noord-Brabant", "Provincie Fryslân"), its two organs ("Gedeputeerde Staten van
 * Zeeland", "Provinciale Staten van Utrecht"), and a municipality's college ("het college van burgemeester en
 * wethouders van Utrecht"), and the OM's parket by its arrondissement ("het OM Oost-Nederland"): only these names, since
 * "eenheid" and "provincie" head other phrases too.
 */
const POLICE_UNITS = 'Noord-Nederland|Oost-Nederland|Midden-Nederland|Noord-Holland|Amsterdam|Den Haag|Rotterdam|Zeeland-West-Brabant|Oost-Brabant|Limburg';
const PROVINCES = 'Groningen|Fryslân|Friesland|Drenthe|Overijssel|Flevoland|Gelderland|Utrecht|Noord-Holland|Zuid-Holland|Zeeland|Noord-Brabant|Limburg';
const NAMED_LOCAL_BODY = new RegExp(
  `(?:[Ee]enheid (?:${POLICE_UNITS})|OM (?:${POLICE_UNITS})|[Pp]rovincie (?:${PROVINCES})|(?:Gedeputeerde|Provinciale) Staten van (?:${PROVINCES})|` +
  `college van (?:burgemeester en wethouders|B&W|B en W) van (?:de gemeente )?${REGION_WORD}(?: ${REGION_WORD}){0,2})(?![\\p{L}\\p{M}\\p{N}\\-‐])`, 'uy');
// "het OM Oost-Nederland", "OM Amsterdam": the openbaar ministerie's parket in one of the ten arrondissementen, which bear
// the police units' names (session 26).
const NAMED_HEADS = new Set(['eenheid', 'Eenheid', 'provincie', 'Provincie', 'OM']);
// What stands before the place after "van" or "gemeente": a province's organ or a municipality's college.
const ORGAN_BEFORE_PLACE = /(?:(?:Gedeputeerde|Provinciale) Staten van|college van (?:burgemeester en wethouders|B&W|B en W) van(?: de gemeente)?) $/u;
// How the words before the place after "van" end, looked at before ORGAN_BEFORE_PLACE is run ("van" stands before many capitals).
const ORGAN_ENDS = [' Staten van ', ' wethouders van ', '&W van ', ' W van '];
// The words REGIONAL_HEADS, NAMED_HEADS, "van" and "gemeente", by their last two units and by length: most words before
// a capital ("de", "en", "het") end otherwise, and a word is compared in place with the heads of its length only.
const LOCAL_HEAD_WORDS = [...REGIONAL_HEADS, ...NAMED_HEADS, 'van', 'gemeente'];
const lastPairKey = (a: number, b: number) => ((a & 0x7f) << 7) | (b & 0x7f);
const HEAD_LAST_PAIRS = new Uint8Array(1 << 14);
for (const w of LOCAL_HEAD_WORDS) HEAD_LAST_PAIRS[lastPairKey(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))] = 1;
const HEADS_BY_LENGTH = new Map<number, string[]>();
for (const w of LOCAL_HEAD_WORDS) HEADS_BY_LENGTH.set(w.length, [...(HEADS_BY_LENGTH.get(w.length) ?? []), w]);
// "in de provincie Utrecht", "uit de provincie Limburg", "in heel de provincie": the province as a place, not as a body.
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|uit|binnen|buiten|naar|rond|rondom|nabij|grens van|(?:in|door) heel) (?:de |het )?$/iu;
/**
 * Every name of these bodies ends in a capitalised place right after its noun, so the rule looks only before the
 * capitalised words the gazetteer matcher's visit recorded (a plain search for each noun cost the organisations stage
 * 40 %); where that record is incomplete, before every capital after a space.
 */
function localBodiesByRegion(text: string, capitals: CapitalWordStarts, matcher: { matchAt(text: string, start: number): GazetteerMatch | null }): Candidate[] {
  const out: Candidate[] = [];
  const places = capitals.complete ? capitals.all : capitalsAfterSpace(text);
  for (const place of places) {
    // Most capitals follow a word no head ends like. Exact: a head is ASCII, so its last two units pass the mask as they are.
    if (place < 3 || text.charCodeAt(place - 1) !== 32 || HEAD_LAST_PAIRS[lastPairKey(text.charCodeAt(place - 3), text.charCodeAt(place - 2))] !== 1) continue;
    const wordStart = wordStartBefore(text, place - 1);
    const heads = wordStart < 0 ? undefined : HEADS_BY_LENGTH.get(place - 1 - wordStart);
    const word = heads?.find(h => text.startsWith(h, wordStart));
    if (word === undefined) continue;
    if (REGIONAL_HEADS.has(word)) {
      const c = regionalBody(text, wordStart, place - 1, matcher);
      if (c) out.push(c);
    } else if (NAMED_HEADS.has(word)) {
      if ((word === 'provincie' || word === 'Provincie') && LOCATIVE_BEFORE.test(text.slice(Math.max(0, wordStart - 16), wordStart))) continue;
      const c = namedLocalBody(text, wordStart);
      if (c) out.push(c);
    } else if ((word === 'van' && ORGAN_ENDS.some(e => text.startsWith(e, place - e.length))) || (word === 'gemeente' && text.startsWith(' van de gemeente ', place - 17))) {
      const organ = ORGAN_BEFORE_PLACE.exec(text.slice(Math.max(0, place - 64), place));
      const c = organ ? namedLocalBody(text, place - organ[0].length) : null;
      if (c) out.push(c);
    }
  }
  return out;
}
/** A body named by its noun at `start` and the region after the space at `head`, or null. */
function regionalBody(text: string, start: number, head: number, matcher: { matchAt(text: string, start: number): GazetteerMatch | null }): Candidate | null {
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return null;
  let end = serviceRegionEnd(text, head);
  if (end < 0) return null;
  const region = text.slice(head + 1, end);
  if (GGD_PRODUCT.test(region) || CLAUSE_OPENERS.has(region.split(' ')[0])) return null;
  end = beforeProductWord(region, head + 1, end);
  if (text.startsWith(GOOI_EN_VECHTSTREEK, end)) end += GOOI_EN_VECHTSTREEK.length;
  // A longer name the gazetteer holds stays its own; "RIEC" alone, a shorter match, gives way to "RIEC Limburg".
  const known = matcher.matchAt(text, start);
  if (known && known.end >= end) return null;
  // "de Wet op de Jeugdbescherming Caribisch Nederland": a law's name, no body.
  if (insideLawName(text, start)) return null;
  const noun = text.slice(start, head).toLowerCase();
  return { start, end, id: textId(text.slice(start, end)), source: 'text', explain: `a ${noun} named by its region` };
}
/**
 * Where a region of several words ends before a product named after it: "het RIEC Midden-Nederland Jaarbeeld 2023" is the
 * RIEC Midden-Nederland (round 40's precision probe). `end` when no later word is a product.
 */
function beforeProductWord(region: string, regionStart: number, end: number): number {
  let previousEnd = -1;
  for (const w of region.matchAll(/\S+/gu)) {
    if (previousEnd >= 0 && GGD_PRODUCT.test(w[0])) return regionStart + previousEnd;
    previousEnd = w.index + w[0].length;
  }
  return end;
}
/** A police unit, a province or its organ, or a college named at `start` (NAMED_LOCAL_BODY), or null. */
function namedLocalBody(text: string, start: number): Candidate | null {
  if (start < 0 || (start > 0 && isWordUnit(text.charCodeAt(start - 1)))) return null;
  NAMED_LOCAL_BODY.lastIndex = start;
  const m = NAMED_LOCAL_BODY.exec(text);
  if (!m) return null;
  const end = start + m[0].length;
  if (NOT_A_SEAT.has(text.slice(text.lastIndexOf(' ', end - 1) + 1, end))) return null;
  return { start, end, id: textId(text.slice(start, end)), source: 'text', explain: 'a local or regional body named by its place' };
}
/** The start of the word (letters, marks, a hyphen inside) that ends at `end`, at most 20 units back, or -1. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 20) {
    const c = text.charCodeAt(i - 1);
    if (isWordUnit(c) || (c === 0x2d && i - 1 > 0 && isWordUnit(text.charCodeAt(i - 2)))) i--;
    else break;
  }
  return i < end && end - i < 20 ? i : -1;
}
/** Where a capital or a unit outside ASCII follows a space: the matcher's record when it could not be trusted. */
function capitalsAfterSpace(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) out.push(at + 1);
  }
  return out;
}

/**
 * NOC*NSF, the sports confederation, writes an asterisk between its two halves, a character the gazetteer's words do not
 * take (round 36): found by a plain search for the name, standing as a word of its own ("NOC*NSF-bestuur" too).
 */
const SPORTS_CONFEDERATION = 'NOC*NSF';
const SPORTS_CONFEDERATION_HEAD = SPORTS_CONFEDERATION.indexOf('*');
const SPORTS_CONFEDERATION_TAIL = SPORTS_CONFEDERATION.slice(SPORTS_CONFEDERATION_HEAD);
function sportsConfederation(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Found by its "*NSF", whose asterisk is rare, with "NOC" checked before it: V8 finds "*NSF" about six times as fast
  // as the whole name. Exact: each place of the name holds "*NSF" three units in, and the name cannot overlap itself.
  for (let star = text.indexOf(SPORTS_CONFEDERATION_TAIL); star >= 0; star = text.indexOf(SPORTS_CONFEDERATION_TAIL, star + 1)) {
    const at = star - SPORTS_CONFEDERATION_HEAD;
    if (at < 0 || !text.startsWith(SPORTS_CONFEDERATION, at)) continue;
    const end = at + SPORTS_CONFEDERATION.length;
    if ((at > 0 && isWordUnit(text.charCodeAt(at - 1))) || (end < text.length && isWordUnit(text.charCodeAt(end)))) continue;
    out.push({ start: at, end, id: 'NOCNSF', source: 'gazetteer', explain: gazetteerExplain('NOCNSF', false) });
  }
  return out;
}

/**
 * Dutch advisory councils whose names the EU's ministers' meetings share: "de informele Gezondheidsraad" is the
 * meeting of the EU's health ministers (EPSCO), "de formele Onderwijsraad" the education council (GUIDELINES, round 23).
 * Only after `informele`/`formele`: a Dutch council never meets so; bare, the name stays the Dutch body's.
 */
const EU_MEETING_OF = new Map([['GEZONDHEIDSRAAD', 'EU-EPSCO'], ['ONDERWIJSRAAD', 'EU-RAAD-OJCS']]);
const FORMALITY_BEFORE = /(?:^|[^\p{L}])(?:in)?formele\s+$/iu;
function asEuMeeting(text: string, c: Candidate): Candidate {
  const eu = EU_MEETING_OF.get(c.id);
  if (!eu || !FORMALITY_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return c;
  return { ...c, id: eu, explain: `${c.explain}; after "informele"/"formele" the EU council's meeting, not the Dutch body` };
}

/** The word for a legal act right before a long form: "Richtlijn", "Verordening", "Kaderbesluit", "Wet", "Besluit", "Regeling" (the long form then names the act's subject). */
const ACT_WORD_BEFORE = /(?:^|[^\p{L}])(?:[Rr]ichtlijn|[Vv]erordening|[Kk]aderbesluit|[Ww]et|[Bb]esluit|[Rr]egeling)\s$/u;
/** A long form that is itself an act's name: "Verordening Havendiensten (VHD)". */
const ACT_WORD_FIRST = /^(?:Richtlijn|Verordening|Kaderbesluit|Wet|Besluit|Regeling)\s/u;
function namedAfterAct(text: string, longStart: number): boolean {
  return ACT_WORD_BEFORE.test(text.slice(Math.max(0, longStart - 16), longStart));
}

/**
 * A known body named in the title of the law about it, "de Wet op de Raad van State", "Rijkswet op het …": the law's
 * name, not the body (GUIDELINES, round 22). Only a law word (`Wet`, `wet`, `Rijkswet`, `Kaderwet`) with `op`, `inzake` or
 * `betreffende`: "het besluit van de Raad van State" is the body's decision and the body stays.
 */
const LAW_TITLE_BEFORE = /(?:^|[^\p{L}])(?:Rijks|Kader)?(?:Wet|wet) (?:op|inzake|betreffende) (?:de |het )?$/u;
function namedInLaw(text: string, start: number): boolean {
  if (lawWordRightBefore(text, start)) return true;
  if (!lawLinkBefore(text, start)) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  return before.includes('et ') && LAW_TITLE_BEFORE.test(before.replace(/\s+/g, ' '));
}

/**
 * "Belastingdienst/Grote Ondernemingen", "Belastingdienst/Particulieren", "Belastingdienst/Midden- en kleinbedrijf": a
 * part of the Belastingdienst written after a slash is one body with it, as the gazetteer's "Belastingdienst/Toeslagen"
 * (round 39). Up to three capitalised words, or a truncated compound joined by "en".
 */
const TAX_DIVISION_AFTER = /^\/\p{Lu}[\p{L}\p{M}]*(?:(?:-\s(?:en|of)\s\p{L}+)|(?:[-\s]\p{Lu}[\p{L}\p{M}]*){0,2})(?![\p{L}\p{M}\p{N}\/]|-\p{L})/u;
// Not a part: another body's acronym ("de Belastingdienst/UWV-samenwerking", two bodies in a compound; the divisions the
// gazetteer knows by acronym, "Belastingdienst/FIOD", are its names), nor an article and a role that open the next
// sentence ("de Belastingdienst/De Minister besluit") (session 26).
const ALL_CAPITALS = /^\/\p{Lu}+(?![\p{Ll}])/u;
const ARTICLE_AND_WORD_AFTER = /^\/(?:De|Het)\s([\p{L}-]+)/u;
function taxDivision(text: string, m: GazetteerMatch): Candidate | null {
  const after = text.slice(m.end, m.end + 60);
  const part = TAX_DIVISION_AFTER.exec(after);
  if (!part || ALL_CAPITALS.test(part[0])) return null;
  const role = ARTICLE_AND_WORD_AFTER.exec(after);
  if (role && ROLES_AFTER_ARTICLE.has(role[1])) return null;
  const end = m.end + part[0].length;
  return { start: m.start, end, id: textId(text.slice(m.start, end)), source: 'text', explain: 'a part of the Belastingdienst named after a slash' };
}

/**
 * "een Nederlandse loterij", "een Europese commissie": after the indefinite article a name whose last word is written in
 * lower case is that common noun with its adjective, not the body ("de Nederlandse Loterij", round 39). A name the
 * gazetteer itself ends in lower case ("Nationale ombudsman") is kept.
 */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])[Ee]en\s+$/u;
function indefiniteCommonNoun(text: string, m: GazetteerMatch): boolean {
  let last = m.end;
  while (last > m.start && !isRegexSpace(text.charCodeAt(last - 1))) last--;
  const c = text.charCodeAt(last);
  if (last === m.start || c < 0x61 || c > 0x7a) return false;
  if (!INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
  const lastWord = ' ' + text.slice(last, m.end);
  return !(lookupOrganisation(m.id)?.names.some(n => n.endsWith(lastWord)) ?? false);
}

/**
 * A short law title names the body right after a capitalised `Wet`, without a link word: "de Wet Nationale ombudsman",
 * "(Wet Kinderombudsman)" (round 35).
 */
function lawWordRightBefore(text: string, start: number): boolean {
  const end = spacesBefore(text, start);
  return end < start && end >= 3 && text.startsWith('Wet', end - 3) && (end === 3 || !/\p{L}/u.test(text[end - 4]));
}

/** The words LAW_TITLE_BEFORE ends in: the law's link word, optionally with an article after it. */
const LAW_LINKS = ['op', 'inzake', 'betreffende'];
const LAW_LINK_ARTICLES = ['de', 'het'];

/**
 * A cheap test LAW_TITLE_BEFORE needs to pass: white space right before `start`, and before it one of LAW_LINKS, or
 * one of LAW_LINK_ARTICLES with white space and one of LAW_LINKS before it, and before the link white space and a word
 * ending in "wet" or "Wet". Most known names follow "de", "het", a verb or a preposition, so the slice and the regex run
 * only after "wet op", "Wet inzake" and the like.
 */
function lawLinkBefore(text: string, start: number): boolean {
  let end = spacesBefore(text, start);
  if (end === start) return false;
  let wordStart = lowerRunStart(text, end);
  if (isOneOf(text, wordStart, end, LAW_LINK_ARTICLES)) {
    const articleStart = wordStart;
    end = spacesBefore(text, articleStart);
    if (end === articleStart) return false;
    wordStart = lowerRunStart(text, end);
  }
  if (!isOneOf(text, wordStart, end, LAW_LINKS)) return false;
  const lawEnd = spacesBefore(text, wordStart);
  return lawEnd < wordStart && lawEnd >= 3 && text.charCodeAt(lawEnd - 1) === 0x74 && text.charCodeAt(lawEnd - 2) === 0x65
    && (text.charCodeAt(lawEnd - 3) | 0x20) === 0x77;                              // "wet", "Wet"
}

/** Where the run of white space (as \s reads it) that ends at `end` starts. */
function spacesBefore(text: string, end: number): number {
  while (end > 0 && isRegexSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the run of a-z that ends at `end` starts, reading at most twelve units back (more than any of LAW_LINKS has). */
function lowerRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 12 && isAsciiLower(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Whether text[start, end) is one of `words`, compared in place. */
function isOneOf(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length === end - start && text.startsWith(w, start)) return true;
  return false;
}


/**
 * The matcher skips commas between words ("Onderwijs, Cultuur" = "Onderwijs Cultuur"), so a list of two bodies can
 * spell a name written without one: "Belastingdienst, Toeslagen en Douane" read as "Belastingdienst Toeslagen". A
 * comma list of separate bodies is never joined (GUIDELINES, round 14): a match across a comma of an organisation
 * none of whose names has a comma is read again on each side of the comma. Matches stay in text order.
 */
function withoutJoinedLists(text: string, matches: GazetteerMatch[]): GazetteerMatch[] {
  let out: GazetteerMatch[] | null = null;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const comma = m.acronym ? -1 : commaWithin(text, m.start, m.end);
    const joined = comma >= 0 && !namesHaveComma(m.id);
    if (joined && !out) out = matches.slice(0, i);
    if (!out) continue;
    if (!joined) { out.push(m); continue; }
    for (const [from, to] of [[m.start, comma], [comma + 1, m.end]]) {
      for (const part of loadGazetteer().matcher.match(text.slice(from, to))) out.push({ ...part, start: from + part.start, end: from + part.end });
    }
  }
  return out ?? matches;
}

/**
 * A body's division named with the body, both names of the same known body, is one name however the letter joins them:
 * "Afdeling Advisering van Raad van State" (no article, the gazetteer's name has "van de") as "Afdeling advisering van de
 * Raad van State" (GUIDELINES, round 12: a division named with its body is one span). Two full names of one id with only
 * "van", "van de" or "van het" between are joined; acronyms and other bodies are not ("Directie … van het Ministerie van
 * Buitenlandse Zaken" names two bodies). One look per match at the few characters after it.
 */
const DIVISION_OF = /^\s+van\s+(?:de\s+|het\s+)?$/;
const DIVISION_GAP = 12;
function withDivisionsJoined(text: string, matches: GazetteerMatch[]): GazetteerMatch[] {
  let out: GazetteerMatch[] | null = null;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i], n = matches[i + 1];
    const joined = n !== undefined && !m.acronym && !n.acronym && n.id === m.id && n.start > m.end
      && n.start - m.end <= DIVISION_GAP && DIVISION_OF.test(text.slice(m.end, n.start));
    if (joined && !out) out = matches.slice(0, i);
    if (!out) continue;
    if (!joined) { out.push(m); continue; }
    out.push({ ...m, end: n.end });
    i++;
  }
  return out ?? matches;
}

function commaWithin(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x2c) return i;
  return -1;
}

const commaInNames = new Map<string, boolean>();
function namesHaveComma(id: string): boolean {
  let has = commaInNames.get(id);
  if (has === undefined) {
    has = lookupOrganisation(id)?.names.some(n => n.includes(',')) ?? true;
    commaInNames.set(id, has);
  }
  return has;
}

/**
 * Appends every item by a loop: a spread (push(...items), splice(…, ...items)) passes each item as an argument on
 * the stack, and some 130,000 of them (a 4 MB line of "Belastingdienst, Toeslagen, ", of "de Toetsraad ") threw
 * RangeError, which left the letter without any organisation.
 */
function appendAll<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]);
}

/**
 * `de Rechtspraak`, the judiciary as an organisation, shares its one word with the noun for adjudication: read only
 * inside a sentence (`het OM en de Rechtspraak`, `door Rechtspraak en OM`), never opening one or as a heading.
 */
const JUDICIARY = 'RECHTSPRAAK';

/**
 * Whether only white space with a paragraph break in it stands between `start` and the text before: a heading's or a
 * paragraph's first word. The normalised text writes a blank line as one line break and a line end as a space.
 */
function atParagraphStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 200; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return start === 0;
}

/**
 * A state secretary's portfolio written as the title ("de Staatssecretaris Fiscaliteit en Belastingdienst", "de
 * Staatssecretaris van Financiën – Toeslagen en Douane"): the body closing it names the portfolio, part of the role
 * (GUIDELINES: role titles are not annotated). Capitalised words only between the title and the name, after a dash
 * where the ministry is named, with or without `van` ("de Staatssecretaris Financiën – Toeslagen en Douane", round 35).
 */
const PORTFOLIO_BEFORE = /[Ss]taatssecretaris\s(?:(?:van\s)?\p{Lu}\p{L}*\s?[–-]\s?|(?:(?:\p{Lu}\p{L}*|van|de|der|den|ter|ten)\s){1,4}\((?:\p{Lu}\p{L}*\s?[–-]\s?)?)?(?:\p{Lu}\p{L}*,\s)*\p{Lu}\p{L}*\sen\s$/u;
// The same title in a type line of capitals ("BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN – TOESLAGEN EN DOUANE").
const PORTFOLIO_BEFORE_IN_CAPITALS = /STAATSSECRETARIS\s(?:(?:VAN\s)?\p{Lu}+\s?[–-]\s?)?(?:\p{Lu}+,\s)*\p{Lu}+\sEN\s$/u;
// Round 39: also after the secretary's name, the portfolio in parentheses as answers to Kamervragen print it
// ("Antwoord van Staatssecretaris Vijlbrief (Financiën – Fiscaliteit en Belastingdienst)").
const namesPortfolio = (text: string, at: number): boolean => {
  if (at < 20) return false;
  if (text.startsWith(' en ', at - 4)) return PORTFOLIO_BEFORE.test(text.slice(Math.max(0, at - 80), at));
  return text.startsWith(' EN ', at - 4) && PORTFOLIO_BEFORE_IN_CAPITALS.test(text.slice(Math.max(0, at - 80), at));
};

const [TOESLAGEN] = TOESLAGEN_WORDS;
const TOESLAGEN_EXPLAIN = 'the Dienst Toeslagen by its short name, listed with other bodies';
/** Words before "Toeslagen" in the same phrase that make it a portfolio or a programme, not the service. */
const TOESLAGEN_PORTFOLIO = /(?:[Ss]taatssecretaris|[Mm]inister|[Hh]erstel|portefeuille|[Bb]ewindspersoon)[^.;:\n]*$/u;

/**
 * "door Toeslagen en Sociale Banken Nederland", "bij Belastingdienst, Douane en Toeslagen": the capitalised word alone
 * is the Dienst Toeslagen where a list joins it to a body read in the letter (", " or " en " between them). Not in a
 * portfolio or programme ("Staatssecretaris van Financiën – Toeslagen en Douane", "Herstel Toeslagen en Douane"): any of
 * TOESLAGEN_PORTFOLIO's words earlier in the phrase (up to 80 characters back) keeps it unread; nor inside a name
 * ("Belastingdienst/Toeslagen", "Toeslagen-…", "Toeslagen Herstel").
 */
function toeslagenListedWithBodies(text: string, known: readonly Candidate[], places: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  let ends: Set<number> | null = null, starts: Set<number> | null = null;
  for (const at of places) {
    const end = at + TOESLAGEN.length;
    if (at > 0 && /[\p{L}\p{M}\p{N}\/‐-]/u.test(text[at - 1])) continue;
    if (end < text.length && /[\p{L}\p{M}\p{N}\/‐-]/u.test(text[end])) continue;
    if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
    if (TOESLAGEN_PORTFOLIO.test(text.slice(Math.max(0, at - 80), at))) continue;
    if (!ends || !starts) {
      ends = new Set(known.map(c => c.end));
      starts = new Set(known.map(c => c.start));
    }
    const before = /(?:, | en )$/.exec(text.slice(Math.max(0, at - 4), at));
    const after = /^(?:, | en )/.exec(text.slice(end, end + 4));
    const listedAfter = before !== null && ends.has(at - before[0].length);
    const listedBefore = after !== null && starts.has(end + after[0].length);
    if (listedAfter || listedBefore) out.push({ start: at, end, id: 'DIENST-TOESLAGEN', source: 'gazetteer', explain: TOESLAGEN_EXPLAIN });
  }
  return out;
}

/**
 * A known acronym in a line of capitals ("VERSLAG PLENAIRE VERGADERING FATF FEBRUARI 2019", "AGENDA VOOR DE OVSE
 * MINISTERIËLE") is the body when the letter names the body by that acronym in its running text too, and the acronym
 * is three letters or more: "OM" and "IS" in a heading are the Dutch words ("MAATREGELEN OM …").
 */
function acronymsInHeadings(text: string, shouted: readonly GazetteerMatch[], matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  const used = new Set<string>();
  for (const m of matches) if (m.acronym && m.end - m.start >= 3) used.add(text.slice(m.start, m.end));
  const out: GazetteerMatch[] = [];
  let last = -1;
  for (const m of shouted) {
    if (m.start <= last || !used.has(text.slice(m.start, m.end))) continue;
    out.push(m);
    last = m.start;
  }
  return out;
}

/** The place a definition's parenthesis is followed by: "(EUTM) in Somalië" → "Somalië". */
const PLACE_AFTER_DEFINITION = /^\)\s(?:in\s)?(\p{Lu}[\p{L}-]{2,30})(?![\p{L}])/u;

/**
 * A mission of which there is one per country, defined before the country it serves: "European Union Training
 * Mission (EUTM) in Somalië" is the mission in Somalia when the gazetteer knows "EUTM Somalië", although its bare
 * acronym names the one in Mali. Null when no such name is known or it is the body already read.
 */
function missionAt(text: string, pair: AcronymPair, idOf: (form: string) => string | null, read: string | null): string | null {
  if (pair.reverse || pair.compound) return null;
  const place = PLACE_AFTER_DEFINITION.exec(text.slice(pair.shortEnd, pair.shortEnd + 40));
  if (!place) return null;
  const id = idOf(`${pair.short} ${place[1]}`) ?? idOf(`${pair.long} in ${place[1]}`);
  return id !== null && id !== read ? id : null;
}

/** "de GGD’en": an acronym's plural written with -en names a kind of body, as "de IRU’s van Europol" does. */
function pluralInEn(text: string, end: number): boolean {
  const q = text.charCodeAt(end);
  if (q !== 0x2019 && q !== 0x27) return false;
  return text.charCodeAt(end + 1) === 0x65 && text.charCodeAt(end + 2) === 0x6e && !isWordUnit(text.charCodeAt(end + 3));
}

const isWordUnit = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0xc0;
const isDigitUnit = (c: number) => c >= 0x30 && c <= 0x39;

/** How far before a footnote marker a name is looked for: longer than nearly every name in the gazetteer. */
const MARKER_NAME_REACH = 100;

/**
 * "… toezicht door DNB.1 In dit rapport": a footnote marker without a body, glued to the full stop after a name,
 * makes the matcher take the name for part of a domain or a number ("www.nctv.nl"). Where a full stop after a
 * letter is followed by one to three digits and white space, the name ending at the stop is asked for.
 */
function namesBeforeStopMarkers(text: string, matcher: ReturnType<typeof loadGazetteer>['matcher']): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  // Each slice starts after the marker before it: every unit is read at most once, however many markers there are.
  let previousMarkerEnd = 0;
  for (let p = text.indexOf('.'); p > 0; p = text.indexOf('.', p + 1)) {
    if (!isDigitUnit(text.charCodeAt(p + 1)) || !isWordUnit(text.charCodeAt(p - 1))) continue;
    let d = p + 1;
    while (d < text.length && d - p <= 4 && isDigitUnit(text.charCodeAt(d))) d++;
    const after = text.charCodeAt(d);
    if (d - p > 4 || !(d === text.length || after === 0x20 || after === 0x0a || after === 0x09)) continue;
    // A name ends in a capitalised word ("DNB", "Raad van State"); most sentences end in a word in lower case.
    let w = p - 1;
    while (w > 0 && p - w < 40 && isWordUnit(text.charCodeAt(w - 1))) w--;
    const initial = text[w];
    if (initial === initial.toLowerCase()) continue;
    let from = Math.max(0, p - MARKER_NAME_REACH);
    while (from > 0 && text.charCodeAt(from - 1) !== 0x20 && text.charCodeAt(from - 1) !== 0x0a && p - from < MARKER_NAME_REACH + 40) from--;
    from = Math.max(from, previousMarkerEnd);
    previousMarkerEnd = d;
    const slice = text.slice(from, p);
    const found = matcher.match(slice);
    const last = found[found.length - 1];
    if (last && last.end === slice.length) out.push({ ...last, start: from + last.start, end: p });
  }
  return out;
}

/**
 * Names read from their shape ("Raad voor de Leefomgeving en Infrastructuur"), where no gazetteer name,
 * police mention or definition touches them: those know the organisation better than the shape does. The
 * gazetteer's matches (in order, apart) tell the name reader where names would be dropped anyway.
 */
function namesNotKnownOtherwise(text: string, known: Candidate[], capitals: CapitalWordStarts, matches: readonly GazetteerMatch[]): Candidate[] {
  const taken = [...known].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  // overlapsAny looks for known candidates from OVERLAP_REACH characters before a name, and a name starts at
  // most 80 before its head word: a match that long at most is surely found there (all of them, in practice).
  const surelyFound = matches.every(m => m.end - m.start <= OVERLAP_REACH - 80) ? matches : matches.filter(m => m.end - m.start <= OVERLAP_REACH - 80);
  for (const name of findNamedOrganisations(text, capitals, surelyFound)) {
    if (overlapsAny(taken, name.start, name.end) && !serviceOfKnownBody(text, name, taken)) continue;
    out.push({ start: name.start, end: name.end, id: name.id, source: 'text', explain: `organisation named in this letter (${RULE_EXPLAIN[name.rule]})` });
  }
  return out;
}

/** A service named by the body it belongs to: "Opsporingsdienst van de ", "Inlichtingendienst van het ". */
const SERVICE_OF = /\p{Lu}\p{Ll}{3,}(?:dienst|inspectie) van (?:de|het) /uy;

/**
 * "de Opsporingsdienst van de Arbeidsinspectie": a service (a compound on -dienst or -inspectie) named by a body the
 * gazetteer knows is one body, the division named with its body (GUIDELINES, round 21), not the known body alone.
 * Only where every known candidate the name overlaps lies inside its complement and one ends where the name ends.
 */
function serviceOfKnownBody(text: string, name: { start: number; end: number; rule: string }, sorted: Candidate[]): boolean {
  if (name.rule !== 'complement') return false;
  SERVICE_OF.lastIndex = name.start;
  if (!SERVICE_OF.test(text)) return false;
  const complement = SERVICE_OF.lastIndex;
  let endsWithName = false;
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start < name.start - OVERLAP_REACH) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < sorted.length && sorted[i].start < name.end; i++) {
    const c = sorted[i];
    if (c.end <= name.start) continue;
    if (c.start < complement || c.end > name.end) return false;
    if (c.start === complement && c.end === name.end) endsWithName = true;
  }
  return endsWithName;
}

const RULE_EXPLAIN = {
  complement: 'a body’s head noun with a capitalised complement',
  adjective: 'capitalised adjective and a body’s head noun',
  compound: 'a capitalised compound on a body’s head noun',
  committee: 'a standing committee of the House',
  legalForm: 'a legal form (Stichting, Vereniging) before a capitalised name',
} as const;

/** How far before a name overlapsAny looks for a known candidate that overlaps it. */
const OVERLAP_REACH = 400;

function overlapsAny(sorted: Candidate[], start: number, end: number): boolean {
  // Known candidates are at most a few hundred characters long (the acronym window is 400): search from the
  // first one starting that far before the name.
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start < start - OVERLAP_REACH) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) return true;
  return false;
}

const OF_THE_HOUSE = /^[\s,]*(?:van|der) (?:de )?Tweede Kamer/u;

/**
 * In an Eerste Kamer stuk "de vaste commissie voor Volksgezondheid, Welzijn en Sport" is the Senate's committee;
 * the gazetteer's committee names are the House's. Unless the letter says "van de Tweede Kamer".
 */
function toSenateCommittees(text: string, candidates: Candidate[]): void {
  const { senateCommitteeOf } = loadGazetteer();
  for (const c of candidates) {
    const senate = senateCommitteeOf.get(c.id);
    if (senate === undefined || OF_THE_HOUSE.test(text.slice(c.end, c.end + 40))) continue;
    c.id = senate;
    c.explain = 'a standing committee of the Senate (this is an Eerste Kamer stuk)';
  }
}

/** The body a committee belongs to, right after its name: "van het Europees Parlement", "van de Eerste Kamer". */
const BODY_AFTER_COMMITTEE = /,? van (?:(?:de )?(Eerste Kamer)|(?:de |[Uu]w )?(Tweede Kamer|Kamer(?![\p{L}\p{N}]))|(?:de|het) \p{Lu})/uy;

/**
 * "de Commissie Buitenlandse Zaken van het Europees Parlement", "de commissie Binnenlandse Zaken van de Raad van
 * Europa": a committee named by a House committee's subject and then by another body is that body's committee, not
 * the House's; "… van de Eerste Kamer" is the Senate's committee of the portfolio (as "Eerste Kamercommissie").
 * "… van de (Tweede) Kamer" and "van uw Kamer" stay the House's.
 */
function committeesOfOtherBodies(text: string, candidates: Candidate[]): void {
  let removed = false;
  for (const c of candidates) {
    if (!c.id.startsWith('TK-COM-')) continue;
    BODY_AFTER_COMMITTEE.lastIndex = c.end;
    const m = BODY_AFTER_COMMITTEE.exec(text);
    if (!m || m[2]) continue;
    if (m[1]) asSenateCommittee(text, c);
    else {
      c.id = '';
      removed = true;
    }
  }
  if (removed) {
    let k = 0;
    for (const c of candidates) if (c.id !== '') candidates[k++] = c;
    candidates.length = k;
  }
}

const CHAMBER_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])(Eerste|Tweede) $/u;

/**
 * "de Eerste Kamercommissie voor Justitie en Veiligheid": the chamber's name before a committee compound is part of
 * the committee's name, and "Eerste" makes it the Senate's committee of the portfolio ("Tweede" the House's).
 */
function chamberBeforeCommittees(text: string, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.start < 7 || !(text.startsWith('Kamercommissie', c.start) || text.startsWith('kamercommissie', c.start))) continue;
    // From the text's start too ("Eerste " is 7 characters): slice(-1, 7) would be empty.
    const m = CHAMBER_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
    if (!m) continue;
    c.start -= m[1].length + 1;
    if (m[1] === 'Eerste') asSenateCommittee(text, c);
  }
}

/** A committee named as the Eerste Kamer's: the Senate's committee of its portfolio, else its own name (TEXT:). */
function asSenateCommittee(text: string, c: Candidate): void {
  const senate = loadGazetteer().senateCommitteeOf.get(c.id);
  if (senate !== undefined) {
    c.id = senate;
    c.explain = 'a standing committee of the Senate (named as the Eerste Kamer\'s committee)';
  } else if (c.id.startsWith('TK-COM-')) c.id = 'TEXT:' + text.slice(c.start, c.end).replace(/\s+/g, ' ').toUpperCase();
}

function fromGazetteer(m: GazetteerMatch): Candidate {
  return { start: m.start, end: m.end, id: m.id, source: 'gazetteer', explain: gazetteerExplain(m.id, m.acronym) };
}

/** Explanations of gazetteer matches, one string per id and kind of form: the same few ids match again and again. */
const ACRONYM_EXPLAINS = new Map<string, string>();
const NAME_EXPLAINS = new Map<string, string>();

function gazetteerExplain(id: string, acronym: boolean): string {
  const explains = acronym ? ACRONYM_EXPLAINS : NAME_EXPLAINS;
  let explain = explains.get(id);
  if (explain === undefined) explains.set(id, (explain = acronym ? `acronym of ${id} in the gazetteer` : `name of ${id} in the gazetteer`));
  return explain;
}

// "politie"/"Politie" as a word, with "Nationale"/"nationale" before it in the span. Not the first part of a
// compound ("politiediensten", "Politiewet") nor a suspended one ("politie- en inlichtingendiensten"),
// nor part of a URL ("www.politie.nl"). As one regex this starts with a look-behind, which V8 tries at every
// position of the text; instead the literal word is found (placesOfWatched) and its context checked at the hit.
const POLICE_WORD_LENGTH = POLICE_WORDS[0].length;
/** What may not follow the word: more of a word or a compound, ".nl", a plural "’s". */
const POLICE_END_OK = /(?![\p{L}\p{N}\-‐]|\.\p{L}|’s|'s)/uy;
/** What may not precede the span: a word, a number, a hyphen, a URL or address. */
const POLICE_START_OK = /(?<![\p{L}\p{N}\-./@])/uy;
const NATIONALE = /(?:[Nn]ationale |NATIONALE )/y;
const NATIONALE_LENGTH = 10;

/**
 * The police mentions at `words`, places of POLICE_WORDS in text order: all of them, or those that stand as
 * words of their own (the gazetteer matcher's POLICE_WORDS), where the others fail the checks below anyway:
 * a letter, digit or mark glued before or after (a mark only where the matcher saw none).
 */
function policeMentions(text: string, words: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  // Matches do not overlap: a hit inside the previous span ("Nationale politie" taken) is skipped.
  let lastEnd = 0;
  for (const at of words) {
    const end = at + POLICE_WORD_LENGTH;
    if (at < lastEnd || !policeEndOk(text, end)) continue;
    // The longer span first, as the optional "Nationale " of the single regex would be tried first.
    const withAdjective = at - NATIONALE_LENGTH;
    let start = -1;
    if (withAdjective >= lastEnd && matchesAt(NATIONALE, text, withAdjective) && policeStartOk(text, withAdjective)) start = withAdjective;
    else if (policeStartOk(text, at)) start = at;
    if (start < 0) continue;
    // "de Italiaanse politie", "de Belgische federale politie", "de politie van Curaçao", "de politie in Duitsland":
    // another country's force, not the Dutch police; "de politie op Bonaire" is the Caribbean Netherlands' own force.
    if (namedAsForeign(text, start) || namedAsForeignAfter(text, end)) continue;
    out.push({ start, end, id: 'POLITIE', source: 'gazetteer', explain: 'the Dutch national police (police rule)' });
    lastEnd = end;
  }
  return out;
}

/**
 * A court named by its seat, "de rechtbank te Utrecht", "het gerechtshof te Arnhem", "de rechtbank Haarlem": the courts
 * before the 2013 redivision and the seat written with "te" or "in", which the gazetteer's names ("rechtbank Den Haag")
 * do not cover. The seat is one capitalised word, or two after "Den" ("Den Bosch"); the id is the gazetteer's where it
 * knows the court by "rechtbank <seat>", else the name's.
 */
// The OM's offices at a court take the court's seat: "het arrondissementsparket Amsterdam", "het ressortsparket te
// Arnhem", "Arrondissementsparket Zeeland-West-Brabant" (a region of three words) (round 40). "Het hof ’s-Hertogenbosch": the
// short noun of a court of appeal, only before one of their seats (APPEAL_COURT_SEATS); "het parket Rotterdam": the OM's
// office at a court, only before a court's seat (COURT_SEATS).
const COURT_BY_PLACE = /(rechtbank|gerechtshof|hof|parket|[Aa]rrondissementsparket|[Rr]essortsparket)(?: (?:te|in))? ((?:Den \p{Lu}\p{Ll}+|(?:['’]s-)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){0,2}))(?![\p{L}\p{M}\d\-])/uy;
// A weekday opens the next sentence where a full stop was lost ("met de GGD Maandag volgt …"), no place (round 31).
const NOT_A_SEAT = new Set(['De', 'Het', 'Een', 'Die', 'Dit', 'Deze', 'Dat', 'Zijn', 'Haar', 'Hun', 'Ook', 'In', 'Op', 'Bij', 'Er', 'Zij', 'Hij', 'Wij', 'Ik', 'U', 'Daar', 'Dan', 'Nu', 'Toen',
  'Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag',
  'Eind', 'Begin', 'Medio',   // "de Omgevingsdienst Eind 2020 …" (round 36)
  // More words that open a sentence after a heading or a lost full stop ("De GHOR Wat betreft …", round 35).
  'Wat', 'Waar', 'Wanneer', 'Hoe', 'Als', 'Met', 'Voor', 'Na', 'Naast', 'Omdat', 'Door', 'Daarnaast', 'Verder', 'Voorts', 'Tot', 'Zo',
  'Sinds', 'Vanaf', 'Om', 'Uit', 'Over', 'Aan', 'We', 'Ze', 'Tevens', 'Volgens', 'Tijdens', 'Daarom', 'Bovendien', 'Hierbij',
  'Vervolgens', 'Daarna', 'Inmiddels', 'Echter', 'Hierdoor', 'Daardoor', 'Uiteindelijk', 'Tegelijkertijd',   // round 37
  'Tegenwoordig', 'Momenteel', 'Thans', 'Sindsdien', 'Destijds', 'Ondertussen', 'Desondanks',   // round 39
]);
const APPEAL_COURT_SEATS = new Set(['Amsterdam', 'Arnhem', 'Arnhem-Leeuwarden', 'Leeuwarden', 'Den Haag', '’s-Gravenhage', "'s-Gravenhage",
  '’s-Hertogenbosch', "'s-Hertogenbosch", 'Den Bosch']);
// The district courts' seats since 2013 and before, and the courts of appeal's: where "het parket" names an office.
const COURT_SEATS = new Set([...APPEAL_COURT_SEATS, 'Rotterdam', 'Midden-Nederland', 'Noord-Holland', 'Noord-Nederland', 'Oost-Brabant',
  'Zeeland-West-Brabant', 'Gelderland', 'Overijssel', 'Limburg', 'Alkmaar', 'Almelo', 'Assen', 'Breda', 'Dordrecht', 'Groningen', 'Haarlem',
  'Maastricht', 'Middelburg', 'Roermond', 'Utrecht', 'Zutphen', 'Zwolle', 'Zwolle-Lelystad', 'Lelystad']);
function courtsByPlace(text: string, places: readonly number[], matcher: { idOf(form: string): string | null }): Candidate[] {
  const out: Candidate[] = [];
  for (const at of places) {
    if (at > 0 && /[\p{L}\p{M}\p{N}\-]/u.test(text[at - 1])) continue;
    COURT_BY_PLACE.lastIndex = at;
    const m = COURT_BY_PLACE.exec(text);
    // A capitalised word that opens a sentence after a missing full stop, or an adjective, is no seat.
    if (!m || NOT_A_SEAT.has(m[2]) || /(?:ees|ese|isch|ische|sche|lijk|lijke|aal|ale)$/.test(m[2])) continue;
    if (m[1] === 'hof' && !APPEAL_COURT_SEATS.has(m[2])) continue;
    if (m[1] === 'parket' && !COURT_SEATS.has(m[2])) continue;
    const name = `${m[1]} ${m[2]}`;
    if (m[1].endsWith('parket')) {
      out.push({ start: at, end: COURT_BY_PLACE.lastIndex, id: textId(name), source: 'text', explain: 'a public prosecutor\'s office named by its seat' });
      continue;
    }
    // The matcher's table holds the capitalised form ("Rechtbank Den Haag"); the lower-case one is a watched name.
    const id = matcher.idOf(`${m[1] === 'rechtbank' ? 'Rechtbank' : 'Gerechtshof'} ${m[2]}`) ?? textId(m[1] === 'hof' ? `gerechtshof ${m[2]}` : name);
    out.push({ start: at, end: COURT_BY_PLACE.lastIndex, id, source: 'text', explain: 'a court named by its seat' });
  }
  return out;
}

/**
 * "het parket bij de rechtbank Den Haag", "het Parket bij het gerechtshof Amsterdam": the openbaar ministerie's office at a
 * court (an arrondissements- or ressortsparket) is a body of its own, one span from "parket" to the seat, as the Parket bij
 * de Hoge Raad (session 26); the court inside it is not named. "het parket van de rechtbank" keeps the court, as for the
 * Hoge Raad.
 */
const PARKET_BEFORE = /(?:^|[^\p{L}\p{M}])([Pp]arket bij (?:de|het) )$/u;
const COURT_ID = /^(?:RECHTBANK-|GERECHTSHOF-|TEXT:RECHTBANK |TEXT:GERECHTSHOF )/;
function parketsAtCourts(text: string, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const first = c.id.charCodeAt(0);   // R, G or T (TEXT:): most ids are asked nothing more
    if ((first !== 0x52 && first !== 0x47 && first !== 0x54) || text.charCodeAt(c.start - 1) !== 0x20 || !COURT_ID.test(c.id)) continue;
    const m = PARKET_BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start));
    if (!m) continue;
    const start = c.start - m[1].length;
    candidates[i] = { start, end: c.end, id: textId(text.slice(start, c.end)), source: 'text', explain: 'the openbaar ministerie\'s parket at a court' };
  }
}

/**
 * "Tweede Kamer ⏎⏎ der Staten-Generaal": an address block that breaks the chamber's name over a blank line (the view's
 * "\n") is one name (session 26). Only before "der Staten-Generaal": a line that opens with "der" is no heading of its own.
 */
const REST_OF_CHAMBER = /^ ?\n ?der Staten[-‐ ]Generaal(?![\p{L}\p{M}])/u;
function chambersOverBlankLine(text: string, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if ((c.id !== 'TK' && c.id !== 'EK') || (text.charCodeAt(c.end) !== 0x0a && text.charCodeAt(c.end + 1) !== 0x0a)) continue;
    const m = REST_OF_CHAMBER.exec(text.slice(c.end, c.end + 24));
    if (m) candidates[i] = { ...c, end: c.end + m[0].length };
  }
}

/**
 * The supervisory committee of a prison or youth institution with the institution it supervises: "de Commissie van Toezicht
 * van de RJJI", "de Commissie van Toezicht bij de PI Vught", "de commissie van toezicht van JJI Den Hey-Acker" (round 40).
 * Only before an institution's abbreviation: the committee of another body, or alone, is left to the other rules.
 */
// Both words are watched already (COMMITTEE_WORDS, CAPITALISED_COMMITTEE_WORDS).
const SUPERVISION_COMMITTEE_WORDS: readonly string[] = ['commissie', 'Commissie'];
const SUPERVISORY_COMMITTEE = /[Cc]ommissie\s+van\s+[Tt]oezicht\s+(?:van|bij)\s+(?:(?:de|het)\s+)?(?:R?JJI|PI|PPC|FPC|JC)(?![\p{L}\p{N}\-])(?:\s+((?:Den\s+|De\s+|Het\s+)?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*))?/uy;
function supervisoryCommittees(text: string, places: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const at of places) {
    if (text.charCodeAt(at + 10) !== 0x76) continue;   // "v" of "van": most places are other committees
    SUPERVISORY_COMMITTEE.lastIndex = at;
    const m = SUPERVISORY_COMMITTEE.exec(text);
    if (!m) continue;
    // A word that opens a sentence after a lost full stop is no institution's name ("bij de PI De zaak loopt").
    let end = at + m[0].length;
    if (m[1] && NOT_A_SEAT.has(m[1].split(/\s/u)[0])) {
      end -= m[1].length;
      while (/\s/u.test(text[end - 1])) end--;
    }
    out.push({ start: at, end, id: textId(text.slice(at, end)), source: 'text', explain: 'a supervisory committee with its institution' });
  }
  return out;
}

// "de marechaussee" in lower case, a word of its own: the Koninklijke Marechaussee, as "politie" is the police (the
// capitalised "Marechaussee" is a gazetteer name). Not the officers: the plural "marechaussees", "een marechaussee",
// "elke marechaussee"; not a compound ("marechausseebrigade", "marechaussee-eenheden") nor a web address.
// The places of the word come from the gazetteer matcher's visit (placesOfWatched).
const [MARECHAUSSEE] = MARECHAUSSEE_WORDS;
/** An indefinite or quantifying word right before: one officer, not the body. */
const OFFICER_BEFORE = /(?:^|[^\p{L}])(?:een|elke|iedere|geen|welke|ene) $/iu;
const MARECHAUSSEE_EXPLAIN = 'the Koninklijke Marechaussee (marechaussee rule)';

function marechausseeMentions(text: string, places: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const at of places) {
    const end = at + MARECHAUSSEE.length;
    if (!policeEndOk(text, end) || !policeStartOk(text, at)) continue;
    if (OFFICER_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
    out.push({ start: at, end, id: 'KMAR', source: 'gazetteer', explain: MARECHAUSSEE_EXPLAIN });
  }
  return out;
}

// "het openbaar ministerie" in lower case (also across a line end): the Openbaar Ministerie, as "de marechaussee" is the
// KMar. Not the European one ("het Europees openbaar ministerie") nor another country's, named by its adjective
// ("het Belgisch(e) openbaar ministerie", the list of foreign.ts); "het Nederlands openbaar ministerie" and a Dutch
// place's ("het Amsterdamse openbaar ministerie") are the Dutch one. Not a compound
// ("openbaar ministerie-zaken" ends at the hyphen: no word of its own). The places of "openbaar" come from the
// gazetteer matcher's visit (placesOfWatched).
const [PROSECUTION] = PROSECUTION_WORDS;
const PROSECUTION_NOUN = 'ministerie';
/** "Europees"/"Europese" right before: the European Public Prosecutor's Office (EOM), not the OM. */
const EUROPEAN_BEFORE = /(?:^|[^\p{L}])Europe(?:es|se)\s+$/u;
const PROSECUTION_EXPLAIN = 'the Openbaar Ministerie (written in lower case)';

function prosecutorMentions(text: string, places: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const at of places) {
    let i = at + PROSECUTION.length;
    const gapStart = i;
    while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a)) i++;
    if (i === gapStart || i - gapStart > 3 || !text.startsWith(PROSECUTION_NOUN, i)) continue;
    const end = i + PROSECUTION_NOUN.length;
    if (!policeEndOk(text, end) || !policeStartOk(text, at)) continue;
    // Another country's, by its adjective from the list (foreign.ts): "het Belgisch(e) openbaar ministerie"; a Dutch
    // place's adjective ("het Amsterdamse openbaar ministerie") names an office of the OM.
    if (namedAsForeignNeuter(text, at) || EUROPEAN_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
    out.push({ start: at, end, id: 'OM', source: 'gazetteer', explain: PROSECUTION_EXPLAIN });
  }
  return out;
}

/**
 * "het openbaar lichaam Bonaire" in lower case, as letters often write it: that island's public body, the gazetteer's
 * entry (round 31). Asked at the places of "openbaar" the matcher reports; the capitalised name is the gazetteer's own
 * (a lower-case name there would slow the matcher's quiet runs). The plural "de openbare lichamen Bonaire …" is none.
 */
const ISLAND_BODY = /^openbaar[ \n]{1,3}lichaam[ \n]{1,3}(Bonaire|Sint[ -]Eustatius|Saba)(?![\p{L}\p{M}\p{N}\-‐])/u;
function islandBodiesInLowerCase(text: string, places: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const at of places) {
    const m = ISLAND_BODY.exec(text.slice(at, at + 40));
    if (!m || !policeStartOk(text, at)) continue;
    const id = m[1] === 'Bonaire' ? 'OL-BONAIRE' : m[1] === 'Saba' ? 'OL-SABA' : 'OL-SINT-EUSTATIUS';
    out.push({ start: at, end: at + m[0].length, id, source: 'gazetteer', explain: 'an island\'s public body (written in lower case)' });
  }
  return out;
}

/**
 * An island's council or executive named with its island, in either case: "het Bestuurscollege van Sint Eustatius",
 * "de eilandsraad van Bonaire", "de Eilandsraad Saba", "het bestuurscollege van het openbaar lichaam Saba" (round 32;
 * the Eilandsraad of an island is a body, round 31). Found by a plain search for the two head words (the capital scan
 * never visits a lower-case head); the noun alone ("de eilandsraad benoemde …") and the plural name no body.
 */
const ISLAND_COUNCIL = /(?:[Ee]ilandsraad|[Bb]estuurscollege)(?:[ \n]van(?:[ \n]het[ \n]openbaar[ \n]lichaam)?)?[ \n](?:Bonaire|Sint[ -]Eustatius|Saba|Curaçao|Sint[ -]Maarten)(?![\p{L}\p{M}\p{N}\-‐])/uy;
function islandCouncils(text: string, capitals: CapitalWordStarts): Candidate[] {
  const out: Candidate[] = [];
  // Exact: ISLAND_COUNCIL ends in one of these names, as a word of its own, which the matcher's visit reports; the
  // heads open with letters most words hold ("e", "i"): most letters name no island and are not searched further.
  if (placesOfWatched(text, capitals, ISLAND_NAME_WORDS).length === 0) return out;
  for (const head of ['ilandsraad', 'estuurscollege']) {
    for (let at = text.indexOf(head); at > 0; at = text.indexOf(head, at + head.length)) {
      const start = at - 1;
      if (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1])) continue;
      ISLAND_COUNCIL.lastIndex = start;
      const m = ISLAND_COUNCIL.exec(text);
      if (!m) continue;
      const end = start + m[0].length;
      out.push({ start, end, id: textId(text.slice(start, end)), source: 'text', explain: 'an island\'s council or executive named with its island' });
    }
  }
  return out;
}

/**
 * A water board named in lower case, "het waterschap Noorderzijlvest", "het hoogheemraadschap van Rijnland": the
 * gazetteer's board when the name with a capital is one of its entries (round 31). Found by a plain search (the capital
 * scan never visits a lower-case head); "de waterschappen" and "een waterschap" name none.
 */
const WATER_BOARD_WORDS = ['waterschap ', 'hoogheemraadschap '];
function waterBoardsInLowerCase(text: string, matcher: { matchAt(text: string, start: number): GazetteerMatch | null }, capitals: CapitalWordStarts): Candidate[] {
  const out: Candidate[] = [];
  const places = capitals.complete && capitals.watchedComplete ? waterBoardWordsWatched(text, capitals) : waterBoardWordPlaces(text);
  for (let i = 0; i < WATER_BOARD_WORDS.length; i++) {
    const word = WATER_BOARD_WORDS[i];
    for (const k of places[i]) {
      if (k > 0 && /[\p{L}\p{M}\p{N}\-‐]/u.test(text[k - 1])) continue;
      const head = text.slice(k, k + 80);
      const m = matcher.matchAt(head[0].toUpperCase() + head.slice(1), 0);
      if (!m || m.acronym || m.end <= word.length) continue;
      out.push({ start: k, end: k + m.end, id: m.id, source: 'gazetteer', explain: 'a water board (written in lower case)' });
    }
  }
  return out;
}

/**
 * Where each of WATER_BOARD_WORDS stands, per word in text order, from the matcher's visit (its record complete): a
 * superset of where the rule fires. There nothing the matcher takes for a word character (\p{L}, \p{M}, \p{N}) stands
 * before the noun and a space follows it, so the noun is a word token of its own, one of WATER_BOARD_NOUNS.
 */
function waterBoardWordsWatched(text: string, capitals: CapitalWordStarts): number[][] {
  return WATER_BOARD_NOUNS.map(noun => watchedOf(text, capitals.watched, [noun]).filter(at => text.charCodeAt(at + noun.length) === 0x20));
}

/**
 * Where each of WATER_BOARD_WORDS stands, per word in text order, as `text.indexOf(word)` from each place's end finds
 * them: both words end in "chap ", searched once (V8 finds it about three times as fast as either word, whose first
 * letters are frequent), and the word is checked by hand before it. Exact: neither word can overlap itself, so every
 * place of the word is one the repeated search finds, and each place of the word holds a "chap " at its end.
 */
export function waterBoardWordPlaces(text: string): number[][] {
  const places: number[][] = WATER_BOARD_WORDS.map(() => []);
  for (let tail = text.indexOf(WATER_BOARD_TAIL); tail >= 0; tail = text.indexOf(WATER_BOARD_TAIL, tail + WATER_BOARD_TAIL.length)) {
    const end = tail + WATER_BOARD_TAIL.length;
    for (let i = 0; i < WATER_BOARD_WORDS.length; i++) {
      const word = WATER_BOARD_WORDS[i], start = end - word.length;
      if (start >= 0 && text.startsWith(word, start)) places[i].push(start);
    }
  }
  return places;
}
const WATER_BOARD_TAIL = 'chap ';

// POLICE_END_OK and POLICE_START_OK answered from the ASCII character next to the span where it settles them
// ("politiek", "politiediensten", a space): most hits, without a unicode regex.
function policeEndOk(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 0x20 || c === 0x0a || c === 0x2c) return true;         // space, line break, comma
  if (isAsciiAlphanumeric(c)) return false;
  return matchesAt(POLICE_END_OK, text, end);
}

function policeStartOk(text: string, start: number): boolean {
  const c = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (c === 0x20 || c === 0x0a || c === 0x28) return true;         // space, line break, parenthesis
  if (isAsciiAlphanumeric(c)) return false;
  return matchesAt(POLICE_START_OK, text, start);
}

const isAsciiAlphanumeric = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Whether a sticky regex matches at position i. */
function matchesAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

function toDefinition(ctx: RecogniseContext, pair: AcronymPair, orgId: string | null): AcronymDefinition {
  return {
    short: pair.short,
    long: pair.long,
    shortSpan: ctx.norm.span(pair.shortStart, pair.shortEnd),
    longSpan: ctx.norm.span(pair.longStart, pair.longEnd),
    orgId,
  };
}

/**
 * Adds to `out` the entities a definition adds. For a known organisation: its long form when the gazetteer lacks
 * that spelling, and later uses of a short form the gazetteer lacks. For an unknown one named like an
 * organisation: long form, short form and every later use, with id "TEXT:<SHORT>".
 */
function definitionMentions(pair: AcronymPair, orgId: string | null, known: ReadonlyMap<string, string>, uses: DefinitionUses, out: Candidate[], redefined: Redefinition[]): void {
  if (pair.compound) return;
  const edition = editionOf(pair);
  if (orgId) {
    uses.longForm(pair, orgId, `long form of ${pair.short}, ${orgId} in the gazetteer`, out);
    if (edition === null) shortForms(pair, orgId, known, uses, out, redefined);
    return;
  }
  if (!namedLikeOrganisation(pair.long)) return;
  const id = `TEXT:${(edition ?? pair.short).toUpperCase()}`;
  uses.longForm(pair, id, `organisation defined in this letter (${edition ?? pair.short})`, out);
  if (edition === null) shortForms(pair, id, known, uses, out, redefined);
}

/**
 * "International Development Association (IDA19)": a short form ending in a number the long form does not spell
 * names an edition of what the body does (its 19th replenishment), not the body. The body's acronym (the letters
 * before the number) or null when the short form is no such edition.
 */
function editionOf(pair: AcronymPair): string | null {
  const m = /^(\p{Lu}{2,})\d{1,3}$/u.exec(pair.short);
  return m && !/\d/.test(pair.long) ? m[1] : null;
}

/**
 * "werkgroep Beoordeling Nieuwe Commissievoorstellen (BNC)": the acronym's letters spell the capitalised words,
 * and the lower-case noun right before them is the body's head. The pair with its long form taken back over that
 * noun, when the long form read alone names no organisation; else the pair as found.
 */
function withBodyNounBefore(text: string, pair: AcronymPair): AcronymPair {
  if (pair.reverse || pair.compound) return pair;
  // The regex ends in one of the nouns and a space: most long forms have none before them, and are not asked
  // whether they read as a body's name (the one question here that costs).
  const start = pair.longStart;
  if (text.charCodeAt(start - 1) !== 0x20 || !LOWER_BODY_NOUN_LIST.some(noun => start > noun.length && text.startsWith(noun, start - noun.length - 1))) return pair;
  if (namedLikeOrganisation(pair.long)) return pair;
  const m = LOWER_BODY_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return pair;
  const long = `${m[1]} ${pair.long}`;
  return { ...pair, long, longStart: pair.longStart - m[1].length - 1 };
}

/** Lower-case nouns that head a body's name before its capitalised words ("werkgroep", "stuurgroep", "commissie"). */
const LOWER_BODY_NOUN_LIST = ['werkgroep', 'stuurgroep', 'projectgroep', 'expertgroep', 'taskforce', 'commissie', 'adviescommissie', 'stichting', 'vereniging', 'coöperatie'];
const LOWER_BODY_NOUNS = `(?:${LOWER_BODY_NOUN_LIST.join('|')})`;
const LOWER_BODY_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}\\-])(${LOWER_BODY_NOUNS}) $`, 'u');
const LOWER_BODY_NOUN = new RegExp(`^${LOWER_BODY_NOUNS}$`, 'u');

/**
 * A committee named after its chair with a hyphen: "de commissie-Plaisier", "Commissie-Dijkstal", "de
 * commissie-Van der Steur". Without the hyphen a capitalised word after "commissie" is as often its portfolio.
 */
function namedCommittees(text: string, capitals: CapitalWordStarts): Candidate[] {
  const out: Candidate[] = [];
  for (const start of committeesBeforeHyphen(text, capitals)) {
    if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) continue;
    const chair = start + COMMITTEE_HYPHEN.length;
    CHAIR_AFTER_HYPHEN.lastIndex = chair;
    const m = CHAIR_AFTER_HYPHEN.exec(text);
    if (!m) continue;
    const end = chair + m[0].length;
    out.push({ start, end, id: `TEXT:COMMISSIE-${m[0].toUpperCase()}`, source: 'text', explain: 'a committee named after its chair' });
  }
  return out;
}

const COMMITTEE_HYPHEN = 'commissie-';
const COMMITTEES_BEFORE_HYPHEN: readonly string[] = [COMMITTEE_HYPHEN, 'Commissie-'];

/**
 * Every place of "commissie-" and "Commissie-" in text order. From the gazetteer matcher's visit when it can tell:
 * isWordUnit takes a word character in U+0080–U+00BF ("²commissie-") for none, so that needs latin1Complete too.
 */
function committeesBeforeHyphen(text: string, capitals: CapitalWordStarts): number[] {
  if (capitals.latin1Complete) return placesOfWatched(text, capitals, COMMITTEES_BEFORE_HYPHEN);
  const out: number[] = [];
  for (let at = text.indexOf('ommissie-'); at >= 0; at = text.indexOf('ommissie-', at + 9)) {
    const c = text.charCodeAt(at - 1);
    if (c === 0x63 || c === 0x43) out.push(at - 1);       // c, C
  }
  return out;
}

/** A chair's surname after "commissie-": a capital and lower-case letters, particles before it capitalised. */
// A second or third committee of one chair keeps its numeral: "de commissie-Van der Meer II" (round 34); a glued
// footnote marker after it ("II2") is no letter.
const CHAIR_AFTER_HYPHEN = /(?:(?:Van|De|Ten|Ter|Van der|Van den|Van de) )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{M}\p{N}])(?: (?:II|III|IV)(?![\p{L}\p{M}]))?/uy;

/**
 * The short form of a definition whose long form ends a name the gazetteer matched. Its letters start inside
 * that name, so the long form on its own is no name and is not searched for ("Minister van Binnenlandse Zaken
 * en Koninkrijksrelaties" is a role). A ministry's acronym is its name only where it is defined: elsewhere
 * "BZK" names a portfolio or a role ("de begroting van BZK", "de Minister van BZK").
 */
function enclosedDefinitionMentions(pair: AcronymPair, orgId: string, known: ReadonlyMap<string, string>, uses: DefinitionUses, out: Candidate[], redefined: Redefinition[]): void {
  if (pair.compound) return;
  if (lookupOrganisation(orgId)?.kind === 'ministry') {
    out.push({ start: pair.shortStart, end: pair.shortEnd, id: orgId, source: 'definition', explain: `defined in this letter as “${pair.long}”` });
    return;
  }
  shortForms(pair, orgId, known, uses, out, redefined);
}

/** A short form the gazetteer does not know, or knows as another body's, is this body's from its definition on. */
function shortForms(pair: AcronymPair, id: string, known: ReadonlyMap<string, string>, uses: DefinitionUses, out: Candidate[], redefined: Redefinition[]): void {
  const knownId = known.get(pair.short);
  if (knownId === id) return;
  if (knownId !== undefined) redefined.push({ short: pair.short, from: pair.shortStart, to: Infinity });
  uses.shortForm(pair, id, out);
}

/**
 * A short form the gazetteer knows that the letter defines otherwise, and where in the normalised view the
 * letter's definition holds, `from` to `to` (exclusive): for another body, from its definition on; for a
 * programme, document or law, the whole letter, or only the definition's own short form (definedAsNonBody).
 */
interface Redefinition {
  short: string;
  from: number;
  to: number;
}

/**
 * The candidates without the gazetteer's reading of a short form where the letter's own definition holds: a
 * use as written or in capitals ("Wpg", "WPG"), as the gazetteer matches acronyms.
 */
function withoutRedefinedAcronyms(text: string, candidates: Candidate[], redefined: readonly Redefinition[]): Candidate[] {
  return candidates.filter(c => c.source !== 'gazetteer' || !redefined.some(r => c.start >= r.from && c.start < r.to && c.end - c.start === r.short.length && acronymWrittenAt(text, c.start, r.short)));
}

/** Whether `short`, as written or in capitals, stands at `at`. */
function acronymWrittenAt(text: string, at: number, short: string): boolean {
  return text.startsWith(short, at) || text.slice(at, at + short.length) === short.toUpperCase();
}

/** After a short form: its closing bracket and a number or "nr." ("(EU) nr. 603/2013", "(EG) 1234/2007"). */
const NUMBER_AFTER_BRACKET = /^\)\s*(?:nrs?\.?\s|no\.?\s|\d)/i;

/**
 * "het Nationaal Programma Onderwijs (NPO)", "de werkkostenregeling (WKR)", "de Partnership and Cooperation
 * Agreement (PCA)": a definition of an acronym the gazetteer knows as body `bodyId` whose long form
 * names a programme, document, law, agreement, system or fund (namesNonBody) and not that body. The letter's
 * acronym is then that thing's in the whole letter, before its definition too (a subject line, a definition in a
 * footnote): no use of it is the body. Unless the letter also names the body in full ("de Nederlandse Publieke
 * Omroep"): then a bare use may be either, the gazetteer's reading stays, and only the definition's own short
 * form, right after the programme's name, is not the body. Null when the definition is no such thing (a false
 * pair, "Marcouch (PvdA)", a long form of no known kind, an act's number, an acronym of two letters).
 */
function definedAsNonBody(text: string, pair: AcronymPair, bodyId: string, matches: readonly GazetteerMatch[]): Redefinition | null {
  if (pair.compound || !namesNonBody(pair.long) || spelledLike(pair.long, bodyId)) return null;
  // "de Eurodac-verordening (EU) nr. 603/2013", "Richtlijn (EU) 2016/680": the body that issued the act, in the
  // act's number, is no acronym of the act's name.
  if (NUMBER_AFTER_BRACKET.test(text.slice(pair.shortEnd, pair.shortEnd + 8))) return null;
  // Two letters are spelled by nearly any name ("Eurodac-verordening (EU)"): the body's stays.
  if (pair.short.length < 3) return null;
  const namedInFull = matches.some(m => m.id === bodyId && !m.acronym);
  return namedInFull
    ? { short: pair.short, from: pair.shortStart, to: pair.shortEnd }
    : { short: pair.short, from: 0, to: text.length };
}

/**
 * "BRIEF VAN DE MINISTER VOOR DE ALGEMENE INLICHTINGEN- EN VEILIGHEIDSDIENST": a body's name in capitals right after "MINISTER
 * VOOR (DE)" in a stuk's type line is the minister's portfolio, part of a role title, as "MINISTER VOOR RECHTSBESCHERMING"
 * (round 41). Only the name in capitals: in running text "de minister voor de AIVD" may speak of the service.
 */
const PORTFOLIO_IN_CAPITALS = /(?:MINISTERS?|STAATSSECRETARIS) VOOR (?:DE |HET )?$/;
function portfolioInTypeLine(text: string, m: GazetteerMatch): boolean {
  if (!isAsciiUpper(text.charCodeAt(m.start + 1)) || text.charCodeAt(m.start - 1) !== 0x20) return false;
  return PORTFOLIO_IN_CAPITALS.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * "de Veiligheidsregio Utrecht (VRU)", "de Omgevingsdienst Regio Utrecht (ODRU)": a long form no gazetteer name holds that a
 * rule already read as a body by its region or place (the regional heads, the courts, the omgevingsdiensten) is that body,
 * and its acronym with it (round 41): the bodies by span, asked for the long form's id.
 */
interface TextBodiesByStart { bodyAt(pair: AcronymPair): string | null }
function textBodiesByStart(candidates: readonly Candidate[]): TextBodiesByStart {
  // Keyed by span (start and length in one number), built once: a scan per definition was quadratic in a long letter.
  const bySpan = new Map<number, string>();
  for (const c of candidates) if (c.source === 'text') bySpan.set(spanKey(c.start, c.end), c.id);
  return { bodyAt: pair => bySpan.get(spanKey(pair.longStart, pair.longEnd)) ?? null };
}
const spanKey = (start: number, end: number): number => start * 0x200000 + Math.min(end - start, 0x1fffff);

/**
 * "BAS (Bus Amsterdam Schiphol)": a definition of an acronym the gazetteer knows as body `bodyId` by a long form whose
 * capitalised words spell it letter by letter, and that is no spelling of that body: the letter defines the acronym
 * anew, from the definition on (GUIDELINES, session 25). Three capitals at least; words in lower case only as links.
 */
function spellsAnotherName(pair: AcronymPair, bodyId: string): boolean {
  return spelledByCapitals(pair) && !spelledLike(pair.long, bodyId);
}

/** Whether the long form's capitalised words spell the acronym (three capitals at least), its lower-case words only links. */
function spelledByCapitals(pair: AcronymPair): boolean {
  if (pair.compound || !/^\p{Lu}{3,}$/u.test(pair.short)) return false;
  let initials = '';
  for (const word of pair.long.split(/[\s\-‐]+/)) {
    if (!word) continue;
    if (/^\p{Lu}/u.test(word)) initials += word[0];
    else if (!DUTCH_LINKS.has(word) && !ARTICLES.has(word)) return false;
  }
  return initials === pair.short;
}

/** A word for a company or association right before a definition: the name it defines is a body's ("De vervoerder BAS (…)"). */
const BODY_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])\p{Ll}*(?:vervoerder|bedrijf|onderneming|organisatie|stichting|vereniging|firma|maatschappij|coöperatie|exploitant|aanbieder|leverancier|bureau) $/u;
function afterBodyNoun(text: string, pair: AcronymPair): boolean {
  const start = Math.min(pair.shortStart, pair.longStart);
  return BODY_NOUN_BEFORE.test(text.slice(Math.max(0, start - 32), start));
}

/**
 * Whether a long form is a spelling of the known body `id`: at least half of its content words occur in the
 * body's gazetteer names ("Immigratie- en Naturalisatiedienst" for the IND, not "Raad voor Volksgezondheid &
 * Samenleving" for the Raad van State).
 */
function spelledLike(long: string, id: string): boolean {
  const entry = lookupOrganisation(id);
  if (!entry) return true;
  const known = new Set(entry.names.flatMap(contentWords));
  const words = contentWords(long);
  if (words.length === 0) return true;
  return words.filter(w => known.has(w)).length * 2 >= words.length;
}

const contentWords = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).filter(w => !DUTCH_LINKS.has(w) && !ARTICLES.has(w));
// "&" joins words as "en" does: "Risk & Crisis Management (RCM)" (round 41).
const ARTICLES = new Set(['de', 'het', 'der', 'den', 'en', 'of', 'the', 'and', 'for', '&']);

/** The match that ends at `end`, or null: matches are in text order and do not overlap, so their ends are sorted. */
function matchEndingAt(matches: readonly GazetteerMatch[], end: number): GazetteerMatch | null {
  let lo = 0, hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (matches[mid].end < end) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length && matches[lo].end === end ? matches[lo] : null;
}

/**
 * The gazetteer's names that begin with a lower-case watched word ("commissie voor …", "rechtbank …"), at the
 * places the matcher saw those words (or found by search when it could not see them all), outside its matches.
 */
function namesAtWatchedWords(text: string, capitals: CapitalWordStarts, matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  const { atWatched } = loadGazetteer();
  const places = placesOfWatched(text, capitals, COMMITTEE_NAME_WORDS);
  const out: GazetteerMatch[] = [];
  let k = 0;
  for (const at of places) {
    while (k < matches.length && matches[k].end <= at) k++;
    if (k < matches.length && matches[k].start <= at) continue;
    if (at > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[at - 1])) continue;
    const m = atWatched.matchAt(text, at);
    if (m) out.push(m);
  }
  return out;
}

/**
 * "op verzoek van de Commissie Onderwijs, Cultuur en Wetenschap": a standing committee's noun capitalised before its
 * subject. Only the subjects the gazetteer knows (the forms that begin with "commissie") are read there, so a comma list
 * of portfolios is one committee where it spells a known committee's subject, and "de Commissie" alone, "Commissie
 * Van der Steur" and a legal form's "Commissie Werkelijke Schade" are left to the other rules.
 */
const CAPITALISED_COMMITTEE_NAMES: readonly string[] = ['Commissie ', 'Kamercommissie '];
/** Where a name of atWatched may start: the lower-case watched words and the capitalised committee nouns. */
const COMMITTEE_NAME_WORDS: readonly string[] = [...LOWER_WATCHED_NAME_WORDS, ...CAPITALISED_COMMITTEE_NAMES];

/**
 * Every place of `words` (watched words, maybe with what must follow them) in text order, for a rule that then
 * checks that the word stands on its own: from the gazetteer matcher's visit (watchedOf) when it saw every watched
 * word as a token of its own, else by search. Where a rule accepts a word, no letter, digit or mark is glued to it,
 * so it is such a token.
 */
function placesOfWatched(text: string, capitals: CapitalWordStarts, words: readonly string[]): number[] {
  return capitals.complete && capitals.watchedComplete ? watchedOf(text, capitals.watched, words) : placesOf(text, words);
}

/** Every place of the words in text order (when the matcher's record is incomplete). */
function placesOf(text: string, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) out.push(at);
  return out.sort((a, b) => a - b);
}

/**
 * The gazetteer names a standing committee with and without "vaste"; the matcher reads "2vaste" or "xvaste" as
 * one word, so a match on "commissie …" may follow a "vaste" glued to what precedes it. After a number (a
 * footnote marker, a page number) the adjective belongs to the name; glued to a letter the whole is no
 * committee name at all (null).
 */
function committeeAfterVaste(text: string, m: GazetteerMatch): GazetteerMatch | null {
  const s = m.start, first = text.charCodeAt(s) | 0x20;
  if ((first !== 0x63 && first !== 0x6b) || s < 7 || !VASTE_BEFORE.test(text.slice(s - 6, s))) return m;
  const glued = text.charCodeAt(s - 7);
  if (isAsciiAlphanumeric(glued) ? !(glued >= 0x30 && glued <= 0x39) : /[\p{L}\p{M}]/u.test(text[s - 7])) return null;
  return { ...m, start: s - 6 };
}

const VASTE_BEFORE = /^[Vv]aste $/;

/**
 * A Dutch body glued after "EU-" is the European counterpart, not the Dutch body: "EU-Gezondheidsraad" is the
 * Council of health ministers, not the Gezondheidsraad. The "EU" token itself is matched on its own.
 */
function nationalBodyAfterEu(text: string, m: GazetteerMatch): boolean {
  const s = m.start;
  if (s < 3 || m.acronym) return false;
  const hyphen = text.charCodeAt(s - 1);
  if (hyphen !== 0x2d && hyphen !== 0x2010) return false;
  if (text.charCodeAt(s - 2) !== 0x55 || text.charCodeAt(s - 3) !== 0x45 || (s > 3 && /[\p{L}\p{N}]/u.test(text[s - 4]))) return false;
  const kind = lookupOrganisation(m.id)?.kind;
  return kind !== 'eu' && kind !== 'international';
}

/**
 * The candidates of the definitions of one letter. A definition made again (the same forms and id) adds the
 * candidates of the first one again, which settle drops as the same places: only what it adds of its own is
 * added, so a letter of a thousand equal definitions costs a thousand look-ups, not a million candidates.
 */
class DefinitionUses {
  /** Per long form: the places added for it, with the id and explanation they were added with. */
  private readonly longAdded = new Map<string, { id: string; explain: string; places: Set<number> | readonly number[] }[]>();
  /** Per short form, whatever the id and long form: the earliest place its uses were added from (and the places met). */
  private readonly shortAdded = new Map<string, { from: number; visited?: Set<number> }>();

  constructor(private readonly uses: UsesInLetter) {}

  /** The definition's long form and every other use of it (UsesInLetter.ofLongForm). */
  longForm(pair: AcronymPair, id: string, explain: string, out: Candidate[]): void {
    const added = this.longAdded.get(pair.long) ?? [];
    const same = added.find(a => a.id === id && a.explain === explain);
    if (!same) {
      const places = this.uses.ofLongForm(pair);
      for (const at of places) out.push({ start: at, end: at + pair.long.length, id, source: 'definition', explain });
      added.push({ id, explain, places });
      this.longAdded.set(pair.long, added);
      return;
    }
    // The same uses as before, but for this definition's own place, which is one of them unless it is inside a
    // law's name or not a whole word. The places become a set at the first repeat.
    const places = same.places instanceof Set ? same.places : (same.places = new Set(same.places));
    if (places.has(pair.longStart)) return;
    places.add(pair.longStart);
    out.push({ start: pair.longStart, end: pair.longEnd, id, source: 'definition', explain });
  }

  /**
   * The definition's short form and its uses after it. A use added before, by any definition of the same short form,
   * is not added again: the earlier candidate has the same span and source and comes first, so settle keeps it and
   * drops this one. (Added again for every definition with another long form, a letter of K such definitions made
   * K × uses candidates: 1 MB of "… Terreur17 (NCT)" ran out of memory.)
   */
  shortForm(pair: AcronymPair, id: string, out: Candidate[]): void {
    const explain = `defined in this letter as “${pair.long}”`;
    let added = this.shortAdded.get(pair.short);
    if (hasBorder(pair.short)) {
      // Uses that can overlap: the search from this start runs on its own until it meets a place an earlier
      // search met, from where it goes on as that one did (and added those places).
      if (!added) this.shortAdded.set(pair.short, (added = { from: pair.shortStart, visited: new Set<number>() }));
      for (const at of laterUses(this.uses.text, pair.short, pair.shortStart, added.visited)) out.push({ start: at, end: at + pair.short.length, id, source: 'definition', explain });
      return;
    }
    // Every use from `added.from` on was added before.
    const until = added ? added.from : Infinity;
    if (pair.shortStart >= until) return;
    if (added) added.from = pair.shortStart; else this.shortAdded.set(pair.short, { from: pair.shortStart });
    for (const at of this.uses.from(pair.short, pair.shortStart)) {
      if (at >= until) break;
      out.push({ start: at, end: at + pair.short.length, id, source: 'definition', explain });
    }
  }
}

/** `find`, remembered per argument. */
function remembered<T>(find: (form: string) => T): (form: string) => T {
  const seen = new Map<string, T>();
  return form => {
    if (seen.has(form)) return seen.get(form) as T;
    const found = find(form);
    seen.set(form, found);
    return found;
  };
}

/**
 * About how many units of the letter a native search (indexOf) reads in the time usesAt takes for one recorded word
 * start (measured: 3-8 µs for a search of a 19 kB letter, ~30 ns for a start whose first unit is the form's).
 */
const SEARCHED_UNITS_PER_START = 32;

/** Distinct long forms searched for in one letter at most (UsesInLetter.ofLongForm). */
const MAX_LONG_FORMS_SEARCHED = 500;

/**
 * The whole-word uses of forms in one letter, each form searched once: a letter defines the same acronym again
 * and again ("(Kmar)" twice), and each search reads the whole letter.
 */
class UsesInLetter {
  private readonly all = new Map<string, readonly number[]>();
  private longFormsSearched = 0;
  /** Per long form: whether each of its uses is inside the name of a law. */
  private readonly inLawName = new Map<string, readonly boolean[]>();

  constructor(readonly text: string, private readonly words: CapitalWordStarts) {}

  /** laterUses(text, form, 0). */
  of(form: string): readonly number[] {
    let uses = this.all.get(form);
    if (!uses) this.all.set(form, (uses = this.startsAtWords(form) ? usesAt(this.text, form, this.words.all) : laterUses(this.text, form, 0)));
    return uses;
  }

  /**
   * Whether every use of `form` starts at a word the gazetteer matcher recorded (CapitalWordStarts.all): the form
   * begins with a capital or a letter outside ASCII, and no two of its places overlap (laterUses steps over the
   * rest of a place that is no use). A use has no letter or digit before it, and where a mark is (a word token
   * goes on over it) or a surrogate, the record is not complete. And whether reading the record is the cheaper:
   * a letter of capitalised words only (a list, an endless run of definitions) is searched faster than its record
   * is read, each form anew.
   */
  private startsAtWords(form: string): boolean {
    if (!this.words.complete || !this.words.watchedComplete || hasBorder(form)) return false;
    if (this.words.all.length * SEARCHED_UNITS_PER_START > this.text.length) return false;
    const first = form.charCodeAt(0);
    return (first >= 0x41 && first <= 0x5a) || (first >= 0x80 && isLetter(first));
  }

  /**
   * laterUses(text, form, from): the uses from `from` on. A form that no use can overlap (no prefix of it is also
   * its suffix, as in "NCTV") is found at the same places from `from` as from the start; another one is searched.
   */
  from(form: string, from: number): readonly number[] {
    if (hasBorder(form)) return laterUses(this.text, form, from);
    const uses = this.of(form);
    let lo = 0, hi = uses.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (uses[mid] < from) lo = mid + 1; else hi = mid; }
    return lo === 0 ? uses : uses.slice(lo);
  }

  /**
   * The definition's long form and every other use of it, anywhere in the letter: a name spelled out once is
   * the same name when written out again ("… het Planbureau voor de Leefomgeving (PBL) …" and in a footnote).
   * Not inside the name of a law: "de Rijkswet Caribisch orgaan voor hervorming en ontwikkeling".
   */
  ofLongForm(pair: AcronymPair): number[] {
    // Each new long form is a search of the whole letter: past MAX_LONG_FORMS_SEARCHED of them (no real letter
    // defines that many; an endless list of definitions would make the cost quadratic) a definition's long form
    // stands for itself only.
    if (!this.all.has(pair.long) && this.longFormsSearched++ >= MAX_LONG_FORMS_SEARCHED) return [pair.longStart];
    const all = this.of(pair.long);
    let inLawName = this.inLawName.get(pair.long);
    if (!inLawName) this.inLawName.set(pair.long, (inLawName = all.map(at => insideLawName(this.text, at))));
    const uses: number[] = [];
    let own = false;
    for (let k = 0; k < all.length; k++) {
      if (all[k] === pair.longStart) own = true;
      else if (inLawName[k]) continue;
      uses.push(all[k]);
    }
    if (!own) uses.unshift(pair.longStart);
    return uses;
  }
}

/** hasBorder's table of border lengths, reused from form to form. */
let borderTable = new Int32Array(64);

/**
 * Whether a proper prefix of `form` is also its suffix ("ABA"): then two uses of it can overlap. The longest such
 * prefix of each prefix of the form, as Knuth, Morris and Pratt compute it: one pass, no strings.
 */
function hasBorder(form: string): boolean {
  const n = form.length;
  if (n < 2) return false;
  // A table per call cost more than the pass itself (a form is asked once per definition): one table, grown as needed.
  if (borderTable.length < n) borderTable = new Int32Array(2 * n);
  const border = borderTable;
  border[0] = 0;
  for (let i = 1, k = 0; i < n; i++) {
    const c = form.charCodeAt(i);
    while (k > 0 && c !== form.charCodeAt(k)) k = border[k - 1];
    if (c === form.charCodeAt(k)) k++;
    border[i] = k;
  }
  return border[n - 1] > 0;
}

/**
 * Every whole-word use of `short` from `from` on (the definition's own short form included), exact case, found
 * place after place. With `visited`, the search stops at a place in it (an earlier search found the rest from
 * there) and adds the places it finds to it.
 */
function laterUses(text: string, short: string, from: number, visited?: Set<number>): number[] {
  const out: number[] = [];
  if (!short) return out;
  for (let at = text.indexOf(short, from); at >= 0; at = text.indexOf(short, at + short.length)) {
    if (visited) {
      if (visited.has(at)) break;
      visited.add(at);
    }
    if (isUseAt(text, short, at)) out.push(at);
  }
  return out;
}

/** laterUses(text, form, 0) for a form whose uses all start at one of `starts` (in text order), without a search. */
function usesAt(text: string, form: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  const first = form.charCodeAt(0);
  for (const at of starts) if (text.charCodeAt(at) === first && text.startsWith(form, at) && isUseAt(text, form, at)) out.push(at);
  return out;
}

/** Whether the place of `form` at `at` is a use: a whole word or words, not in an address, not a plural ("NCTV’s"). */
function isUseAt(text: string, form: string, at: number): boolean {
  const end = at + form.length;
  if (joinedBefore(text, at) || joinedAfter(text, end)) return false;
  const after = text.charCodeAt(end);
  return !((after === 0x2019 || after === 0x27) && /^s(?![\p{L}\p{N}])/u.test(text.slice(end + 1, end + 3)));
}

/** `/[\p{L}\p{N}./@]/u` on the unit before `at` (none: no), answered directly for ASCII. */
function joinedBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return isAsciiAlphanumeric(c) || c === 0x2e || c === 0x2f || c === 0x40;
  return /[\p{L}\p{N}]/u.test(text[at - 1]);
}

/** `/[\p{L}\p{N}]/u` on the unit at `at` (none: no), answered directly for ASCII. */
function joinedAfter(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 0x80) return isAsciiAlphanumeric(c);
  return /[\p{L}\p{N}]/u.test(text[at]);
}

// Head nouns of organisation names, Dutch and English. Dutch puts the head first ("Dienst Terugkeer en
// Vertrek", "Landelijk Bureau …") or at the end of a compound ("Naturalisatiedienst"); English puts it last
// ("Counter Terrorism Group").
const HEAD_WORDS = new Set([
  'dienst', 'bureau', 'raad', 'groep', 'commissie', 'centrum', 'coördinator', 'coordinator', 'inspectie', 'autoriteit',
  'agentschap', 'unit', 'organisatie', 'orgaan', 'instituut', 'college', 'kamer', 'ministerie', 'parket', 'korps',
  'eenheid', 'directie', 'directoraat', 'stichting', 'vereniging', 'federatie', 'partij', 'beweging', 'fonds',
  'academie', 'hof', 'rechtbank', 'tribunaal', 'netwerk', 'platform', 'alliantie', 'taskforce', 'team', 'steunpunt',
  'forum', 'network', 'group', 'institute', 'centre', 'center', 'organisation', 'organization', 'agency', 'office',
  'board', 'council', 'committee', 'service', 'authority', 'court', 'academy', 'alliance', 'fund', 'union', 'force',
  'association', 'foundation', 'directorate', 'secretariat', 'secretariaat', 'unie', 'front', 'brigade', 'leger', 'army',
  'marechaussee', 'politie', 'parlement', 'recherche', 'krijgsmacht', 'overleg', 'bank', 'staten', 'kustwacht',
  'genootschap', 'orde', 'planbureau', 'rekenkamer', 'kerk', 'church', 'büro',
  'coöperatie', 'cooperatie',   // a legal form, as "stichting": "CZV (Coöperatie Zorg Verzekerd)" (session 26)
  // A farmers' union or league and a military command or staff (round 42): "Nederlandse Vakbond Pluimveehouders (NVP)",
  // "Commando Specialistische Eenheden (CSE)".
  'bond', 'verbond', 'commando', 'command', 'staf', 'comité', 'comite',
]);
// "büro": the German bureau, heading a firm's name as "bureau" does ("Ingenieurbüro Heitfeld-Schetelig (IHS)").
const HEAD_SUFFIXES = ['dienst', 'bureau', 'büro', 'raad', 'commissie', 'college', 'centrum', 'inspectie', 'autoriteit', 'organisatie', 'eenheid', 'instituut', 'directie', 'korps', 'partij', 'agentschap', 'steunpunt', 'netwerk', 'groep', 'overleg', 'bank', 'rekenkamer', 'kustwacht', 'orgaan', 'bond', 'commando', 'comité'];
/** Meetings, not bodies: "Algemeen Overleg (AO)", "Wetgevingsoverleg (WGO)", "Bestuurlijk Afstemmingsoverleg (BAO)",
 * "Multidisciplinair Afstemmingsoverleg Resocialisatie (MAR)" (a consultation on cases, GUIDELINES round 9). */
const MEETINGS = /^(?:algemeen|bestuurlijk|schriftelijk|plenair|informeel|technisch)\s+\p{L}*overleg|^(?:wetgevings|nota|commissie)-?overleg|(?:^|\s)afstemmingsoverleg(?![\p{L}])/iu;
const DUTCH_LINKS = new Set(['van', 'voor', 'tegen', 'inzake', 'op', 'over', 'ter', 'met', 'in', 'bij', 'tot', 'om', 'door', 'uit']);

function isHead(word: string): boolean {
  const w = word.toLowerCase().split('-').pop() ?? '';
  return isHeadNoun(w) || pluralOfHead(w);
}

function isHeadNoun(w: string): boolean {
  if (HEAD_WORDS.has(w)) return true;
  const suffixes = HEAD_SUFFIXES_BY_LAST_UNIT.get(w.charCodeAt(w.length - 1));
  return suffixes !== undefined && suffixes.some(s => w.length > s.length + 2 && w.endsWith(s));
}

/** HEAD_SUFFIXES by their last unit: a word is asked only for the suffixes it can end in. */
const HEAD_SUFFIXES_BY_LAST_UNIT = new Map<number, string[]>();
for (const s of HEAD_SUFFIXES) {
  const last = s.charCodeAt(s.length - 1);
  HEAD_SUFFIXES_BY_LAST_UNIT.set(last, [...(HEAD_SUFFIXES_BY_LAST_UNIT.get(last) ?? []), s]);
}

/**
 * A head in the plural, "-en" or "-s": an umbrella body of several ("Sociale Banken Nederland (SBN)", "Samenwerkende
 * Brancheorganisaties Beroepsonderwijs Bedrijfsleven (SBB)"). Only as a long form whose letters its acronym spells.
 */
function pluralOfHead(w: string): boolean {
  if (w.length > 5 && w.endsWith('en') && isHeadNoun(w.slice(0, -2))) return true;
  return w.length > 5 && w.endsWith('s') && isHeadNoun(w.slice(0, -1));
}

/** "Openbare Orde": the head word "orde" after "openbare" (public order). */
function publicOrder(words: readonly string[], i: number): boolean {
  return i > 0 && words[i].toLowerCase() === 'orde' && words[i - 1].toLowerCase() === 'openbare';
}

/**
 * Heads of the names of things that are no body: programmes, plans, agreements, laws and regulations, documents,
 * systems, funds, areas ("Nationaal Programma Onderwijs", "Integraal Zorgakkoord", "Wet politiegegevens",
 * "Europese Economische Ruimte", "Partnership and Cooperation Agreement"). As a word of its own or, the Dutch
 * ones, as the end of a compound ("Zorgakkoord", "Samenwerkingsovereenkomst", "Politiewet", "Groeifonds").
 */
const NON_BODY_WORDS = new Set([
  'programme', 'program', 'agreement', 'treaty', 'convention', 'act', 'regulation', 'directive', 'framework',
  'strategy', 'plan', 'system', 'scheme', 'facility', 'mechanism', 'area', 'report', 'survey', 'study', 'index',
  'initiative', 'protocol', 'deal', 'pact', 'analysis', 'assessment', 'monitor', 'model', 'register', 'code',
]);
const NON_BODY_SUFFIXES = [
  'programma', 'akkoord', 'overeenkomst', 'verdrag', 'convenant', 'wet', 'wetboek', 'regeling', 'verordening',
  'richtlijn', 'besluit', 'systeem', 'stelsel', 'register', 'fonds', 'plan', 'strategie', 'agenda', 'aanpak',
  'pact', 'deal', 'kader', 'beeld', 'monitor', 'onderzoek', 'rapport', 'verslag', 'nota', 'model', 'protocol',
  'code', 'norm', 'index', 'ruimte', 'zone', 'analyse', 'visie', 'portaal', 'traject', 'project',
];

function isNonBodyHead(word: string): boolean {
  const w = word.toLowerCase().split('-').pop() ?? '';
  return NON_BODY_WORDS.has(w) || NON_BODY_SUFFIXES.some(s => w.endsWith(s));
}

/**
 * Whether a long form names a programme, document, law, agreement, system, fund or area: not named like an
 * organisation, not ending in a body's head, capitalised or a single word, and its first three words or its last
 * hold a head of such a name (NON_BODY_WORDS).
 */
function namesNonBody(long: string): boolean {
  if (namedLikeOrganisation(long)) return false;
  const words = long.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  // A long form ending in a body's head ("… Inlichtingen en Veiligheidsdiensten") names the body; one in lower
  // case is a single compound ("werkkostenregeling"), not words before a name the search ran back into
  // ("contraterrorisme strategie en … Veiligheidsdiensten").
  if (isHead(last) || (words.length > 1 && !/^\p{Lu}/u.test(words[0]))) return false;
  return words.slice(0, 3).some(isNonBodyHead) || isNonBodyHead(last);
}

/** Whether a long form reads as the name of an organisation rather than of a document, programme or law. */
export function namedLikeOrganisation(long: string): boolean {
  if (long !== lastLongForm) {
    lastNamedLike = readsAsOrganisation(long);
    lastLongForm = long;
  }
  return lastNamedLike;
}

/** namedLikeOrganisation's last question and answer: a definition asks it up to three times about its long form. */
let lastLongForm: string | undefined;
let lastNamedLike = false;

function readsAsOrganisation(long: string): boolean {
  const words = long.split(/\s+/).filter(Boolean);
  if (words.length === 0 || MEETINGS.test(long)) return false;
  // "Inspectie Control Framework (ICF)": a capitalised name ending in an English word for a document or an arrangement
  // names that thing, even where a body's head opens it.
  if (words.length > 1 && DOCUMENT_LAST.has(words[words.length - 1].toLowerCase())) return false;
  // "werkgroep Beoordeling Nieuwe Commissievoorstellen": a lower-case body noun before capitalised words.
  if (!/^\p{Lu}/u.test(words[0])) return words.length > 1 && LOWER_BODY_NOUN.test(words[0]) && /^\p{Lu}/u.test(words[1]);
  if (europeanFund(words)) return false;
  // "Universitair Medisch Centrum Utrecht": the head may stand third, before a place. "Openbare Orde" is public
  // order, not an order of a profession: "Nieuwe Openbare Orde en Veiligheid Architectuur (NOOVA)" is a programme.
  if (words.slice(0, 3).some((w, i) => isHead(w) && !publicOrder(words, i))) return true;
  const last = words[words.length - 1];
  return isHead(last) && !words.some(w => DUTCH_LINKS.has(w));
}

/**
 * "Europees Fonds voor Regionale Ontwikkeling (EFRO)", "Europees Sociaal Fonds (ESF)": an EU fund is money, no body
 * (GUIDELINES: a fund is no body, as the Europese Vredesfaciliteit), though "Fonds" heads the names of charities and of
 * bodies such as the Faunafonds (round 42). The Europees Investeringsfonds is an institution of the EIB group.
 */
function europeanFund(words: readonly string[]): boolean {
  if (!/^Europe(?:es|se)$/iu.test(words[0])) return false;
  return words.slice(1, 3).some(w => { const l = w.toLowerCase(); return l.endsWith('fonds') && l !== 'investeringsfonds'; });
}

/** English last words of names of documents and arrangements, not of bodies ("programme" and "facility" can be bodies). */
const DOCUMENT_LAST = new Set([
  'framework', 'agreement', 'act', 'treaty', 'convention', 'directive', 'regulation', 'strategy', 'scheme', 'mechanism',
  'protocol', 'code', 'index', 'report', 'survey', 'assessment', 'model',
]);

/** One organisation per place: the earlier, then the longer, wins; gazetteer over definition on a tie. */
function settle(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

const rank = (c: Candidate) => (c.source === 'gazetteer' ? 0 : 1);

/**
 * The entity of a candidate at its original span, made whole with the footnote (when in one) as its last key:
 * no key is added afterwards, which would change the object's shape and grow its property store.
 */
function toEntity(ctx: RecogniseContext, c: Candidate, span: Span, footnote: number | undefined): Entity<'organisation'> {
  const kind = 'organisation', { start, end } = span, text = ctx.norm.original.slice(start, end), value = { id: c.id };
  return footnote === undefined
    ? { kind, start, end, text, value, source: c.source, explain: c.explain }
    : { kind, start, end, text, value, source: c.source, explain: c.explain, footnote };
}
