// Review of the QA 20 and round 21 changes: what held only for the cases their own tests named.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExport } from '../../server/src/cli/export';

const repo = path.resolve(__dirname, '..', '..', '..');

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += s; } } };
}

describe('review 9: brat export never writes over a letter, however --out names its folder', () => {
  it('--out a symbolic link to the letters\' folder (as a case-insensitive disk names 004.TXT 004.txt): no copy over a letter', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kst-r9-bratlink-'));
    try {
      const letters = path.join(dir, 'letters');
      fs.mkdirSync(letters);
      const text = fs.readFileSync(path.join(repo, 'corpus', '004_c51793f171952d9b.txt'), 'utf8');
      const other = text.replace('Tweede Kamer', 'TWEEDE KAMER');
      fs.writeFileSync(path.join(letters, '004.txt'), text);
      fs.writeFileSync(path.join(letters, '004.kamerbrief'), other);
      const link = path.join(dir, 'link');
      fs.symlinkSync(letters, link, 'dir');
      const e = io();
      assert.equal(await runExport(['--format', 'brat', '--out', link, letters], e.io), 1);
      assert.equal(fs.readFileSync(path.join(letters, '004.txt'), 'utf8'), text, '004.txt was overwritten by its neighbour\'s copy');
      assert.equal(fs.readFileSync(path.join(letters, '004.kamerbrief'), 'utf8'), other);
      assert.match(e.out.stderr, /004\.kamerbrief: not written: its brat copy would be the letter /);
      assert.match(e.out.stderr, /004\.txt: not written: its brat copy would be the letter itself/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
