// Review of the QA 20 and round 21 changes: what held only for the cases their own tests named.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportReport } from '../../client/src/exportReport';
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

describe('review 9: Export Annotations… says how many letters the CLI wrote', () => {
  it('a brat export that wrote none of them (the letters\' own folder picked) does not say it exported them', () => {
    const stderr = [
      'kamerstukken export: /ws/corpus/a.txt: not written: its brat copy would be the letter itself; give --out a folder outside the letters',
      'kamerstukken export: /ws/corpus/b.txt: not written: its brat copy would be the letter itself; give --out a folder outside the letters',
      'kamerstukken export: wrote 0 letters to /ws/corpus',
      '',
    ].join('\n');
    const report = exportReport(1, 2, '/ws/corpus', stderr);
    assert.equal(report.level, 'warning');
    assert.equal(report.message, 'Kamerstukken: exported 0 of 2 letters to /ws/corpus, with 2 messages in the output (Kamerstukken: Show Output).');
    const some = exportReport(1, 3, '/out', 'kamerstukken export: x: not written: …\nkamerstukken export: wrote 2 letters to /out\n');
    assert.equal(some.message, 'Kamerstukken: exported 2 of 3 letters to /out, with a message in the output (Kamerstukken: Show Output).');
    // All written: as before.
    assert.equal(exportReport(0, 1, '/out', 'kamerstukken export: wrote 1 letter to /out\n').message, 'Kamerstukken: exported 1 letter to /out.');
  });
});
