// Reading a letter's bytes: a file is read whole at the size it says it has, and to its end when it says 0.
import { strict as assert } from 'node:assert';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs } from './tempDirs';
import { readFileBytes } from '../../server/src/core/workspace/fileBytes';

describe('readFileBytes', () => {
  const tempDir = tempDirs('kst-read-bytes-');

  it('reads files of every size whole, past the size of its buffer too', () => {
    const dir = tempDir();
    for (const size of [0, 1, 4095, 65536, (1 << 20) + 1, 3 << 20]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = 0x41 + (i % 26);
      const path = join(dir, `f${size}.txt`);
      writeFileSync(path, bytes);
      assert.ok(readFileBytes(path).equals(bytes), `${size} bytes`);
    }
  });

  it('cuts a file longer than the limit at limit + 1', () => {
    const path = join(tempDir(), 'long.txt');
    writeFileSync(path, 'x'.repeat(100));
    assert.equal(readFileBytes(path, 10).length, 11);
    assert.equal(readFileBytes(path, 100).length, 100);
  });

  it('reads a file that says it is empty (as files in /proc do) to its end', function () {
    if (!existsSync('/proc/self/status')) this.skip();
    assert.match(readFileBytes('/proc/self/status').toString('latin1'), /^Name:/);
  });
});
