// Does a fresh worker thread run at full speed? node worker.cjs js|wasm|wasm-warm|wasm-simd|wasm-simd-warm
// The main thread compiles the module (wasm*: timed), for *-warm also runs it over letters 1,000-2,999 so that V8
// tiers it up, then posts it to a new worker_thread. The worker reads letters 0-999 (untimed), then times: the
// project's normalize.js require (js) or new WebAssembly.Instance of the posted module (wasm), the first 100
// letters, letters 100-999, and the same first 100 letters again (warm: the steady reference).
// Times are CPU ms of the process (only the worker works meanwhile; V8's compiler threads count) and wall ms.
const { Worker, isMainThread, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const round = (o) => JSON.parse(JSON.stringify(o, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v)));

if (isMainThread) {
  const mode = process.argv[2];
  const r = { mode };
  let wasmModule = null;
  if (mode !== 'js') {
    const file = path.join(__dirname, mode.startsWith('wasm-simd') ? 'normalize-simd.wasm' : 'normalize.wasm');
    const bytes = fs.readFileSync(file);
    const c0 = cpu(), w0 = performance.now();
    wasmModule = new WebAssembly.Module(bytes);
    r.compileCpuMs = cpu() - c0;
    r.compileWallMs = performance.now() - w0;
    if (mode.endsWith('-warm')) {
      const { load } = require('./common.cjs');
      const { instantiate } = require('./wasmNormalize.cjs');
      const { texts, spans } = load('bench', 3000);
      const fn = instantiate(wasmModule);
      for (let i = 1000; i < 3000; i++) fn(texts[i], spans[i]);
    }
  }
  const worker = new Worker(__filename);
  worker.on('message', (m) => { console.log(JSON.stringify(round({ ...r, ...m }))); worker.terminate(); });
  worker.postMessage({ mode, wasmModule });
} else {
  parentPort.once('message', ({ mode, wasmModule }) => {
    const { load, SNAP } = require('./common.cjs');
    const { texts, spans } = load('bench', 1000);
    const chars = (a, b) => texts.slice(a, b).reduce((s, t) => s + t.length, 0);
    const r = {};
    let c0 = cpu(), w0 = performance.now();
    let fn;
    if (mode === 'js') fn = require(path.join(SNAP, 'text/normalize.js')).normalize;
    else fn = require('./wasmNormalize.cjs').instantiate(wasmModule);
    r.setupCpuMs = cpu() - c0;
    const time = (a, b) => {
      const c = cpu(), w = performance.now();
      for (let i = a; i < b; i++) fn(texts[i], spans[i]);
      return { cpuMs: cpu() - c, wallMs: performance.now() - w };
    };
    const first = time(0, 100);
    const rest = time(100, 1000);
    const again = time(0, 100);
    r.first100CpuMs = first.cpuMs;
    r.first100WallMs = first.wallMs;
    r.next900CpuMs = rest.cpuMs;
    r.warm100CpuMs = again.cpuMs;
    r.first100Mchar = chars(0, 100) / 1e6;
    r.first100McharPerCpuS = chars(0, 100) / 1e6 / (first.cpuMs / 1000);
    r.warm100McharPerCpuS = chars(0, 100) / 1e6 / (again.cpuMs / 1000);
    r.next900McharPerCpuS = chars(100, 1000) / 1e6 / (rest.cpuMs / 1000);
    parentPort.postMessage(r);
  });
}
