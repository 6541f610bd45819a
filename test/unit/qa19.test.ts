// QA pass 19, the command line's inputs and outputs: output to a file that fills up, an --out folder where a
// folder cannot be made, a letter saved as UTF-16. Each run that could hang or crash runs in a process of its own.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs } from './tempDirs';
import { readLetter } from '../../server/src/cli/files';
import { analyseLetter } from '../../server/src/core/analyse';

const corpus = join(__dirname, '..', '..', '..', 'corpus');
const script = join(__dirname, '..', '..', 'server', 'src', 'cli', 'main.js');
const posix = process.platform !== 'win32';

/** The CLI run by sh under a file size limit of `blocks` × 512 bytes (the shell's `ulimit -f`): a disk that fills up. */
function limited(blocks: number, args: string[], stdoutFile?: string) {
  const quoted = [process.execPath, script, ...args].map(a => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const command = `ulimit -f ${blocks}; exec ${quoted}${stdoutFile ? ` > '${stdoutFile}'` : ''}`;
  return spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 30_000 });
}

describe('QA 19: the command line', function () {
  this.timeout(40_000);
  const temp = tempDirs('kst-qa19-');

  it('annotate --json into a file that fills up: exit 1 with a message, not exit 0 with half the JSON', function () {
    if (!posix) this.skip();
    const out = join(temp(), 'out.json');
    const run = limited(20, ['annotate', '--json', corpus], out); // 10 KB; the JSON of the corpus is some 65 KB
    assert.equal(run.signal, null);
    assert.equal(run.status, 1, `exit ${run.status}, stderr: ${run.stderr}`);
    assert.match(run.stderr, /cannot write the output/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  it('annotate (text) and export into /dev/full: a message and exit 1, no stack trace', function () {
    if (!existsSync('/dev/full')) this.skip();
    for (const args of [['annotate', corpus], ['annotate', '--json', corpus], ['export', '--format', 'jsonl', corpus]]) {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [script, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 30_000 });
        assert.equal(run.status, 1, `${args.join(' ')}: exit ${run.status}, stderr: ${run.stderr}`);
        assert.match(run.stderr, /cannot write the output \(no space left on device\)/, args.join(' '));
        assert.doesNotMatch(run.stderr, /\n\s+at /, `${args.join(' ')}: no stack trace`);
      } finally {
        closeSync(full);
      }
    }
  });

  it('export --out: a write that fails half-way leaves the previous export as it was, and no temporary file', function () {
    if (!posix) this.skip();
    const out = temp();
    const previous = join(out, 'entities.jsonl');
    writeFileSync(previous, '{"previous":"export"}\n');
    const run = limited(20, ['export', '--format', 'jsonl', '--out', out, corpus]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /kamerstukken export: .*(too large|EFBIG)/);
    assert.equal(readFileSync(previous, 'utf8'), '{"previous":"export"}\n', 'the previous export is kept whole');
    assert.deepEqual(readdirSync(out), ['entities.jsonl']);
  });

  it('export --out to a place where mkdir answers ENOENT under an existing folder (/proc): a message, not a run that never ends', function () {
    if (!existsSync('/proc/self')) this.skip();
    const run = spawnSync(process.execPath, [script, 'export', '--format', 'jsonl', '--out', '/proc/kst-qa19/out', corpus], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.signal, null, 'the run ended by itself');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /kamerstukken export: .*\/proc\/kst-qa19/);
  });

  it('annotate --cache in such a place: said once, and the run goes on without the cache', function () {
    if (!existsSync('/proc/self')) this.skip();
    const run = spawnSync(process.execPath, [script, 'annotate', '--json', '--cache', '/proc/kst-qa19-cache', corpus], { encoding: 'utf8', timeout: 20_000, maxBuffer: 1 << 26 });
    assert.equal(run.signal, null, 'the run ended by itself');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /cannot use '\/proc\/kst-qa19-cache' as the cache folder/);
    assert.equal(JSON.parse(run.stdout).documents.length, 5);
  });

  it('annotate --cache below a folder that cannot be entered: "permission denied", not "a file is in the way"', function () {
    // As root every folder can be entered: run as nobody (setpriv), where there is one.
    const asRoot = process.getuid?.() === 0;
    if (!posix || (asRoot && !existsSync('/usr/bin/setpriv'))) this.skip();
    const dir = temp();
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    chmodSync(locked, 0o000);
    const letter = join(dir, 'a.txt');
    copyFileSync(join(corpus, '004_c51793f171952d9b.txt'), letter);
    chmodSync(letter, 0o644);
    const argv = [process.execPath, script, 'annotate', '--json', '--cache', join(locked, 'cache'), letter];
    const run = asRoot
      ? spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...argv], { encoding: 'utf8', timeout: 20_000 })
      : spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 20_000 });
    if (/cannot find module|EACCES.*main\.js/i.test(run.stderr)) this.skip(); // the build itself is not readable to nobody
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /cannot use '.*locked\/cache' as the cache folder \(permission denied\)/);
  });

  it('a letter saved as UTF-16 (Notepad\'s "Unicode") is named as such, not as a binary file', () => {
    const dir = temp();
    const text = readFileSync(join(corpus, '002_548ef68b162742fc.txt'), 'utf8');
    const le = join(dir, 'le.txt');
    const be = join(dir, 'be.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const file of [le, be]) {
      const read = readLetter(file);
      assert.equal(read.ok, false);
      assert.match((read as { message: string }).message, /UTF-16 text, not UTF-8: save it as UTF-8/);
    }
    // A binary file that happens to start with those bytes and a NUL is still binary when it is not UTF-16 text.
    const binary = join(dir, 'bin.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x41]));
    assert.match((readLetter(binary) as { message: string }).message, /binary file/);
  });

  it('the same letter given twice, and a folder that holds it: one document', () => {
    const dir = temp();
    mkdirSync(join(dir, 'c'));
    copyFileSync(join(corpus, '004_c51793f171952d9b.txt'), join(dir, 'c', 'a.txt'));
    const run = spawnSync(process.execPath, [script, 'annotate', '--json', join(dir, 'c', 'a.txt'), join(dir, 'c', 'a.txt'), join(dir, 'c')], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).documents.length, 1);
  });
});

describe('QA 19: a letter with lone CR line ends (classic Mac)', () => {
  it('is analysed as the same letter with LF: the same entities at the same offsets', () => {
    for (const name of readdirSync('corpus')) {
      const lf = readFileSync(join('corpus', name), 'utf8');
      const strip = (a: ReturnType<typeof analyseLetter>) => ({ identity: a.identity, entities: a.entities.map(e => [e.kind, e.start, e.end, JSON.stringify(e.value)]), footnotes: a.footnotes.length, headings: a.headings.length });
      assert.deepEqual(strip(analyseLetter(lf.replace(/\n/g, '\r'))), strip(analyseLetter(lf)), name);
    }
  });
});

describe('QA 19 review: the entities of a letter with lone CR line ends', () => {
  it('have the text written in the file (its CRs), as every letter\'s entities have: text = file.slice(start, end)', () => {
    let overLineEnds = 0;
    for (const name of readdirSync('corpus')) {
      const cr = readFileSync(join('corpus', name), 'utf8').replace(/\r?\n/g, '\r');
      const entities = analyseLetter(cr).entities;
      overLineEnds += entities.filter(e => e.text.includes('\r')).length;
      for (const e of entities) assert.equal(e.text, cr.slice(e.start, e.end), `${name}: ${e.kind} at ${e.start}`);
    }
    assert.ok(overLineEnds > 0, 'entities over a line end');
  });
});
