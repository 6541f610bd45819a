// Per-stage throughput of the recognition core, in process and warm: where the CPU time of an analysis goes.
// Reads the tsc output (run `npx tsc -p .` first), so the stages are measured as they are in the source.
//
//   node scripts/bench/stages.mjs [--dir .cache/bench/1000/corpus] [--limit 400] [--rounds 5]
//
// Prints, per stage, the median over rounds of CPU milliseconds and MB/s over the letters read.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', 'out', 'server', 'src', 'core');
const { analyseLayout } = require(join(out, 'text', 'layout.js'));
const { normalize } = require(join(out, 'text', 'normalize.js'));
const { readIdentity, findHeadings } = require(join(out, 'identity.js'));
const { recogniseCitations } = require(join(out, 'recognise', 'citations.js'));
const { recogniseOrganisations } = require(join(out, 'recognise', 'organisations.js'));
const { recogniseDates } = require(join(out, 'recognise', 'dates.js'));
const { analyseLetter } = require(join(out, 'analyse.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', '.cache/bench/1000/corpus');
const limit = Number(arg('limit', 400));
const rounds = Number(arg('rounds', 5));

const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().slice(0, limit);
const letters = files.map(f => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
const mb = letters.reduce((n, l) => n + Buffer.byteLength(l.text), 0) / 1e6;

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times = new Map();
const timed = (name, fn) => {
  const t = cpuMs();
  const r = fn();
  times.get(name).push(cpuMs() - t);
  return r;
};
const stages = ['layout', 'normalize', 'identity', 'headings', 'citations', 'organisations', 'dates', 'whole analyseLetter'];
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (let round = 0; round < rounds + 1; round++) {      // round 0 warms up and is not counted
  const sums = new Map(stages.map(s => [s, 0]));
  for (const s of stages) times.set(s, []);
  for (const { path, text } of letters) {
    const layout = timed('layout', () => analyseLayout(text));
    const norm = timed('normalize', () => normalize(text, { segments: layout.segments, blanks: layout.blanks }));
    const identity = timed('identity', () => readIdentity(text, layout, path));
    timed('headings', () => findHeadings(text, layout));
    const ctx = { norm, layout, identity };
    timed('citations', () => recogniseCitations(ctx));
    timed('organisations', () => recogniseOrganisations(ctx));
    timed('dates', () => recogniseDates(ctx));
    timed('whole analyseLetter', () => analyseLetter(text, { path }));
  }
  for (const s of stages) sums.set(s, times.get(s).reduce((a, b) => a + b, 0));
  if (round > 0) for (const s of stages) (globalThis.results ??= new Map()).set(s, [...(globalThis.results.get(s) ?? []), sums.get(s)]);
}
console.log(`${letters.length} letters, ${mb.toFixed(1)} MB, median of ${rounds} warm rounds (CPU time)`);
for (const s of stages) {
  const ms = median(globalThis.results.get(s));
  console.log(`${s.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
}
