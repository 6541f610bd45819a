// Temporary folders for a suite's tests, removed when the suite ends: a test run leaves nothing behind in the
// system's temporary folder (hundreds of folders of letter copies, otherwise, after a day of runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Call inside a `describe`: returns a maker of new folders named `<prefix>XXXXXX`, all removed after the suite. */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  after(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
