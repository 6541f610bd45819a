// The scan and the file watcher agree on what is a letter: a folder the exclude globs name is not entered by the
// scan, and a file created or opened in it later (even in a folder below it) is not a letter either.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileFilter, findLetters, isLetterPath } from '../../server/src/lsp/scanner';
import { tempDirs } from './tempDirs';

describe('scanner: excluded folders', () => {
  const tempDir = tempDirs('kst-scan-exclude-');

  for (const exclude of ['**/drafts/*', 'corpus/drafts/*', '**/drafts/**']) {
    it(`exclude ${exclude}: the scan and isLetterPath agree on every file, folders below the excluded one included`, async () => {
      const root = tempDir();
      const files = ['corpus/a.txt', 'corpus/drafts/b.txt', 'corpus/drafts/old/c.txt', 'corpus/drafts/old/deeper/d.txt', 'corpus/kept/e.txt'];
      for (const f of files) {
        fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
        fs.writeFileSync(path.join(root, f), 'x');
      }
      const filter = fileFilter(['**/corpus/**/*.txt'], [exclude]);
      const scanned = await findLetters([root], filter, () => false);
      assert.ok(scanned.includes(path.join(root, 'corpus/a.txt')) && scanned.includes(path.join(root, 'corpus/kept/e.txt')));
      for (const f of files) assert.equal(isLetterPath(path.join(root, f), [root], filter), scanned.includes(path.join(root, f)), f);
    });
  }
});

describe('scanner: a folder moved into an excluded one', () => {
  const tempDir = tempDirs('kst-scan-within-');
  it('is not scanned for letters (as the full scan would not)', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'corpus/drafts/old'), { recursive: true });
    fs.writeFileSync(path.join(root, 'corpus/drafts/old/c.txt'), 'x');
    const filter = fileFilter(['**/corpus/**/*.txt'], ['**/drafts/*']);
    assert.deepEqual(await findLetters([root], filter, () => false), []);
    assert.deepEqual(await findLetters([root], filter, () => false, path.join(root, 'corpus/drafts/old')), []);
  });
});
