// `kamerstukken export` reads the user's annotation stores as the editor does: a byte order mark is no syntax
// error, and a store that is there but cannot be read is an error (exit 1), not a reason to take another store.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExport } from '../../server/src/cli/export';
import { tempDirs } from './tempDirs';

const CORPUS = join(__dirname, '..', '..', '..', 'corpus');
const LETTER = '003_a211609418273696.txt';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runExport(args, { stdout: s => { out += s; }, stderr: s => { err += s; } });
  return { code, out, err };
}

const STORE = (note: string) => JSON.stringify({
  version: 1,
  letters: {},
  organisations: [{ id: 'USER:DTN', name: note, acronyms: ['DTN'] }],
});

describe('export: the annotation stores', () => {
  const tempDir = tempDirs('kst-export-stores-');

  it('a store saved with a byte order mark is read without a syntax error', async () => {
    const dir = tempDir();
    copyFileSync(join(CORPUS, LETTER), join(dir, LETTER));
    mkdirSync(join(dir, '.kamerstukken'));
    writeFileSync(join(dir, '.kamerstukken', 'annotations.json'), '\uFEFF' + STORE('Dreigingsbeeld Terrorisme Nederland'));
    const { code, out, err } = await run(['--format', 'jsonl', dir]);
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.ok(out.split('\n').some(l => l.includes('USER:DTN')), 'the store\'s organisation is exported');
  });

  it('a nearest store that cannot be read: named on stderr, exit 1, and the store above is not used for its letters', async () => {
    const dir = tempDir();
    const letters = join(dir, 'brieven');
    mkdirSync(letters);
    copyFileSync(join(CORPUS, LETTER), join(letters, LETTER));
    mkdirSync(join(letters, '.kamerstukken', 'annotations.json'), { recursive: true }); // a folder: EISDIR
    mkdirSync(join(dir, '.kamerstukken'));
    writeFileSync(join(dir, '.kamerstukken', 'annotations.json'), STORE('Organisatie van de map erboven'));
    const { code, out, err } = await run(['--format', 'jsonl', letters]);
    assert.equal(code, 1);
    assert.match(err, /annotations\.json: .*cannot be read/);
    assert.ok(!out.includes('USER:DTN'), 'the store above is not applied in place of the unreadable one');
  });
});
