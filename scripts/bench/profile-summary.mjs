// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self time, and the most
// total time per source file, so a missed bench target can be traced to the code that costs it.
//
//   node scripts/bench/profile-summary.mjs FILE.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';

function summarise(profile, top) {
  const nodes = new Map(profile.nodes.map(n => [n.id, n]));
  const selfMicros = new Map();
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0) || 1;

  const byFunction = new Map();
  for (const [id, micros] of selfMicros) {
    const { callFrame } = nodes.get(id);
    const file = (callFrame.url || '').replace(/^.*\/(dist|node_modules)\//, '$1/');
    const key = `${callFrame.functionName || '(anonymous)'}  ${file}:${callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const keyOf = id => {
    const { callFrame } = nodes.get(id);
    const file = (callFrame.url || '').replace(/^.*\/(dist|node_modules)\//, '$1/');
    return `${callFrame.functionName || '(anonymous)'}  ${file}:${callFrame.lineNumber + 1}`;
  };
  const inclusive = new Map();
  for (const [id, micros] of selfMicros) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(at);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const listing = (title, map) => {
    const lines = [title];
    for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      lines.push(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
    }
    return lines.join('\n');
  };
  return [
    listing(`total sampled ${(total / 1e6).toFixed(2)} s; top ${top} by self time:`, byFunction),
    listing(`\ntop ${top} by inclusive time (named functions in the bundle):`, new Map([...inclusive].filter(([k]) => !k.startsWith('(') && /\.js:\d+$/.test(k) && !k.includes('node:')))),
  ].join('\n');
}

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: profile-summary.mjs FILE.cpuprofile [--top N]\n');
  process.exitCode = 2;
} else {
  const topIndex = rest.indexOf('--top');
  const top = topIndex >= 0 ? Math.max(1, Number(rest[topIndex + 1]) || 25) : 25;
  try {
    process.stdout.write(summarise(JSON.parse(readFileSync(file, 'utf8')), top) + '\n');
  } catch (err) {
    process.stderr.write(`profile-summary: ${err.message}\n`);
    process.exitCode = 1;
  }
}
