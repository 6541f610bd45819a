// The JS side of the wasm normalize: a drop-in for normalize(original, { segments, blanks }) that returns the
// project's own NormalizedText. Copies the text in (UTF-16 code units), the spans in, the view and the map out.
const fs = require('node:fs');
const path = require('node:path');
const { Buffer } = require('node:buffer');
const { SNAP } = require('./common.cjs');
const { NormalizedText } = require(path.join(SNAP, 'text/normalize.js'));
const { isLetter, isUpper, isLower } = require(path.join(SNAP, 'text/charClass.js'));

/** The module to use: normalize.wasm (the plain port), or the one named by $WASM (normalize-simd.wasm). */
const WASM_FILE = path.join(__dirname, process.env.WASM || 'normalize.wasm');

function compileModule(file = WASM_FILE) {
  return new WebAssembly.Module(fs.readFileSync(file));
}

/** Class bits (charClass LETTER 2, UPPER 4, LOWER 8) of an astral code point, asked by the module (rare). */
function astralClasses(cp) {
  return (isLetter(cp) ? 2 : 0) | (isUpper(cp) ? 4 : 0) | (isLower(cp) ? 8 : 0);
}

const EMPTY = [];

/** An instance of the module and its normalize. */
function instantiate(module) {
  const instance = new WebAssembly.Instance(module, { env: { astral_classes: astralClasses } });
  const { memory, init, prepare, run } = instance.exports;
  init();
  let buffer = null, bytes = null, i32 = null;
  const views = () => {
    if (buffer !== memory.buffer) {
      buffer = memory.buffer;
      bytes = Buffer.from(buffer);
      i32 = new Int32Array(buffer);
    }
  };
  return function normalizeWasm(original, options = {}) {
    const segments = options.segments ?? EMPTY, blanks = options.blanks ?? EMPTY;
    const n = original.length;
    const io = prepare(n, segments.length, blanks.length) >> 2;
    views();
    bytes.write(original, i32[io], n * 2, 'utf16le');
    let p = i32[io + 1] >> 2;
    for (let k = 0; k < segments.length; k++) { i32[p++] = segments[k].start; i32[p++] = segments[k].end; }
    p = i32[io + 2] >> 2;
    for (let k = 0; k < blanks.length; k++) { i32[p++] = blanks[k].start; i32[p++] = blanks[k].end; }
    const length = run();
    views();
    const viewAt = i32[io + 6], runs = i32[io + 7], mapAt = i32[io + 8] >> 2;
    const text = bytes.toString('utf16le', viewAt, viewAt + length * 2);
    const map = i32.slice(mapAt, mapAt + runs * 2);
    return new NormalizedText(original, text, map.subarray(0, runs), map.subarray(runs));
  };
}

module.exports = { WASM_FILE, compileModule, instantiate };
