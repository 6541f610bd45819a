// `kamerstukken score` on files that are JSON but not a gold file or an `annotate --json` output: a message
// that says which file and what it lacks, exit 1; not a TypeError's text.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScore } from '../../server/src/cli/score';
import { tempDirs } from './tempDirs';

function run(args: string[]) {
  let stdout = '', stderr = '';
  const code = runScore(args, { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } });
  return { code, stdout, stderr };
}

describe('kamerstukken score: input that is not what it reads', () => {
  const tempDir = tempDirs('kst-score-');

  it('names the file and what it lacks', () => {
    const dir = tempDir();
    const gold = join(dir, 'gold.json');
    const pred = join(dir, 'pred.json');
    writeFileSync(gold, JSON.stringify({ files: { 'a.txt': { entities: [] } } }));
    writeFileSync(pred, '{}');
    const noDocuments = run(['--gold', gold, '--pred', pred]);
    assert.equal(noDocuments.code, 1);
    assert.match(noDocuments.stderr, /pred\.json: not the output of 'kamerstukken annotate --json' \(no "documents" list/);
    writeFileSync(pred, JSON.stringify({ documents: [{ path: 'a.txt', entities: [] }] }));
    writeFileSync(gold, '[1, 2]');
    const noFiles = run(['--gold', gold, '--pred', pred]);
    assert.equal(noFiles.code, 1);
    assert.match(noFiles.stderr, /gold\.json: not a gold file \(no "files" object/);
    writeFileSync(gold, JSON.stringify({ files: { 'a.txt': { entities: [] } } }));
    assert.equal(run(['--gold', gold, '--pred', pred]).code, 0);
  });
});
