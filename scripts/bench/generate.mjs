// Deterministic corpus generator for the benchmark: N synthetic Kamerbrieven built from the real letters
// in corpus/. Each letter gets a new identity (dossier, number, date, session), written in the real
// header and footer formats; its body recombines and repeats real paragraphs (hyphenation, footnotes,
// page-break artefacts kept) and cites other generated letters ("Kamerstuk 29 754, nr. 412"), some of
// them unresolved. Same seed and N → the same bytes.
//
//   node scripts/bench/generate.mjs [--n 1000] [--seed 1] [--out DIR]
//
// Letters go to DIR/corpus/*.txt (so the default files.include glob "**/corpus/**/*.txt" matches them
// when DIR is the workspace folder), and DIR/manifest.json describes them. The default DIR is
// .cache/bench/<N>/ under the repository (git-ignored).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '..', '..');
const SEED_CORPUS = join(REPO_ROOT, 'corpus');
/** Any change to this file changes the fingerprint, so a cached corpus is never reused across versions. */
const GENERATOR_FINGERPRINT = createHash('sha1')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(join(HERE, 'prng.mjs')))
  .digest('hex')
  .slice(0, 12);

const MIN_BYTES = 2_000;
const MAX_BYTES = 200_000;
const LINES_PER_PAGE = 48;
const LINE_WIDTH = 74;
/** Share of generated citations that point at no generated letter (they stay unresolved). */
const UNRESOLVED_SHARE = 0.12;

const DOSSIERS = [
  { dossier: '29754', suffix: null, written: '29 754', title: 'Terrorismebestrijding', weight: 55 },
  { dossier: '32317', suffix: null, written: '32 317', title: 'JBZ-Raad', weight: 12 },
  { dossier: '21501', suffix: '02', written: '21 501-02', title: 'Raad Algemene Zaken en Raad Buitenlandse Zaken', weight: 12 },
  { dossier: '30977', suffix: null, written: '30 977', title: 'AIVD', weight: 11 },
  { dossier: '33694', suffix: null, written: '33 694', title: 'Internationale veiligheidsstrategie', weight: 10 },
];
/** Dossiers no generated letter belongs to: citations of them never resolve. */
const FOREIGN_DOSSIERS = ['19 637', '34 359', '36 200 VI', '31 839'];

const SENDERS = [
  { type: 'BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE', role: 'De Minister van Veiligheid en Justitie,', names: ['I.W. Opstelten', 'G.A. van der Steur', 'S.A. Blok', 'F.B.J. Grapperhaus'] },
  { type: 'BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID', role: 'De Minister van Justitie en Veiligheid,', names: ['F.B.J. Grapperhaus', 'D. Yeşilgöz-Zegerius'] },
  { type: 'BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN', role: 'De Minister-President,\nMinister van Algemene Zaken,', names: ['M. Rutte'] },
  { type: 'BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN', role: 'De Minister van Buitenlandse Zaken,', names: ['A.G. Koenders', 'S.A. Blok', 'W.B. Hoekstra'] },
];

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

// Sentences that cite another letter. {REF} is a kamerstuk citation, {DATE} a Dutch date.
const CITING_SENTENCES = [
  'Zoals ik uw Kamer in mijn brief van {DATE} heb gemeld (Kamerstuk {REF}), wordt de voortgang van de maatregelen halfjaarlijks gerapporteerd.',
  'In de voortgangsrapportage van {DATE} (Kamerstuk {REF}) is uiteengezet welke maatregelen inmiddels zijn uitgevoerd en welke nog in voorbereiding zijn.',
  'Het kabinet heeft eerder aangegeven de aanbevelingen over te nemen, zie ook Kamerstuk {REF}.',
  'Hiermee geef ik invulling aan de toezegging die is gedaan tijdens het commissiedebat en die is vastgelegd in de brief van {DATE}, Kamerstuk {REF}.',
  'Voor de achtergrond verwijs ik naar het dreigingsbeeld dat op {DATE} aan uw Kamer is verzonden (Kamerstuk {REF}).',
];
const FOOTNOTE_SENTENCES = [
  'Kamerstuk {REF}.',
  'Brief van {DATE}, Kamerstuk {REF}.',
  'Zie onder andere de brief van {DATE} (Kamerstuk {REF}) en de daarin genoemde stukken.',
];

// ---- the seed material --------------------------------------------------------------------------------

const FOOTER_LINE = /^Tweede Kamer, vergaderjaar .*$/;
const SIGNATURE_START = /^(?:De |Minister van |Mede namens )/;
const HEADER_END = /^Den Haag, \d/;

/** Real paragraphs of the seed letters, page furniture, headers, date lines and signatures removed. */
export function loadParagraphs(corpusDir = SEED_CORPUS) {
  const paragraphs = [];
  for (const name of readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort()) {
    let lines = readFileSync(join(corpusDir, name), 'utf8').replace(/\r\n?/g, '\n').split('\n');
    const dateLine = lines.findIndex(l => HEADER_END.test(l.trim()));
    if (dateLine >= 0 && dateLine < 20) lines = lines.slice(dateLine + 1);
    lines = lines.filter(l => !FOOTER_LINE.test(l.trim()));
    for (const block of lines.join('\n').split(/\n[ \t]*\n/)) {
      const trimmed = block.replace(/^\n+|\s+$/g, '');
      if (trimmed.length < 60) continue;                       // headings, signatures, stray page numbers
      if (SIGNATURE_START.test(trimmed) && trimmed.length < 160) continue;
      paragraphs.push(trimmed + ' ');
    }
  }
  return paragraphs;
}

// ---- small helpers ------------------------------------------------------------------------------------

function pickWeighted(rand, items) {
  const total = items.reduce((s, it) => s + it.weight, 0);
  let r = rand() * total;
  for (const it of items) if ((r -= it.weight) < 0) return it;
  return items[items.length - 1];
}

const pick = (rand, items) => items[Math.floor(rand() * items.length)];

/** The third Tuesday of September opens the parliamentary year ("vergaderjaar"). */
function sessionOf(date) {
  const y = date.getUTCFullYear();
  const firstSept = new Date(Date.UTC(y, 8, 1)).getUTCDay();
  const thirdTuesday = 1 + ((2 - firstSept + 7) % 7) + 14;
  const opened = date >= new Date(Date.UTC(y, 8, thirdTuesday));
  return opened ? [y, y + 1] : [y - 1, y];
}

const dutchDate = d => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** A letter is sent on a working day between 2010 and 2023. */
function workingDay(rand) {
  const start = Date.UTC(2010, 0, 4);
  const days = Math.floor((Date.UTC(2023, 11, 29) - start) / 86_400_000);
  for (;;) {
    const d = new Date(start + Math.floor(rand() * days) * 86_400_000);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) return d;
  }
}

/** Log-skewed sizes: median about 6 KB, mean about 18 KB, a long tail up to 200 KB. */
function letterSize(rand) {
  const u = rand();
  return Math.round(MIN_BYTES * Math.pow(MAX_BYTES / MIN_BYTES, Math.pow(u, 3)));
}

/**
 * Wraps one logical paragraph into PDF-like lines ("word \n"), hyphenating a long word that crosses the
 * right margin now and then ("gebeurte-\nnissen"), as the seed letters do.
 */
function wrap(rand, text) {
  const words = text.split(' ').filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line.length + word.length + 1 <= LINE_WIDTH) {
      line += (line ? ' ' : '') + word;
      continue;
    }
    const room = LINE_WIDTH - line.length - 2;
    if (/^[a-zà-ÿ]{9,}$/.test(word) && room >= 4 && rand() < 0.6) {
      const cut = Math.min(room, word.length - 3);
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line + ' ');
      line = word;
    }
  }
  if (line) lines.push(line + ' ');
  return lines.join('\n');
}

// ---- identities and citations -------------------------------------------------------------------------

function makeIdentities(rand, n) {
  const dates = Array.from({ length: n }, () => workingDay(rand)).sort((a, b) => a - b);
  const nextNumber = new Map(DOSSIERS.map(d => [d.written, 100 + Math.floor(rand() * 150)]));
  return dates.map(date => {
    const dossier = pickWeighted(rand, DOSSIERS);
    const number = nextNumber.get(dossier.written);
    nextNumber.set(dossier.written, number + 1 + (rand() < 0.3 ? Math.floor(rand() * 3) : 0));
    const [from, to] = sessionOf(date);
    const sender = pick(rand, SENDERS);
    const suffixPart = dossier.suffix ? `-${dossier.suffix}` : '';
    return {
      dossier: dossier.dossier,
      suffix: dossier.suffix,
      written: dossier.written,
      title: dossier.title,
      number: String(number),
      id: `kst-${dossier.dossier}${suffixPart}-${number}`,
      date,
      iso: date.toISOString().slice(0, 10),
      session: `${from}-${to}`,
      sessionWritten: `${from}–${to}`,
      sender,
      signer: pick(rand, sender.names),
    };
  });
}

/**
 * The letter a citation points at: an earlier letter, for a fifth of citations skewed strongly towards
 * the first ones so that a few letters are cited very often (as the founding letters of a dossier are);
 * or, for a share of citations, an identity no generated letter has.
 */
function citationTarget(rand, identities, citingIndex) {
  if (citingIndex === 0 || rand() < UNRESOLVED_SHARE) {
    const written = rand() < 0.5 ? pick(rand, FOREIGN_DOSSIERS) : pick(rand, DOSSIERS).written;
    return { written, number: String(5000 + Math.floor(rand() * 4000)), id: null, date: workingDay(rand) };
  }
  const skewed = rand() < 0.2;
  const target = identities[Math.floor(citingIndex * (skewed ? Math.pow(rand(), 3) : rand()))];
  return { written: target.written, number: target.number, id: target.id, date: target.date };
}

const CITATION_IN_SEED = /Kamerstuk(\s+)\d{2} ?\d{3}(?:-\d{2})?(,\s+nr\.\s+)\d+/g;

// ---- one letter ---------------------------------------------------------------------------------------

function header(identity) {
  return [
    '',
    'Tweede Kamer der Staten-Generaal 2',
    `Vergaderjaar ${identity.sessionWritten} `,
    '',
    `${identity.written} ${identity.title} `,
    '',
    `Nr. ${identity.number} ${identity.sender.type} `,
    '',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ',
    '',
  ].join('\n') + '\n';
}

const footer = (identity, page) =>
  `Tweede Kamer, vergaderjaar ${identity.sessionWritten}, ${identity.written}, nr. ${identity.number} ${page}`;

function composeLetter(rand, paragraphs, identities, index, targetBytes) {
  const identity = identities[index];
  const cited = [];
  const cite = () => {
    const t = citationTarget(rand, identities, index);
    cited.push(t.id);
    return t;
  };
  const fill = template => {
    const t = cite();
    return template.replace('{REF}', `${t.written}, nr. ${t.number}`).replace('{DATE}', dutchDate(t.date));
  };

  // Furniture style, as found in the seeds: header only, footers only, both, or neither (no identity).
  const style = rand();
  const withHeader = style < 0.45 || (style >= 0.8 && style < 0.95);
  const withFooters = style >= 0.45;

  const out = [];
  let lineCount = 0;
  let page = 1;
  let footnoteNumber = 0;
  let pendingFootnotes = [];
  let bytes = 0;
  const push = text => {
    out.push(text);
    bytes += Buffer.byteLength(text);
    lineCount += (text.match(/\n/g) || []).length;
  };
  const pageBreak = () => {
    for (const body of pendingFootnotes) push(body + '\n');
    pendingFootnotes = [];
    page += 1;
    if (withFooters) push(`\n${footer(identity, page)}\n\n\n`);
    else push('\n');
    lineCount = 0;
  };

  if (withHeader) push(header(identity));
  push(`${withHeader ? '' : ' '}Den Haag, ${dutchDate(identity.date)} \n\n`);
  lineCount = Math.min(lineCount, 12);

  const bodyBudget = targetBytes - 200;
  while (bytes < bodyBudget) {
    const roll = rand();
    let paragraph;
    if (roll < 0.18) {
      paragraph = wrap(rand, fill(pick(rand, CITING_SENTENCES)));
    } else if (roll < 0.26) {
      footnoteNumber += 1;
      const sentence = pick(rand, CITING_SENTENCES).replace(/ \(Kamerstuk \{REF\}\)|, (?:zie ook )?Kamerstuk \{REF\}/, '');
      paragraph = wrap(rand, sentence.replace(/\.$/, `.${footnoteNumber}`).replace('{DATE}', dutchDate(workingDay(rand))));
      pendingFootnotes.push(wrap(rand, `${footnoteNumber} ${fill(pick(rand, FOOTNOTE_SENTENCES))}`));
    } else {
      paragraph = pick(rand, paragraphs).replace(CITATION_IN_SEED, (_m, ws1, ws2) => {
        const t = cite();
        return `Kamerstuk${ws1}${t.written}${ws2}${t.number}`;
      });
    }
    // Pages break wherever the page is full, mid-paragraph and mid-sentence, as in the PDFs.
    const paragraphLines = paragraph.split('\n');
    for (let l = 0; l < paragraphLines.length; l++) {
      if (lineCount >= LINES_PER_PAGE) pageBreak();
      push(paragraphLines[l] + (l === paragraphLines.length - 1 ? '\n\n' : '\n'));
    }
  }

  for (const body of pendingFootnotes) push(body + '\n');
  push(`${identity.sender.role}\n${identity.signer}\n`);
  if (withFooters) push(`\n${footer(identity, page + 1)}\n`);
  return { text: out.join(''), cited, withHeader, withFooters };
}

// ---- the corpus ---------------------------------------------------------------------------------------

export function defaultOutDir(n) {
  return join(REPO_ROOT, '.cache', 'bench', String(n));
}

/**
 * Writes N letters to outDir/corpus/ and outDir/manifest.json, unless outDir already holds the corpus
 * this generator version makes for (n, seed). Returns the manifest.
 */
export function generateCorpus({ n, seed = 1, outDir = defaultOutDir(n), corpusDir = SEED_CORPUS, force = false }) {
  n = Math.max(1, Math.floor(n));
  const manifestPath = join(outDir, 'manifest.json');
  if (!force && existsSync(manifestPath)) {
    try {
      const cached = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (cached.fingerprint === GENERATOR_FINGERPRINT && cached.n === n && cached.seed === seed) return { ...cached, dir: outDir, reused: true };
    } catch { /* regenerate */ }
  }
  const rand = mulberry32(seed * 1_000_003 + n);
  const paragraphs = loadParagraphs(corpusDir);
  const identities = makeIdentities(rand, n);
  const letterDir = join(outDir, 'corpus');
  rmSync(letterDir, { recursive: true, force: true });
  mkdirSync(letterDir, { recursive: true });

  const citedCount = new Map();
  const letters = [];
  let totalBytes = 0;
  let citations = 0;
  let unresolved = 0;
  const width = String(n - 1).length;
  for (let i = 0; i < n; i++) {
    const { text, cited, withHeader, withFooters } = composeLetter(rand, paragraphs, identities, i, letterSize(rand));
    const hex = Math.floor(rand() * 0xffffffff).toString(16).padStart(8, '0') + Math.floor(rand() * 0xffffffff).toString(16).padStart(8, '0');
    const file = `${String(i).padStart(Math.max(5, width), '0')}_${hex}.txt`;
    writeFileSync(join(letterDir, file), text);
    const bytes = Buffer.byteLength(text);
    totalBytes += bytes;
    for (const id of cited) {
      citations += 1;
      if (id === null) unresolved += 1;
      else citedCount.set(id, (citedCount.get(id) ?? 0) + 1);
    }
    const id = identities[i];
    letters.push({ file, bytes, id: id.id, ref: `${id.written}, nr. ${id.number}`, date: id.iso, session: id.session, header: withHeader, footers: withFooters });
  }
  let mostCited = null;
  for (const [id, count] of citedCount) if (!mostCited || count > mostCited.count) mostCited = { id, count };
  const manifest = {
    fingerprint: GENERATOR_FINGERPRINT,
    n,
    seed,
    totalBytes,
    citations,
    unresolved,
    mostCited: mostCited && { ...mostCited, file: letters.find(l => l.id === mostCited.id)?.file ?? null },
    letters,
  };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { ...manifest, dir: outDir, reused: false };
}

function parseArgs(argv) {
  const args = { n: 1000, seed: 1, outDir: null, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--n') args.n = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--out') args.outDir = resolve(argv[++i]);
    else if (a === '--force') args.force = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isFinite(args.n) || args.n < 1) throw new Error('--n must be a positive number');
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be an integer');
  return args;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const t0 = performance.now();
    const m = generateCorpus({ n: args.n, seed: args.seed, outDir: args.outDir ?? defaultOutDir(args.n), force: args.force });
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    process.stdout.write(
      `${m.reused ? 'reused' : 'wrote'} ${m.n} letters, ${(m.totalBytes / 1e6).toFixed(1)} MB, ${m.citations} citations ` +
      `(${m.unresolved} unresolved), most cited ${m.mostCited?.id} ×${m.mostCited?.count} in ${m.dir} (${secs} s)\n`,
    );
  } catch (err) {
    process.stderr.write(`generate: ${err.message}\n`);
    process.exitCode = 2;
  }
}
