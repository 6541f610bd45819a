// Corpus-scale benchmark: generates (or reuses) synthetic corpora of 1,000 and 10,000 letters and measures
// the floor (read + one regex pass), the language server over stdio (cold indexing, memory, request
// latencies, waiting behind indexing, re-analysis after an edit) and the command line, with the targets.
//
//   npm run bench                              # build, then both sizes
//   node scripts/bench/bench.mjs [--sizes 1000,10000] [--seed 1] [--requests 500] [--edits 50]
//                                [--no-server] [--no-cli] [--no-warm] [--profile] [--json FILE]
//                                [--node-args "--max-semi-space-size=8"]   # extra node/V8 flags for the server
//                                [--dist DIR]   # bundles to measure (default dist/): A/B of two builds
//
// The bench also measures indexing from the server's record cache (--cache-dir; --no-warm skips it): one start
// fills an empty cache, a second start is timed. The cold figures are always taken without a cache. The CLI is
// also run twice with --cache (writing the cache, then over the unchanged corpus).
//
// --profile starts the server with --cpu-prof and writes .cpuprofile files to .cache/bench/profiles/;
// summarise one with `node scripts/bench/profile-summary.mjs FILE`.
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus, REPO_ROOT } from './generate.mjs';
import { BenchClient } from './lsp-client.mjs';
import { fmt, mark, mb, summarise, table } from './stats.mjs';
import { PauseWatch } from './pauses.mjs';

// The bundles are copied before measuring: a rebuild of dist/ during the run must not change what is measured.
const BIN = join(REPO_ROOT, '.cache', 'bench', 'bin');
const SERVER = join(BIN, 'server.js');
const CLI = join(BIN, 'cli.js');

function snapshotBundles(dist) {
  rmSync(BIN, { recursive: true, force: true });
  mkdirSync(BIN, { recursive: true });
  for (const name of ['server.js', 'server.js.map', 'cli.js', 'cli.js.map']) {
    const from = join(dist, name);
    if (existsSync(from)) copyFileSync(from, join(BIN, name));
  }
}
const INDEX_TIMEOUT_MS = 600_000;
/** The title of the server's second indexing progress (organisations and dates of closed letters). */
const FULL_ANALYSIS_TITLE = 'organisations and dates';
/** Pause between the hovers sent during indexing: a steady stream (~100/s), not a flood that steals the CPU. */
const HOVER_GAP_MS = 10;

const TARGETS = {
  indexVsFloor: 3,        // cold indexing of 10,000 letters within 3× the floor
  cliMBps: 50,            // CLI ≥ 50 MB/s
  hoverP99: 5,            // ms, at 10,000 letters
  definitionP99: 5,       // ms
  referencesP99: 20,      // ms, references of the most cited letter
  waitBehindIndex: 50,    // ms, the longest any request waits behind indexing
  editMedian: 10,         // ms, one-character edit in a 30 KB letter → fresh diagnostics
  rssMB: 500,             // MB at 10,000 letters
  linearity: 12,          // 10,000-letter figures within 12× the 1,000-letter ones
};

function parseArgs(argv) {
  const args = { sizes: [1000, 10000], seed: 1, requests: 500, edits: 50, server: true, cli: true, profile: false, warm: true, json: null, nodeArgs: [], dist: join(REPO_ROOT, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') args.sizes = argv[++i].split(',').map(Number).filter(n => Number.isInteger(n) && n > 0);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--requests') args.requests = Math.max(1, Number(argv[++i]));
    else if (a === '--edits') args.edits = Math.max(1, Number(argv[++i]));
    else if (a === '--no-server') args.server = false;
    else if (a === '--no-cli') args.cli = false;
    else if (a === '--profile') args.profile = true;
    else if (a === '--warm') args.warm = true;
    else if (a === '--no-warm') args.warm = false;
    else if (a === '--json') args.json = argv[++i];
    else if (a === '--dist') args.dist = argv[++i];
    else if (a === '--node-args') args.nodeArgs = argv[++i].split(/\s+/).filter(Boolean);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.sizes.length) throw new Error('--sizes needs positive integers');
  return args;
}

const say = s => process.stdout.write(s + '\n');
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// ---- positions of real references -----------------------------------------------------------------

const CITATION = /Kamerstuk(?:ken)?\s+(?:II\s+)?(\d{2}) ?\d{3}/g;
/** A kamerstuk citation up to its "nr. ": group 1 is the label with its space. */
const CITATION_NUMBER = /(Kamerstuk(?:ken)?\s+(?:II\s+)?)\d{2} ?\d{3}(?:-\d{2})?, nr\. /g;

function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** A position inside the dossier number of every kamerstuk citation in the text. */
function citationPositions(text) {
  const starts = lineStarts(text);
  const out = [];
  for (const m of text.matchAll(CITATION)) out.push(positionAt(starts, m.index + m[0].length - 2));
  return out;
}

/**
 * Where a user writing each kamerstuk citation would ask for completion: after the label (the dossiers), and
 * after "nr. " (the dossier's numbers).
 */
function completionPositions(text) {
  const starts = lineStarts(text);
  const out = [];
  for (const m of text.matchAll(CITATION_NUMBER)) {
    out.push(positionAt(starts, m.index + m[1].length));
    out.push(positionAt(starts, m.index + m[0].length));
  }
  return out;
}

function letterPath(dir, letter) {
  return join(dir, 'corpus', letter.file);
}

/** Every k-th mid-sized letter, so that the request sample is spread over the corpus and deterministic. */
function sampleLetters(manifest, count) {
  const candidates = manifest.letters.filter(l => l.bytes >= 5_000 && l.bytes <= 60_000);
  const stride = Math.max(1, Math.floor(candidates.length / count));
  return candidates.filter((_, i) => i % stride === 0).slice(0, count);
}

// ---- the floor ------------------------------------------------------------------------------------

function measureFloor(dir, manifest) {
  const files = manifest.letters.map(l => letterPath(dir, l));
  const pass = () => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let bytes = 0;
    let matches = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      bytes += Buffer.byteLength(text);
      for (const _ of text.matchAll(CITATION)) matches++;
    }
    const cpu = process.cpuUsage(cpu0);
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes, matches };
  };
  // The best of three passes: the first warms the page cache and the JIT, as the server finds them; on a
  // shared machine the fastest pass is the least disturbed one.
  const r = [pass(), pass(), pass()].reduce((best, x) => (x.seconds < best.seconds ? x : best));
  return { ...r, MBps: mb(r.bytes) / r.seconds };
}

// ---- the command line -----------------------------------------------------------------------------

/**
 * One run of `annotate --json` over the corpus, output to /dev/null, pinned to one core where taskset
 * exists (the CLI is single-threaded), with its CPU time from /usr/bin/time where that exists: on a shared
 * machine CPU seconds are a steadier measure than wall seconds.
 */
/** `annotate --json` over the corpus: pinned to one core with `--jobs 1` (the target's figure), or on every core. */
function runCli(dir, allCores = false, cacheDir = null) {
  return new Promise(resolve => {
    let argv = [process.execPath, CLI, 'annotate', '--json', ...(allCores ? [] : ['--jobs', '1']), ...(cacheDir ? ['--cache', cacheDir] : []), join(dir, 'corpus')];
    const pinned = !allCores && existsSync('/usr/bin/taskset');
    if (pinned) argv = ['/usr/bin/taskset', '-c', '0', ...argv];
    const timed = existsSync('/usr/bin/time');
    if (timed) argv = ['/usr/bin/time', '-f', 'bench-cpu %U %S', ...argv];
    const devNull = openSync('/dev/null', 'w');
    const t0 = performance.now();
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', devNull, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', d => { stderr = (stderr + d).slice(-8000); });
    child.on('error', err => { closeSync(devNull); resolve({ error: err.message }); });
    child.on('exit', code => {
      closeSync(devNull);
      const seconds = (performance.now() - t0) / 1000;
      const cpu = /bench-cpu ([\d.]+) ([\d.]+)/.exec(stderr);
      const rest = stderr.replace(/bench-cpu .*\n?/, '').replace(/Command exited with non-zero status \d+\n?/, '').trim();
      const firstLines = rest.split('\n').slice(0, 6).map(l => (l.length > 160 ? l.slice(0, 160) + '…' : l));
      resolve({ seconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, pinned, code, stderr: firstLines.join(' | ') });
    });
  });
}

async function measureCli(dir, manifest) {
  if (!existsSync(CLI)) return { unavailable: 'not available (dist/cli.js not built)' };
  const run = await runCli(dir);
  // A run that crashed measured nothing: report it instead of a rate.
  if (run.error || run.code !== 0) return { unavailable: `failed (exit ${run.code ?? run.error}): ${run.stderr ?? ''}` };
  const size = mb(manifest.totalBytes);
  // The same run as a user gets it by default: a thread per core (one per thousand letters).
  const all = await runCli(dir, true);
  const allCores = all.error || all.code !== 0 ? null : { seconds: all.seconds, MBps: size / all.seconds };
  // `--cache`, one core: the first run (which writes the cache) and a second over the unchanged corpus.
  const cacheDir = join(dir, 'cli-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const rate = r => (r.error || r.code !== 0 ? null : { seconds: r.seconds, MBps: size / r.seconds, cpuSeconds: r.cpuSeconds });
  const cacheWrite = rate(await runCli(dir, false, cacheDir));
  const cacheRerun = rate(await runCli(dir, false, cacheDir));
  rmSync(cacheDir, { recursive: true, force: true });
  return { ...run, MBps: size / run.seconds, cpuMBps: run.cpuSeconds ? size / run.cpuSeconds : null, allCores, cacheWrite, cacheRerun };
}

// ---- the language server --------------------------------------------------------------------------

async function openAndWait(client, letters) {
  for (const l of letters) {
    const waiting = client.nextDiagnostics(l.uri, 15_000);
    client.open(l.uri, l.text);
    await waiting;
  }
}

/** Waits until no diagnostics have arrived for `quietMs`, at most `maxMs`. */
async function settle(client, quietMs = 300, maxMs = 30_000) {
  const t0 = performance.now();
  let last = client.diagnosticsReceived;
  let quietSince = performance.now();
  while (performance.now() - t0 < maxMs) {
    await sleep(50);
    if (client.diagnosticsReceived !== last) { last = client.diagnosticsReceived; quietSince = performance.now(); }
    else if (performance.now() - quietSince >= quietMs) return;
  }
}

async function latencies(client, method, paramsList, count) {
  const samples = [];
  let answered = 0;
  let errors = 0;
  let resultSize = 0;
  for (let i = 0; i < count; i++) {
    const [ms, result, err] = await client.timed(method, paramsList[i % paramsList.length]);
    samples.push(ms);
    if (err) errors++;
    else if (result !== null && !(Array.isArray(result) && result.length === 0)) answered++;
    if (Array.isArray(result)) resultSize = Math.max(resultSize, result.length);
    else if (Array.isArray(result?.data)) resultSize = Math.max(resultSize, result.data.length / 5);
    else if (Array.isArray(result?.items)) resultSize = Math.max(resultSize, result.items.length);
  }
  return { ...summarise(samples), answered, errors, resultSize };
}

function loadLetter(dir, letter) {
  const path = letterPath(dir, letter);
  const text = readFileSync(path, 'utf8');
  return { ...letter, path, uri: pathToFileURL(path).href, text };
}

/** A letter citing the most cited letter, and the position of that citation. */
function findCiter(dir, manifest) {
  const ref = manifest.mostCited?.ref ?? manifest.letters.find(l => l.id === manifest.mostCited?.id)?.ref;
  if (!ref) return null;
  const pattern = new RegExp(`Kamerstuk\\s+${ref.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+')}(?!\\d)`);
  for (const letter of manifest.letters) {
    if (letter.id === manifest.mostCited.id) continue;
    const loaded = loadLetter(dir, letter);
    const m = pattern.exec(loaded.text);
    if (m) return { letter: loaded, position: positionAt(lineStarts(loaded.text), m.index + 'Kamerstuk '.length + 1) };
  }
  return null;
}

/** One-character edits in the letter closest to 30 KB: insert "x", delete it, …; time to its diagnostics. */
async function measureEdits(client, letter, edits) {
  const middle = letter.text.indexOf(' de ', Math.floor(letter.text.length / 2));
  const offset = (middle >= 0 ? middle : Math.floor(letter.text.length / 2)) + 1;
  const at = positionAt(lineStarts(letter.text), offset);
  const incremental = (client.capabilities.textDocumentSync?.change ?? client.capabilities.textDocumentSync) === 2;
  let text = letter.text;
  let version = 1;
  const samples = [];
  let timeouts = 0;
  for (let i = 0; i < edits; i++) {
    const insert = i % 2 === 0;
    version += 1;
    text = insert ? text.slice(0, offset) + 'x' + text.slice(offset) : text.slice(0, offset) + text.slice(offset + 1);
    const change = insert
      ? { range: { start: at, end: at }, text: 'x' }
      : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
    const t0 = performance.now();
    let got = client.nextDiagnostics(letter.uri, 10_000);
    client.change(letter.uri, version, [incremental ? change : { text }]);
    let result = await got;
    // A publish for an older version (scheduled before this edit) is not the fresh one.
    while (result && typeof result.version === 'number' && result.version < version) {
      got = client.nextDiagnostics(letter.uri, 10_000);
      result = await got;
    }
    if (!result) { timeouts++; continue; }
    samples.push(result.at - t0);
    await sleep(5);
  }
  return { ...summarise(samples), timeouts, bytes: letter.bytes };
}

/**
 * Indexing from the record cache: a first start fills an empty cache, the second start is timed. The server is
 * started as the VS Code client starts it: with a cache directory and MALLOC_ARENA_MAX=2 (client/src/server.ts).
 */
async function measureWarm(dir) {
  const cacheDir = join(dir, 'record-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const index = async (filling) => {
    const client = new BenchClient({ serverPath: SERVER, workspaceDir: dir, serverArgs: ['--cache-dir', cacheDir], env: { MALLOC_ARENA_MAX: '2' } });
    try {
      await client.initialize();
      const cpuAtStart = client.cpuSeconds();
      const t0 = client.initialized();
      const ok = await client.waitForProgressEnd(t0, INDEX_TIMEOUT_MS);
      const progress = client.progressAfter(t0);
      if (!ok || !progress?.end) return null;
      // Only full records are cached: the filling start must see the second pass end (at 10,000 letters it ends
      // long after the diagnostics of the first pass have gone quiet; before session 17 the bench stopped the
      // server then, with a few dozen records written, and the "warm" start was a cold one).
      if (filling && !(await client.waitForProgressEnd(t0, INDEX_TIMEOUT_MS, FULL_ANALYSIS_TITLE))) return null;
      await settle(client);
      // A warm start that took every record from the cache has no second pass. Letters the cache missed are
      // analysed in one, which has begun by now (settle waits 300 ms at least) but may go on long after the
      // diagnostics went quiet: the index is complete at its end, and the result says there was one.
      const full = client.progressAfter(t0, FULL_ANALYSIS_TITLE);
      if (full && !full.end && !(await client.waitForProgressEnd(t0, INDEX_TIMEOUT_MS, FULL_ANALYSIS_TITLE))) return null;
      const end = Math.max(progress.end, full?.end ?? 0);
      return { seconds: (end - t0) / 1000, firstPassSeconds: (progress.end - t0) / 1000, secondPass: !!full, cpuSeconds: cpuAtStart === null ? null : client.cpuSeconds() - cpuAtStart, rssMB: client.rssMB() };
    } finally {
      await client.shutdown();
    }
  };
  const filling = await index(true);
  const warm = await index(false);
  return { filling, warm };
}

async function measureServer(dir, manifest, args) {
  if (!existsSync(SERVER)) return { unavailable: 'server not available (dist/server.js not built)' };
  const profileDir = join(REPO_ROOT, '.cache', 'bench', 'profiles');
  if (args.profile) mkdirSync(profileDir, { recursive: true });
  const nodeArgs = [...args.nodeArgs, ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=server-${manifest.n}-${Date.now()}.cpuprofile`] : [])];
  const client = new BenchClient({ serverPath: SERVER, workspaceDir: dir, nodeArgs });
  try {
    await client.initialize();

    // Cold indexing, with hovers sent one after another the whole time: how long does a request wait?
    const probe = sampleLetters(manifest, 30).map(l => loadLetter(dir, l)).find(l => citationPositions(l.text).length > 0);
    const probePositions = probe ? citationPositions(probe.text) : [];
    const cpuAtStart = client.cpuSeconds();
    const t0 = client.initialized();
    if (probe) client.open(probe.uri, probe.text);
    // The server indexes in two passes, each with its progress: identity and citations of every letter
    // (cold index: cross-letter features complete), then organisations and dates (full analysis). The
    // hovers go on through both.
    let indexCpuSeconds = null;
    const indexed = client.waitForProgressEnd(t0, INDEX_TIMEOUT_MS).then(ok => {
      if (cpuAtStart !== null) indexCpuSeconds = client.cpuSeconds() - cpuAtStart;
      return ok;
    });
    // The hovers go on until the diagnostics of the closed letters, published once both passes are done,
    // have settled: those are the index's work too, and a request must not wait behind them either.
    let ended = false;
    const ending = indexed
      .then(ok => (ok ? client.waitForProgressEnd(t0, INDEX_TIMEOUT_MS, FULL_ANALYSIS_TITLE) : false))
      .then(async ok => { if (ok) await settle(client); ended = true; return ok; });
    const during = [];
    const duringAt = []; // seconds after initialized: when in the indexing the slowest waits happened
    const duringPaused = []; // ms of each wait during which the bench itself was paused (pauses.mjs)
    const pauses = new PauseWatch();
    let hoverIndex = 0;
    while (!ended && probePositions.length) {
      const sentAt = performance.now();
      const [ms] = await client.timed('textDocument/hover', { textDocument: { uri: probe.uri }, position: probePositions[hoverIndex++ % probePositions.length] });
      during.push(ms);
      duringAt.push((sentAt - t0) / 1000);
      duringPaused.push(pauses.pausedDuring(sentAt, sentAt + ms));
      await sleep(HOVER_GAP_MS);
    }
    pauses.stop();
    const finished = await ending;
    const progress = client.progressAfter(t0);
    const full = client.progressAfter(t0, FULL_ANALYSIS_TITLE);
    if (!finished || !progress?.end || !full?.end) return { unavailable: `server did not end its indexing progress within ${INDEX_TIMEOUT_MS / 1000} s`, stderr: client.stderr.slice(0, 500) };
    const coldSeconds = (progress.end - t0) / 1000;
    const coldCpuSeconds = indexCpuSeconds;
    const fullSeconds = (full.end - t0) / 1000;
    const fullCpuSeconds = cpuAtStart === null ? null : client.cpuSeconds() - cpuAtStart;
    const rssMB = client.rssMB();
    const peakRssMB = client.rssMB('VmHWM');
    const indexTraffic = { bytes: client.bytesReceived, diagnostics: client.diagnosticsReceived };
    const settledSeconds = client.lastDiagnosticsAt ? (Math.max(client.lastDiagnosticsAt, full.end) - t0) / 1000 : null;

    // Requests on an indexed workspace, at the positions of real references.
    const sample = sampleLetters(manifest, 30).map(l => loadLetter(dir, l));
    await openAndWait(client, sample);
    const positions = sample.flatMap(l => citationPositions(l.text).map(position => ({ textDocument: { uri: l.uri }, position })));
    const docs = sample.map(l => ({ textDocument: { uri: l.uri } }));
    const n = args.requests;
    const hover = await latencies(client, 'textDocument/hover', positions, n);
    const definition = await latencies(client, 'textDocument/definition', positions, n);
    const citer = findCiter(dir, manifest);
    let references = null;
    if (citer) {
      await openAndWait(client, [citer.letter]);
      references = await latencies(client, 'textDocument/references', [{ textDocument: { uri: citer.letter.uri }, position: citer.position, context: { includeDeclaration: true } }], n);
    }
    const symbols = await latencies(client, 'textDocument/documentSymbol', docs, n);
    const tokens = await latencies(client, 'textDocument/semanticTokens/full', docs, n);
    const completionAt = sample.flatMap(l => completionPositions(l.text).map(position => ({ textDocument: { uri: l.uri }, position })));
    const completion = await latencies(client, 'textDocument/completion', completionAt, n);

    const editLetter = manifest.letters.reduce((best, l) => (Math.abs(l.bytes - 30_000) < Math.abs(best.bytes - 30_000) ? l : best));
    const editable = loadLetter(dir, editLetter);
    await openAndWait(client, [editable]);
    await settle(client, 200, 5000);
    const edit = await measureEdits(client, editable, args.edits);

    return {
      coldSeconds,
      coldCpuSeconds,
      fullSeconds,
      fullCpuSeconds,
      settledSeconds,
      coldMBps: mb(manifest.totalBytes) / coldSeconds,
      rssMB,
      peakRssMB,
      indexTraffic,
      rssAfterRequestsMB: client.rssMB(),
      publishing: (pub => ({ ...summarise(pub), count: pub.length }))(during.filter((_, i) => duringAt[i] * 1000 + t0 >= full.end)),
      during: {
        ...summarise(during),
        count: during.length,
        slowest: during.map((ms, i) => ({ ms: Math.round(ms), at: Number(duringAt[i].toFixed(2)), benchPaused: Math.round(duringPaused[i]) })).sort((a, b) => b.ms - a.ms).slice(0, 5),
        // The wait with the bench's own pauses taken out: what the server made the request wait.
        maxServer: Math.max(0, ...during.map((ms, i) => ms - duringPaused[i])),
        benchPauses: pauses.pauses.length,
        benchPausedMs: Math.round(pauses.pauses.reduce((sum, [a, b]) => sum + b - a, 0)),
      },
      hover, definition, references, symbols, tokens, completion, edit,
      positions: positions.length,
    };
  } catch (err) {
    return { unavailable: `server failed: ${err?.message ?? String(err)}`, stderr: client.stderr.slice(0, 500) };
  } finally {
    await client.shutdown();
  }
}

// ---- the report -----------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map(x => x.toFixed(2)).join(' '),
  };
}

function report(runs) {
  const sizes = runs.map(r => r.n);
  const big = runs[runs.length - 1];
  const small = runs.length > 1 ? runs[0] : null;
  const s = r => r.server?.unavailable ? null : r.server;
  const cell = (r, f, digits) => { try { return fmt(f(r), digits); } catch { return '—'; } };
  const rows = [];
  const row = (label, f, target = '', ok = null, digits = 1) => rows.push([label, ...runs.map(r => cell(r, f, digits)), target, mark(ok)]);
  const safe = f => { try { const v = f(); return Number.isNaN(v) ? null : v; } catch { return null; } };

  row('letters / MB', r => `${r.n} / ${fmt(mb(r.totalBytes))}`);
  row('floor: read + 1 regex pass, s', r => r.floor.seconds, '', null, 2);
  row('floor, MB/s', r => r.floor.MBps);
  const ratio = r => s(r).coldSeconds / r.floor.seconds;
  row('cold index, s', r => s(r).coldSeconds, '', null, 2);
  row('cold index ÷ floor', r => ratio(r), `≤ ${TARGETS.indexVsFloor}× (at ${big.n})`, safe(() => s(big) ? ratio(big) <= TARGETS.indexVsFloor : null));
  row('cold index, MB/s', r => s(r).coldMBps);
  row('cold index, CPU s (all server threads)', r => s(r).coldCpuSeconds, '', null, 2);
  row('floor, CPU s', r => r.floor.cpuSeconds, '', null, 2);
  row('cold index ÷ floor, in CPU seconds', r => s(r).coldCpuSeconds / r.floor.cpuSeconds);
  row('… then organisations and dates ended, s', r => s(r).fullSeconds, '', null, 2);
  row('… full analysis, MB/s', r => mb(r.totalBytes) / s(r).fullSeconds);
  row('… full analysis, CPU s (all server threads)', r => s(r).fullCpuSeconds, '', null, 2);
  row('… until the last diagnostics, s', r => s(r).settledSeconds, '', null, 2);
  // A restart with the record cache (what the VS Code client starts: a cache in the extension's storage): the
  // whole index, organisations and dates too, from the cache. Not the cold target's figure.
  row('warm start (record cache), index complete, s', r => s(r).cache?.warm?.seconds ?? '—', '', null, 2);
  row('warm start ÷ floor', r => (s(r).cache?.warm ? s(r).cache.warm.seconds / r.floor.seconds : '—'), '', null);
  row('warm start, CPU s (all server threads)', r => s(r).cache?.warm?.cpuSeconds ?? '—', '', null, 2);
  row('server RSS after indexing, MB', r => s(r).rssMB, `≤ ${TARGETS.rssMB} MB`, safe(() => s(big)?.rssMB != null ? s(big).rssMB <= TARGETS.rssMB : null), 0);
  row('server peak RSS (VmHWM), MB', r => s(r).peakRssMB, '', null, 0);
  // The RSS as the VS Code client runs the server (record cache, MALLOC_ARENA_MAX=2), after the whole index.
  row('server RSS, as VS Code runs it: first start / warm start, MB', r => (s(r).cache ? `${fmt(s(r).cache.filling?.rssMB, 0)} / ${fmt(s(r).cache.warm?.rssMB, 0)}` : '—'));
  row('server → client until settled, MB / diagnostics', r => `${fmt(mb(s(r).indexTraffic.bytes))} / ${s(r).indexTraffic.diagnostics}`);
  const lat = (key, label, target) => {
    row(`${label} median, ms`, r => s(r)[key].median, '', null, 2);
    row(`${label} p99, ms`, r => s(r)[key].p99, target ? `≤ ${target} ms` : '', target ? safe(() => s(big) ? s(big)[key].p99 <= target : null) : null, 2);
  };
  lat('hover', 'hover', TARGETS.hoverP99);
  lat('definition', 'definition', TARGETS.definitionP99);
  row('references: most cited letter, citations', r => `${r.mostCited?.count} (${s(r).references?.resultSize ?? '—'} locations)`);
  lat('references', 'references', TARGETS.referencesP99);
  lat('symbols', 'document symbols');
  lat('tokens', 'semantic tokens');
  lat('completion', 'completion (dossiers, then a dossier\'s numbers)');
  row('hovers sent during indexing', r => s(r).during.count, '', null, 0);
  row('wait behind indexing p99, ms', r => s(r).during.p99, '', null, 1);
  row('wait behind indexing max, ms (as the bench timed it)', r => s(r).during.max, '', null, 1);
  row('… the bench\'s own pauses taken out (pauses.mjs), ms', r => s(r).during.maxServer, `≤ ${TARGETS.waitBehindIndex} ms`, safe(() => s(big) ? s(big).during.maxServer <= TARGETS.waitBehindIndex : null), 1);
  row('… the bench\'s own pauses over 10 ms while it timed them: count / ms in all', r => (s(r).during.benchPauses === undefined ? '—' : `${s(r).during.benchPauses} / ${s(r).during.benchPausedMs}`), '', null);
  row('… of which after both passes (diagnostics published): hovers / max, ms', r => s(r).publishing ? `${s(r).publishing.count} / ${fmt(s(r).publishing.max, 1)}` : '—');
  row('edit → diagnostics median, ms', r => s(r).edit.median, `≤ ${TARGETS.editMedian} ms`, safe(() => s(big) ? s(big).edit.median <= TARGETS.editMedian : null), 2);
  row('edit → diagnostics p99, ms', r => s(r).edit.p99, '', null, 2);
  row('CLI annotate --json, one core, MB/s', r => r.cli.MBps, `≥ ${TARGETS.cliMBps} MB/s`, safe(() => big.cli.MBps ? big.cli.MBps >= TARGETS.cliMBps : null));
  row('CLI, MB per CPU second', r => r.cli.cpuMBps, '', null);
  row(`CLI annotate --json, every core (${os.availableParallelism?.() ?? os.cpus().length}), MB/s`, r => r.cli.allCores?.MBps ?? '—', '', null);
  row('CLI --cache, one core, first run (writing the cache), MB/s', r => r.cli.cacheWrite?.MBps ?? '—', '', null);
  row('CLI --cache, one core, re-run (no letter changed), MB/s', r => r.cli.cacheRerun?.MBps ?? '—', `≥ ${TARGETS.cliMBps} MB/s (re-run)`, safe(() => big.cli.cacheRerun ? big.cli.cacheRerun.MBps >= TARGETS.cliMBps : null));

  if (small) {
    const linear = [
      // CPU seconds, not wall seconds: on a shared machine wall time measures the neighbours.
      ['cold index CPU time', r => s(r).coldCpuSeconds],
      ['server RSS', r => s(r).rssMB],
      ['hover p99', r => s(r).hover.p99],
      ['definition p99', r => s(r).definition.p99],
      ['references p99', r => s(r).references.p99],
      ['document symbols p99', r => s(r).symbols.p99],
      ['semantic tokens p99', r => s(r).tokens.p99],
      ['completion p99', r => s(r).completion.p99],
      ['edit → diagnostics median', r => s(r).edit.median],
      ['CLI CPU time', r => r.cli.cpuSeconds ?? r.cli.seconds],
    ];
    for (const [label, f] of linear) {
      const q = safe(() => f(big) / f(small));
      rows.push([`linearity: ${label} ${big.n}/${small.n}`, '', fmt(q, 1) + (q == null ? '' : '×'), `≤ ${TARGETS.linearity}×`, mark(q == null ? null : q <= TARGETS.linearity)]);
    }
  }
  say('');
  say(table(['figure', ...sizes.map(n => `${n.toLocaleString('en')} letters`), 'target', ''], rows));
  for (const r of runs) {
    if (r.server?.unavailable) say(`\n${r.n} letters: ${r.server.unavailable}${r.server.stderr ? ` (stderr: ${r.server.stderr})` : ''}`);
    if (r.cli?.unavailable) say(`${r.n} letters: CLI ${r.cli.unavailable}`);
    const srv = s(r);
    if (srv) say(`${r.n} letters: ${srv.positions} reference positions; hover answered ${srv.hover.answered}/${srv.hover.count}, definition ${srv.definition.answered}/${srv.definition.count}, ` +
      `errors ${['hover', 'definition', 'references', 'symbols', 'tokens', 'completion'].map(k => srv[k]?.errors ?? 0).join('/')}; edit timeouts ${srv.edit.timeouts}; edit letter ${srv.edit.bytes} bytes; ` +
      `slowest waits behind indexing ${(srv.during.slowest ?? []).map(w => `${w.ms} ms at ${w.at} s${w.benchPaused ? ` (the bench paused ${w.benchPaused} ms of it)` : ''}`).join(', ')} of ${fmt(srv.coldSeconds, 1)} s`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  snapshotBundles(args.dist);
  const m = machine();
  say(`kamerstukken bench — ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, node ${m.node}, load average ${m.loadAverage}`);
  const runs = [];
  for (const n of args.sizes) {
    const t0 = performance.now();
    const manifest = generateCorpus({ n, seed: args.seed });
    say(`\n${n} letters: ${manifest.reused ? 'reused' : 'generated'} ${fmt(mb(manifest.totalBytes))} MB in ${manifest.dir} (${fmt((performance.now() - t0) / 1000, 1)} s); ` +
      `${manifest.citations} citations, ${manifest.unresolved} unresolved; most cited ${manifest.mostCited?.id} ×${manifest.mostCited?.count}`);
    const run = { n, totalBytes: manifest.totalBytes, mostCited: manifest.mostCited };
    run.floor = measureFloor(manifest.dir, manifest);
    say(`  floor: ${fmt(run.floor.seconds, 2)} s, ${fmt(run.floor.MBps)} MB/s`);
    if (args.server) {
      run.server = await measureServer(manifest.dir, manifest, args);
      say(run.server.unavailable ? `  server: ${run.server.unavailable}` : `  server: cold index ${fmt(run.server.coldSeconds, 2)} s (${fmt(run.server.coldCpuSeconds, 1)} CPU s), full analysis ${fmt(run.server.fullSeconds, 2)} s, RSS ${fmt(run.server.rssMB, 0)} MB, hover p99 ${fmt(run.server.hover.p99, 2)} ms`);
      if (args.warm && !run.server.unavailable) {
        run.server.cache = await measureWarm(manifest.dir);
        const { filling, warm } = run.server.cache;
        say(`  record cache: filling ${fmt(filling?.seconds, 2)} s, warm index ${fmt(warm?.seconds, 2)} s (${fmt(warm?.cpuSeconds, 1)} CPU s, ${fmt(warm ? warm.seconds / run.floor.seconds : null, 1)}× the floor), RSS ${fmt(warm?.rssMB, 0)} MB${warm?.secondPass ? ' — NOT all from the cache: a second pass analysed the letters it missed' : ''}`);
      }
    } else run.server = { unavailable: 'skipped (--no-server)' };
    if (args.cli) {
      run.cli = await measureCli(manifest.dir, manifest);
      say(run.cli.unavailable ? `  cli: ${run.cli.unavailable}` : `  cli: ${fmt(run.cli.seconds, 1)} s${run.cli.pinned ? ' on one core' : ''}, ${fmt(run.cli.MBps)} MB/s; ${fmt(run.cli.cpuSeconds, 1)} CPU s`);
    } else run.cli = { unavailable: 'skipped (--no-cli)' };
    runs.push(run);
  }
  report(runs);
  const out = args.json ?? join(REPO_ROOT, '.cache', 'bench', 'results.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify({ machine: m, date: new Date().toISOString(), args, runs }, null, 2));
  say(`\nfigures written to ${out}. The CPU may be shared: figures taken on a busy machine are noisy.`);
}

main().catch(err => {
  process.stderr.write(`bench: ${err?.stack ?? err}\n`);
  process.exitCode = 1;
});
