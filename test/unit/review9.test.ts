// Review of the QA 20 and round 21 changes: what held only for the cases their own tests named.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDossierInput } from '../../client/src/identityInput';
import { runExport } from '../../server/src/cli/export';
import { kamerstukId, writtenDossier } from '../../server/src/core/ids';

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

describe('review 9: Declare the Identity reads every dossier form a letter prints', () => {
  it('a suffix typed in lower case is the suffix letters print ("36 200 vi" → VI), so the hover does not say "36 200 vi"', () => {
    const parsed = parseDossierInput('36 200 vi');
    assert.deepEqual(parsed, { dossier: '36200', suffix: 'VI' });
    assert.equal(writtenDossier(parsed!.dossier, parsed!.suffix), '36 200 VI');
    assert.deepEqual(parseDossierInput('36 600 b'), { dossier: '36600', suffix: 'B' });
    assert.deepEqual(parseDossierInput('21 501-02'), { dossier: '21501', suffix: '02' });
  });

  it('a dossier copied with its Rijkswet number ("33 826 (R2034)", as a header prints it) is that dossier; the number is no part of the id', () => {
    assert.deepEqual(parseDossierInput('33 826 (R2034)'), { dossier: '33826', suffix: null });
    assert.deepEqual(parseDossierInput('36 200 VI (R 2034)'), { dossier: '36200', suffix: 'VI' });
    assert.deepEqual(parseDossierInput('  21 501-02  (R2034) '), { dossier: '21501', suffix: '02' });
    assert.equal(kamerstukId('33826', null, '3'), 'kst-33826-3');
    for (const wrong of ['33 826 (2034)', '33 826 (R)', '(R2034)', '33 826 R2034']) assert.equal(parseDossierInput(wrong), null, wrong);
  });
});
