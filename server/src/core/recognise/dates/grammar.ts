// The date grammar: finds date mentions in the normalised text and reads their parts, without resolving
// missing years (resolve.ts does that). Every regex is linear: bounded repetitions, and the look-behind
// checks run on short slices before a match.
import {
  COUNT_NOUN_PATTERN, MONTH_PATTERN, PART_OF_YEAR_PATTERN, QUALIFIER_PATTERN, RELATION_PATTERN,
  SEASON_PATTERN, WEEKDAY_PATTERN, WEEKDAYS, YEAR_TRIGGER_PATTERN, monthOf, relationAt, type Relation,
} from './lexicon';
import { asciiGlueTable, nothingGluedBefore } from '../glue';

/** A date as written, offsets into the normalised text. */
export interface DateMention {
  start: number;
  end: number;
  /** 'day': one or more days of one month; 'month'; 'year'; 'session': a parliamentary year. */
  precision: 'day' | 'month' | 'year' | 'session';
  /** Days of the month, in order ("7 en 9 januari" → [7, 9]); range endpoints for "29–30 januari". */
  days: number[];
  isRange: boolean;
  month: number | null;
  /** The year as written; null when the text leaves it to the context. */
  year: number | null;
  approx: boolean;
  /** "jl." / "a.s." and their long forms. */
  relation: Relation | null;
  /**
   * A relation the words before the date imply where no cue is written: "(mijn) brief van 2 december" names a
   * letter already sent, so the most recent 2 December. Used only to fill in the year; the span is unchanged.
   */
  impliedRelation: Relation | null;
  /**
   * What implied the relation: a letter sent ("brief van"), a past participle after the date ("in december gedane"), or
   * "afgelopen"/"komende" before it.
   */
  impliedBy: 'letter' | 'participle' | 'word' | null;
  /**
   * A deadline or a start ahead written before the date ("uiterlijk 1 december", "voor", "vóór", "per", "met ingang
   * van", "tot"): forward-looking, so never the days just past across the turn of the year (resolve.ts).
   */
  deadline: boolean;
  /** A year that is part of a name ("Vaststelling van de begrotingsstaten … voor het jaar 2016"): read, not reported. */
  inName: boolean;
  /** "van dit jaar" = 0, "van vorig jaar" = -1, "van volgend jaar" = +1. */
  yearOffset: number | null;
  /** First year of a session ("2015–2016" → 2015). */
  sessionStart: number | null;
  /** True when the session year carries its keyword ("vergaderjaar 2015–2016"). */
  sessionKeyword: boolean;
  /** A weekday name right before the date (not part of the span). */
  weekday: { index: number; start: number; end: number } | null;
  /** Month written abbreviated ("9 feb"). */
  abbreviated: boolean;
  /** Set when the year was taken from the date that follows ("28 november t/m 2 december 2016"). */
  yearShared: boolean;
  /** Last year of a year range ("de periode 2005–2008" → 2008); the span is one date with both endpoints. */
  rangeEndYear: number | null;
  /** Last month of a month range ("juli-december 2008" → 12): one date with both endpoints, as a day range. */
  rangeEndMonth: number | null;
  /**
   * The yearless date this one runs to ("eind december tot eind januari"): both take their year from the
   * letter's clock together, the first one a year earlier when its month comes later.
   */
  runsTo: DateMention | null;
}

// Any one or two digits: "32 januari" is read so that it can be reported as impossible.
const DAY = '\\d{1,2}(?!\\d)';
// "26/27 april": two days of one meeting joined by a slash, as by a dash.
const RANGE_SEPARATOR = '\\s?[–—‐-]\\s?|/|\\s(?:tot en met|t/m|tot)\\s';
// A weekday may stand before a later day of the list: "18 en dinsdag 19 oktober" (the first day's stays out of the span).
const LATER_DAY = `(?:(?:${WEEKDAY_PATTERN})\\s)?${DAY}`;
const DAYS = `${DAY}(?:(?:${RANGE_SEPARATOR})${LATER_DAY}|(?:\\s?,\\s?${LATER_DAY}){0,8}\\s(?:en|of)\\s${LATER_DAY})?`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

// A day list (optional) before a month word. The month's abbreviation dot is taken as part of the date.
// Run sticky, only where a month word can take part in a match (dayMonthMatches): as a global search its
// look-behind and optional day list would be tried at every position of the text.
const DAY_MONTH_SOURCE = `(?<![\\p{L}\\d.,/€$-])(?:(${DAYS})\\s)?(${MONTH_PATTERN})(?![\\p{L}]|-\\p{L})(\\.)?`;
const DAY_MONTH_AT = new RegExp(DAY_MONTH_SOURCE, 'iuy');
/**
 * Two months joined by a dash, "juli-december 2008", or by a slash, "maart/april 2026" (the one or the other): one
 * period, as "29–30 januari" is one. Its groups stand
 * where DAY_MONTH_AT has them (no days, the first month, no dot), the last month fourth. Tried sticky at a
 * month word that no day list precedes.
 */
const MONTH_RANGE_AT = new RegExp(`(?<![\\p{L}\\d.,/€$-])()(${MONTH_PATTERN})()(?:\\s?[–—‐-]\\s?|/)(${MONTH_PATTERN})(?![\\p{L}]|-\\p{L})`, 'iuy');
/** A month word, folded as in DAY_MONTH_AT: the slow path, for texts with characters that fold to a–z. */
const MONTH_WORD = new RegExp(MONTH_PATTERN, 'giu');
/**
 * The fast path: the first three letters of a month word after a character that is no letter a–z, found by
 * a case-insensitive regex without the unicode flag (which V8 scans several times faster); MONTH_WORD_AT
 * then reads the word. The month of a match follows a non-letter, so nothing is lost.
 */
// "maa" is only the month when "rt" follows: "maatregelen", "maar" and "maand" are half of all hits otherwise.
const MONTH_START = /[^a-z](?:j(?:an|u[nl])|feb|m(?:aa(?=rt)|ei|rt)|a(?:pr|ug)|sep|okt|nov|dec)/gi;
/**
 * The same starts where no "_" is in the text, found ~20 % faster: \b (ASCII word characters, no unicode flag)
 * V8 tests before the letters. It leaves out month words after a digit, which DAY_MONTH_AT never reads (its
 * look-behind refuses a digit before a month without days, and a day list ends in white space), and after "_",
 * which it does read: a text with "_" takes MONTH_START.
 */
const MONTH_START_AT_WORD = /\b(?:j(?:an|u[nl])|feb|m(?:aa(?=rt)|ei|rt)|a(?:pr|ug)|sep|okt|nov|dec)/gi;
const MONTH_WORD_AT = new RegExp(`(?:${MONTH_PATTERN})`, 'iy');
/** Folded to a–z by the /iu flags but not by /i: ſ (long s) and K (Kelvin sign). */
const foldsToAscii = (text: string) => text.indexOf('\u017f') >= 0 || text.indexOf('\u212a') >= 0;
/**
 * A day list with its space is at most 49 characters ("10 , 11 , … , 18 en 19 "); the window has room, also for a
 * weekday or two inside it ("18 en dinsdag 19 "). A longer list of weekdays is read from a later day.
 */
const DAYS_WINDOW = 64;
const RANGE_START = new RegExp(`^${DAY}(?:${RANGE_SEPARATOR})`, 'u');
// "nr. 5 juni", "artikel 3 mei": a number of something else, not a day.
const NUMBERING_BEFORE = /(?<=(?:^|[^\p{L}])(?:nrs?|nummer|art|artikel|lid|pagina|blz|p|bijlage|hoofdstuk|paragraaf|punt|item)\.?\s)/iuy;
// The year after a month; one or two glued footnote digits may follow it ("20154inzake").
const YEAR_AFTER_MONTH = new RegExp(`\\s(${YEAR})(?=\\d{0,2}(?!\\d))(?![/–—‐-]\\d)`, 'uy');
const RELATION_AFTER = new RegExp(`\\s(${RELATION_PATTERN})(?![\\p{L}])`, 'iuy');
/** "a.s." or "aanstaande" right before a day ("a.s. 18 juni"); "jl." is not written there. */
const RELATION_BEFORE = /(?<=(?:^|[^\p{L}])(a\.s\.|aanstaande)(\s))/iuy;
/** "brief van" / "brieven van" right before a day: a letter already sent ("in mijn brief van 2 december"). */
const LETTER_BEFORE = /(?<=(?:^|[^\p{L}])brie(?:f|ven) van\s)/iuy;
/** A deadline or a start ahead right before a date: "uiterlijk 1 december", "vóór 15 november", "met ingang van 1 november". */
const DEADLINE_BEFORE = /(?<=(?:^|[^\p{L}])(?:uiterlijk|voor|vóór|per|met ingang van|tot(?: en met)?)\s)/iuy;
/**
 * "afgelopen december", "komende juni": the word before a yearless month or day says which side of the letter it lies
 * on, as "jl."/"a.s." after it do; it stays out of the span (round 11's `Afgelopen juni` is `juni`).
 */
const SIDE_BEFORE = /(?<=(?:^|[^\p{L}])(afgelopen|komende)\s)/iuy;
/**
 * "de bijeenkomst van j.l. november": the cue a date usually ends in, written before a yearless month, says its side
 * as it does after it; only before a month in lower case, so a cue that ends a sentence ("… 3 juni jl. December is …")
 * does not reach the next one's month. The cue stays out of the span, as "afgelopen" does.
 */
const CUE_BEFORE = /(?<=(?:^|[^\p{L}])(jl\.|j\.l\.|jongstleden|a\.s\.|aanstaande)\s)/uy;
/** "januari van dit jaar", "mei dit jaar", "juni vorig jaar": the year named from the letter's own. */
const YEAR_OFFSET_AFTER = /\s(?:van )?(dit|vorig|verleden|volgend|komend) jaar(?![\p{L}])/iuy;
/** "in maart van dat jaar", "juni datzelfde jaar": the year the paragraph last wrote, not the letter's. */
const THAT_YEAR_AFTER = /\s(?:van )?(?:dat|datzelfde|hetzelfde) jaar(?![\p{L}])/iuy;
/**
 * "op 31 december van het jaar volgend op …", "1 januari van elk kalenderjaar": a day of every year, a rule's deadline,
 * not a date (round 39); "van het jaar 2024" names its year and stays a date.
 */
/**
 * "op 1 juli van het jaar 2024": the day's year written after it, one date with it, as "januari van dit jaar" (session 26);
 * not before a noun the number counts ("van het jaar 2000 mensen").
 */
const NAMED_YEAR_AFTER = new RegExp(`\\svan\\shet\\s(?:kalender)?jaar\\s(?:19|20)\\d\\d(?![\\p{L}\\p{N}])(?!\\s(?:${COUNT_NOUN_PATTERN})(?![\\p{L}]))`, 'iuy');
const ANY_YEAR_AFTER = /\svan\s(?:het|elk|ieder)\s(?:kalender|belasting|begrotings)?jaar(?![\p{L}\p{N}])(?!\s+\d)/iuy;
/** A year written out before the date, nothing glued on either side (not a session's or a range's second year). */
const YEAR_WRITTEN = /(?<![\p{L}\d.,/€$–—‐-])(?:19|20)\d\d(?![\d–—‐/-])/gu;
/** How far back (characters) "dat jaar" may look for the year it points to, inside its paragraph. */
const THAT_YEAR_REACH = 400;

/**
 * The year "van dat jaar" points back to: the last year written before `start` in the same paragraph of the
 * normalised view (a blank line there is one "\n") and at most THAT_YEAR_REACH characters back; null if none.
 */
function yearWrittenBefore(text: string, start: number): number | null {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - THAT_YEAR_REACH);
  let year: number | null = null;
  YEAR_WRITTEN.lastIndex = from;
  for (let m = YEAR_WRITTEN.exec(text); m && m.index + 4 <= start; m = YEAR_WRITTEN.exec(text)) year = yearAt(text, m.index);
  return year;
}
const WEEKDAY_BEFORE = new RegExp(`(?<=(?:^|[^\\p{L}])(${WEEKDAY_PATTERN})(\\s(?:de\\s)?))`, 'iuy');
const QUALIFIER_BEFORE = new RegExp(`(?<=(?:^|[^\\p{L}])((?:(?:het|de)\\s)?(?:${QUALIFIER_PATTERN})(?:\\svan)?)(\\s))`, 'iuy');
/** "14-01-2015", "3.2.2016": tried sticky a few characters before a year that follows a separator (scanYearDigits). */
const NUMERIC_DATE_AT = /(?<![\d.\/-])([12]\d|3[01]|0?[1-9])([-./])(1[0-2]|0?[1-9])\2((?:19|20)\d\d)(?![\d\p{L}])/uy;

/**
 * A bare year is YEAR with nothing glued before it: the digits are found by a scan without look-behind or
 * unicode flag (several times faster), the look-behind is tested sticky where they are.
 */
const YEAR_DIGITS = new RegExp(YEAR, 'g');
const NOTHING_GLUED_BEFORE_YEAR = /(?<![\p{L}\d.,/€$–—‐-])/uy;
/** The four ASCII digits at `at` as a number. */
const yearAt = (text: string, at: number) =>
  (text.charCodeAt(at) - 48) * 1000 + (text.charCodeAt(at + 1) - 48) * 100 + (text.charCodeAt(at + 2) - 48) * 10 + text.charCodeAt(at + 3) - 48;
const SECOND_YEAR = new RegExp(`\\s?[–—‐/-]\\s?(${YEAR}|\\d\\d)(?!\\d)`, 'uy');
/** The year of an EU document number is part of the number: "COM (2016) 950", "SWD(2021) 12". */
const EU_DOCUMENT_CODE_BEFORE = /(?<=(?:^|[^\p{L}])(?:COM|SEC|SWD|JOIN)\s?\()/uy;
const SESSION_KEYWORD_BEFORE = /(?<=(?:^|[^\p{L}])(vergaderjaar|zittingsjaar)(\s))/iuy;
const CITATION_BEFORE = /(?<=(?:Handelingen|Aanhangsel|Kamerstuk(?:ken)?)(?:\s(?:I{1,2}|EK|TK))?,?\s(?:vergaderjaar|zittingsjaar)\s)/iuy;
const AFTER_KAMERSTUK_NUMBER = /(?<=nr\.\s?\d{1,6}[a-zA-Z]?,?\s)/uy;
// A qualifier may stand before a season or part of the year: "eind zomer 2017", "begin van het voorjaar van 2018".
const APPROX_YEAR_BEFORE = new RegExp(
  `(?<=(?:^|[^\\p{L}])((?:(?:de|het)\\s)?(?:(?:${QUALIFIER_PATTERN})(?:\\svan)?\\s(?:(?:de|het)\\s)?(?:${SEASON_PATTERN}|${PART_OF_YEAR_PATTERN})|${SEASON_PATTERN}|${PART_OF_YEAR_PATTERN}|${QUALIFIER_PATTERN})(?:\\svan)?)(\\s))`, 'iuy');
/**
 * "de winter van 2022–2023", "winter 2023/2024": the one season that straddles two years, named by both (the energy
 * letters' gas winters, round 36). Read as one approximate range with its season words, as "de zomer van 2014". So is
 * the turn of the year, "de jaarwisseling 2019-2020" (the police's and fire services' yearly letters, round 38).
 */
// Also its compounds: "het winterseizoen 2023/2024", "de winterperiode 2023–2024" (session 26).
const WINTER_BEFORE = /(?<=(?:^|[^\p{L}])((?:(?:de|het)\s)?(?:winter(?:seizoen|periode|maanden)?|jaarwisseling)(?:\svan)?)(\s))/iuy;
/**
 * "Prinsjesdag 2024", "Koningsdag 2023": a named day with its year is read as a season with its year is, an approximate
 * year with its words (session 26). Tried only after a word ending in "dag".
 */
const NAMED_DAY_BEFORE = /(?<=(?:^|[^\p{L}])(prinsjesdag|koningsdag|koninginnedag|bevrijdingsdag)(\s))/iuy;
function namedDayBefore(text: string, start: number): RegExpExecArray | null {
  return (text.charCodeAt(start - 2) | 0x20) === 0x67 ? endingAt(NAMED_DAY_BEFORE, text, start) : null;
}
/** "de winter van 2022 op 2023", "de jaarwisseling van 2019 op 2020": the season's two years joined by "op" (round 39). */
const OP_NEXT_YEAR = new RegExp(`^\\sop\\s(${YEAR})(?!\\d)`, 'u');
const YEAR_TRIGGER_BEFORE = new RegExp(`(?<=(?:^|[^\\p{L}])(?:${YEAR_TRIGGER_PATTERN})\\s)`, 'iuy');
const COUNT_NOUN_AFTER = new RegExp(`^\\s(?:${COUNT_NOUN_PATTERN})(?![\\p{L}])`, 'iu');
const YEAR_SHARING_GAP = /^\s?(?:[–—‐-]|tot en met|t\/m|tot|en|of)\s?$/u;
const COORDINATION_GAP = /^\s?(?:,|en|of|tot en met|t\/m|tot|[–—‐-])\s?$/u;
/** A yearless date running to another yearless one: "eind december tot eind januari". */
const RUNS_TO_GAP = /^\s?(?:[–—‐-]|tot en met|t\/m|tot)\s?$/u;
// Period words before a year range: "de periode 2005–2008", "in de jaren 2011–2015", "tussen 2005–2008".
// Without them a range is a name or a number ("Contraterrorismestrategie 2011–2015", "schooljaar 2010–2011").
const PERIOD_BEFORE = /(?<=(?:^|[^\p{L}])(?:periode|(?:belasting|toeslag|aanslag|heffings|premie|boek|kalender)?jaren|tussen|periode van|van)\s)/iuy;
// "van" and "over" make a bare year a date only in calendar phrases: "in de loop van 2010", "ten opzichte van
// 1990", "verantwoordingsonderzoek over 2018"; not "artikel 3 van 2012" or "de Wet … van 2012".
const CALENDAR_VAN_BEFORE = /(?<=(?:^|[^\p{L}])(?:de loop|ten opzichte|na afloop|in het verloop|vanaf het begin|sinds het begin|in de periode|de periode|in het jaar|de jaren|de cijfers|de gegevens|de resultaten) van\s)/iuy;
const OVER_BEFORE = /(?<=(?:^|[^\p{L}])over\s)/iuy;
// "de eindstand van 2018", "de beginstand van 2017": a series' state at a year's end or start; a noun the number counts
// after it leaves it a count, as after a document ("de eindstand van 2000 toezichten") (round 40).
const STATE_VAN_BEFORE = /(?<=(?:^|[^\p{L}])de\s(?:eind|begin)stand\svan\s)/iuy;
/**
 * "het advies van 2021", "de Kamerbrief van 2019", "het advies van de Raad van State van 2021": a document dated by its
 * year, also after the body that wrote it (a few words without a law's or an article's word among them: "de Wet … van
 * 2012" and "artikel 3 van 2012" stay no dates) (session 25).
 */
// After a document's year a verb may follow ("van 2019 staat"); a plural noun makes the number a count ("van 2000 gemeenten").
const PLURAL_AFTER = /^\s\p{Ll}+(?:en|s)(?![\p{L}])/u;
const DOCUMENT_VAN_BEFORE = /(?<=(?:^|[^\p{L}])\p{L}*(?:rapport|advies|brief|nota|notitie|evaluatie|verslag|kabinetsreactie|rapportage|verkenning)\s(?:van\s(?:de|het)\s(?:(?!wet|artikel|besluit|regeling|verordening)[\p{L}\-]+\s){1,5})?van\s)/iuy;
/**
 * "de eerste van 2024" (of a series of letters or reports), "het laatste van 2019": an ordinal standing for a noun left
 * out, then "van" and the year; read only when no noun follows that the number could count ("de eerste van 2024 leerlingen").
 */
const ORDINAL_VAN_BEFORE = /(?<=(?:^|[^\p{L}])(?:de|het)\s(?:eerste|tweede|derde|vierde|laatste)\svan\s)/iuy;
/**
 * "over de jaren 2015 en 2016", "in de jaren 1993, 1994 en 1995": years listed after "jaren" are calendar years.
 * Only with a second year listed: "de jaren 2000" alone is a decade. A year that cannot name a decade (its last digit
 * is not 0) is a year alone too: "in de jaren 2025 en daarna" (round 23).
 */
// Also the plural of a tax or benefit year: "de toeslagjaren 2012 tot en met 2019" (round 39).
const JAREN_BEFORE = /(?<=(?:^|[^\p{L}])(?:belasting|toeslag|aanslag|heffings|premie|boek|kalender)?jaren\s)/iuy;
// Also a period's end: "de jaren 2020 t/m 2022", "de jaren 2000 tot 2010" (round 39).
const LISTED_YEAR_AFTER = new RegExp(`^(?:\\s?,\\s?|\\s(?:en|of|tot en met|t/m|tot)\\s)${YEAR}(?!\\d)`, 'u');
/**
 * "het tijdvak 2020-2022", "over het tijdvak 2018 tot en met 2020": the tax letters' word for a period, as "periode" (session 26);
 * in lower case only ("Actieplan Tijdvak 2020-2022" is a name).
 */
const TIJDVAK_BEFORE = /(?<=(?:^|[^\p{L}])tijdvak\s)/uy;
/** "van 2012 tot 2014", "in de periode 2024 tot en met 2030": a year that opens a period (PERIOD_END_AFTER). */
const VAN_BEFORE = /(?<=(?:^|[^\p{L}])(?:van|periode)\s)/iuy;
/** "van 2012 tot 2014": the year opens a period. */
const PERIOD_END_AFTER = new RegExp(`^\\s(?:tot en met|t/m|tot)\\s${YEAR}(?!\\d)`, 'u');
/** "(2009 t/m 2011)": a period in parentheses, its first year as much a year as its last (round 38). */
const PERIOD_CLOSING_AFTER = new RegExp(`^\\s(?:tot en met|t/m|tot)\\s${YEAR}\\)`, 'u');
/**
 * What may follow a year read after "over": punctuation (an opening parenthesis too: "jaarverslag over 2010 (30 977,
 * nr. 40)"), or a word that cannot be the noun it counts ("over 2018 op 15 mei", but not "over 2000 asielzoekers").
 * A past participle in -d/-t ("gepubliceerd") or a strong one in -en from a closed list ("gewezen", "gegeven",
 * "aangegeven"): "ge…en" in general is also a plural noun ("over 2000 gemeenten", "gevallen", "gebouwen").
 */
const AFTER_YEAR_NOT_COUNTED = /^(?:\s?[,.;:()]|\s?$|\n|\s(?:op|zal|zullen|moet|moeten|kan|kunnen|mag|mogen|is|zijn|was|waren|en|of|heeft|hebben|had|werd|wordt|worden|in|tot|t\/m|van|ten|met|voor|door|bij|blijkt|bleek|laat|liet|toont|geeft|gaf|is|ligt|lag|aan|als|dat|die|nog|al|ook|niet|wel|naar|vastgesteld|gepubliceerd|verschenen|besproken|beschreven|(?:aan|af|bij|door|in|mee|na|op|over|toe|uit|vast|voor|terug)?ge(?:\p{Ll}{2,16}[dt]|wezen|geven|sproken|schreven|bleken|nomen|daan|zien|lezen|gaan|komen|bleven|vonden|dragen|houden|trokken))(?![\p{L}]))/u;


function blank(start: number, end: number): DateMention {
  return {
    start, end, precision: 'day', days: [], isRange: false, month: null, year: null, approx: false, relation: null, impliedRelation: null, impliedBy: null, deadline: false, inName: false,
    yearOffset: null, sessionStart: null, sessionKeyword: false, weekday: null, abbreviated: false, yearShared: false,
    rangeEndYear: null, rangeEndMonth: null, runsTo: null,
  };
}

/**
 * Matches a sticky look-behind regex at position i: what the text says right before i. V8 runs a
 * look-behind backwards from i, so the cost depends on the pattern, not on the text.
 */
function endingAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** Whether text[i] is an ASCII letter in lower case (a month word as running text writes it). */
function isAsciiLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
}

/** Whether a sticky look-behind regex matches at i (test(): no match array when no group is read). */
function endsAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/** Where the first group of a look-behind match starts: i minus the lengths of groups 1 and 2. */
const groupStart = (m: RegExpExecArray, i: number) => i - m[1].length - (m[2] ?? '').length;

/**
 * All date mentions in the text, sorted by start, never overlapping. `monthLeads`, when given, holds in order
 * every word token start of the text where a month word begins in any case, maybe more (the gazetteer matcher's
 * CapitalWordStarts.monthWords, when complete): the text is then not scanned for month words again.
 */
export function findDateMentions(text: string, monthLeads?: readonly number[]): DateMention[] {
  const yearDigits = scanYearDigits(text);
  const taken = nonOverlapping(mergeByStart(findDayMonthMentions(text, monthLeads), yearDigits.numericDates));
  shareYears(text, taken);
  const years = findYearMentions(text, taken, yearDigits.bareStarts);
  return nonOverlapping(mergeByStart(taken, years));
}

/**
 * Two lists as one, in the order a stable sort of their concatenation by start gives (on equal starts the
 * first list's mention first). Each list nearly always comes sorted from its scan and is then merged; a
 * start moved back over a qualifier could in principle break that, and then the lists are sorted.
 */
function mergeByStart(first: DateMention[], second: DateMention[]): DateMention[] {
  if (!sortedByStart(first) || !sortedByStart(second)) return [...first, ...second].sort((a, b) => a.start - b.start);
  if (!second.length) return first;
  if (!first.length) return second;
  const out: DateMention[] = [];
  let i = 0, j = 0;
  while (i < first.length && j < second.length) out.push(first[i].start <= second[j].start ? first[i++] : second[j++]);
  while (i < first.length) out.push(first[i++]);
  while (j < second.length) out.push(second[j++]);
  return out;
}

/** "28 november t/m 2 december 2016", "maart tot juni 2015": the first date takes the year of the second. */
function shareYears(text: string, mentions: DateMention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i], next = mentions[i + 1];
    if (m.year !== null || m.relation || m.yearOffset !== null || m.month === null || next.month === null) continue;
    if (next.year === null) {
      // Both yearless: resolved together (resolve.ts), so that December runs to the January after it.
      if (!next.relation && next.yearOffset === null && next.start - m.end <= 14 && RUNS_TO_GAP.test(text.slice(m.end, next.start))) {
        m.runsTo = next;
        // "van 15 november tot 1 december": the end of a period, not a deadline, though "tot" stands before it.
        next.deadline = false;
      }
      continue;
    }
    if ((next.start - m.end > 14 || !YEAR_SHARING_GAP.test(text.slice(m.end, next.start))) && !citedBetween(text, m.end, next.start)) continue;
    m.year = m.month > next.month ? next.year - 1 : next.year;
    m.yearShared = true;
  }
}

/**
 * "de brieven van 29 januari (Kamerstuk 27 925, nr. 570) en 9 september 2016 (…)": a citation in parentheses between two
 * coordinated dates leaves the first the year of the second, as without it (round 41). Nothing but the parenthesis
 * (no date: the two mentions are neighbours) and "en"/"of" stand between.
 */
const CITATION_GAP = /^\s?\([^()\n]{1,100}\)\s(?:en|of)\s$/u;
function citedBetween(text: string, end: number, next: number): boolean {
  return next - end <= 112 && text.charCodeAt(end + (text.charCodeAt(end) === 0x20 ? 1 : 0)) === 0x28 && CITATION_GAP.test(text.slice(end, next));
}

function sortedByStart(mentions: DateMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}

function nonOverlapping(sorted: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sorted) if (!out.length || out[out.length - 1].end <= m.start) out.push(m);
  return out;
}

/**
 * The matches a global search for DAY_MONTH_AT's pattern would give, in order. A match starts at its
 * month word or at a digit at most DAYS_WINDOW characters before it, so only those positions are tried, in
 * increasing order: the first that matches is the leftmost match. Each month word tries a bounded window, so
 * the cost is linear in the text.
 */
function dayMonthMatches(text: string, monthLeads?: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (const at of monthWordStarts(text, monthLeads)) {
    if (at < lastEnd) continue;
    let m: RegExpExecArray | null = null;
    // A day list ends in a digit and one white-space character before the month: without that digit no
    // position before the month can match, so the window is not searched.
    if (at >= 2 && isDigit(text.charCodeAt(at - 2))) {
      for (let s = Math.max(lastEnd, dayListBound(text, at)); s < at && !m; s++) {
        if (!isDigit(text.charCodeAt(s))) continue; // a day list starts with a digit
        DAY_MONTH_AT.lastIndex = s;
        m = DAY_MONTH_AT.exec(text);
      }
    }
    if (!m) {
      MONTH_RANGE_AT.lastIndex = at;
      m = MONTH_RANGE_AT.exec(text);
    }
    if (!m) {
      DAY_MONTH_AT.lastIndex = at;
      m = DAY_MONTH_AT.exec(text);
      if (!m) continue;
    }
    // Matches do not overlap: the search goes on after this one.
    lastEnd = m.index + m[0].length;
    matches.push(m);
  }
  return matches;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * ASCII characters a day list can hold: digits, white space, ",", "/", "-" and the letters of "en", "of",
 * "t/m", "tot en met" and the weekday names in either case. Other characters (and any non-ASCII one, to be safe)
 * are looked up as 1.
 */
const IN_DAY_LIST = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c <= 32; c++) table[c] = 1;
  // The letters of "en", "of", "t/m", "tot en met" and of the weekday names a list may hold ("18 en dinsdag 19").
  for (const ch of '0123456789,/-tToOeEnNmMfFaAdDgGiIsSwWrRvVjJzZ') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * The earliest position from which a day list can run up to the month word at `at`: no further back than
 * DAYS_WINDOW, and not across a character no day list holds.
 */
function dayListBound(text: string, at: number): number {
  const limit = Math.max(0, at - DAYS_WINDOW);
  let i = at;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (c < 128 && IN_DAY_LIST[c] === 0) break;
    i--;
  }
  return i;
}

/**
 * Where month words start, in increasing order: every start at which DAY_MONTH_AT can place its month, and
 * maybe more (a start before the end of the last match is skipped by the caller). The month of a match
 * follows a non-letter and is followed by one; a month word glued to a letter on either side can take part
 * in no match (a day list holds no month word either), so leaving those out changes nothing.
 */
function monthWordStarts(text: string, monthLeads?: readonly number[]): number[] {
  const starts: number[] = [];
  if (monthLeads && !foldsToAscii(text)) return monthWordsAt(text, monthLeads);
  if (foldsToAscii(text)) {
    MONTH_WORD.lastIndex = 0;
    for (let word = MONTH_WORD.exec(text); word; word = MONTH_WORD.exec(text)) starts.push(word.index);
    return starts;
  }
  // test() makes no match array; every match ends in three letters of a month word.
  const monthStart = text.indexOf('_') < 0 ? MONTH_START_AT_WORD : MONTH_START;
  // MONTH_START needs a character before the word; \b matches at the start of the text itself.
  if (monthStart === MONTH_START && monthWordFreeStanding(text, 0)) starts.push(0);
  monthStart.lastIndex = 0;
  while (monthStart.test(text)) {
    const at = monthStart.lastIndex - 3;
    if (monthWordFreeStanding(text, at)) starts.push(at);
  }
  return starts;
}

/**
 * The month words at word token starts, from starts that include every one where a month word begins. The same
 * places as the scans below: those take a month word after any unit that is no ASCII letter or digit (or "_"
 * where the text has one), and a token starts after one that is no word character. Where the two differ, after
 * a unit that continues a token (a letter outside ASCII, a mark, a number such as "²") or after a digit,
 * DAY_MONTH_AT takes no month anyway except after a mark or a number outside ASCII, and then the caller has no
 * complete starts to give (CapitalWordStarts.monthWordsComplete).
 */
function monthWordsAt(text: string, monthLeads: readonly number[]): number[] {
  const starts: number[] = [];
  for (const at of monthLeads) if (monthWordFreeStanding(text, at)) starts.push(at);
  return starts;
}

/** A month word at `at` that no letter a–z follows. */
function monthWordFreeStanding(text: string, at: number): boolean {
  MONTH_WORD_AT.lastIndex = at;
  if (!MONTH_WORD_AT.test(text)) return false;
  const next = text.charCodeAt(MONTH_WORD_AT.lastIndex) | 32;
  return !(next >= 97 && next <= 122);
}

/**
 * Whether WEEKDAY_BEFORE can match at `start`: every weekday ends in "dag", one white-space character
 * (or one, "de" and one) before the date. A check of three letters instead of the look-behind regex.
 */
function weekdayMayEndBefore(text: string, start: number): boolean {
  return endsInDag(text, start - 1) || endsInDag(text, start - 4);
}

/**
 * Whether a bare month ends a recurring day: a weekday, then "in" or "van" ("jaarlijks iedere derde woensdag in mei",
 * "de derde dinsdag van september"). That names a day of every year, not a month of one.
 */
function recurringDayBefore(text: string, start: number): boolean {
  if (start < 8 || text.charCodeAt(start - 1) !== 0x20) return false;
  const inBefore = text.startsWith(' in', start - 4) && endsInDag(text, start - 4);
  return inBefore || (text.startsWith(' van', start - 5) && endsInDag(text, start - 5));
}

const endsInDag = (text: string, end: number) => end >= 3 &&
  (text.charCodeAt(end - 3) | 32) === 100 && (text.charCodeAt(end - 2) | 32) === 97 && (text.charCodeAt(end - 1) | 32) === 103;

/**
 * Whether NUMBERING_BEFORE can match at `at`: one white-space character before it, before that an optional dot
 * and one of its words (nr, nrs, art, lid, blz, p, …) with no letter before the word. Answered "no" only when
 * the word is plain ASCII and not one of them; anything else (a non-ASCII neighbour) goes to the regex.
 */
function numberingMayEndAt(text: string, at: number): boolean {
  if (at < 2) return true;
  const space = text.charCodeAt(at - 1);
  if (space < 128 && space !== 32 && !(space >= 9 && space <= 13)) return false;
  let wordEnd = at - 1;
  if (text.charCodeAt(wordEnd - 1) === 46) wordEnd--; // "nr. 5"
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart <= LONGEST_NUMBERING_WORD && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart > 0 && text.charCodeAt(wordStart - 1) >= 128) return true;  // the word may go on in a non-ASCII letter
  if (wordEnd - wordStart > LONGEST_NUMBERING_WORD || wordStart === wordEnd) return false;
  return NUMBERING_WORDS.has(text.slice(wordStart, wordEnd).toLowerCase());
}

/** The words of NUMBERING_BEFORE, in lower case. */
const NUMBERING_WORDS = new Set(['nr', 'nrs', 'nummer', 'art', 'artikel', 'lid', 'pagina', 'blz', 'p', 'bijlage', 'hoofdstuk', 'paragraaf', 'punt', 'item']);
const LONGEST_NUMBERING_WORD = 9;

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

function findDayMonthMentions(text: string, monthLeads?: readonly number[]): DateMention[] {
  const out: DateMention[] = [];
  let thatYear: number | null = null;
  for (const m of dayMonthMatches(text, monthLeads)) {
    const word = monthOf(m[2]);
    if (!word) continue;
    const daysText = m[1];
    // Abbreviations only as dates with a day ("9 feb") and in lower case ("Jan" is a name).
    if (word.abbreviated && !daysText) continue;
    if (daysText && numberingMayEndAt(text, m.index) && endsAt(NUMBERING_BEFORE, text, m.index)) continue;
    const start = m.index;
    let end = m.index + m[0].length;
    if (!word.abbreviated && m[3]) end -= 1; // "mei." ends a sentence; only abbreviation dots are part of the date
    const mention = blank(start, end);
    mention.month = word.month;
    mention.abbreviated = word.abbreviated;
    if (m[4] !== undefined) {
      // A month range: both months written out, in lower case ("Juli-December" is a title's).
      const last = monthOf(m[4]);
      if (!last || last.abbreviated || m[2] !== m[2].toLowerCase() || m[4] !== m[4].toLowerCase()) continue;
      mention.rangeEndMonth = last.month;
    }
    if (daysText) {
      mention.days = numbersIn(daysText);
      mention.isRange = mention.days.length === 2 && RANGE_START.test(daysText);
      const weekday = weekdayMayEndBefore(text, start) ? endingAt(WEEKDAY_BEFORE, text, start) : null;
      if (weekday) {
        const wStart = groupStart(weekday, start);
        mention.weekday = { index: WEEKDAYS.indexOf(weekday[1].toLowerCase() as typeof WEEKDAYS[number]), start: wStart, end: wStart + weekday[1].length };
      }
    } else {
      mention.precision = 'month';
      const qualifier = endingAt(QUALIFIER_BEFORE, text, start);
      if (qualifier) {
        mention.approx = true;
        mention.start = groupStart(qualifier, start);
      }
    }
    YEAR_AFTER_MONTH.lastIndex = end;
    if (YEAR_AFTER_MONTH.test(text)) {
      mention.year = yearAt(text, end + 1); // the four digits after one white-space character
      end = YEAR_AFTER_MONTH.lastIndex;
      // "22 november 2021 a.s.": a cue after the year belongs to the date as after the month.
      if (cueMayFollow(text, end)) {
        RELATION_AFTER.lastIndex = end;
        if (RELATION_AFTER.test(text)) end = RELATION_AFTER.lastIndex;
      }
    } else if (word.abbreviated && m[2] !== m[2].toLowerCase()) {
      continue; // "9 Jan" without a year may be a name; "9 Jan 2015" is a date
    } else {
      const cue = cueMayFollow(text, end);
      RELATION_AFTER.lastIndex = end;
      const relation = cue && RELATION_AFTER.test(text);
      YEAR_OFFSET_AFTER.lastIndex = end;
      const offset = relation || !cue ? null : YEAR_OFFSET_AFTER.exec(text);
      if (relation) {
        mention.relation = relationAt(text, end + 1); // the cue after one white-space character
        end = RELATION_AFTER.lastIndex;
      } else if (offset) {
        const w = offset[1].toLowerCase();
        mention.yearOffset = w === 'dit' ? 0 : w === 'vorig' || w === 'verleden' ? -1 : 1;
        end = YEAR_OFFSET_AFTER.lastIndex;
      } else if (cue && (NAMED_YEAR_AFTER.lastIndex = end, NAMED_YEAR_AFTER.test(text))) {
        mention.year = yearAt(text, NAMED_YEAR_AFTER.lastIndex - 4);
        end = NAMED_YEAR_AFTER.lastIndex;
      } else if (cue && (ANY_YEAR_AFTER.lastIndex = end, ANY_YEAR_AFTER.test(text))) {
        continue;
      } else if (cue && (THAT_YEAR_AFTER.lastIndex = end, THAT_YEAR_AFTER.test(text)) && (thatYear = yearWrittenBefore(text, start)) !== null) {
        // "in maart van dat jaar": the year the text has just named ("in 2014 … in maart van dat jaar").
        mention.year = thatYear;
        end = THAT_YEAR_AFTER.lastIndex;
      } else if (mention.precision === 'month' && !mention.approx) {
        // A bare month name is a date only in lower case, written out ("in oktober"), not as "Maart" in a title.
        if (word.abbreviated || m[2] !== m[2].toLowerCase()) continue;
        if (recurringDayBefore(text, start)) continue;
      }
    }
    // "in de nacht van 1 op 2 januari 2019": one date listing both days, as "1 en 2 januari".
    if (daysText && mention.days.length === 1 && mention.weekday === null) nightBefore(text, mention);
    if (mention.relation === null && mention.year === null && daysText) {
      // "vindt a.s. 18 juni plaats": the cue before the date belongs to it as after it ("18 juni a.s."); not read
      // before a weekday, which stays out of the span. A letter's or a deadline's cue may stand before the weekday:
      // "uiterlijk vrijdag 1 december", "in mijn brief van dinsdag 7 maart".
      const before = mention.weekday === null ? endingAt(RELATION_BEFORE, text, mention.start) : null;
      const cueEnd = mention.weekday === null ? mention.start : mention.weekday.start;
      if (before) {
        mention.relation = 'future';
        mention.start = groupStart(before, mention.start);
      } else if (mention.yearOffset === null && endsAt(LETTER_BEFORE, text, cueEnd)) {
        mention.impliedRelation = 'past';
        mention.impliedBy = 'letter';
      } else if (mention.yearOffset === null && endsAt(DEADLINE_BEFORE, text, cueEnd) && !toldInPastTense(text, end)) {
        mention.deadline = true;
      }
    }
    if (mention.relation === null && mention.year === null && mention.yearOffset === null && mention.impliedRelation === null
        && mention.weekday === null) {
      const side = endingAt(SIDE_BEFORE, text, mention.start);
      const cue = side || !isAsciiLowerAt(text, mention.start) ? null : endingAt(CUE_BEFORE, text, mention.start);
      if (side) {
        mention.impliedRelation = side[1].toLowerCase() === 'afgelopen' ? 'past' : 'future';
        mention.impliedBy = 'word';
      } else if (cue) {
        mention.impliedRelation = cue[1].startsWith('a') ? 'future' : 'past';
        mention.impliedBy = 'word';
      }
    }
    if (mention.relation === null && mention.year === null && mention.yearOffset === null && mention.impliedRelation === null
        && !mention.approx && mention.weekday === null && participleAfter(text, end) && endsAt(ATTRIBUTIVE_BEFORE, text, mention.start)) {
      // "de in december gedane toezegging", "het op 5 maart gehouden overleg": the date qualifies what was done then.
      mention.impliedRelation = 'past';
      mention.impliedBy = 'participle';
    }
    mention.end = end;
    out.push(mention);
  }
  return out;
}

/**
 * A deadline told in the past tense is no deadline ahead: "Per 1 januari is de regeling in werking getreden", "Voor 1 februari
 * had de gemeente het plan ingediend" (round 41). The rest of the clause after the date holds a past auxiliary, or a perfect
 * one with a participle in ge- after it; up to a full stop or semicolon, at most 160 units.
 */
const PAST_AUXILIARY = /(?:^|[^\p{L}])(?:was|waren|had|hadden|werd|werden)(?![\p{L}])/iu;
const PERFECT_TENSE = /(?:^|[^\p{L}])(?:is|zijn|ben|heeft|hebben|heb)(?![\p{L}])[^.;]*?[^\p{L}]ge\p{Ll}{2,}(?:d|t|en)(?![\p{L}])/iu;
// A modal verb makes the perfect one ahead: "Voor 1 februari moet het besluit zijn genomen".
const MODAL_VERB = /(?:^|[^\p{L}])(?:moet|moeten|zal|zullen|dient|dienen|kan|kunnen)(?![\p{L}])/iu;
function toldInPastTense(text: string, end: number): boolean {
  const rest = text.slice(end, end + 160);
  const stop = rest.search(/[.;](?:\s|$)/);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  return PAST_AUXILIARY.test(clause) || (PERFECT_TENSE.test(clause) && !MODAL_VERB.test(clause));
}

/**
 * An article and a preposition right before the date, opening an attributive phrase that a participle closes: "de in
 * december gedane toezegging", "het op 5 maart gehouden overleg".
 */
const ATTRIBUTIVE_BEFORE = /(?<=(?:^|[^\p{L}])(?:de|het|die|dat|deze|dit)\s(?:in|op|per|sinds)\s)/iuy;
/** A past participle right after the date, before the noun it qualifies: "gedane", "gehouden", "toegezegde". */
const PARTICIPLE_AFTER = /\s(\p{Ll}{0,5}ge\p{Ll}{1,14}(?:de|te|ne|en))\s\p{Ll}/uy;

/** A past participle after `end`; not a present participle in -ende ("de op 1 januari geldende regels"). */
function participleAfter(text: string, end: number): boolean {
  PARTICIPLE_AFTER.lastIndex = end;
  const m = PARTICIPLE_AFTER.exec(text);
  return m !== null && !m[1].endsWith('ende');
}

/** "nacht van 1 op " right before the day: the night's first day, the day before it. */
const NIGHT_BEFORE = /(?<=(?:^|[^\p{L}])nacht van\s(\d{1,2})\sop\s)/iuy;

/**
 * "de nacht van 1 op 2 januari": the first day, written before "op", joins the date when it is the day before the
 * second (the night runs from the one into the other); the span starts at it and the date lists both days. Checked
 * only where " op " ends right before the day.
 */
function nightBefore(text: string, mention: DateMention): void {
  const start = mention.start;
  if (start < 14 || !text.startsWith('op', start - 3) || text.charCodeAt(start - 1) !== 0x20) return;
  const night = endingAt(NIGHT_BEFORE, text, start);
  if (!night || Number(night[1]) !== mention.days[0] - 1) return;
  mention.start = start - 4 - night[1].length;
  mention.days = [mention.days[0] - 1, mention.days[0]];
}

/**
 * The runs of ASCII digits in a day list as numbers ("7 en 9" → [7, 9]): what match(/\d+/g) and Number give,
 * read by a loop (a day list is short; no regex object, string array or map per date).
 */
function numbersIn(daysText: string): number[] {
  const numbers: number[] = [];
  let value = -1;
  for (let i = 0; i < daysText.length; i++) {
    const c = daysText.charCodeAt(i);
    if (c >= 48 && c <= 57) value = (value < 0 ? 0 : value * 10) + (c - 48);
    else if (value >= 0) { numbers.push(value); value = -1; }
  }
  if (value >= 0) numbers.push(value);
  return numbers;
}

/**
 * Whether RELATION_AFTER or YEAR_OFFSET_AFTER can match at `end`: both read one white-space character and then
 * a word starting with j, l or a (jl., ll., a.s., as.), v ("van dit jaar", "vorig jaar"), d ("dit jaar") or k ("komend
 * jaar"), in either case. No other character
 * folds to these letters, so the letter after the space settles it.
 */
function cueMayFollow(text: string, end: number): boolean {
  const c = text.charCodeAt(end + 1) | 32;
  return c === 106 || c === 108 || c === 97 || c === 118 || c === 100 || c === 107; // j l a v d k
}

interface YearDigits {
  /** Where YEAR starts with nothing glued before it: the bare years to read, in order. */
  bareStarts: number[];
  /** The NUMERIC_DATE matches, in order. */
  numericDates: DateMention[];
}

/**
 * One scan for the digits of years serves the bare years and the numeric dates ("14-01-2015"), whose year
 * follows a separator. The positions visited are those of a global search for YEAR_ANYWHERE: after a year
 * with nothing glued before it the search goes on behind it, else at the next character. A numeric date's
 * year is glued to its separator, so never hidden by a bare year; the date starts 4 to 6 characters before it.
 */
function scanYearDigits(text: string): YearDigits {
  const bareStarts: number[] = [];
  const numericDates: DateMention[] = [];
  let numericEnd = 0;
  YEAR_DIGITS.lastIndex = 0;
  while (YEAR_DIGITS.test(text)) {
    const start = YEAR_DIGITS.lastIndex - 4;
    if (nothingGluedBefore(text, start, GLUED_BEFORE_YEAR, NOTHING_GLUED_BEFORE_YEAR)) {
      bareStarts.push(start);
      continue;
    }
    YEAR_DIGITS.lastIndex = start + 1;
    if (!isDateSeparator(text.charCodeAt(start - 1))) continue;
    for (let s = Math.max(numericEnd, start - 6); s <= start - 4; s++) {
      NUMERIC_DATE_AT.lastIndex = s;
      const m = NUMERIC_DATE_AT.exec(text);
      if (!m) continue;
      const mention = blank(s, s + m[0].length);
      mention.days = [Number(m[1])];
      mention.month = Number(m[3]);
      mention.year = Number(m[4]);
      numericDates.push(mention);
      numericEnd = mention.end;
      break;
    }
  }
  return { bareStarts, numericDates };
}

/** Letters, digits and . , / $ - glue (see NOTHING_GLUED_BEFORE_YEAR). */
const GLUED_BEFORE_YEAR = asciiGlueTable('.,/$-');

const isDateSeparator = (c: number) => c === 45 || c === 46 || c === 47; // - . /

/** Bare years, approximate years and session years, outside the day/month mentions already found. */
function findYearMentions(text: string, taken: DateMention[], bareStarts: number[]): DateMention[] {
  const out: DateMention[] = [];
  let t = 0;
  let previousYearEnd = -1;
  let previousApprox = false;
  for (const start of bareStarts) {
    let end = start + 4;
    while (t < taken.length && taken[t].end <= start) t++;
    if (t < taken.length && taken[t].start < end) continue;
    const year = yearAt(text, start);
    const after = text.charCodeAt(end);
    // A glued digit is a footnote marker when a word follows it ("20154inzake"), or, with a space, a word that cannot be
    // what the number counts ("in 20154 is": no footnote body found to blank the marker); otherwise a longer number.
    if (isDigit(after) && !letterAt(text, end + 1) && !markerBeforeUncounted(text, end)) continue;

    SECOND_YEAR.lastIndex = end;
    const second = isDigit(after) || !secondYearMayFollow(text, end) ? null : SECOND_YEAR.exec(text);
    if (!second && after === 32 && text.startsWith('op ', end + 1)) {
      const op = OP_NEXT_YEAR.exec(text.slice(end, end + 9));
      const winter = op && Number(op[1]) === year + 1 ? endingAt(WINTER_BEFORE, text, start) : null;
      if (winter) {
        const mention = blank(groupStart(winter, start), end + op![0].length);
        mention.precision = 'year';
        mention.year = year;
        mention.rangeEndYear = year + 1;
        mention.approx = true;
        out.push(mention);
        previousYearEnd = mention.end;
        continue;
      }
    }
    if (second) {
      const session = asSession(year, second[1]);
      const keyword = endingAt(SESSION_KEYWORD_BEFORE, text, start);
      // "vergaderjaar 2015–2016", or a bare "2012–2013" right after a cited kamerstuk.
      // The session of a cited Handelingen or Kamerstukken belongs to that citation, not a date of its own.
      const insideCitation = keyword && endsAt(CITATION_BEFORE, text, start);
      const isSession = session !== null && !insideCitation && (keyword || endsAt(AFTER_KAMERSTUK_NUMBER, text, start));
      if (isSession) {
        const mention = blank(keyword ? groupStart(keyword, start) : start, SECOND_YEAR.lastIndex);
        mention.precision = 'session';
        mention.sessionStart = session;
        mention.sessionKeyword = !!keyword;
        out.push(mention);
      }
      const last = second[1].length === 4 ? Number(second[1]) : Math.floor(year / 100) * 100 + Number(second[1]);
      const closes = !gluedAfterYearRange(text, SECOND_YEAR.lastIndex);
      const winter = !isSession && !keyword && last === year + 1 && closes ? endingAt(WINTER_BEFORE, text, start) : null;
      if (winter) {
        const mention = blank(groupStart(winter, start), SECOND_YEAR.lastIndex);
        mention.precision = 'year';
        mention.year = year;
        mention.rangeEndYear = last;
        mention.approx = true;
        out.push(mention);
        previousYearEnd = mention.end;
        continue;
      }
      // A period named as such ("in de periode 1974–1983"), or standing alone in parentheses ("(1974–1983)"), as a
      // single year in parentheses does.
      const inParentheses = text[start - 1] === '(' && text[SECOND_YEAR.lastIndex] === ')' && !endsAt(EU_DOCUMENT_CODE_BEFORE, text, start);
      if (!isSession && !insideCitation && !keyword && last > year && closes && second[0].indexOf('/') < 0 && (inParentheses || endsAt(PERIOD_BEFORE, text, start) || endsAt(TIJDVAK_BEFORE, text, start))) {
        const mention = blank(start, SECOND_YEAR.lastIndex);
        mention.precision = 'year';
        mention.year = year;
        mention.rangeEndYear = last;
        out.push(mention);
        previousYearEnd = mention.end;
      }
      // Other year ranges ("Contraterrorismestrategie 2011–2015", "richtlijn 2016/681", "2007-II") are names or numbers.
      continue;
    }
    if (after === 47 || after === 45) continue; // "2016/681", "2007-II"
    if (isWhiteSpaceOrOther(after) && COUNT_NOUN_AFTER.test(text.slice(end, end + 16))) continue;

    const mention = blank(start, end);
    mention.precision = 'year';
    mention.year = year;
    const approx = endingAt(APPROX_YEAR_BEFORE, text, start) ?? namedDayBefore(text, start);
    if (approx) {
      mention.approx = true;
      mention.start = groupStart(approx, start);
    } else {
      const inParentheses = text[start - 1] === '(' && (text[end] === ')' || PERIOD_CLOSING_AFTER.test(text.slice(end, end + 20))) && !endsAt(EU_DOCUMENT_CODE_BEFORE, text, start);
      const gap = previousYearEnd >= 0 && start - previousYearEnd <= 12 ? text.slice(previousYearEnd, start) : null;
      const coordinated = gap !== null && COORDINATION_GAP.test(gap);
      if (!inParentheses && !coordinated && !endsAt(YEAR_TRIGGER_BEFORE, text, start) && !calendarVanOver(text, start, end) && !listedAfterJaren(text, start, end) && !subjectOfSentence(text, start, end) && !PREDICATED_YEAR_AFTER.test(text.slice(end, end + 32)) && !sourceYear(text, start, end)) continue;
      // The year a budget bill is for: part of the bill's name, but the letter's clock reads it (written the year before).
      if (budgetBillYear(text, start)) mention.inName = true;
      // "in het voorjaar van 2016 en 2017": the second year is the same part of its year.
      if (coordinated && previousApprox && APPROX_LIST_GAP.test(gap!)) mention.approx = true;
    }
    out.push(mention);
    previousYearEnd = end;
    previousApprox = mention.approx;
  }
  return out;
}

/**
 * One or two digits glued after a year, then what AFTER_YEAR_NOT_COUNTED allows (punctuation, a verb, a preposition):
 * "in 20154 is", "sinds 201912, toen": the digits are a footnote marker. "in 20154 gevallen" and "in 20155 en …" stay
 * numbers; the year
 * must still have a calendar word before it (read below as for any bare year).
 */
function markerBeforeUncounted(text: string, end: number): boolean {
  let i = end + 1;
  if (isDigit(text.charCodeAt(i))) i++;
  if (isDigit(text.charCodeAt(i))) return false;
  const after = text.slice(i, i + 24);
  // "in 20155 en …", "20155 tot 20160": numbers listed or ranged, not a year and its marker.
  return !LIST_WORD_AFTER.test(after) && AFTER_YEAR_NOT_COUNTED.test(after);
}

const LIST_WORD_AFTER = /^\s(?:en|of|tot|t\/m)(?![\p{L}])/u;

/** "voor het jaar" right before a year, and the bill's title before it on the same line (BUDGET_BILL_REACH). */
const FOR_THE_YEAR = 'voor het jaar ';
/**
 * "begrotingsstaten" and, for one ministry, "begrotingsstaat" ("… van het Ministerie van Asiel en Migratie (XX)"); the
 * older titles write "Vaststelling begroting van het Ministerie van Defensie (X) voor het jaar 2007".
 */
const BUDGET_BILL = /vaststelling (?:van de begrotingssta|begroting van )/g;
const BUDGET_BILL_REACH = 200;

/**
 * The year a budget bill is for is part of its name: "Vaststelling van de begrotingsstaten van het Ministerie van …
 * (VII) voor het jaar 2016", "Vaststelling begroting van het Ministerie van Defensie (X) voor het jaar 2007" (a web
 * page's dossier line, an agenda; in a header it is inside the self-citation).
 * "voor het jaar 2016" elsewhere, and after the begrotingsstaten without the bill's title, stays a year.
 */
function budgetBillYear(text: string, start: number): boolean {
  if (!text.startsWith(FOR_THE_YEAR, start - FOR_THE_YEAR.length)) return false;
  const before = text.slice(Math.max(0, start - BUDGET_BILL_REACH), start).toLowerCase();
  let bill = -1;
  BUDGET_BILL.lastIndex = 0;
  for (let m = BUDGET_BILL.exec(before); m; m = BUDGET_BILL.exec(before)) bill = m.index;
  return bill >= 0 && before.indexOf('\n', bill) < 0;
}

const LETTER_AT = /\p{L}/uy;

/** Whether the code point at `i` is a letter (\p{L}, as /^\d\p{L}/u read it after a digit); ASCII answered directly. */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

const isYearRangeDash = (c: number) => c === 45 || c === 47 || c === 0x2013 || c === 0x2014 || c === 0x2010; // - / – — ‐

/** Whether SECOND_YEAR can match at `end`: its dash or slash comes first or after one white-space character. */
function secondYearMayFollow(text: string, end: number): boolean {
  return isYearRangeDash(text.charCodeAt(end)) || isYearRangeDash(text.charCodeAt(end + 1));
}

/** What /^[/\d\p{L}]/u said of the one code unit at `i`: a slash, digit or letter glued after a year range. */
function gluedAfterYearRange(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c === 47 || isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);
  return /^\p{L}/u.test(text[i]); // a lone half of a surrogate pair is no letter, as in the one-unit slice before
}

/** COUNT_NOUN_AFTER starts with white space: an ASCII character other than white space rules it out. */
function isWhiteSpaceOrOther(c: number): boolean {
  return c >= 128 || c === 32 || (c >= 9 && c <= 13);
}

/** A coordinated year shares the approximation of the year before it only in a list, not after "tot". */
const APPROX_LIST_GAP = /^\s?(?:,|en|of)\s?$/u;

/** "over de jaren 2015 en 2016": a year after "jaren" with another year listed after it, or one that is no decade. */
function listedAfterJaren(text: string, start: number, end: number): boolean {
  if (!endsAt(JAREN_BEFORE, text, start)) return false;
  return text.charCodeAt(end - 1) !== 48 || LISTED_YEAR_AFTER.test(text.slice(end, end + 20));
}

/**
 * "2015 was het jaar waarin …", "2019 wordt een overgangsjaar": a year opening a sentence, with a singular finite verb
 * after it, is the clause's subject and a year; a count opens no sentence with a singular verb ("2019 leerlingen
 * slaagden", "2019 van de aanvragen"). A full stop counts as a sentence's end unless an abbreviation that a number
 * follows closes with it ("nr. 2015 is", "blz. 2015 was").
 */
const SUBJECT_VERB_AFTER = /^\s(?:is|was|wordt|werd|zal|zou|blijkt|bleek|kent|kende|staat|stond|markeert|markeerde|betekent|betekende|brengt|bracht|geeft|gaf|heeft|had|moet|moest|begint|begon|eindigt|eindigde|gold|geldt)(?![\p{L}])/u;
/**
 * "Voor UWV was 2013 een jaar vol uitdagingen", "dan is 2030 het jaar waarin …": a year that the words after it call a
 * year (a noun in -jaar after the article: "een overgangsjaar", "het recordjaar") is a year wherever the verb stands.
 * A span of time after it is no predicate: "2013 een jaar lang", "een jaar later" (a count of days or people).
 */
const PREDICATED_YEAR_AFTER = /^\s(?:een|het)\s(?:\p{Ll}{0,16}jaar)(?![\p{L}])(?!\s(?:lang|later|eerder|geleden|na|voor|extra|te|oud)(?![\p{L}]))/u;
const NUMBER_ABBREVIATION_BEFORE = /(?<=(?:^|[^\p{L}])(?:nrs?|blz|pag|pp?|art|artt|no|nos|ca|vs|bijv|lid|fig|tab|bijl|hfdst|par|ref|tel|fax|resp|incl|excl|jl|a\.s|d\.d)\.\s?)/iuy;
function subjectOfSentence(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0xa0)) i--;
  const before = i < 0 ? 0x0a : text.charCodeAt(i);
  if (before !== 0x0a && before !== 0x2e && before !== 0x21 && before !== 0x3f && i >= 0) return false;
  if (before === 0x2e && endsAt(NUMBER_ABBREVIATION_BEFORE, text, start)) return false;
  return SUBJECT_VERB_AFTER.test(text.slice(end, end + 14));
}

/**
 * "(Verwey-Jonker Instituut, 2000)", "(B&A, Den Haag, 2005)", "(SCP, 2019; CPB, 2020)": a source and its year in
 * parentheses, the year after a comma and closing the parenthesis or the item, or before a page ("…, 2019, p. 12)").
 * The parenthesis opens on the same line with a capital (a name), not with a lower-case word ("(artikel 3, 2005)"), and
 * no number stands in the item (round 35).
 */
const SOURCE_YEAR_REACH = 100;
/** The page after a source's year: "(Onderwijsraad, 2019, p. 12)". */
const PAGE_AFTER_SOURCE_YEAR = /^, (?:p|pp|blz|pag)\.\s?\d/;
function sourceYear(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if ((after !== 0x29 && after !== 0x3b && !(after === 0x2c && PAGE_AFTER_SOURCE_YEAR.test(text.slice(end, end + 8))))
    || text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x2c) return false;
  for (let i = start - 3; i >= 0 && start - i <= SOURCE_YEAR_REACH; i--) {
    const c = text.charCodeAt(i);
    // A number in the item makes the year a number too: "(Stb. 1994, 2005)" is the Staatsblad's 2005th.
    if (c === 0x0a || c === 0x29 || (c >= 0x30 && c <= 0x39)) return false;
    if (c === 0x28 || c === 0x3b) return /^\s?\p{Lu}/u.test(text.slice(i + 1, i + 3));
  }
  return false;
}

/**
 * "in de loop van 2010", "ten opzichte van 1990", "van 2012 tot 2014", "de eerste van 2024", "verantwoordingsonderzoek
 * over 2018".
 */
function calendarVanOver(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (endsAt(CALENDAR_VAN_BEFORE, text, start)) return true;
  if (endsAt(ORDINAL_VAN_BEFORE, text, start)) return AFTER_YEAR_NOT_COUNTED.test(after);
  if (endsAt(DOCUMENT_VAN_BEFORE, text, start) || endsAt(STATE_VAN_BEFORE, text, start)) return AFTER_YEAR_NOT_COUNTED.test(after) || !PLURAL_AFTER.test(after);
  if (endsAt(VAN_BEFORE, text, start) || endsAt(TIJDVAK_BEFORE, text, start)) return PERIOD_END_AFTER.test(after);
  return endsAt(OVER_BEFORE, text, start) && AFTER_YEAR_NOT_COUNTED.test(after);
}

/** The first year of a session written as "2015–2016" or "2015/16", or null when the years do not follow each other. */
function asSession(first: number, second: string): number | null {
  const follows = second.length === 4 ? Number(second) === first + 1 : Number(second) === (first + 1) % 100;
  return follows ? first : null;
}
