// Where the wasm path's time goes: copying in, run(), copying out (node split.cjs [letters]).
const fs = require('node:fs');
const path = require('node:path');
const performance = { now: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } };  // CPU ms (a shared machine)
const { load } = require('./common.cjs');
const { Buffer } = require('node:buffer');
const N = Number(process.argv[2] ?? 10000);
const { texts, spans } = load('bench', N);
const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(__dirname, process.env.WASM || 'normalize.wasm')));
const instance = new WebAssembly.Instance(wasmModule, { env: { astral_classes: () => 0 } });
const { memory, init, prepare, run } = instance.exports;
init();
let tin = 0, trun = 0, tout = 0, chars = 0;
for (let pass = 0; pass < 3; pass++) {
  tin = trun = tout = chars = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i], s = spans[i];
    const a = performance.now();
    const io = prepare(t.length, s.segments.length, s.blanks.length) >> 2;
    const bytes = Buffer.from(memory.buffer), i32 = new Int32Array(memory.buffer);
    bytes.write(t, i32[io], t.length * 2, 'utf16le');
    let p = i32[io + 1] >> 2;
    for (const x of s.segments) { i32[p++] = x.start; i32[p++] = x.end; }
    p = i32[io + 2] >> 2;
    for (const x of s.blanks) { i32[p++] = x.start; i32[p++] = x.end; }
    const b = performance.now();
    const len = run();
    const c = performance.now();
    const i32b = new Int32Array(memory.buffer), bytesb = Buffer.from(memory.buffer);
    const text = bytesb.toString('utf16le', i32b[io + 6], i32b[io + 6] + len * 2);
    const map = i32b.slice(i32b[io + 8] >> 2, (i32b[io + 8] >> 2) + i32b[io + 7] * 2);
    const d = performance.now();
    tin += b - a; trun += c - b; tout += d - c; chars += t.length;
  }
  console.log(`pass ${pass}: in ${tin.toFixed(0)} ms, run ${trun.toFixed(0)} ms (${(chars / 1e6 / (trun / 1000)).toFixed(0)} Mchar/s), out ${tout.toFixed(0)} ms`);
}
