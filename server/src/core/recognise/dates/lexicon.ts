// Dutch calendar words: month names and their abbreviations, weekdays, approximate qualifiers, jl./a.s. cues.

/** Full month names, index + 1 = month number. */
export const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** Abbreviations as Dutch texts write them ("9 feb", "1 sept.", "3 mrt"). */
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, febr: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

/** Every month word in lower case, full names first, then abbreviations longest first (so "sept" wins over "sep"). */
export const MONTH_WORD_FORMS: readonly string[] = [...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS).sort((a, b) => b.length - a.length)];

/** Alternation for a month word, longest forms first so "sept" wins over "sep". */
export const MONTH_PATTERN = MONTH_WORD_FORMS.join('|');

export interface MonthWord {
  month: number;
  abbreviated: boolean;
}

/** Every month word in lower case, to one shared answer each (callers only read it). */
const MONTH_WORDS = new Map<string, Readonly<MonthWord>>([
  ...MONTHS.map((name, i) => [name, { month: i + 1, abbreviated: false }] as const),
  ...Object.entries(MONTH_ABBREVIATIONS).map(([abbr, month]) => [abbr, { month, abbreviated: true }] as const),
]);

export function monthOf(word: string): Readonly<MonthWord> | null {
  // Month words are mostly written in lower case: looked up as written first.
  const asWritten = MONTH_WORDS.get(word);
  if (asWritten) return asWritten;
  const lower = word.toLowerCase();
  return MONTH_WORDS.get(lower.endsWith('.') ? lower.slice(0, -1) : lower) ?? null;
}

/** Weekday names, index = JavaScript getUTCDay(). */
export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');

/** Qualifiers that make a month or year approximate: "eind januari", "medio 2014", "begin 2016". */
export const QUALIFIER_PATTERN = 'begin|eind|einde|medio|halverwege|half|midden|ultimo|primo';

/**
 * Seasons and parts of a year: "de zomer van 2014", "het najaar van 2015", "het eerste kwartaal van 2015", "3e kwartaal
 * 2018", "het eerste halfjaar 1999" (one word, as older letters write it; round 31).
 */
// "de wintermaanden van 2023", "het zomerseizoen 2022": a season's compounds are the season (session 26).
export const SEASON_PATTERN = '(?:zomer|winter)(?:maanden|seizoen|periode)?|lente|voorjaar|najaar|herfst|zomerreces|kerstreces';
// "de eerste maanden van 2025", "de laatste maanden van 2023" (round 39) are parts of a year as a half is.
export const PART_OF_YEAR_PATTERN = '(?:eerste|tweede|derde|vierde|laatste|[1-4]e) (?:kwartaal|helft|half jaar|halfjaar)|(?:eerste|laatste) maanden|Q[1-4]';

/** Cues after a date: past ("jl.") or future ("a.s.", also written "as."). */
export const RELATION_PATTERN = 'jongstleden|laatstleden|aanstaande|j\\.l\\.|jl\\.?|ll\\.|a\\.s\\.?|as\\.';

export type Relation = 'past' | 'future';

/** The relation of the cue (RELATION_PATTERN) that starts at `at`: only "a"/"A" (a.s., aanstaande) starts a future one. */
export function relationAt(text: string, at: number): Relation {
  return (text.charCodeAt(at) | 0x20) === 0x61 ? 'future' : 'past';
}

/** Words directly before a bare year that make it a calendar year ("in 2013", "sinds 2005", "per ingang van 2015"). */
export const YEAR_TRIGGER_PATTERN =
  'in|sinds|vanaf|vanuit|tussen|tot en met|t/m|tot|na|voor|vóór|per|per ingang van|met ingang van|uit|rond|omstreeks|' +
  'gedurende|tijdens|jaar|kalenderjaar|begrotingsjaar|het jaar|anno|eveneens in|ook in|nog in|al in|reeds in|pas in|' +
  // "Richting 2020 worden …": towards a year. Not "over": "over 2000 asielzoekers" counts.
  'richting|sedert|ten opzichte van|vergeleken met|' +
  // A deadline year: "uiterlijk 2030 aangesloten" (round 36).
  'uiterlijk|' +
  // What a text is about, or looks back on: "heeft betrekking op 2018", "Terugkijkend op 2017" (round 41).
  'betrekking op|terugkijkend op|terugblikkend op|' +
  // The year as the period of a premium, report or account, as "kalenderjaar": "het premiejaar 2025" (round 37).
  // The manure and crop accounts' years are calendar years too: "het mestjaar 2023", "oogstjaar 2024" (round 42).
  '(?:boek|premie|verslag|uitkerings|belasting|peil|basis|mest|oogst|teelt)jaar|' +
  // A tax or benefit year: "het aanslagjaar 2022", "het heffingsjaar 2023" (round 39).
  '(?:aanslag|heffings|berekenings|toeslag)jaar';

/** Words after a number that show it is a count, not a year ("in 2000 gevallen"). */
export const COUNT_NOUN_PATTERN =
  'euro|miljoen|miljard|mensen|personen|keer|gevallen|stuks|uur|minuten|meter|km|kilometer|procent|%|jaar|jaren|dagen|weken|maanden|leden|deelnemers';
