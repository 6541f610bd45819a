// A folder's letters as the command line lists them: from the folder's listing, in the order of their names,
// links followed, and what is not a letter left out.
import { strict as assert } from 'node:assert';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tempDirs } from './tempDirs';
import { expandPaths } from '../../server/src/cli/files';

describe('kamerstukken annotate: a folder listed', () => {
  const tempDir = tempDirs('kst-cli-listing-');

  it('lists letters in the order of their names (code units), links to letters and folders followed, a broken link reported', () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    for (const name of ['b.txt', 'B.TXT', 'é.txt', 'a.kamerbrief', 'notes.md', 'z.txt']) writeFileSync(join(dir, name), 'Brief\n');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.txt'), 'Brief\n');
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, '.hidden', 'h.txt'), 'Brief\n');
    mkdirSync(join(elsewhere, 'linked'));
    writeFileSync(join(elsewhere, 'linked', 'd.txt'), 'Brief\n');
    writeFileSync(join(elsewhere, 'far.txt'), 'Brief\n');
    symlinkSync(join(elsewhere, 'linked'), join(dir, 'link-to-folder'));
    symlinkSync(join(elsewhere, 'far.txt'), join(dir, 'link.txt'));
    symlinkSync(join(elsewhere, 'gone.txt'), join(dir, 'broken.txt'));
    symlinkSync(join(elsewhere, 'far.txt'), join(dir, 'link-not-a-letter'));
    const errors: string[] = [];
    const files = expandPaths([dir], (path, message) => errors.push(`${path}: ${message}`));
    assert.deepEqual(files.map(f => f.slice(dir.length + 1)), [
      'B.TXT', 'a.kamerbrief', 'b.txt', 'link-to-folder/d.txt', 'link.txt', 'sub/c.txt', 'z.txt', 'é.txt',
    ]);
    assert.deepEqual(errors, [`${join(dir, 'broken.txt')}: no such file or folder`]);
  });

  it('leaves out a named pipe called like a letter in a folder, without waiting on it', function () {
    const dir = tempDir();
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    } catch {
      this.skip();
    }
    writeFileSync(join(dir, 'a.txt'), 'Brief\n');
    const errors: string[] = [];
    assert.deepEqual(expandPaths([dir], (path, message) => errors.push(message)), [join(dir, 'a.txt')]);
    assert.deepEqual(errors, []);
  });
});
