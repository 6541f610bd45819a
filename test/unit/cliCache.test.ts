// `kamerstukken annotate --cache DIR`: a second run takes unchanged letters from the cache and prints the same bytes
// as a run without it; a changed letter, another analyser, another output or a damaged entry is analysed anew;
// a cache folder that cannot be used is said once and costs the run nothing else.
import { strict as assert } from 'node:assert';
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs } from './tempDirs';
import { runAnnotate } from '../../server/src/cli/annotate';
import { runAnnotateCommand } from '../../server/src/cli/annotatePool';
import { AnnotateCache } from '../../server/src/cli/annotateCache';
import { hashText } from '../../server/src/core/workspace/cacheHashes';
import { fileUri } from '../../server/src/core/workspace/uris';

const corpus = join(__dirname, '..', '..', '..', 'corpus');
const script = join(__dirname, '..', '..', 'server', 'src', 'cli', 'main.js');

function run(args: string[], analyser = 'build-1') {
  let stdout = '';
  let stderr = '';
  const code = runAnnotate(args, { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } }, analyser);
  return { code, stdout, stderr };
}

/** Every entry file in the cache folder (in its 256 buckets), with its modification time. */
function entries(cache: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const bucket of readdirSync(cache)) {
    if (!statSync(join(cache, bucket)).isDirectory()) continue;
    for (const name of readdirSync(join(cache, bucket))) out.set(join(cache, bucket, name), statSync(join(cache, bucket, name)).mtimeMs);
  }
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Gives the file a modification time `ms` ago. */
function age(file: string, ms: number): void {
  const at = (Date.now() - ms) / 1000;
  utimesSync(file, at, at);
}

describe('kamerstukken annotate --cache', function () {
  this.timeout(60_000);
  const temp = tempDirs('kst-cache-');

  function letters(): string {
    const dir = temp();
    for (const name of readdirSync(corpus)) copyFileSync(join(corpus, name), join(dir, name));
    return dir;
  }

  for (const json of [true, false]) {
    it(`${json ? '--json' : 'text'}: the first and the second run print what a run without the cache prints`, () => {
      const dir = letters();
      const cache = join(temp(), 'cache');
      const flags = json ? ['--json'] : [];
      const plain = run([...flags, dir]);
      const first = run([...flags, '--cache', cache, dir]);
      assert.equal(entries(cache).size, readdirSync(dir).length);
      const second = run([...flags, `--cache=${cache}`, dir]);
      assert.equal(plain.code, 0);
      assert.deepEqual(first, plain);
      assert.deepEqual(second, plain);
    });
  }

  it('takes a letter from the cache when its bytes, path, output and analyser are the same, and not otherwise', () => {
    const dir = letters();
    const cache = join(temp(), 'cache');
    const name = readdirSync(dir)[0];
    const file = join(dir, name);
    const plain = run(['--json', file]).stdout;
    // An entry that says something the letter does not: seen in the output only when it is used.
    const store = AnnotateCache.open({ dir: cache, analyser: 'build-1' }) as AnnotateCache;
    const planted = { path: file, messages: [], ids: ['kst-1-1'], letter: { path: file, uri: fileUri(file), json: Buffer.from('\n  {"planted": true}'), targetsAt: [], cited: [] } };
    store.write({ path: file, uri: fileUri(file), json: true, content: hashText(readFileSync(file)) }, planted);
    assert.match(run(['--json', '--cache', cache, file]).stdout, /"planted": true/);
    assert.equal(run(['--json', '--cache', cache, file], 'build-2').stdout, plain, 'another analyser');
    store.write({ path: file, uri: fileUri(file), json: true, content: hashText(readFileSync(file)) }, planted);
    assert.doesNotMatch(run(['--cache', cache, file]).stdout, /planted/, 'the text output is kept apart from the JSON');
    assert.match(run(['--json', '--cache', cache, file]).stdout, /"planted": true/);
    // The same letter with one more character: analysed again.
    writeFileSync(file, readFileSync(file, 'utf8') + ' ');
    const changed = run(['--json', '--cache', cache, file]).stdout;
    assert.doesNotMatch(changed, /planted/);
    assert.equal(changed, run(['--json', file]).stdout);
  });

  it('a damaged entry is a miss: the letter is analysed and its entry written anew', () => {
    const dir = letters();
    const cache = join(temp(), 'cache');
    const plain = run(['--json', dir]).stdout;
    run(['--json', '--cache', cache, dir]);
    const before = entries(cache);
    const [damaged] = before.keys();
    const bytes = readFileSync(damaged);
    for (let i = bytes.length - 200; i < bytes.length - 100; i++) bytes[i] ^= 0x20;   // inside the stored JSON
    writeFileSync(damaged, bytes);
    assert.equal(run(['--json', '--cache', cache, dir]).stdout, plain);
    assert.notDeepEqual(readFileSync(damaged), bytes, 'written anew');
    writeFileSync(damaged, 'not an entry');
    assert.equal(run(['--json', '--cache', cache, dir]).stdout, plain);
  });

  it('letters that cannot be read are not kept, and say so on every run', () => {
    const dir = temp();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Den Haag, 3 maart 2015\nCo\xf6rdinator\n', 'latin1'));
    const cache = join(temp(), 'cache');
    const plain = run(['--json', dir]);
    const first = run(['--json', '--cache', cache, dir]);
    const second = run(['--json', '--cache', cache, dir]);
    assert.equal(plain.code, 1);
    assert.match(plain.stderr, /binary file/);
    assert.match(plain.stderr, /latin1\.txt: warning: This file is not UTF-8 text: it was read as Windows-1252/);
    assert.deepEqual(first, plain);
    assert.deepEqual(second, plain);
    assert.equal(entries(cache).size, 1, 'the latin-1 letter, read as Windows-1252, is kept with its warning');
  });

  it('a folder that cannot be the cache (a file in the way) is said once; the run is the same otherwise', () => {
    const dir = letters();
    const inTheWay = join(temp(), 'file');
    writeFileSync(inTheWay, 'x');
    const plain = run(['--json', dir]);
    const result = run(['--json', '--cache', inTheWay, dir]);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, plain.stdout);
    assert.match(result.stderr, /^kamerstukken annotate: cannot use '.*file' as the cache folder \(a file is in the way\); going on without the cache\n$/);
  });

  it('a cache folder that cannot be written is said once, not for every letter', () => {
    const dir = letters();
    const cache = temp();
    // A file where each entry's folder would go: every write fails, as on a full disk (and for root too, unlike a
    // read-only folder).
    for (let b = 0; b < 256; b++) writeFileSync(join(cache, b.toString(16).padStart(2, '0')), '');
    const plain = run(['--json', dir]);
    const result = run(['--json', '--cache', cache, dir]);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, plain.stdout);
    assert.equal(result.stderr.split('\n').filter(Boolean).length, 1, result.stderr);
    assert.match(result.stderr, /^kamerstukken annotate: cannot write to the cache folder '.*' \(a file is in the way\); the letters that follow are not kept\n$/);
  });

  it('an entry no run has used for a month is removed by the end of a run; an entry used is renewed and kept', () => {
    const dir = letters();
    const cache = join(temp(), 'cache');
    run(['--json', '--cache', cache, dir]);
    for (const file of entries(cache).keys()) age(file, 40 * DAY_MS);
    age(join(cache, 'pruned'), 2 * DAY_MS); // the last look through the cache was before today
    const [kept] = readdirSync(dir).sort();
    const subset = run(['--json', '--cache', cache, join(dir, kept)]);
    assert.equal(subset.stdout, run(['--json', join(dir, kept)]).stdout);
    const left = entries(cache);
    assert.equal(left.size, 1, 'only the letter of this run is left');
    const [time] = left.values();
    assert.ok(Date.now() - time < DAY_MS, 'the entry used was renewed');
    // Its entry is still good: the letters come from the cache again, and the others are written anew.
    assert.deepEqual(run(['--json', '--cache', cache, dir]), run(['--json', dir]));
    assert.equal(entries(cache).size, readdirSync(dir).length);
  });

  it('a temporary file of a run killed while writing goes after an hour; the cache is looked through once a day', () => {
    const dir = letters();
    const cache = join(temp(), 'cache');
    run(['--cache', cache, dir]);
    const bucket = join(cache, 'ab');
    mkdirSync(bucket, { recursive: true });
    const oldTemp = join(bucket, `ab${'c'.repeat(38)}.kca.123-0.tmp`);
    const newTemp = join(bucket, `ab${'d'.repeat(38)}.kca.124-0.tmp`);
    const unknown = join(bucket, 'notes.txt');
    for (const file of [oldTemp, newTemp, unknown]) writeFileSync(file, 'x');
    age(oldTemp, 2 * 60 * 60 * 1000);
    age(unknown, 400 * DAY_MS);
    const kca = () => [...entries(cache).keys()].filter(f => f.endsWith('.kca'));
    for (const file of kca()) age(file, 40 * DAY_MS);
    const one = join(dir, readdirSync(dir).sort()[0]);
    // Looked through at the end of the first run: not again today.
    run(['--cache', cache, one]);
    assert.equal(kca().length, readdirSync(dir).length);
    assert.ok(existsSync(oldTemp));
    age(join(cache, 'pruned'), 2 * DAY_MS);
    run(['--cache', cache, one]);
    assert.equal(kca().length, 1, 'the unused entries are removed, the one used is kept');
    assert.ok(!existsSync(oldTemp), 'an hour-old temporary file is removed');
    assert.ok(existsSync(newTemp), 'a temporary file being written is kept');
    assert.ok(existsSync(unknown), 'a file the cache did not write is left alone');
  });

  it('a folder of the user\'s own named as the cache loses nothing: only files named as the cache names its own go', () => {
    // A user's folder with month folders (01..12 are two hex digits), their own temporary and .kca files, and a
    // link to a folder elsewhere under a bucket's name: none of it is the cache's, however old.
    const cache = temp();
    const elsewhere = temp();
    const own = [join(cache, '05', 'draft.tmp'), join(cache, '05', 'letter.docx.tmp'), join(cache, '12', 'model.kca'), join(cache, 'ab', 'abc.kca.123-0.tmp')];
    const hash = hashText('not an entry');
    const linked = join(elsewhere, `${hash}.kca`);
    for (const file of [...own, linked]) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, 'mine');
      age(file, 400 * DAY_MS);
    }
    symlinkSync(elsewhere, join(cache, hash.slice(0, 2)));
    // What the cache writes, as old: these go.
    const entry = join(cache, 'cd', `cd${hash.slice(2)}.kca`);
    const killed = `${entry}.4242-1.tmp`;
    mkdirSync(join(cache, 'cd'));
    for (const file of [entry, killed]) {
      writeFileSync(file, 'x');
      age(file, 400 * DAY_MS);
    }
    writeFileSync(join(cache, 'pruned'), 'a list of mine');
    age(join(cache, 'pruned'), 400 * DAY_MS);
    assert.equal(AnnotateCache.prune(cache), 2);
    for (const file of [...own, linked]) assert.ok(existsSync(file), `${file} is the user's`);
    assert.equal(readFileSync(join(cache, 'pruned'), 'utf8'), 'a list of mine');
    assert.ok(!existsSync(entry) && !existsSync(killed));
  });

  it('a last look dated in the future (a clock set back) does not stop the cache being looked through', () => {
    const cache = temp();
    const entry = join(cache, 'ef', `ef${hashText('x').slice(2)}.kca`);
    mkdirSync(join(entry, '..'));
    writeFileSync(entry, 'x');
    age(entry, 40 * DAY_MS);
    writeFileSync(join(cache, 'pruned'), '');
    age(join(cache, 'pruned'), -300 * DAY_MS);
    assert.equal(AnnotateCache.prune(cache), 1);
    assert.ok(!existsSync(entry));
    assert.equal(AnnotateCache.prune(cache), 0, 'looked through today now');
  });

  it('--cache without a folder is a usage error', () => {
    for (const args of [['--cache'], ['--cache', '--json', corpus], ['--cache=', corpus]]) {
      const result = run(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /--cache takes a folder/);
    }
  });

  it('--jobs 2: the threads read and write the same cache, and print what one thread prints', async () => {
    const dir = letters();
    for (const name of readdirSync(dir)) for (const copy of ['a', 'b']) copyFileSync(join(dir, name), join(dir, `${copy}-${name}`));
    const cache = join(temp(), 'cache');
    const plain = run(['--json', dir]).stdout;
    const threaded = async () => {
      let stdout = '';
      let stderr = '';
      const code = await runAnnotateCommand(['--json', '--jobs', '2', '--cache', cache, dir], { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } }, script);
      return { code, stdout, stderr };
    };
    assert.deepEqual(await threaded(), { code: 0, stdout: plain, stderr: '' });
    assert.equal(entries(cache).size, readdirSync(dir).length);
    const written = entries(cache);
    assert.deepEqual(await threaded(), { code: 0, stdout: plain, stderr: '' });
    assert.deepEqual(entries(cache), written, 'the second run wrote nothing');
  });

  it('an entry that is a named pipe is a miss, not a run that waits for ever', () => {
    const dir = letters();
    const cache = join(temp(), 'cache');
    const plain = run(['--json', dir]);
    run(['--json', '--cache', cache, dir]);
    const [pipe] = entries(cache).keys();
    rmSync(pipe);
    execFileSync('mkfifo', [pipe]);
    // In a process of its own: a read that blocks would hold this one past any timeout.
    const child = spawnSync(process.execPath, [script, 'annotate', '--json', '--cache', cache, dir], { encoding: 'utf8', timeout: 30_000, maxBuffer: 1 << 26 });
    assert.equal(child.signal, null, 'the run ended by itself');
    assert.deepEqual({ code: child.status, stdout: child.stdout, stderr: child.stderr }, plain);
    assert.ok(statSync(pipe).isFile(), 'written anew as an entry');
  });

  it('a folder where one entry goes is replaced by the entry; the other letters are still kept, and nothing is said', () => {
    const dir = letters();
    const cache = join(temp(), 'cache');
    const plain = run(['--json', dir]);
    run(['--json', '--cache', cache, dir]);
    const [first] = [...entries(cache).keys()].sort();
    rmSync(first);
    mkdirSync(join(first, 'inside'), { recursive: true });
    for (const entry of entries(cache).keys()) if (entry !== first) rmSync(entry);
    assert.deepEqual(run(['--json', '--cache', cache, dir]), plain);
    assert.ok(statSync(first).isFile(), 'the folder in the way became the entry');
    assert.equal(entries(cache).size, readdirSync(dir).length, 'every letter kept');
  });

  it('--jobs 2: a write problem whose message would name each thread\'s own file is still said once', async () => {
    const dir = letters();
    // A cache folder whose entries' paths are past the system's limit (4,096 bytes): the folder can be made,
    // every entry fails (ENAMETOOLONG), on both threads.
    let cache = temp();
    while (cache.length < 4_040) cache = join(cache, 'x'.repeat(Math.min(200, 4_040 - cache.length)));
    mkdirSync(cache, { recursive: true });
    const plain = run(['--json', dir]).stdout;
    let stdout = '';
    let stderr = '';
    const code = await runAnnotateCommand(['--json', '--jobs', '2', '--cache', cache, dir], { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } }, script);
    assert.equal(code, 0);
    assert.equal(stdout, plain);
    assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr.slice(0, 300));
    assert.match(stderr, /^kamerstukken annotate: cannot write to the cache folder '.*' \(ENAMETOOLONG: name too long\); the letters that follow are not kept\n$/);
  });
});
