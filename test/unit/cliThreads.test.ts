// `kamerstukken annotate --jobs N`: letters analysed in worker threads give the same output, byte for byte,
// and the same messages in the same order, as on one thread; a thread that cannot start costs nothing but time.
import { strict as assert } from 'node:assert';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs } from './tempDirs';
import { annotateInThreads, runAnnotateCommand } from '../../server/src/cli/annotatePool';
import { annotateHere, writeAnnotations } from '../../server/src/cli/annotate';

const corpus = join(__dirname, '..', '..', '..', 'corpus');
const challenge = join(__dirname, '..', '..', '..', 'test', 'data', 'challenge', 'letters');
/** The compiled command line: the script the threads run. */
const script = join(__dirname, '..', '..', 'server', 'src', 'cli', 'main.js');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAnnotateCommand(args, { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } }, script);
  return { code, stdout, stderr };
}

/** A folder of the seed and challenge letters, a few copies of each, and three files that are no letters. */
function mixedFolder(dir: string): string {
  for (const [from, names] of [[corpus, readdirSync(corpus)], [challenge, readdirSync(challenge)]] as const) {
    for (const name of names) for (const copy of ['a', 'b', 'c']) copyFileSync(join(from, name), join(dir, `${copy}-${name}`));
  }
  writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'b-latin1.txt'), Buffer.from('Den Haag, 3 maart 2015\nCo\xf6rdinator\n', 'latin1'));
  writeFileSync(join(dir, 'c-empty.txt'), '');
  return dir;
}

describe('kamerstukken annotate --jobs', function () {
  this.timeout(60_000);
  const dir = mixedFolder(tempDirs('kst-jobs-')());

  for (const json of [true, false]) {
    it(`${json ? '--json' : 'text'}: three threads print what one thread prints, and the same messages in order`, async () => {
      const flags = json ? ['--json'] : [];
      const one = await run([...flags, '--jobs', '1', dir, join(dir, 'missing.txt')]);
      const three = await run([...flags, '--jobs', '3', dir, join(dir, 'missing.txt')]);
      assert.equal(one.code, 1);
      assert.equal(three.code, 1);
      assert.equal(three.stdout, one.stdout);
      assert.equal(three.stderr, one.stderr);
      assert.match(one.stderr, /missing\.txt: no such file[\s\S]*b-binary\.txt: binary file[\s\S]*b-latin1\.txt: warning: This file is not UTF-8 text/);
      if (json) assert.ok(JSON.parse(one.stdout).documents.length > 30);
    });
  }

  it('resolves across letters analysed on different threads, as one thread does', async () => {
    const { stdout } = await run(['--json', '--jobs', '2', corpus]);
    const d002 = JSON.parse(stdout).documents.find((d: { path: string }) => d.path.endsWith('002_548ef68b162742fc.txt'));
    const cite = d002.entities.find((e: { text: string }) => e.text === 'Kamerstuk 29 754, nr. 251');
    assert.ok(cite.target.endsWith('004_c51793f171952d9b.txt'));
  });

  it('a thread that cannot start leaves its letters to this thread: same output', async () => {
    const files = readdirSync(corpus).map(name => join(corpus, name));
    const text = (results: ReturnType<typeof annotateHere>) => {
      let out = '';
      writeAnnotations(results, false, { stdout: s => { out += s; }, stderr: () => undefined });
      return out;
    };
    const fallback = await annotateInThreads(files, false, 2, join(dir, 'no-such-script.js'));
    assert.equal(text(fallback), text(annotateHere(files, false)));
  });

  it('--jobs takes a number', async () => {
    for (const bad of ['0', 'x', '-1', '']) {
      const { code, stderr } = await run(['--jobs', bad, corpus]);
      assert.equal(code, 2, bad);
      assert.match(stderr, /--jobs takes a number/);
    }
    assert.equal((await run(['--jobs=2', corpus])).code, 0);
  });
});
