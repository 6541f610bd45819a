// The command line's paths: folders reached through symbolic links, loops among them, and files that do not end.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tempDirs } from './tempDirs';
import { runAnnotate } from '../../server/src/cli/annotate';
import { expandPaths, readLetter } from '../../server/src/cli/files';
import { MAX_LETTER_CHARS, tooLargeMessage } from '../../server/src/core/workspace/input';
import { readFileBytes } from '../../server/src/core/workspace/fileBytes';

const corpus = join(__dirname, '..', '..', '..', 'corpus');

function run(args: string[]) {
  let stdout = '', stderr = '';
  const code = runAnnotate(args, { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } });
  return { code, stdout, stderr };
}

describe('kamerstukken annotate: paths', function () {
  this.timeout(20000);
  const tempDir = tempDirs('kst-cli-paths-');

  it('a folder with symbolic links back to itself and its parent: each letter once, and the run ends', () => {
    const dir = tempDir();
    const letters = join(dir, 'letters');
    mkdirSync(letters);
    copyFileSync(join(corpus, '004_c51793f171952d9b.txt'), join(letters, 'a.txt'));
    symlinkSync('.', join(letters, 'self'));
    symlinkSync('..', join(letters, 'up'));
    const errors: string[] = [];
    const t0 = Date.now();
    const files = expandPaths([letters], (p, m) => errors.push(`${p}: ${m}`));
    assert.ok(Date.now() - t0 < 5000, 'the listing ends');
    assert.deepEqual(files, [join(letters, 'a.txt')]);
    assert.deepEqual(errors, []);
    const { code, stdout, stderr } = run(['--json', letters]);
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).documents.length, 1);
  });

  it('a folder reached through a link elsewhere is still read, once', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    copyFileSync(join(corpus, '004_c51793f171952d9b.txt'), join(dir, 'real', 'a.txt'));
    mkdirSync(join(dir, 'view'));
    symlinkSync(join(dir, 'real'), join(dir, 'view', 'linked'));
    assert.deepEqual(expandPaths([join(dir, 'view')], () => undefined), [join(dir, 'view', 'linked', 'a.txt')]);
  });

  it('a file that does not end (/dev/zero) is reported, not read until memory runs out', function () {
    if (!existsSync('/dev/zero')) this.skip();
    const t0 = Date.now();
    const read = readLetter('/dev/zero');
    assert.ok(Date.now() - t0 < 10000);
    assert.equal(read.ok, false);
    assert.match((read as { message: string }).message, /not a regular file/);
  });

  it('a named pipe called like a letter is reported at once, not waited on until something writes to it', function () {
    const dir = tempDir();
    const pipe = join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [pipe]);
    } catch {
      this.skip();
    }
    copyFileSync(join(corpus, '004_c51793f171952d9b.txt'), join(dir, 'a.txt'));
    assert.throws(() => readFileBytes(pipe), (e: NodeJS.ErrnoException) => e.code === 'ENOTAFILE');
    let stdout = '';
    let stderr = '';
    // Named on the command line (a folder's listing takes regular files only).
    const code = runAnnotate(['--json', pipe, join(dir, 'a.txt')], { stdout: (s: string) => { stdout += s; }, stderr: (s: string) => { stderr += s; } } as never);
    assert.equal(code, 1);
    assert.match(stderr, /pipe\.txt: not a regular file/);
    assert.match(stdout, /a\.txt/);
    // A folder is still named as one.
    assert.throws(() => readFileBytes(dir), (e: NodeJS.ErrnoException) => e.code === 'EISDIR');
  });
});

describe('kamerstukken annotate: a folder named twice', () => {
  it('lists its letters once and reports no empty folder', () => {
    const errors: string[] = [];
    const files = expandPaths([corpus, corpus + '/'], (p, m) => errors.push(`${p}: ${m}`));
    assert.equal(files.length, 5);
    assert.deepEqual(errors, []);
  });
});

describe('kamerstukken annotate: letters past the size limit', () => {
  const tempDir = tempDirs('kst-cli-size-');
  const run = (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = runAnnotate(args, { stdout: (s: string) => { stdout += s; }, stderr: (s: string) => { stderr += s; } } as never);
    return { code, stdout, stderr };
  };

  it('over the character limit (but under the byte limit): named on stderr with its size, exit 1, in both outputs', () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    const chars = MAX_LETTER_CHARS + 1000;
    writeFileSync(big, 'a'.repeat(chars));
    copyFileSync(join(corpus, '004_c51793f171952d9b.txt'), join(dir, 'small.txt'));
    for (const args of [['--json', dir], [dir]]) {
      const r = run(args);
      assert.equal(r.code, 1, args.join(' '));
      assert.ok(r.stderr.includes(`big.txt: ${tooLargeMessage(chars, 'characters')}`), r.stderr);
      assert.match(r.stderr, /big\.txt: This file is too large to analyse as a letter: it has 4,195,304 characters, and a letter may have 4,194,304 at most\./);
      // The other letter is written as ever; the big one is not written as an empty document.
      assert.match(r.stdout, /small\.txt/);
      assert.doesNotMatch(r.stdout, /big\.txt/);
    }
  });

  it('a letter of many multi-byte characters past the limit is named with its characters too', () => {
    const dir = tempDir();
    const big = join(dir, 'ë.txt');
    writeFileSync(big, 'ë'.repeat(MAX_LETTER_CHARS + 1));
    const read = readLetter(big);
    assert.equal(read.ok, false);
    assert.equal((read as { message: string }).message, tooLargeMessage(MAX_LETTER_CHARS + 1, 'characters'));
    assert.match((read as { message: string }).message, /it has 4,194,305 characters/);
  });

  it('over the byte limit: the message gives the file’s real size, not where reading stopped', () => {
    const dir = tempDir();
    const big = join(dir, 'huge.txt');
    const size = MAX_LETTER_CHARS * 3 + 5000;
    writeFileSync(big, Buffer.alloc(size, 0x61));
    const read = readLetter(big);
    assert.equal(read.ok, false);
    assert.equal((read as { message: string }).message, tooLargeMessage(size, 'bytes'));
    assert.match((read as { message: string }).message, /it is 12,587,912 bytes \(12\.0 MB\)/);
  });

  it('a letter just at the limit is still analysed', () => {
    const dir = tempDir();
    const edge = join(dir, 'edge.txt');
    writeFileSync(edge, 'Kamerstuk 29 754, nr. 325 '.padEnd(MAX_LETTER_CHARS, ' '));
    const read = readLetter(edge);
    assert.equal(read.ok, true);
  });
});
