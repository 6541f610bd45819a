// One timed run of one implementation in a fresh process: node bench.cjs js|wasm|wasm-simd [passes=3]
// Letters, spans and file sizes are read first (untimed); then, timed:
//   js:   require of the project's normalize.js (module load);
//   wasm: new WebAssembly.Module (compile), instance + init;
//   the first 100 and 1,000 letters of the first pass (cold), each whole pass over the 10,000 letters.
// Each figure is process CPU time (process.cpuUsage: every thread of the process, V8's compiler threads included),
// since the machine is shared and another process on the same core stretches wall time; wall-clock MB/s too.
// MB are the letters' UTF-8 file bytes (as BENCHMARKS.md counts the corpus). Prints one JSON line.
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { SNAP, load } = require('./common.cjs');

const impl = process.argv[2];
const passes = Number(process.argv[3] ?? 3);
const { files, texts, spans } = load('bench');
const sizes = files.map((f) => fs.statSync(f).size);
const total = sizes.reduce((a, b) => a + b, 0);
const opts = spans.map((s) => ({ segments: s.segments, blanks: s.blanks }));
const wasmBytes = impl === 'js' ? null : fs.readFileSync(path.join(__dirname, impl === 'wasm-simd' ? 'normalize-simd.wasm' : 'normalize.wasm'));

const r = { impl, letters: texts.length, MB: total / 1e6 };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let fn;
let t0 = cpu();
if (impl === 'js') {
  fn = require(path.join(SNAP, 'text/normalize.js')).normalize;
  r.loadMs = cpu() - t0;
} else {
  const { instantiate } = require('./wasmNormalize.cjs');
  const t1 = cpu();
  const module = new WebAssembly.Module(wasmBytes);
  r.compileMs = cpu() - t1;
  const t2 = cpu();
  fn = instantiate(module);
  r.instantiateMs = cpu() - t2;
  r.loadMs = cpu() - t0;
}
let check = 0;
r.passMBs = [];
r.passWallMBs = [];
for (let pass = 0; pass < passes; pass++) {
  let bytes = 0;
  const start = cpu(), wall = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const v = fn(texts[i], opts[i]);
    check = (check + v.text.length + v.runView.length) | 0;
    bytes += sizes[i];
    if (pass === 0 && (i === 99 || i === 999)) {
      const ms = cpu() - start;
      r[`first${i + 1}Ms`] = ms;
      r[`first${i + 1}MBs`] = bytes / 1e6 / (ms / 1000);
    }
  }
  r.passMBs.push(total / 1e6 / ((cpu() - start) / 1000));
  r.passWallMBs.push(total / 1e6 / ((performance.now() - wall) / 1000));
}
r.check = check;
r.maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(r, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10) / 10 : v)));
