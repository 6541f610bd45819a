// Beyond the corpora: windows of real letters with rare characters injected (line-end hyphens before capitals,
// digits, "en", İ, Σ, Kelvin sign, astral letters, soft hyphens, NBSP, CR, U+2028…) and random, unsorted,
// overlapping, out-of-range segments and blanks. Compares wasm and JS normalize on each.
const path = require('node:path');
const { SNAP, load } = require('./common.cjs');
const { normalize } = require(path.join(SNAP, 'text/normalize.js'));
const { compileModule, instantiate } = require('./wasmNormalize.cjs');
const normalizeWasm = instantiate(compileModule());

let seed = Number(process.argv[2] ?? 1);
const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const INSERTS = ['-\n', '-\n\n', '- \n', '-\n  ', '\u00ad', '\u0130', 'İ-\ni', 'Σ', '\u212a', '\u{1D400}', '\u{10428}', '\u{1D41A}-\nb',
  '\u00a0', '\r\n', '\u2028', '\u2029', '\ufeff', '\u200b', '-\nen ', '-\nof', '-\ntot', '-\nen/of', '-\nEU', '-\n2015', 'EU-\nlid', 'I&V-\ndiensten',
  'Europol-\nrapport', ' Europol ', 'anti-\nterrorisme', ' anti-terrorisme ', 'be-\nstrijding', ' bestrijding ', '\n\n', '  ', '\t', '-', '--\n',
  ' di-enst ', ' dİenst ', ' dienİ ', 'di-\nenst', 'dien-\ni', ' dien-i ', 'ÉÉN-\nwoord', 'één-\nwoord', ' één-woord ', 'straße-\nX', '\ud800', '\udc00-\nx', 'x-\n\u{1D400}', 'Ǆ-\nǆ', '&-\nx', 'a&b-\nc'];
const { texts } = load('seed');
const bench = load('bench', 300).texts;
const pool = texts.concat(bench);
let diffs = 0;
const ITER = Number(process.argv[3] ?? 20000);
for (let it = 0; it < ITER; it++) {
  const src = pick(pool);
  const start = Math.floor(rnd() * Math.max(1, src.length - 3000));
  let t = src.slice(start, start + 200 + Math.floor(rnd() * 2800));
  const inserts = Math.floor(rnd() * 30);
  for (let k = 0; k < inserts; k++) { const at = Math.floor(rnd() * (t.length + 1)); t = t.slice(0, at) + pick(INSERTS) + t.slice(at); }
  const span = () => { const s = Math.floor(rnd() * (t.length + 40)) - 20; return { start: s, end: s + Math.floor(rnd() * 200) - 10 }; };
  const segments = Array.from({ length: Math.floor(rnd() * 6) }, span);
  const blanks = Array.from({ length: Math.floor(rnd() * 12) }, span);
  const opts = { segments, blanks };
  const a = normalize(t, opts), b = normalizeWasm(t, opts);
  const same = a.text === b.text && a.runView.length === b.runView.length && a.runView.every((v, k) => v === b.runView[k] && a.runOrig[k] === b.runOrig[k]);
  if (!same) { diffs++; if (diffs <= 5) console.log('DIFF', JSON.stringify({ t, segments, blanks }).slice(0, 2000), '\njs  ', JSON.stringify(a.text).slice(0, 500), '\nwasm', JSON.stringify(b.text).slice(0, 500)); }
}
console.log(`${ITER} fuzzed texts, ${diffs} differing`);
process.exitCode = diffs ? 1 : 0;
