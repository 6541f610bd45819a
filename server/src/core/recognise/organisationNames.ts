// Organisation names that neither the gazetteer knows nor the letter defines with an acronym, read from
// the shape of Dutch names. Precision first: a capitalised head noun of an organisation ("Raad", "Hof",
// "Staten", "-dienst") is a name only with evidence around it that it is a proper name, never on its own
// ("de Raad", "uw Kamer"):
//   A. head + "van"/"voor" + capitalised complement: "Raad voor de Leefomgeving en Infrastructuur",
//      "Staten van Aruba", "Kamer van Koophandel", "Kustwacht voor het Caribisch gebied";
//   B. capitalised adjective(s) + head: "Constitutioneel Hof", "Interprovinciaal Overleg";
//   C. a capitalised compound on a head suffix in the middle of a sentence: "de Gezondheidsraad", "Eurogroep";
//   D. a standing committee: "vaste commissie voor Justitie";
//   E. a legal form (Stichting, Vereniging, Coöperatie, Federatie), a steering or working group or a committee
//      capitalised before capitalised words: "Stichting School en Veiligheid", "Vereniging Eigen Huis", "Stuurgroep
//      Water", "Commissie Werkelijke Schade".
// Roles ("Minister van …") have no head noun here; funds and programmes are left out on purpose
// ("Nationaal Groeifonds"); names inside a law's name ("Rijkswet … Raad …") are skipped.
// Every pass reads a bounded slice around a capitalised word, so the cost is linear in the text.

import { CapitalWordStarts, COMMITTEE_WORDS, INQUIRY_COMMITTEE_WORDS, watchedOf } from './words';
import type { Span } from '../types';
import { HYPHEN, LETTER as LETTER_CLASS, MARK, NUMBER, SURROGATE, UPPER, unitClasses } from '../text/charClass';

export interface NamedOrganisation {
  /** Offsets in the text the names were read from. */
  start: number;
  end: number;
  /** "TEXT:RAAD VOOR DE LEEFOMGEVING EN INFRASTRUCTUUR" */
  id: string;
  /** Which shape made it a name, for explanations. */
  rule: 'complement' | 'adjective' | 'compound' | 'committee' | 'legalForm';
}

/** Whole head words: the noun that makes a name a body. Roles (minister, commissaris, coördinator) are not here. */
const HEADS = new Set([
  'raad', 'college', 'hof', 'kamer', 'commissie', 'staten', 'kustwacht', 'autoriteit', 'inspectie', 'dienst', 'bureau',
  'centrum', 'instituut', 'agentschap', 'stichting', 'vereniging', 'federatie', 'organisatie', 'academie', 'rechtbank',
  'tribunaal', 'parket', 'korps', 'overleg', 'bank', 'unie', 'orde', 'genootschap', 'planbureau', 'rekenkamer',
  'hogeschool', 'universiteit', 'samenwerkingsverband',
  'coöperatie',   // a legal form (LEGAL_FORMS) the visit must reach: "Coöperatie Zorg Verzekerd" (round 37)
]);
/** Compound heads ("Gezondheidsraad", "Eurogroep", "Rijksdienst", "Koninkrijksoverleg"). */
const HEAD_SUFFIXES = ['raad', 'groep', 'dienst', 'bureau', 'overleg', 'autoriteit', 'inspectie', 'instituut', 'centrum', 'agentschap', 'rekenkamer', 'kustwacht', 'bank'];
/** Compounds on a head suffix that are not bodies: persons, meetings, places, things. */
const NOT_BODIES = new Set([
  'staatsraad', 'wetgevingsoverleg', 'notaoverleg', 'commissieoverleg', 'notitieoverleg', 'nota-overleg', 'doelgroep',
  'risicogroep', 'leeftijdsgroep', 'beroepsgroep', 'databank', 'kennisbank', 'zandbank', 'bloedbank', 'buitendienst',
  'binnendienst', 'nachtdienst', 'kerkdienst', 'eredienst', 'zondagsdienst', 'binnenhof',
  // A consultation, not a body: "Bestuurlijk Afstemmingsoverleg", "Multidisciplinair Afstemmingsoverleg …" (round 30).
  'afstemmingsoverleg',
]);
/**
 * Compounds on a head that alone name no one body but the whole of the state's service ("de vernieuwing van de
 * Rijksdienst"); with a remit they are names ("Rijksdienst voor Ondernemend Nederland", rule A).
 */
const COMMON_COMPOUNDS = new Set(['rijksdienst']);
/** Adjectives that make a meeting, not a body: "Algemeen Overleg", "Bestuurlijk Overleg". */
const MEETING_ADJECTIVES = new Set(['algemeen', 'bestuurlijk', 'schriftelijk', 'notaoverleg', 'plenair', 'informeel', 'technisch']);
/** Capitalised words before a head that are not part of a name: pronouns, articles, sentence openers. */
const NOT_MODIFIERS = new Set(['uw', 'de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'onze', 'zijn', 'haar', 'hun', 'elke', 'iedere', 'welke', 'geen']);

// A capitalised word, hyphenated parts included ("Sint-Maarten", "Ecofin-Raad").
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}\-‐])\p{Lu}[\p{L}\p{M}]*(?:[-‐]\p{L}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}\p{N}])/gu;
const CAP_WORD = '\\p{Lu}[\\p{L}\\p{M}]*(?:[-‐]\\p{L}[\\p{L}\\p{M}]*){0,3}';
/** A truncated compound's partner in lower case: "Kinder- en jongerenwerk" (session 26); no article or short word. */
const LOWER_PARTNER = '[-‐] en (?!(?:van|voor|over|door|naar|zijn|haar|deze|dit|die|dat)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{L}\\p{M}]{3,}';
/** "van/voor (de|het|der) Cap (Cap | en Cap){0,5}": the complement of rule A. No comma lists: "Raad van State, Tweede Kamer". */
// A truncated compound joins its partner with "- en" ("voor Kinder- en Jeugdpsychiatrie", "voor het Wetenschaps- en
// Technologiebeleid", round 35).
const COMPLEMENT = new RegExp(`^ (?:van|voor) (?:(?:de|het|der) )?${CAP_WORD}(?:(?: | en |[-‐] en )${CAP_WORD}|${LOWER_PARTNER}){0,5}`, 'u');
/**
 * Rule E: the capitalised words that name a foundation, an association, a cooperative or a steering or working group
 * after its legal form or group noun, joined
 * by spaces or one "en"/"&" between two of them ("Stichting School en Veiligheid"); a lower-case word ends the name.
 */
const LEGAL_FORMS = new Set(['stichting', 'vereniging', 'coöperatie', 'federatie', 'stuurgroep', 'werkgroep', 'projectgroep', 'expertgroep', 'regiegroep', 'studiegroep', 'commissie',
  // An institution of higher education is named the same way: "Hogeschool Inholland", "Universiteit Gent"; so is a
  // government agency, "Agentschap BPR", "Agentschap Zorg en Welzijn" (round 31); so is a school board's partnership
  // for special needs, "Samenwerkingsverband Passend Onderwijs Zuid-Holland West" (round 35).
  'hogeschool', 'universiteit', 'agentschap', 'samenwerkingsverband']);
/** Name particles: a name that ends in one goes on in lower case ("Commissie Van der Steur"), which rule E does not read. */
const NAME_PARTICLES = new Set(['van', 'de', 'den', 'der', 'ten', 'ter', 'te', 'het', "'t", 'von', 'le', 'la', 'du', 'da']);
/** Organs of a company or an institution, not bodies of their own: "de Raad van Bestuur van WUR". */
const ORGANS = /^ van (?:Bestuur|Toezicht|Commissarissen)(?![\p{L}\p{M}\p{N}])/u;
/** A compound head before its remit in lower case ("Rijksdienst voor de keuring van …"): the name goes on. */
const REMIT_AFTER = /^ voor (?:de |het )?\p{Ll}/u;
const LEGAL_NAME = new RegExp(`^ ${CAP_WORD}(?:(?: | en | & |[-‐] en )${CAP_WORD}|${LOWER_PARTNER}){0,5}`, 'u');
/**
 * Capitalised words that open a sentence (a full stop lost in the copy, a heading run into the text) and no name:
 * "de Universiteit Dit jaar …". A legal name ends before one; "Stichting De Hoop" keeps its article.
 */
const SENTENCE_OPENERS = new Set(['Dit', 'Dat', 'Deze', 'Die', 'Er', 'Ook', 'Zij', 'Hij', 'Wij', 'Ik', 'U', 'Nu', 'Dan', 'Daar', 'Toen', 'Zo', 'Maar', 'Want',
  // Adverbs that open sentences: "het Agentschap Daarnaast …", "de parlementaire enquêtecommissie Eind 2020 …" (round 36).
  'Daarnaast', 'Daarom', 'Daarbij', 'Verder', 'Voorts', 'Tevens', 'Hierbij', 'Hiermee', 'Eind', 'Begin', 'Medio', 'Sinds', 'Vanaf',
  'Vervolgens', 'Daarna', 'Inmiddels', 'Bovendien', 'Echter', 'Hierdoor', 'Daardoor', 'Uiteindelijk', 'Tegelijkertijd',   // round 37
  'Tegenwoordig', 'Momenteel', 'Thans', 'Sindsdien', 'Destijds', 'Ondertussen', 'Desondanks',   // round 39
  'Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag']);
/** Roles written with a capital after "De" at a sentence's start: "De Staatssecretaris besluit …". */
export const ROLES_AFTER_ARTICLE: ReadonlySet<string> = new Set(['Minister', 'Staatssecretaris', 'Minister-President', 'Minister-president', 'Voorzitter', 'Regering']);
/** Prepositions that open a sentence when no capitalised word follows ("het Agentschap In 2020 …"); inside a name in title case they stay. */
const CLOSING_OPENERS = new Set(['In', 'Op', 'Bij']);
/** LEGAL_NAME's match up to the first sentence opener in it, or null when it opens with one. */
function legalNameAt(text: string, from: number): string | null {
  const name = LEGAL_NAME.exec(text.slice(from, from + 160));
  if (!name) return null;
  let cut = 0;
  const words = name[0].split(' ');
  // "het Agentschap De Staatssecretaris besluit": an article and a role open the next sentence, no name (session 26).
  if (words.length > 2 && (words[1] === 'De' || words[1] === 'Het') && ROLES_AFTER_ARTICLE.has(words[2])) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // A name in title case may open with such a word ("Stichting Nu Niet Zwanger", round 31): as its first word
    // with another capitalised word of the name after it, it stays.
    if (w && (SENTENCE_OPENERS.has(w) || (i === words.length - 1 && CLOSING_OPENERS.has(w))) && !(i === 1 && words.length > 2)) break;
    cut += w.length + 1;
  }
  const kept = name[0].slice(0, Math.max(0, cut - 1)).replace(/ (?:en|&)$/u, '');
  return kept.trim() ? kept : null;
}
/** A geographic adjective takes its lower-case noun: "het Caribisch gebied", "het Europees deel". */
const ADJECTIVE_NOUN = /^ (?!en |van |voor |de |het )(\p{Ll}{3,20})(?![\p{L}\p{M}\p{N}\-])/u;
/** 1–3 capitalised words right before the head. */
const MODIFIERS_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}\\-‐])((?:${CAP_WORD} ){1,3})$`, 'u');
/** Adjective endings: Interprovinciaal, Constitutioneel, Interparlementair, Centrale, Europese, Koninklijke, Nederlandse. */
const ADJECTIVE = /(?:aal|ale|eel|ele|air|aire|isch|ische|iek|ieke|ees|ese|lijk|lijke|se|sche)$/u;
/** Inside the name of a law: "Rijkswet Caribisch orgaan …", "Wet op de Raad van State". */
const LAW_BEFORE = /(?:^|[^\p{L}])(?:[Rr]ijks)?(?:[Ww]et|[Ww]etsvoorstel|[Ll]andsverordening|[Rr]egeling|[Bb]esluit)(?: (?:op|inzake|tot|betreffende|van|voor|over))?(?: (?:de|het))? ?$/u;
const COMMITTEE_AT = /(?<![\p{L}])([Vv]aste|[Aa]lgemene) (?:[Kk]amer)?commissie voor (?:de |het )?/uy;
/** The literal every COMMITTEE match holds, and how far before it a match can start, nearest last. */
const COMMITTEE_CORE = 'commissie voor ';
const COMMITTEE_STARTS = ['algemene kamer', 'vaste kamer', 'algemene ', 'vaste '].map(s => s.length);
const COMMITTEE_SUBJECT = new RegExp(`^${CAP_WORD}(?:(?: | en |, )${CAP_WORD}){0,5}`, 'u');
/** Capitalised words that open a sentence and may stand before a mid-sentence name ("De Gezondheidsraad"). */
const OPENERS = new Set(['de', 'het', 'een', 'door', 'met', 'bij', 'volgens', 'namens', 'ook', 'zowel', 'daarnaast', 'tevens', 'via', 'aan', 'op', 'in', 'voor', 'van', 'naar', 'na', 'onder', 'tussen', 'samen']);

const CAPITALISED_AT = new RegExp(CAPITALISED.source, 'uy');
/** Head nouns and head suffixes in lower case, by their last character: where a lower-cased word can end in a head. */
const HEADS_BY_LAST_CHAR = new Map<number, string[]>();
/** The last two letters of every head, as (second-last << 7 | last): a cheap first test of a word's end. */
const HEAD_ENDINGS = new Uint8Array(128 * 128);
for (const h of new Set([...HEADS, ...HEAD_SUFFIXES])) {
  const last = h.charCodeAt(h.length - 1);
  HEADS_BY_LAST_CHAR.set(last, [...(HEADS_BY_LAST_CHAR.get(last) ?? []), h]);
  HEAD_ENDINGS[(h.charCodeAt(h.length - 2) << 7) | last] = 1;
}
/**
 * Word starts for findNamedOrganisations: a capitalised word of plain letters that ends in no head is left out
 * (rejectedUpTo would reject it: its only part is the whole word).
 */
export function nameWordStarts(): CapitalWordStarts {
  return new CapitalWordStarts(partEndsInHead);
}

/**
 * The first code unit of every capital letter: ASCII capitals, and any unit outside ASCII (checked in full
 * afterwards). A case-sensitive class without the u flag, so V8 scans for it quickly.
 */
const CAPITAL_UNIT = /[A-Z\u0080-\uffff]/g;

/**
 * Every name read from its shape in `text`. `capitals`, when complete, holds the start of every word that
 * begins with an ASCII capital or a unit outside ASCII (the gazetteer matcher records them; with
 * nameWordStarts only those rejectedUpTo cannot reject by their end): the only places a name can start, so
 * the text is not scanned for capitals again.
 */
export function findNamedOrganisations(text: string, capitals?: CapitalWordStarts, taken: readonly Span[] = []): NamedOrganisation[] {
  const out: NamedOrganisation[] = [];
  if (typeof text !== 'string' || !text) return out;
  if (capitals?.complete) fromWordStarts(text, capitals.positions, out, taken);
  else fromCapitalScan(text, out);
  for (const c of committees(text, capitals)) out.push(c);   // no spread: 130,000 arguments overflow the stack
  for (const c of inquiryCommittees(text, capitals)) out.push(c);
  return out.sort((a, b) => a.start - b.start);
}

function fromCapitalScan(text: string, out: NamedOrganisation[]): void {
  // A name grows from a capitalised word ending in a head (CAPITALISED: a capital with no letter, mark,
  // number or hyphen before it, then letters, marks and up to three hyphenated parts). Such a word starts at
  // a capital: visit the capitals, reject cheaply by the character before and by the last letters of the
  // run's parts, and only then match CAPITALISED there.
  let lastEnd = 0;
  CAPITAL_UNIT.lastIndex = 0;
  // test, not exec: no match array per capital; the match is one unit, so it starts at lastIndex - 1.
  while (CAPITAL_UNIT.test(text)) {
    const s = CAPITAL_UNIT.lastIndex - 1;
    const skipTo = rejectedUpTo(text, s);
    if (skipTo >= 0) {
      CAPITAL_UNIT.lastIndex = skipTo;
      continue;
    }
    lastEnd = nameAt(text, s, out, lastEnd);
    if (CAPITAL_UNIT.lastIndex < lastEnd) CAPITAL_UNIT.lastIndex = lastEnd;
  }
}

/**
 * The same visits from the word starts: a capital the scan would visit but that starts no word has a letter,
 * mark or number before it, which rejectedUpTo rejects; a surrogate anywhere makes the starts incomplete.
 * A name whose head word starts inside one of `taken` (spans in order, apart) would overlap it, and the caller
 * drops such names: there only where the name would end is read (a later start must lie beyond it).
 */
function fromWordStarts(text: string, starts: readonly number[], out: NamedOrganisation[], taken: readonly Span[]): void {
  let lastEnd = 0;
  let t = 0;
  for (const s of starts) {
    if (s < lastEnd || rejectedUpTo(text, s) >= 0) continue;
    while (t < taken.length && taken[t].end <= s) t++;
    lastEnd = t < taken.length && taken[t].start <= s ? endOfNameAt(text, s, out, lastEnd) : nameAt(text, s, out, lastEnd);
  }
}

/**
 * What nameAt returns, for a name the caller drops: a name ends at its head word unless a complement follows
 * (" van …", " voor …"), and only then is it read.
 */
function endOfNameAt(text: string, s: number, out: NamedOrganisation[], lastEnd: number): number {
  const wordEnd = capitalisedWordEnd(text, s);
  if (wordEnd < 0) return lastEnd;
  return text.startsWith(' v', wordEnd) ? nameAt(text, s, out, lastEnd) : wordEnd;
}

/** Matches CAPITALISED at `s` and reads a name around it into `out`; returns the new end of what was read. */
function nameAt(text: string, s: number, out: NamedOrganisation[], lastEnd: number): number {
  const wordEnd = capitalisedWordEnd(text, s);
  if (wordEnd < 0) return lastEnd;
  const word = text.slice(s, wordEnd);
  lastEnd = wordEnd;
  const head = headOf(word);
  const found = head ? nameAround(text, s, lastEnd, word, head) : committeeCompoundName(text, s, lastEnd, word);
  if (found) {
    out.push(found);
    lastEnd = Math.max(lastEnd, found.end);
  }
  return lastEnd;
}

/**
 * Where CAPITALISED matches at `s` ends, or -1. Read unit by unit: no letter, mark, number or hyphen before;
 * a capital, letters and marks; up to three parts of a hyphen, a letter and letters and marks; and then no
 * letter, mark or number, backing off whole parts when a number follows ("Raad-Abc9" is "Raad"). Around a
 * surrogate (an astral letter counts as a letter there) the regex answers.
 */
function capitalisedWordEnd(text: string, s: number): number {
  const before = s > 0 ? charClass(text.charCodeAt(s - 1)) : 0;
  const first = charClass(text.charCodeAt(s));
  if ((before | first) & SURROGATE) return capitalisedWordEndByRegex(text, s);
  if (before & (LETTER | NUMBER | HYPHEN) || !(first & UPPER)) return -1;
  const partEnds: number[] = [];
  let e = s + 1;
  for (let parts = 1; ; parts++) {
    for (; e < text.length; e++) {
      const k = charClass(text.charCodeAt(e));
      if (k & SURROGATE) return capitalisedWordEndByRegex(text, s);
      if (!(k & LETTER)) break;
    }
    partEnds.push(e);
    if (parts === 4 || e + 1 >= text.length || !(charClass(text.charCodeAt(e)) & HYPHEN)) break;
    const next = charClass(text.charCodeAt(e + 1));
    if (next & SURROGATE) return capitalisedWordEndByRegex(text, s);
    if (!(next & LETTER_CLASS)) break;
    e += 2;
  }
  for (let k = partEnds.length - 1; k >= 0; k--) {
    const end = partEnds[k];
    if (end >= text.length) return end;
    const after = charClass(text.charCodeAt(end));
    if (after & SURROGATE) return capitalisedWordEndByRegex(text, s);
    if (!(after & (LETTER | NUMBER))) return end;
  }
  return -1;
}

function capitalisedWordEndByRegex(text: string, s: number): number {
  CAPITALISED_AT.lastIndex = s;
  const m = CAPITALISED_AT.exec(text);
  return m ? s + m[0].length : -1;
}

/**
 * For a capital-candidate unit at `s`: where the scan may go on when no capitalised word ending in a head
 * starts at `s` (the next unit, or the end of the word when capitals inside it start nothing either), or -1
 * when one may start there. Units outside the Basic Multilingual Plane are left to the exact regex (-1).
 */
function rejectedUpTo(text: string, s: number): number {
  const first = charClass(text.charCodeAt(s));
  if (first & SURROGATE) return -1;
  if (!(first & UPPER)) return s + 1;
  if (s > 0) {
    const before = charClass(text.charCodeAt(s - 1));
    if (!(before & SURROGATE) && before & (LETTER | NUMBER | HYPHEN)) return s + 1;
  }
  // The run of letters, marks and hyphens from s. CAPITALISED matches it up to the end of one of its parts
  // ("Gezondheidsraad" in "Gezondheidsraad-Abc9"), and headOf reads that part: some part must end in a head.
  let e = s + 1;
  let found = false;
  for (; e < text.length; e++) {
    const k = charClass(text.charCodeAt(e));
    if (k & SURROGATE) return -1;
    if (k & LETTER) continue;
    if (!found) found = partEndsInHead(text, s, e);
    if (!(k & HYPHEN)) break;
  }
  if (e === text.length && !found) found = partEndsInHead(text, s, e);
  return found ? -1 : e;
}

/**
 * Whether text[s, e) ends in a head noun or head suffix, lower-cased unit by unit: where headOf's
 * toLowerCase differs (İ, final sigma) no ASCII head can match either.
 */
function partEndsInHead(text: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  const last = asciiLower(text.charCodeAt(e - 1)), secondLast = asciiLower(text.charCodeAt(e - 2));
  if (last < 0 || secondLast < 0 || !HEAD_ENDINGS[(secondLast << 7) | last]) return false;
  const heads = HEADS_BY_LAST_CHAR.get(last);
  if (heads) for (const h of heads) if (e - h.length >= s && endsInLower(text, e, h)) return true;
  return false;
}

/** Whether text before `e` lower-cases unit by unit to `word` (ASCII; a lower-case non-ASCII unit, the ö of "coöperatie", as is). */
function endsInLower(text: string, e: number, word: string): boolean {
  const from = e - word.length;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(from + i), w = word.charCodeAt(i);
    if (c !== w && asciiLower(c) !== w) return false;
  }
  return true;
}

/** The ASCII lower-case letter a unit lower-cases to (A–Z, a–z, the Kelvin sign K), else -1. */
function asciiLower(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return c === 0x212a ? 0x6b : -1;
}

/** The classes these rules read from `unitClasses`; a "letter" here is \p{L} or \p{M}, as in CAPITALISED. */
const charClass = unitClasses;
const LETTER = LETTER_CLASS | MARK;

/** The head noun a capitalised word ends in ('raad' for "Gezondheidsraad"), whole or compound, or null. */
function headOf(word: string): { whole: boolean } | null {
  const lower = word.toLowerCase();
  const cut = Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('‐'));
  const w = cut < 0 ? lower : lower.slice(cut + 1);
  if (HEADS.has(w)) return cut < 0 ? WHOLE : COMPOUND;
  if (NOT_BODIES.has(w)) return null;
  const suffixes = HEAD_SUFFIXES_BY_LAST_UNIT.get(w.charCodeAt(w.length - 1));
  if (suffixes) for (const s of suffixes) if (w.length >= s.length + 3 && w.endsWith(s)) return COMPOUND;
  return null;
}

/** HEAD_SUFFIXES by their last unit, in their order: a word is asked only for the suffixes it can end in. */
const HEAD_SUFFIXES_BY_LAST_UNIT = new Map<number, string[]>();
for (const s of HEAD_SUFFIXES) {
  const last = s.charCodeAt(s.length - 1);
  HEAD_SUFFIXES_BY_LAST_UNIT.set(last, [...(HEAD_SUFFIXES_BY_LAST_UNIT.get(last) ?? []), s]);
}

const WHOLE = { whole: true }, COMPOUND = { whole: false };
const UPPER_AFTER_SPACE = /^ \p{Lu}/u;
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])[Ee]en $/u;

function nameAround(text: string, start: number, end: number, word: string, head: { whole: boolean }): NamedOrganisation | null {
  const from = Math.max(0, start - 80);
  // E: a legal form or group noun capitalised before a capitalised name ("Stichting School en Veiligheid", "Stuurgroep
  // Water"), not before "van"/"voor" (A).
  if (text.charCodeAt(end) === 0x20 && UPPER_AFTER_SPACE.test(text.slice(end, end + 3)) && LEGAL_FORMS.has(word.toLowerCase())) {
    const legal = legalNameAt(text, end);
    const name = legal === null ? null : [legal];
    // "Studiegroep Duurzame Groei en Stuurgroep Regeldruk": a second legal form after "en" opens a name of its own.
    if (name) {
      const joined = / en (\p{Lu}[\p{L}\p{M}]*)/u.exec(name[0]);
      if (joined && LEGAL_FORMS.has(joined[1].toLowerCase())) name[0] = name[0].slice(0, joined.index);
    }
    // "een Werkgroep Terugkeer": after the indefinite article a kind of group, not one body.
    // "Commissie Van der Steur": a name that ends in a particle goes on in words this rule does not read.
    const lastWord = name ? name[0].slice(name[0].lastIndexOf(' ') + 1).toLowerCase() : '';
    // "de Landelijke Commissie Toelating": a capitalised adjective before the legal form opens the name (session 26).
    const nameStart = start - adjectiveBefore(text, start);
    if (name && !NAME_PARTICLES.has(lastWord) && !INDEFINITE_BEFORE.test(text.slice(Math.max(0, nameStart - 4), nameStart)) && !insideLawName(text, start)) {
      const nameEnd = end + name[0].length;
      return { start: nameStart, end: nameEnd, id: textId(text.slice(nameStart, nameEnd)), rule: 'legalForm' };
    }
  }
  // A whole head ("de Kamer") is a name only after capitalised words (B) or before a complement (A): most
  // have neither, which is settled here without slicing the text before it.
  if (head.whole && !text.startsWith(' v', end) && !mayEndInCapitalisedWordIn(text, from, start)) return null;
  const before = text.slice(from, start);
  // "Landbouw- en Visserijraad": the name starts at a suspended compound this rule does not read.
  if (endsInSuspendedCompound(before)) return null;
  let nameStart = start;
  let rule: NamedOrganisation['rule'] | null = null;

  // B: capitalised adjectives before the head. A capitalised word before it that is no adjective leaves
  // the start of the name unknown ("Verenigde Staten"): no name.
  const modifiers = mayEndInCapitalisedWord(before) ? capitalisedWordsAtEnd(before.slice(modifiersFrom(before))) : null;
  if (modifiers) {
    const words = modifiers.words;
    let first = words.length;
    while (first > 0 && !NOT_MODIFIERS.has(words[first - 1].toLowerCase())) first--;
    const kept = words.slice(first);
    const openedBySentence = first > 0 || endsSentence(before, before.length - modifiers.length);
    if (kept.length) {
      // An adjective ("Constitutioneel Hof") or a lone acronym ("MBO Raad") opens the name.
      const acronym = kept.length === 1 && /^\p{Lu}{2,6}$/u.test(kept[0]);
      if (!acronym && !ADJECTIVE.test(kept[0].toLowerCase())) return null;
      if (word.toLowerCase().endsWith('overleg') && MEETING_ADJECTIVES.has(kept[0].toLowerCase())) return null;
      nameStart = start - kept.join(' ').length - 1;
      // "een Nederlandse Autoriteit": after the indefinite article a kind of body, not one body.
      if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, nameStart - 4), nameStart))) return null;
      rule = 'adjective';
    } else if (!openedBySentence) return null;
  }

  // A: a capitalised complement after "van"/"voor". "Raad van Bestuur", "Raad van Toezicht": an organ of a body.
  if (word.toLowerCase() === 'raad' && ORGANS.test(text.slice(end, end + 20))) return null;
  let nameEnd = end;
  const complement = text.startsWith(' v', end) ? COMPLEMENT.exec(text.slice(end, end + 200)) : null;
  if (complement) {
    nameEnd = end + complement[0].length;
    if (/(?:isch|ische|ees)$/u.test(complement[0])) {
      const noun = ADJECTIVE_NOUN.exec(text.slice(nameEnd, nameEnd + 24));
      if (noun) nameEnd += noun[0].length;
    }
    rule ??= 'complement';
  }
  if (!rule) {
    // C: a compound head alone, capitalised where a common noun would not be.
    if (head.whole || !midSentence(text, start) || COMMON_COMPOUNDS.has(word.toLowerCase())) return null;
    // "een Werkgroep Terugkeer": the name goes on in words this rule does not read; so does a remit in lower case
    // ("Rijksdienst voor de keuring van Vee en Vlees").
    if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) || REMIT_AFTER.test(text.slice(end, end + 12))) return null;
    rule = 'compound';
  }
  // Last, as most heads are no name by now ("de Kamer", "Tweede Kamer"): not inside a law's name.
  if (insideLawName(text, start)) return null;
  return { start: nameStart, end: nameEnd, id: textId(text.slice(nameStart, nameEnd)), rule };
}

/** The length of a capitalised adjective and its space right before `start` ("Landelijke "), or 0. */
function adjectiveBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return 0;
  const m = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const word = m ? m[1].toLowerCase() : '';
  return m && ADJECTIVE.test(word) && !NOT_MODIFIERS.has(word) && word !== 'diverse' ? m[1].length + 1 : 0;
}

const COMMITTEE_COMPOUND = /^\p{Lu}[\p{Ll}\p{M}]{3,}(?:commissie|college)$/u;
/** Committee compounds whose name opens with them: not an inquiry's nor a chamber's, which open with another word. */
// Nor a lecture's ("het Hoorcollege Statistiek", "Werkcollege Recht", round 31).
const NAME_OPENING_COMMITTEE = /^(?!Enquête|Onderzoeks|Kamer|Eerste|Tweede|Hoor|Werk|Gast|Respons|Proef)\p{Lu}[\p{Ll}\p{M}]{3,}(?:commissie|college)$/u;
const ADJECTIVE_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}\-‐])(\p{Lu}[\p{Ll}\p{M}]+) $/u;

/**
 * A capitalised committee compound between a capitalised adjective and capitalised words is one name: "de
 * Parlementaire Enquêtecommissie Financieel Stelsel", "Tijdelijke Onderzoekscommissie Fraudebeleid". The adjective
 * opens the name, the capitalised words close it (the legal-form rule's LEGAL_NAME); not after "een", not when the
 * name goes on after a particle, not inside a law's name. Without the adjective the compound is left to the other rules.
 */
function committeeCompoundName(text: string, start: number, end: number, word: string): NamedOrganisation | null {
  if (!COMMITTEE_COMPOUND.test(word) || text.charCodeAt(end) !== 0x20) return null;
  const adjective = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const withAdjective = adjective !== null && ADJECTIVE.test(adjective[1].toLowerCase());
  // "de Adviescommissie Uitvoering Toeslagen", "de Geschillencommissie Zorgverzekeringen": a committee whose name
  // opens with the compound; an inquiry committee's opens with its adjective (round 12), a chamber's with its chamber.
  if (!withAdjective && !NAME_OPENING_COMMITTEE.test(word)) return null;
  const legal = legalNameAt(text, end);
  if (legal === null) return null;
  const name = [legal];
  const lastWord = name[0].slice(name[0].lastIndexOf(' ') + 1).toLowerCase();
  const nameStart = withAdjective ? start - adjective[1].length - 1 : start;
  if (NAME_PARTICLES.has(lastWord) || INDEFINITE_BEFORE.test(text.slice(Math.max(0, nameStart - 4), nameStart)) || insideLawName(text, nameStart)) return null;
  const nameEnd = end + name[0].length;
  return { start: nameStart, end: nameEnd, id: textId(text.slice(nameStart, nameEnd)), rule: 'adjective' };
}

/** The lower-case cores of a parliamentary inquiry or investigation committee's name. */
const INQUIRY_CORES = INQUIRY_COMMITTEE_WORDS.map(w => `${w} `);
const INQUIRY_ADJECTIVE_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}\-‐])([Pp]arlementaire|[Tt]ijdelijke) $/u;
const DEFINITE_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}\-‐])[Dd]e $/u;
/**
 * One lower-case subject noun between the compound and the capitalised name, "enquêtecommissie aardgaswinning
 * Groningen" (round 31): only a noun of the kinds such subjects are (…ing, …heid, …beleid), so a verb before a
 * place ("de parlementaire enquêtecommissie bezocht Groningen") is not taken into a name.
 */
const INQUIRY_SUBJECT = /^\p{Ll}[\p{Ll}\p{M}]{2,}(?:ing|heid|beleid)(?= \p{Lu})/u;

/**
 * A parliamentary inquiry committee written in lower case, as running text often does: "de parlementaire
 * enquêtecommissie Fyra", "de tijdelijke onderzoekscommissie Fraudebeleid". The adjective opens the name and the
 * capitalised words after the compound close it, as committeeCompoundName reads the capitalised form; without the
 * adjective only "de enquêtecommissie Fyra" (the name from the compound on); with no capitalised word after it ("de
 * parlementaire enquêtecommissie heeft"), no name. The capital
 * scan never visits these (no capitalised head), so the cores are found by a plain search.
 */
function inquiryCommittees(text: string, capitals?: CapitalWordStarts): NamedOrganisation[] {
  const out: NamedOrganisation[] = [];
  for (const k of placesOfInquiryCores(text, capitals)) {
    const core = INQUIRY_CORES.find(c => text.startsWith(c, k));
    if (core === undefined) continue;
    const adjective = INQUIRY_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, k - 16), k));
    // "De enquêtecommissie Fyra": after "de" the enquête compound opens the name itself (session 25).
    const bare = !adjective && core === 'enquêtecommissie ' && DEFINITE_BEFORE.test(text.slice(Math.max(0, k - 4), k));
    if (!adjective && !bare) continue;
    const subject = INQUIRY_SUBJECT.exec(text.slice(k + core.length, k + core.length + 40));
    const nameFrom = subject ? k + core.length + subject[0].length : k + core.length - 1;
    const name = legalNameAt(text, nameFrom);
    if (name === null) continue;
    const lastWord = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    const start = adjective ? k - adjective[1].length - 1 : k;
    if (NAME_PARTICLES.has(lastWord) || INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    const end = nameFrom + name.length;
    out.push({ start, end, id: textId(text.slice(start, end)), rule: 'adjective' });
  }
  return out;
}

/**
 * Where one of INQUIRY_CORES stands: a place the adjective can stand before (a space right before the core), so a
 * word of its own, one of INQUIRY_COMMITTEE_WORDS. From the gazetteer matcher's visit when its record of those
 * words is complete (CapitalWordStarts.watched, in text order), else by a search of the letter for each core.
 */
function placesOfInquiryCores(text: string, capitals?: CapitalWordStarts): number[] {
  if (capitals?.complete && capitals.watchedComplete) return watchedOf(text, capitals.watched, INQUIRY_COMMITTEE_WORDS);
  const places: number[] = [];
  for (const core of INQUIRY_CORES) for (let k = text.indexOf(core); k >= 0; k = text.indexOf(core, k + core.length)) places.push(k);
  return places;
}

/** Whether a name at `start` is part of the name of a law or regulation ("Rijkswet Caribisch orgaan …"). */
export function insideLawName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // LAW_BEFORE, whose end anchor V8 tries from every position, only where one of its nouns is.
  return LAW_NOUNS.some(noun => before.includes(noun)) && LAW_BEFORE.test(before);
}

/** A literal part of every noun LAW_BEFORE reads: [Ww]et, [Ww]etsvoorstel, …verordening, …egeling, …esluit. */
const LAW_NOUNS = ['wet', 'Wet', 'verordening', 'egeling', 'esluit'];

/**
 * MODIFIERS_BEFORE.exec(s), read backwards from the end: the words of its group and the group's length, or
 * null. Each word is a whole run of letters, marks and hyphens ending in a space; the leftmost one has the
 * start of `s` or a character outside [\p{L}\p{M}\p{N}\-‐] before it. A text with a surrogate (an astral
 * letter counts as a letter there) is left to the regex.
 */
function capitalisedWordsAtEnd(s: string): { words: string[]; length: number } | null {
  for (let i = 0; i < s.length; i++) {
    if (charClass(s.charCodeAt(i)) & SURROGATE) {
      const m = MODIFIERS_BEFORE.exec(s);
      return m ? { words: m[1].trim().split(' '), length: m[1].length } : null;
    }
  }
  const words: string[] = [];
  let from = s.length;
  while (words.length < 3 && from > 0 && s.charCodeAt(from - 1) === 0x20) {
    const end = from - 1;
    let start = end;
    while (start > 0 && charClass(s.charCodeAt(start - 1)) & (LETTER | HYPHEN)) start--;
    if (!isCapitalisedWord(s, start, end)) break;
    // A word glued to a number has no boundary before it ("2Abc"): the group cannot start there.
    if (start > 0 && charClass(s.charCodeAt(start - 1)) & NUMBER) break;
    words.unshift(s.slice(start, end));
    from = start;
  }
  return words.length ? { words, length: s.length - from } : null;
}

/**
 * Whether s[start, end), a run of letters, marks and hyphens, is a CAP_WORD: a capital, then letters and
 * marks, then at most three parts each of a hyphen, a letter (no mark) and letters and marks.
 */
function isCapitalisedWord(s: string, start: number, end: number): boolean {
  if (start >= end || !(charClass(s.charCodeAt(start)) & UPPER)) return false;
  let parts = 1;
  for (let i = start + 1; i < end; i++) {
    if (!(charClass(s.charCodeAt(i)) & HYPHEN)) continue;
    if (++parts > 4 || i + 1 >= end || !(charClass(s.charCodeAt(i + 1)) & LETTER_CLASS)) return false;
  }
  return true;
}

/**
 * Where a MODIFIERS_BEFORE match in `s` can start at the earliest: its one character before the words and
 * its up to three words each end in a space, so it holds at most four spaces, the last one final. From the
 * fourth space from the end the regex finds the same match (its `^` there would need a capital at a space),
 * without trying its end anchor from every position of the 80 characters.
 */
function modifiersFrom(s: string): number {
  let at = s.length;
  for (let spaces = 0; spaces < 4; spaces++) {
    at = at > 0 ? s.lastIndexOf(' ', at - 1) : -1;
    if (at < 0) return 0;
  }
  return at;
}

/** `/[-‐] (?:en|of) $/`: the text ends in a suspended compound's conjunction ("Landbouw- en "). */
function endsInSuspendedCompound(s: string): boolean {
  const n = s.length;
  if (n < 5 || s[n - 1] !== ' ' || s[n - 4] !== ' ' || (s[n - 5] !== '-' && s[n - 5] !== '‐')) return false;
  return (s[n - 3] === 'e' && s[n - 2] === 'n') || (s[n - 3] === 'o' && s[n - 2] === 'f');
}

/**
 * False when MODIFIERS_BEFORE cannot match: its last word is the whole run of letters, marks and hyphens
 * before the final space, and starts with a capital. (Astral letters: not known here, so true.)
 */
function mayEndInCapitalisedWord(s: string): boolean {
  return mayEndInCapitalisedWordIn(s, 0, s.length);
}

/** mayEndInCapitalisedWord(text.slice(from, end)), without the slice. */
function mayEndInCapitalisedWordIn(text: string, from: number, end: number): boolean {
  let r = end - 1;
  if (r < from + 1 || text.charCodeAt(r) !== 0x20) return false;
  while (r > from) {
    const k = charClass(text.charCodeAt(r - 1));
    if (k & SURROGATE) return true;
    if (!(k & (LETTER | HYPHEN))) break;
    r--;
  }
  const first = charClass(text.charCodeAt(r));
  return r < end - 1 && ((first & SURROGATE) !== 0 || (first & UPPER) !== 0);
}

/**
 * Whether s[0, end) ends where a sentence or phrase does (`/[.!?:;«"“(\n]\s*$|^\s*$/u`): nothing but white
 * space, or a closing mark or line break before the trailing white space. A head right after one is not
 * known to be a name by its case.
 */
function endsSentence(s: string, end: number): boolean {
  let i = end;
  while (i > 0 && isWhiteSpace(s.charCodeAt(i - 1))) {
    if (s.charCodeAt(i - 1) === 0x0a) return true;
    i--;
  }
  return i === 0 || SENTENCE_CLOSERS.includes(s[i - 1]);
}

const SENTENCE_CLOSERS = '.!?:;«"“(';
const WHITE_SPACE = /^\s$/u;
const isWhiteSpace = (c: number) => c === 0x20 || c === 0x0a || ((c < 0x21 || c > 0x7e) && WHITE_SPACE.test(String.fromCharCode(c)));

/** Whether the word at `start` stands inside a sentence: after a lower-case word, a comma, or an opener. */
export function midSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = wordBeforeSpace(before);
  if (!m) return false;
  if (m.punctuation) return true;
  const prev = m.word;
  if (/^\p{Ll}/u.test(prev)) return true;
  return OPENERS.has(prev.toLowerCase());
}

const WORD_BEFORE_SPACE = /([\p{L}\p{M}]+)([,)]?)\s+$/u;

/**
 * WORD_BEFORE_SPACE.exec(s) read backwards from the end, as its end anchor makes V8 try it from every
 * position: trailing white space, an optional comma or parenthesis, and the whole run of letters before.
 */
function wordBeforeSpace(s: string): { word: string; punctuation: boolean } | null {
  let i = s.length;
  while (i > 0 && isWhiteSpace(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return null;
  const punctuation = i > 0 && (s[i - 1] === ',' || s[i - 1] === ')');
  const wordEnd = punctuation ? i - 1 : i;
  let w = wordEnd;
  for (; w > 0; w--) {
    const k = charClass(s.charCodeAt(w - 1));
    if (k & SURROGATE) {
      const m = WORD_BEFORE_SPACE.exec(s);
      return m ? { word: m[1], punctuation: m[2] !== '' } : null;
    }
    if (!(k & LETTER)) break;
  }
  return w < wordEnd ? { word: s.slice(w, wordEnd), punctuation } : null;
}

/** D: "vaste commissie voor Justitie", "vaste Kamercommissie voor Binnenlandse Zaken". */
function committees(text: string, capitals?: CapitalWordStarts): NamedOrganisation[] {
  const out: NamedOrganisation[] = [];
  // COMMITTEE as a global search would try its look-behind at every position: instead find its literal
  // core and match COMMITTEE at the few places it can start before it, leftmost first.
  let lastEnd = 0;
  for (const k of committeeCores(text, capitals)) {
    for (const back of COMMITTEE_STARTS) {
      const start = k - back;
      if (start < lastEnd) continue;
      COMMITTEE_AT.lastIndex = start;
      const m = COMMITTEE_AT.exec(text);
      if (!m) continue;
      const after = start + m[0].length;
      lastEnd = after;
      const subject = COMMITTEE_SUBJECT.exec(text.slice(after, after + 160));
      if (subject) {
        const end = after + subjectLength(subject[0]);
        out.push({ start, end, id: textId(text.slice(start, end)), rule: 'committee' });
      }
      break;
    }
  }
  return out;
}

/**
 * The length of a committee's subject without a tail after its last comma that has no "en": a comma lists the
 * portfolio's parts only up to its "en" ("Onderwijs, Cultuur en Wetenschap"); after it comes the next thing, as the
 * chair's name in "algemene commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking, De Roon".
 */
function subjectLength(subject: string): number {
  const comma = subject.lastIndexOf(', ');
  return comma < 0 || subject.includes(' en ', comma) ? subject.length : comma;
}

/**
 * Where COMMITTEE_CORE stands, in text order: every place, or only those right after the start of a
 * COMMITTEE_WORDS word the gazetteer matcher saw (a match has a space before its word and after the core, so
 * its word is a whole word token); other places start no match.
 */
function committeeCores(text: string, capitals?: CapitalWordStarts): number[] {
  const cores: number[] = [];
  if (capitals?.complete && capitals.watchedComplete) {
    for (const at of watchedOf(text, capitals.watched, COMMITTEE_WORDS)) {
      const k = text.charCodeAt(at) === 0x63 ? at : at + 'kamer'.length;      // "commissie" or "[Kk]amercommissie"
      if (text.startsWith(COMMITTEE_CORE, k)) cores.push(k);
    }
    return cores;
  }
  for (let k = text.indexOf(COMMITTEE_CORE); k >= 0; k = text.indexOf(COMMITTEE_CORE, k + COMMITTEE_CORE.length)) cores.push(k);
  return cores;
}

/** "TEXT:" + the name in capitals on one line: one id for every spelling that differs only in case or breaks. */
export function textId(name: string): string {
  return `TEXT:${name.replace(/[\s\u00ad]+/g, ' ').trim().toUpperCase()}`;
}
