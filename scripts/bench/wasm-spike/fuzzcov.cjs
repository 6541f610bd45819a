// Counts, for the fuzz run, the de-hyphenation decisions and the module's astral questions (run: node fuzzcov.cjs).
const path = require('node:path');
const { SNAP } = require('./common.cjs');
const hy = require(path.join(SNAP, 'text/hyphenation.js'));
const cc = require(path.join(SNAP, 'text/charClass.js'));
const counts = { join: 0, keep: 0, suspend: 0, astral: 0 };
const dh = hy.dehyphenate; hy.dehyphenate = (l, r, s) => { const d = dh(l, r, s); counts[d]++; return d; };
const il = cc.isLetter; cc.isLetter = (cp) => { if (cp > 0xffff) counts.astral++; return il(cp); };
process.argv[2] = '7'; process.argv[3] = '5000';
require('./fuzz.cjs');
console.log(JSON.stringify(counts));
