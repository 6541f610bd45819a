// Shared by the spike's scripts: the letters, their layout spans (precomputed by prep.cjs), the JS reference.
const fs = require('node:fs');
const path = require('node:path');
// The repository's own compiled JS (`npx tsc -p .`), the reference the port is checked and timed against.
const REPO = path.join(__dirname, '..', '..', '..');
const SNAP = path.join(REPO, 'out/server/src/core');
const { decodeLetter } = require(path.join(SNAP, 'workspace/input.js'));

const CORPORA = {
  bench: path.join(REPO, '.cache/bench/10000/corpus'),
  seed: path.join(REPO, 'corpus'),
};

function listLetters(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** Texts as the CLI decodes them. */
function readTexts(files) {
  return files.map((f) => {
    const d = decodeLetter(fs.readFileSync(f));
    if (d.text === undefined) throw new Error(`${f}: ${d.problem.code}`);
    return d.text;
  });
}

/** spans file: per letter Int32 [nSeg, nBlank, s0, e0, …(segments), s0, e0, …(blanks)]. */
function readSpans(file, count) {
  const buf = fs.readFileSync(file);
  const a = new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const out = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    const ns = a[p++], nb = a[p++];
    const segments = [], blanks = [];
    for (let k = 0; k < ns; k++, p += 2) segments.push({ start: a[p], end: a[p + 1] });
    for (let k = 0; k < nb; k++, p += 2) blanks.push({ start: a[p], end: a[p + 1] });
    out.push({ segments, blanks });
  }
  if (p !== a.length) throw new Error('spans file does not match the letters');
  return out;
}

function load(corpus, limit = Infinity) {
  const files = listLetters(CORPORA[corpus]).slice(0, limit);
  const texts = readTexts(files);
  const spans = readSpans(path.join(__dirname, `data/${corpus}-spans.bin`), fs.readdirSync(CORPORA[corpus]).filter((f) => f.endsWith('.txt')).length).slice(0, files.length);
  return { files, texts, spans };
}

module.exports = { SNAP, CORPORA, listLetters, readTexts, readSpans, load };
