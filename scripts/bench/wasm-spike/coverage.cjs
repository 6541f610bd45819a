// How much of the rare paths the corpora exercise: the de-hyphenation decisions and the evidence questions.
const path = require('node:path');
const { SNAP, load } = require('./common.cjs');
const hy = require(path.join(SNAP, 'text/hyphenation.js'));
const counts = { join: 0, keep: 0, suspend: 0, seenHyphenated: 0, seenPlain: 0, seenTrue: 0 };
const dh = hy.dehyphenate, we = hy.wordEvidence;
hy.dehyphenate = (l, r, s) => { const d = dh(l, r, s); counts[d]++; return d; };
hy.wordEvidence = (t) => { const s = we(t); return (w) => { counts[w.includes('-') ? 'seenHyphenated' : 'seenPlain']++; const r = s(w); if (r) counts.seenTrue++; return r; }; };
const { normalize } = require(path.join(SNAP, 'text/normalize.js'));
for (const corpus of ['seed', 'bench']) {
  const { texts, spans } = load(corpus);
  for (let i = 0; i < texts.length; i++) normalize(texts[i], spans[i]);
  console.log(corpus, JSON.stringify(counts));
}
