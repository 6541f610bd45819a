// Medians (and ranges) of results/bench.jsonl and results/worker.jsonl, as the README's tables show them.
const fs = require('node:fs');
const path = require('node:path');
const lines = (f) => fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const med = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (a, d = 0) => `${med(a).toFixed(d)} (${Math.min(...a).toFixed(d)}–${Math.max(...a).toFixed(d)})`;
const bench = lines(path.join(__dirname, 'results/bench.jsonl'));
console.log('bench (fresh process, one core, CPU time; median (min–max) over runs)');
console.log('impl       runs  setup ms        first 100 ms      first 1,000 ms     pass 1 MB/s      passes 2-3 MB/s');
for (const impl of ['js', 'wasm', 'wasm-simd']) {
  const rs = bench.filter((r) => r.impl === impl);
  if (!rs.length) continue;
  console.log(impl.padEnd(10), String(rs.length).padEnd(5), fmt(rs.map((r) => r.loadMs), 1).padEnd(15), fmt(rs.map((r) => r.first100Ms)).padEnd(17),
    fmt(rs.map((r) => r.first1000Ms)).padEnd(18), fmt(rs.map((r) => r.passMBs[0])).padEnd(16), fmt(rs.flatMap((r) => r.passMBs.slice(1))));
}
const wasm = bench.filter((r) => r.impl !== 'js');
if (wasm.length) console.log('wasm compile (new WebAssembly.Module) ms', fmt(wasm.map((r) => r.compileMs), 2), 'instantiate+init ms', fmt(wasm.map((r) => r.instantiateMs), 2));
const worker = lines(path.join(__dirname, 'results/worker.jsonl'));
console.log('\nfresh worker_thread (CPU ms; Mchar/s)');
console.log('mode             runs  main compile ms  setup ms   first 100 ms     same 100 warm ms   first 100 Mchar/s  warm Mchar/s');
for (const mode of ['js', 'wasm', 'wasm-warm', 'wasm-simd', 'wasm-simd-warm']) {
  const rs = worker.filter((r) => r.mode === mode);
  if (!rs.length) continue;
  console.log(mode.padEnd(16), String(rs.length).padEnd(5), (rs[0].compileCpuMs !== undefined ? fmt(rs.map((r) => r.compileCpuMs), 2) : '-').padEnd(16),
    fmt(rs.map((r) => r.setupCpuMs), 1).padEnd(10), fmt(rs.map((r) => r.first100CpuMs)).padEnd(16), fmt(rs.map((r) => r.warm100CpuMs)).padEnd(18),
    fmt(rs.map((r) => r.first100McharPerCpuS)).padEnd(18), fmt(rs.map((r) => r.warm100McharPerCpuS)));
}
