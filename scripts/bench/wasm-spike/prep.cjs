// Computes each letter's layout (segments, blanks) once with the project's own analyseLayout, so that the timed
// runs measure normalize alone. Writes data/<corpus>-spans.bin.
const fs = require('node:fs');
const path = require('node:path');
const { SNAP, CORPORA, listLetters, readTexts } = require('./common.cjs');
const { analyseLayout } = require(path.join(SNAP, 'text/layout.js'));
for (const corpus of Object.keys(CORPORA)) {
  const files = listLetters(CORPORA[corpus]);
  const texts = readTexts(files);
  const ints = [];
  let segs = 0, blanks = 0;
  for (const t of texts) {
    const l = analyseLayout(t);
    ints.push(l.segments.length, l.blanks.length);
    for (const s of l.segments) ints.push(s.start, s.end);
    for (const s of l.blanks) ints.push(s.start, s.end);
    segs += l.segments.length; blanks += l.blanks.length;
  }
  fs.mkdirSync(path.join(__dirname, 'data'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, `data/${corpus}-spans.bin`), new Int32Array(ints));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  console.log(corpus, files.length, 'letters', chars, 'chars', segs, 'segments', blanks, 'blanks');
}
