// Compaction held off while a workspace is indexed (lsp/compaction.ts): the flag exists in this V8, and holding and
// releasing it is idempotent and never throws.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { compactionHeld, holdCompaction } from '../../server/src/lsp/compaction';

describe('compaction held while indexing', () => {
  it('this V8 knows the --compact flag (a Node upgrade that drops it would leave the long collections in)', () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    assert.match(options, /^\s*--compact \(/m);
  });

  it('holds and releases, each once, in any order of calls', () => {
    holdCompaction(false);
    assert.equal(compactionHeld(), false);
    holdCompaction(true);
    holdCompaction(true);
    assert.equal(compactionHeld(), true);
    holdCompaction(false);
    assert.equal(compactionHeld(), false);
  });
});
