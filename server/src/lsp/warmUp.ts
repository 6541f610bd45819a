// The main thread analyses the letters a user opens and edits, while the workspace is indexed by worker threads:
// after indexing, its analysis code had never run. The first letter a user opened then took 100-220 ms to its
// diagnostics (a 9 KB letter; 4-13 ms once warm), and a hover sent with it waited as long behind it; a 100 KB
// letter took 50-80 ms until the main thread had analysed about 2 MB of letters, 5-15 ms after. Two steps warm
// it: a short letter at start (V8 compiles a function when it first runs; the gazetteer builds its tables), before
// the server reads its first message, so no request waits behind it; then, once the first pass of indexing is
// done, about 1.5 MB of the workspace's own short letters, one letter a turn, so that V8 optimises the code for
// what real letters are like. The results are thrown away.
import { analyseOpenText } from './analysisWorker';
import { readFileBytes } from '../core/workspace/fileBytes';
import { decodeLetter } from '../core/workspace/input';
import { uriToPath } from '../core/workspace/uris';
import { yieldToMessages } from './yielding';

/**
 * A short letter written for this purpose (not a real one), with what every stage reads: the first-page header,
 * running text with citations of Kamerstukken and the Handelingen, bodies named in full and by acronym, dates in
 * several forms, a word hyphenated at a line's end, a footnote marker glued to a word, the footnote's body and the
 * running footer with its page number.
 */
export const WARM_UP_LETTER = [
  'Tweede Kamer der Staten-Generaal 2 ',
  'Vergaderjaar 2015–2016 ',
  '29 754 Terrorismebestrijding ',
  'Nr. 400 BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE ',
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ',
  'Den Haag, 12 februari 2016 ',
  '',
  'Hierbij informeer ik uw Kamer over de voortgang van de aanpak, zoals toe- ',
  'gezegd in mijn brief van 24 mei jl. (Kamerstuk 29 754, nr. 325) en tijdens ',
  'het debat van 7 en 9 januari 2015 (Handelingen II 2014/15, nr. 41, item 8). ',
  'De Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) en de ',
  'Algemene Inlichtingen- en Veiligheidsdienst (AIVD) werken samen met de ',
  'Koninklijke Marechaussee (KMar) en de politie. De NCTV rapporteert medio ',
  '2016 over het dreigingsbeeld20151 en in het voorjaar over de Terrorismebe- ',
  'strijding in Europa (zie ook Kamerstuk 21 501-02, nr. 1458). ',
  '',
  'Voortgang ',
  '',
  'Op maandag 1 februari 2016 is het plan besproken met de burgemeesters. ',
  '',
  '1 Aanhangsel Handelingen II 2015/16, nr. 1234 ',
  '',
  'Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 400 1 ',
  '',
].join('\n');

const OWN_LETTER_URI = 'untitled:kamerstukken-warm-up';

/** Analyses the warm-up letter once on this thread; a failure only means the first real letter pays instead. */
export function warmUpAnalysis(): void {
  try {
    analyseOpenText(OWN_LETTER_URI, WARM_UP_LETTER);
  } catch {
    // nothing is lost: the code compiles on the first letter instead
  }
}

/** Characters analysed on this thread by the warm-up after the first pass (it stops at the budget, for good). */
let warmedChars = 0;

export interface WarmUpOptions {
  /** Stop when this says so (a newer scan, the server shutting down). */
  stale?: () => boolean;
  /** Characters to analyse in all (repeating the letters of a small workspace). */
  budgetChars?: number;
  /** Longer letters are skipped. */
  maxLetterChars?: number;
  /**
   * One letter is one turn, and a request may wait behind it: a letter is taken only if, at the speed the last
   * letters were analysed at, it takes at most this long. The first letters run on code not yet optimised (~200
   * KB/s), so they are the short ones; longer ones follow as the code gets faster.
   */
  turnMs?: number;
  /** Turns on this module's own letter before the workspace's letters (it is short enough while the code is cold). */
  ownLetterTurns?: number;
  /**
   * Waits this long first. The end of the first pass is a busy moment on this thread (the open letters' views, the
   * second pass's start): the warm-up's first turn there made the longest wait of a bench run (31-42 ms, at the end
   * of the first pass in each of three runs).
   */
  delayMs?: number;
  /** What analyses a letter (the open-letter analysis by default; a test counts). */
  analyse?: (uri: string, text: string) => void;
}

/** About what it took V8 to optimise the analysis for letters of every size (measured: 1.7 MB). */
export const WARM_UP_CHARS = 1_500_000;
/** Longer letters add nothing to what V8 learns from the analysis. */
export const WARM_UP_MAX_LETTER_CHARS = 32_000;
/** Well under the 50 ms a request may wait, on a machine busy with the second pass. */
export const WARM_UP_TURN_MS = 10;
/** Milliseconds per character of code that has run once (measured: 25-50 ms for 9 KB on a busy machine). */
const COLD_MS_PER_CHAR = 0.005;
/** About 45 KB of the own letter: enough for a letter of 8-10 KB to fit a turn after it. */
const OWN_LETTER_TURNS = 30;
/** After the first pass has handed over to the second. */
const WARM_UP_DELAY_MS = 1_000;
/** Rounds over the letters of a workspace whose short letters add up to less than the budget. */
const MAX_ROUNDS = 20;

/**
 * Analyses short letters of `uris` (files) on this thread, one a turn, until the budget is spent. Files that are
 * gone, too long, or not text are skipped. Resolves with the characters analysed by this call.
 */
export async function warmUpOnLetters(uris: readonly string[], options: WarmUpOptions = {}): Promise<number> {
  const budget = options.budgetChars ?? WARM_UP_CHARS;
  const maxChars = options.maxLetterChars ?? WARM_UP_MAX_LETTER_CHARS;
  const analyse = options.analyse ?? ((uri: string, text: string) => void analyseOpenText(uri, text));
  const stale = options.stale ?? (() => false);
  const turnMs = options.turnMs ?? WARM_UP_TURN_MS;
  let msPerChar = COLD_MS_PER_CHAR;
  let analysed = 0;
  /** Analyses one letter, times it, and counts it. */
  const take = (uri: string, text: string): void => {
    const started = performance.now();
    try {
      analyse(uri, text);
    } catch {
      // a letter the analysis fails on is reported where it is analysed for real
    }
    // The speed of the last letters, a short letter's fixed costs apart (1,000 characters at least).
    msPerChar = (msPerChar + (performance.now() - started) / Math.max(text.length, 1_000)) / 2;
    warmedChars += text.length;
    analysed += text.length;
  };
  const delayMs = options.delayMs ?? WARM_UP_DELAY_MS;
  if (delayMs > 0 && warmedChars < budget) await new Promise(resolve => setTimeout(resolve, delayMs));
  for (let turn = 0; turn < (options.ownLetterTurns ?? OWN_LETTER_TURNS) && warmedChars < budget; turn++) {
    await yieldToMessages();
    if (stale()) return analysed;
    take(OWN_LETTER_URI, WARM_UP_LETTER);
  }
  for (let round = 0; round < MAX_ROUNDS && warmedChars < budget; round++) {
    let analysedThisRound = 0;
    for (const uri of uris) {
      if (warmedChars >= budget || stale()) return analysed;
      const path = uriToPath(uri);
      if (!path) continue;
      await yieldToMessages();
      if (stale()) return analysed;
      let text: string;
      try {
        const bytes = readFileBytes(path, maxChars * 3);
        if (bytes.length > maxChars * 3) continue;
        const decoded = decodeLetter(bytes);
        if (decoded.problem || decoded.text.length > maxChars) continue;
        text = decoded.text;
      } catch {
        continue; // gone since the scan, or unreadable: its own read reports that
      }
      if (text.length * msPerChar > turnMs) continue; // too long for now: a later round, when the code is faster
      take(uri, text);
      analysedThisRound += text.length;
    }
    if (analysedThisRound === 0) break; // none fits (or none is left): the speed will not change
  }
  return analysed;
}

/** For tests: forget what the warm-up did. */
export function resetWarmUp(): void {
  warmedChars = 0;
}
