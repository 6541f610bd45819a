// Equality check: the wasm normalize against the project's JS normalize on every letter of both corpora.
// Same view text, same run map (runView, runOrig), letter by letter; prints each difference found.
const path = require('node:path');
const { SNAP, load } = require('./common.cjs');
const { normalize } = require(path.join(SNAP, 'text/normalize.js'));
const { compileModule, instantiate } = require('./wasmNormalize.cjs');

const normalizeWasm = instantiate(compileModule());
let total = 0, diffs = 0;
for (const corpus of ['seed', 'bench']) {
  const { files, texts, spans } = load(corpus);
  let same = 0;
  for (let i = 0; i < texts.length; i++) {
    const opts = { segments: spans[i].segments, blanks: spans[i].blanks };
    const a = normalize(texts[i], opts), b = normalizeWasm(texts[i], opts);
    let why = null;
    if (a.text !== b.text) {
      let k = 0; while (k < a.text.length && a.text[k] === b.text[k]) k++;
      why = `text differs at view offset ${k} (js ${a.text.length}, wasm ${b.text.length} units): js ${JSON.stringify(a.text.slice(k - 20, k + 20))} wasm ${JSON.stringify(b.text.slice(k - 20, k + 20))}`;
    } else if (a.runView.length !== b.runView.length) why = `run count js ${a.runView.length} wasm ${b.runView.length}`;
    else {
      for (let k = 0; k < a.runView.length; k++) if (a.runView[k] !== b.runView[k] || a.runOrig[k] !== b.runOrig[k]) { why = `run ${k}: js (${a.runView[k]}, ${a.runOrig[k]}) wasm (${b.runView[k]}, ${b.runOrig[k]})`; break; }
    }
    if (why) { diffs++; if (diffs <= 20) console.log(`${path.basename(files[i])}: ${why}`); } else same++;
    total++;
  }
  console.log(`${corpus}: ${same} of ${texts.length} letters identical`);
}
console.log(`${total} letters, ${diffs} differing`);
process.exitCode = diffs ? 1 : 0;
