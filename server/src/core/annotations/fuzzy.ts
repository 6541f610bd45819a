// Approximate substring matching: Sellers' dynamic programme with Ukkonen's cut-off, so a search with an
// error budget k costs about O(k · n) instead of O(m · n). Used only after exact anchoring failed.

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edit distance (insertions, deletions, substitutions) between the pattern and text[start, end). */
  errors: number;
}

/**
 * Ends of the best approximate occurrences of `pattern` in `text[from, to)` with at most `maxErrors` edits:
 * one per run of accepted end positions (its local minimum), at most `limit` of them, fewest errors first.
 */
export function approximateEnds(text: string, pattern: string, maxErrors: number, from = 0, to = text.length, limit = 64): Array<{ end: number; errors: number }> {
  const m = pattern.length;
  if (m === 0 || maxErrors < 0) return [];
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  // column[i] = fewest edits matching pattern[0, i) against a text suffix ending at the current position.
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let lastActive = Math.min(maxErrors, m); // deepest row whose value may still be ≤ maxErrors
  const found: Array<{ end: number; errors: number }> = [];
  let runBest: { end: number; errors: number } | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diagonal = 0; // column[i-1] of the previous text position; row 0 is always 0 (match may start anywhere)
    const rows = Math.min(m, lastActive + 1);
    for (let i = 1; i <= rows; i++) {
      const above = column[i];
      const cost = pattern.charCodeAt(i - 1) === c ? diagonal : Math.min(diagonal, above, column[i - 1]) + 1;
      diagonal = above;
      column[i] = cost;
    }
    // Rows below the active band were > maxErrors and only grow; keep them marked as such.
    if (rows < m) column[rows + 1] = maxErrors + 1;
    lastActive = rows;
    while (lastActive > 0 && column[lastActive] > maxErrors) lastActive--;
    if (lastActive === m) {
      const errors = column[m];
      if (!runBest || errors < runBest.errors) runBest = { end: j + 1, errors };
    } else if (runBest) {
      found.push(runBest);
      runBest = null;
    }
  }
  if (runBest) found.push(runBest);
  found.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return found.slice(0, limit);
}

/**
 * Given an approximate occurrence ending at `end`, the start that minimises the edit distance
 * (searching back at most pattern length + maxErrors characters).
 */
export function approximateStart(text: string, pattern: string, end: number, maxErrors: number): ApproximateMatch {
  const m = pattern.length;
  const lo = Math.max(0, end - m - maxErrors);
  const width = end - lo;
  // Align the reversed pattern with the reversed text from `end` backwards; the match is anchored at `end`.
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let j = 0; j <= width; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const p = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const t = text.charCodeAt(end - j);
      current[j] = p === t ? previous[j - 1] : Math.min(previous[j - 1], previous[j], current[j - 1]) + 1;
    }
    [previous, current] = [current, previous];
  }
  let bestLength = 0;
  for (let j = 1; j <= width; j++) {
    if (previous[j] < previous[bestLength] || (previous[j] === previous[bestLength] && Math.abs(j - m) < Math.abs(bestLength - m))) bestLength = j;
  }
  return { start: end - bestLength, end, errors: previous[bestLength] };
}

/** Similarity in [0, 1] of two short strings (1 − normalised edit distance); used to score context. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? previous[j - 1] : Math.min(previous[j - 1], previous[j], current[j - 1]) + 1;
    }
    [previous, current] = [current, previous];
  }
  return 1 - previous[b.length] / Math.max(a.length, b.length);
}
