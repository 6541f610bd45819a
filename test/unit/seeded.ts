// Seeded random test input, the same on every run: the C library's linear congruential generator.

/** random(n) is 0 … n - 1; the same seed gives the same sequence. */
export function seededRandom(seed: number): (n: number) => number {
  return n => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
}

/** A text of 1 … maxPieces pieces, each drawn by `random`. */
export function textOfPieces(random: (n: number) => number, pieces: readonly string[], maxPieces = 30): string {
  let text = '';
  for (let len = 1 + random(maxPieces); len > 0; len--) text += pieces[random(pieces.length)];
  return text;
}
