// A body of another country named by its country's adjective: "de Italiaanse politie", "de Belgische federale
// politie", "de buitenlandse politie". Not the Dutch body the bare noun stands for ("politie" → POLITIE);
// "de Nederlandse politie" is the Dutch one. A city's or a province's adjective ("de Haagse politie", "de Limburgse
// politie") names a Dutch unit, so the adjectives are listed, not read from their shape (-se, -sche).

/** Adjectives of countries (and the Kingdom's other countries), as written before a de-word. */
const COUNTRY_ADJECTIVES = [
  'Afghaanse', 'Albanese', 'Algerijnse', 'Amerikaanse', 'Antilliaanse', 'Argentijnse', 'Armeense', 'Arubaanse',
  'Australische', 'Belgische', 'Bosnische', 'Braziliaanse', 'Britse', 'Bulgaarse', 'Canadese', 'Chileense', 'Chinese',
  'Colombiaanse', 'Curaçaose', 'Cypriotische', 'Deense', 'Duitse', 'Egyptische', 'Engelse', 'Eritrese', 'Estse',
  'Ethiopische', 'Filipijnse', 'Finse', 'Franse', 'Georgische', 'Ghanese', 'Griekse', 'Hongaarse', 'Ierse', 'IJslandse',
  'Indiase', 'Indonesische', 'Iraakse', 'Iraanse', 'Israëlische', 'Italiaanse', 'Japanse', 'Jordaanse', 'Keniaanse',
  'Koreaanse', 'Kosovaarse', 'Kroatische', 'Letse', 'Libanese', 'Libische', 'Litouwse', 'Luxemburgse', 'Macedonische',
  'Maleisische', 'Maltese', 'Marokkaanse', 'Mexicaanse', 'Moldavische', 'Montenegrijnse', 'Nigeriaanse', 'Noorse',
  'Oekraïense', 'Oostenrijkse', 'Pakistaanse', 'Palestijnse', 'Poolse', 'Portugese', 'Qatarese', 'Roemeense',
  'Russische', 'Saoedische', 'Schotse', 'Servische', 'Sloveense', 'Slowaakse', 'Somalische', 'Soedanese', 'Spaanse',
  'Surinaamse', 'Syrische', 'Thaise', 'Tsjechische', 'Tunesische', 'Turkse', 'Venezolaanse', 'Vietnamese',
  'Wit-Russische', 'Zuid-Afrikaanse', 'Zweedse', 'Zwitserse',
  'buitenlandse', 'Buitenlandse',
];

/**
 * An adjective as written before a het-word ("het Belgisch openbaar ministerie"): without its "-e", a single "e"
 * before the last "s" doubled ("Portugese" → "Portugees", "Chinese" → "Chinees"; "Deense" → "Deens").
 */
export function uninflected(adjective: string): string {
  const bare = adjective.slice(0, -1);
  return /[^aeiouäëïöü]es$/.test(bare) ? `${bare.slice(0, -1)}es` : bare;
}

const COUNTRY_ADJECTIVES_UNINFLECTED = COUNTRY_ADJECTIVES.map(uninflected);

/** The adjective, optionally a level of the force ("federale", "lokale"), then the white space before the noun. */
const FOREIGN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\-])(?:${COUNTRY_ADJECTIVES.join('|')})\\s+(?:(?:federale|lokale|nationale|regionale|militaire|gemeentelijke)\\s+)?$`, 'u');
/** How far back the adjective (and a level) may start: the longest of them and a level, with some white space. */
const FOREIGN_WINDOW = 48;

/** Whether the noun at `start` is named as another country's by the adjective before it. */
export function namedAsForeign(text: string, start: number): boolean {
  // Most nouns follow a short word ("de politie", "en politie"); every adjective and level word has five letters or
  // more, so a shorter word before the white space settles it without the regex (a noun per letter is common).
  let i = start;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  let j = i;
  while (j > 0 && i - j < 5 && !isSpace(text.charCodeAt(j - 1))) j--;
  if (i - j < 5) return false;
  return FOREIGN_BEFORE.test(text.slice(Math.max(0, start - FOREIGN_WINDOW), start));
}

/** The white space \s matches in FOREIGN_BEFORE that letters hold: ASCII white space, NBSP and the like. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Before a het-word ("het openbaar ministerie") a country's adjective is written uninflected ("het Belgisch openbaar
// ministerie") or, often enough, inflected ("het Belgische …"): both, from the same list. A Dutch place's adjective
// ("het Amsterdamse openbaar ministerie", "het Haagse") names an office of the Dutch body.
const FOREIGN_BEFORE_NEUTER = new RegExp(
  `(?:^|[^\\p{L}\\-])(?:${[...COUNTRY_ADJECTIVES, ...COUNTRY_ADJECTIVES_UNINFLECTED].join('|')})\\s+$`, 'u');

/** Whether the het-word at `start` ("openbaar ministerie") is named as another country's by the adjective before it. */
export function namedAsForeignNeuter(text: string, start: number): boolean {
  return FOREIGN_BEFORE_NEUTER.test(text.slice(Math.max(0, start - FOREIGN_WINDOW), start));
}

// A force named with its country after the noun: "de politie van Curaçao", "de politie in Duitsland", "het Korps Politie
// Curaçao", "de politie uit België". Countries (and the Kingdom's other countries: Aruba, Curaçao, Sint Maarten) are
// listed, so a Dutch place ("de politie in Amsterdam", "de politie Amsterdam", "de politie van Den Haag") stays the
// Dutch police. The islands of Caribbean Netherlands (Bonaire, Sint Eustatius, Saba) have a force of their own, the
// Korps Politie Caribisch Nederland, which is not the Nationale Politie either.
const COUNTRY_NAMES = [
  'Afghanistan', 'Albanië', 'Algerije', 'Amerika', 'Argentinië', 'Armenië', 'Aruba', 'Australië', 'Azerbeidzjan',
  'België', 'Bosnië', 'Brazilië', 'Bulgarije', 'Canada', 'Chili', 'China', 'Colombia', 'Curaçao', 'Curacao', 'Cyprus',
  'Denemarken', 'Duitsland', 'Egypte', 'Engeland', 'Eritrea', 'Estland', 'Ethiopië', 'Filipijnen', 'Finland',
  'Frankrijk', 'Georgië', 'Ghana', 'Griekenland', 'Groot-Brittannië', 'Hongarije', 'Ierland', 'IJsland', 'India',
  'Indonesië', 'Irak', 'Iran', 'Israël', 'Italië', 'Japan', 'Jemen', 'Jordanië', 'Kenia', 'Koeweit', 'Kosovo',
  'Kroatië', 'Letland', 'Libanon', 'Libië', 'Liechtenstein', 'Litouwen', 'Luxemburg', 'Macedonië', 'Maleisië', 'Mali',
  'Malta', 'Marokko', 'Mexico', 'Moldavië', 'Monaco', 'Montenegro', 'Nieuw-Zeeland', 'Nigeria', 'Noord-Macedonië',
  'Noorwegen', 'Oekraïne', 'Oostenrijk', 'Pakistan', 'Polen', 'Portugal', 'Qatar', 'Roemenië', 'Rusland',
  'Saoedi-Arabië', 'Schotland', 'Servië', 'Sint Maarten', 'Slovenië', 'Slowakije', 'Somalië', 'Spanje', 'Soedan',
  'Suriname', 'Syrië', 'Thailand', 'Tsjechië', 'Tunesië', 'Turkije', 'Venezuela', 'Verenigd Koninkrijk',
  'Verenigde Staten', 'Vietnam', 'Wit-Rusland', 'Zuid-Afrika', 'Zweden', 'Zwitserland',
];
/** The islands of Caribbean Netherlands, whose force is the Korps Politie Caribisch Nederland. */
const CARIBBEAN_NETHERLANDS = ['Bonaire', 'Sint Eustatius', 'Saba', 'Caribisch Nederland', 'BES-eilanden'];

/**
 * After the noun: white space, a preposition ("van", "in", "op", "uit") or none, an article ("het Verenigd
 * Koninkrijk", "de Verenigde Staten") or none, the country, and no more of a word or a compound after it.
 */
const FOREIGN_AFTER = new RegExp(
  `[ \\n\\u00a0]+(?:(?:van|in|op|uit)[ \\n\\u00a0]+)?(?:(?:het|de)[ \\n\\u00a0]+)?(?:${[...COUNTRY_NAMES, ...CARIBBEAN_NETHERLANDS].join('|')})(?![\\p{L}\\p{N}\\-‐])`, 'uy');

/** Whether the noun ending at `end` is named as another country's (or Caribbean Netherlands') by the country after it. */
export function namedAsForeignAfter(text: string, end: number): boolean {
  FOREIGN_AFTER.lastIndex = end;
  return FOREIGN_AFTER.test(text);
}
