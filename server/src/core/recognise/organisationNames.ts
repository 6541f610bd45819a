// Organisation names that neither the gazetteer knows nor the letter defines with an acronym, read from
// the shape of Dutch names. Precision first: a capitalised head noun of an organisation ("Raad", "Hof",
// "Staten", "-dienst") is a name only with evidence around it that it is a proper name, never on its own
// ("de Raad", "uw Kamer"):
//   A. head + "van"/"voor" + capitalised complement: "Raad voor de Leefomgeving en Infrastructuur",
//      "Staten van Aruba", "Kamer van Koophandel", "Kustwacht voor het Caribisch gebied";
//   B. capitalised adjective(s) + head: "Constitutioneel Hof", "Interprovinciaal Overleg";
//   C. a capitalised compound on a head suffix in the middle of a sentence: "de Gezondheidsraad", "Eurogroep";
//   D. a standing committee: "vaste commissie voor Justitie".
// Roles ("Minister van …") have no head noun here; funds and programmes are left out on purpose
// ("Nationaal Groeifonds"); names inside a law's name ("Rijkswet … Raad …") are skipped.
// Every pass reads a bounded slice around a capitalised word, so the cost is linear in the text.

export interface NamedOrganisation {
  /** Offsets in the text the names were read from. */
  start: number;
  end: number;
  /** "TEXT:RAAD VOOR DE LEEFOMGEVING EN INFRASTRUCTUUR" */
  id: string;
  /** Which shape made it a name, for explanations. */
  rule: 'complement' | 'adjective' | 'compound' | 'committee';
}

/** Whole head words: the noun that makes a name a body. Roles (minister, commissaris, coördinator) are not here. */
const HEADS = new Set([
  'raad', 'college', 'hof', 'kamer', 'commissie', 'staten', 'kustwacht', 'autoriteit', 'inspectie', 'dienst', 'bureau',
  'centrum', 'instituut', 'agentschap', 'stichting', 'vereniging', 'federatie', 'organisatie', 'academie', 'rechtbank',
  'tribunaal', 'parket', 'korps', 'overleg', 'bank', 'unie', 'orde', 'genootschap', 'planbureau', 'rekenkamer',
]);
/** Compound heads ("Gezondheidsraad", "Eurogroep", "Rijksdienst", "Koninkrijksoverleg"). */
const HEAD_SUFFIXES = ['raad', 'groep', 'dienst', 'bureau', 'overleg', 'autoriteit', 'inspectie', 'instituut', 'centrum', 'agentschap', 'rekenkamer', 'kustwacht', 'bank'];
/** Compounds on a head suffix that are not bodies: persons, meetings, places, things. */
const NOT_BODIES = new Set([
  'staatsraad', 'wetgevingsoverleg', 'notaoverleg', 'commissieoverleg', 'notitieoverleg', 'nota-overleg', 'doelgroep',
  'risicogroep', 'leeftijdsgroep', 'beroepsgroep', 'databank', 'kennisbank', 'zandbank', 'bloedbank', 'buitendienst',
  'binnendienst', 'nachtdienst', 'kerkdienst', 'eredienst', 'zondagsdienst', 'binnenhof',
]);
/** Adjectives that make a meeting, not a body: "Algemeen Overleg", "Bestuurlijk Overleg". */
const MEETING_ADJECTIVES = new Set(['algemeen', 'bestuurlijk', 'schriftelijk', 'notaoverleg', 'plenair', 'informeel', 'technisch']);
/** Capitalised words before a head that are not part of a name: pronouns, articles, sentence openers. */
const NOT_MODIFIERS = new Set(['uw', 'de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'onze', 'zijn', 'haar', 'hun', 'elke', 'iedere', 'welke', 'geen']);

// A capitalised word, hyphenated parts included ("Sint-Maarten", "Ecofin-Raad").
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}\-‐])\p{Lu}[\p{L}\p{M}]*(?:[-‐]\p{L}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}\p{N}])/gu;
const CAP_WORD = '\\p{Lu}[\\p{L}\\p{M}]*(?:[-‐]\\p{L}[\\p{L}\\p{M}]*){0,3}';
/** "van/voor (de|het|der) Cap (Cap | en Cap){0,5}": the complement of rule A. No comma lists: "Raad van State, Tweede Kamer". */
const COMPLEMENT = new RegExp(`^ (?:van|voor) (?:(?:de|het|der) )?${CAP_WORD}(?:(?: | en )${CAP_WORD}){0,5}`, 'u');
/** A geographic adjective takes its lower-case noun: "het Caribisch gebied", "het Europees deel". */
const ADJECTIVE_NOUN = /^ (?!en |van |voor |de |het )(\p{Ll}{3,20})(?![\p{L}\p{M}\p{N}\-])/u;
/** 1–3 capitalised words right before the head. */
const MODIFIERS_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}\\-‐])((?:${CAP_WORD} ){1,3})$`, 'u');
/** Adjective endings: Interprovinciaal, Constitutioneel, Interparlementair, Centrale, Europese, Koninklijke, Nederlandse. */
const ADJECTIVE = /(?:aal|ale|eel|ele|air|aire|isch|ische|iek|ieke|ees|ese|lijk|lijke|se|sche)$/u;
/** Inside the name of a law: "Rijkswet Caribisch orgaan …", "Wet op de Raad van State". */
const LAW_BEFORE = /(?:^|[^\p{L}])(?:[Rr]ijks)?(?:[Ww]et|[Ww]etsvoorstel|[Ll]andsverordening|[Rr]egeling|[Bb]esluit)(?: (?:op|inzake|tot|betreffende|van|voor|over))?(?: (?:de|het))? ?$/u;
const COMMITTEE = /(?<![\p{L}])([Vv]aste|[Aa]lgemene) (?:[Kk]amer)?commissie voor (?:de |het )?/gu;
const COMMITTEE_SUBJECT = new RegExp(`^${CAP_WORD}(?:(?: | en |, )${CAP_WORD}){0,5}`, 'u');
/** Words that close a sentence or start a new phrase: a head right after them is not known to be a name by case. */
const SENTENCE_END = /[.!?:;«"“(\n]\s*$|^\s*$/u;
/** Capitalised words that open a sentence and may stand before a mid-sentence name ("De Gezondheidsraad"). */
const OPENERS = new Set(['de', 'het', 'een', 'door', 'met', 'bij', 'volgens', 'namens', 'ook', 'zowel', 'daarnaast', 'tevens', 'via', 'aan', 'op', 'in', 'voor', 'van', 'naar', 'na', 'onder', 'tussen', 'samen']);

/**
 * Words ending in a head noun or head suffix, case folded as a superset of headOf's toLowerCase: where a
 * capitalised word with a head can end. Longest first, so the hit ends where the word does.
 */
const HEAD_END = new RegExp(`(?:${[...new Set([...HEADS, ...HEAD_SUFFIXES])].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`, 'giu');
const CAPITALISED_AT = new RegExp(CAPITALISED.source, 'uy');
/** What a capitalised word is made of: a word starts only where a run of these starts. */
const RUN_CHAR = /^[\p{L}\p{M}\-‐]$/u;

export function findNamedOrganisations(text: string): NamedOrganisation[] {
  const out: NamedOrganisation[] = [];
  if (typeof text !== 'string' || !text) return out;
  // Only capitalised words ending in a head matter, and a capitalised word starts only at the start of a run
  // of letters, marks and hyphens (its look-behind). So: find the heads, walk back to the start of their run
  // and match CAPITALISED there. A global CAPITALISED search would try its look-behind at every position.
  let lastEnd = 0;
  // Linear time on runs with many heads ("Abc-raad-raad-…") or a long first part: each character is walked
  // over once (a walk that reaches the previous hit's end goes on from that hit's run start), and each run
  // start is matched once.
  let previousHitEnd = -1, previousRunStart = -1, triedAt = -1;
  HEAD_END.lastIndex = 0;
  for (let hit = HEAD_END.exec(text); hit; hit = HEAD_END.exec(text)) {
    let s = hit.index;
    while (s > lastEnd) {
      if (s === previousHitEnd) { s = Math.max(previousRunStart, lastEnd); break; }
      const width = codePointWidthBefore(text, s);
      if (!RUN_CHAR.test(text.slice(s - width, s))) break;
      s -= width;
    }
    previousHitEnd = hit.index + hit[0].length;
    previousRunStart = s;
    if (s === triedAt) continue;
    triedAt = s;
    CAPITALISED_AT.lastIndex = s;
    const m = CAPITALISED_AT.exec(text);
    if (!m) continue;
    const word = m[0];
    lastEnd = m.index + word.length;
    const head = headOf(word);
    const found = head ? nameAround(text, m.index, lastEnd, word, head) : null;
    if (found) {
      out.push(found);
      lastEnd = Math.max(lastEnd, found.end);
    }
    if (HEAD_END.lastIndex < lastEnd) HEAD_END.lastIndex = lastEnd;
  }
  out.push(...committees(text));
  return out.sort((a, b) => a.start - b.start);
}

/** 2 when the character before i is a surrogate pair (an astral letter), else 1. */
function codePointWidthBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low < 0xdc00 || low > 0xdfff || i < 2) return 1;
  const high = text.charCodeAt(i - 2);
  return high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

/** The head noun a capitalised word ends in ('raad' for "Gezondheidsraad"), whole or compound, or null. */
function headOf(word: string): { whole: boolean } | null {
  const parts = word.toLowerCase().split(/[-‐]/);
  const w = parts[parts.length - 1];
  if (HEADS.has(w)) return { whole: parts.length === 1 };
  if (NOT_BODIES.has(w)) return null;
  return HEAD_SUFFIXES.some(s => w.length >= s.length + 3 && w.endsWith(s)) ? { whole: false } : null;
}

function nameAround(text: string, start: number, end: number, word: string, head: { whole: boolean }): NamedOrganisation | null {
  const before = text.slice(Math.max(0, start - 80), start);
  if (insideLawName(text, start)) return null;
  // "Landbouw- en Visserijraad": the name starts at a suspended compound this rule does not read.
  if (/[-‐] (?:en|of) $/u.test(before)) return null;
  let nameStart = start;
  let rule: NamedOrganisation['rule'] | null = null;

  // B: capitalised adjectives before the head. A capitalised word before it that is no adjective leaves
  // the start of the name unknown ("Verenigde Staten"): no name.
  const modifiers = MODIFIERS_BEFORE.exec(before);
  if (modifiers) {
    const words = modifiers[1].trim().split(' ');
    let first = words.length;
    while (first > 0 && !NOT_MODIFIERS.has(words[first - 1].toLowerCase())) first--;
    const kept = words.slice(first);
    const openedBySentence = first > 0 || SENTENCE_END.test(before.slice(0, before.length - modifiers[1].length));
    if (kept.length) {
      // An adjective ("Constitutioneel Hof") or a lone acronym ("MBO Raad") opens the name.
      const acronym = kept.length === 1 && /^\p{Lu}{2,6}$/u.test(kept[0]);
      if (!acronym && !ADJECTIVE.test(kept[0].toLowerCase())) return null;
      if (word.toLowerCase() === 'overleg' && MEETING_ADJECTIVES.has(kept[0].toLowerCase())) return null;
      nameStart = start - kept.join(' ').length - 1;
      rule = 'adjective';
    } else if (!openedBySentence) return null;
  }

  // A: a capitalised complement after "van"/"voor".
  let nameEnd = end;
  const complement = COMPLEMENT.exec(text.slice(end, end + 200));
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
    if (head.whole || !midSentence(text, start)) return null;
    // "een Werkgroep Terugkeer": the name goes on in words this rule does not read.
    if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) return null;
    rule = 'compound';
  }
  return { start: nameStart, end: nameEnd, id: textId(text.slice(nameStart, nameEnd)), rule };
}

/** Whether a name at `start` is part of the name of a law or regulation ("Rijkswet Caribisch orgaan …"). */
export function insideLawName(text: string, start: number): boolean {
  return LAW_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether the word at `start` stands inside a sentence: after a lower-case word, a comma, or an opener. */
function midSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = /([\p{L}\p{M}]+)([,)]?)\s+$/u.exec(before);
  if (!m) return false;
  if (m[2]) return true;
  const prev = m[1];
  if (/^\p{Ll}/u.test(prev)) return true;
  return OPENERS.has(prev.toLowerCase());
}

/** D: "vaste commissie voor Justitie", "vaste Kamercommissie voor Binnenlandse Zaken". */
function committees(text: string): NamedOrganisation[] {
  const out: NamedOrganisation[] = [];
  if (text.indexOf('ommissie voor') < 0) return out;
  COMMITTEE.lastIndex = 0;
  for (let m = COMMITTEE.exec(text); m; m = COMMITTEE.exec(text)) {
    const after = m.index + m[0].length;
    const subject = COMMITTEE_SUBJECT.exec(text.slice(after, after + 160));
    if (!subject) continue;
    const end = after + subject[0].length;
    out.push({ start: m.index, end, id: textId(text.slice(m.index, end)), rule: 'committee' });
  }
  return out;
}

/** "TEXT:" + the name in capitals on one line: one id for every spelling that differs only in case or breaks. */
export function textId(name: string): string {
  return `TEXT:${name.replace(/[\s\u00ad]+/g, ' ').trim().toUpperCase()}`;
}
