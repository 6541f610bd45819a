// Seeded random test input, the same on every run: mulberry32, a 32-bit generator whose every bit varies.
// (The C library's LCG written with plain number arithmetic lost its low bits past 2^53 and then gave mostly 0
// for small ranges: the seeded tests drew far fewer cases than they meant to.)

/** random(n) is 0 … n - 1; the same seed gives the same sequence. */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return n => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(unit * n);
  };
}

/** A text of 1 … maxPieces pieces, each drawn by `random`. */
export function textOfPieces(random: (n: number) => number, pieces: readonly string[], maxPieces = 30): string {
  let text = '';
  for (let len = 1 + random(maxPieces); len > 0; len--) text += pieces[random(pieces.length)];
  return text;
}
