// A/B of the core's stages in ONE process, rounds alternating between two tsc output trees (e.g. a `git worktree` of
// the commit before a change, built there with `npx tsc -p .`), so drift of the machine's speed hits both alike:
//   node scripts/bench/ab.mjs --a /path/to/worktree/out [--b out] [--dir .cache/bench/1000/corpus] [--limit 400] [--rounds 9]
// Prints per stage the median CPU ms over rounds for A and B and the ratio B/A.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const dir = arg('dir', '.cache/bench/1000/corpus');
const limit = Number(arg('limit', 400));
const rounds = Number(arg('rounds', 9));
const load = root => {
  const core = join(root, 'server', 'src', 'core');
  return {
    analyseLayout: require(join(core, 'text', 'layout.js')).analyseLayout,
    normalize: require(join(core, 'text', 'normalize.js')).normalize,
    readIdentity: require(join(core, 'identity.js')).readIdentity,
    findHeadings: require(join(core, 'identity.js')).findHeadings,
    recogniseCitations: require(join(core, 'recognise', 'citations.js')).recogniseCitations,
    recogniseOrganisations: require(join(core, 'recognise', 'organisations.js')).recogniseOrganisations,
    recogniseDates: require(join(core, 'recognise', 'dates.js')).recogniseDates,
    analyseLetter: require(join(core, 'analyse.js')).analyseLetter,
  };
};
if (!arg('a', null)) { console.error('usage: node scripts/bench/ab.mjs --a OTHER_TREE/out [--b out] [--dir DIR] [--limit N] [--rounds N]'); process.exit(2); }
const A = load(resolve(arg('a'))), B = load(resolve(arg('b', 'out')));
const letters = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().slice(0, limit).map(f => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
const mb = letters.reduce((n, l) => n + Buffer.byteLength(l.text), 0) / 1e6;
const stages = ['layout', 'normalize', 'identity', 'headings', 'citations', 'organisations', 'dates', 'whole'];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function round(m) {
  const t = Object.fromEntries(stages.map(s => [s, 0]));
  const time = (s, f) => { const c = cpu(); const r = f(); t[s] += cpu() - c; return r; };
  for (const { path, text } of letters) {
    const layout = time('layout', () => m.analyseLayout(text));
    const norm = time('normalize', () => m.normalize(text, { segments: layout.segments, blanks: layout.blanks }));
    const identity = time('identity', () => m.readIdentity(text, layout, path));
    time('headings', () => m.findHeadings(text, layout));
    const ctx = { norm, layout, identity };
    time('citations', () => m.recogniseCitations(ctx));
    time('organisations', () => m.recogniseOrganisations(ctx));
    time('dates', () => m.recogniseDates(ctx));
    time('whole', () => m.analyseLetter(text, { path }));
  }
  return t;
}
const res = { A: [], B: [] };
for (let r = 0; r < rounds + 1; r++) for (const [k, m] of r % 2 ? [['A', A], ['B', B]] : [['B', B], ['A', A]]) { const t = round(m); if (r > 0) res[k].push(t); }
const med = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${letters.length} letters, ${mb.toFixed(1)} MB, median CPU ms of ${rounds} alternating rounds`);
for (const s of stages) { const a = med(res.A.map(t => t[s])), b = med(res.B.map(t => t[s])); console.log(`${s.padEnd(14)} A ${a.toFixed(0).padStart(5)}  B ${b.toFixed(0).padStart(5)}  B/A ${(b / a).toFixed(3)}`); }
