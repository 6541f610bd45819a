// The folder VS Code opens in the e2e runs: a copy of corpus/, one letter outside corpus/ that a
// workspace setting names, a folder of letters no setting names yet, and an unrelated .txt file that must
// stay plain text.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const EXTRA_INCLUDE = '**/letters/*.txt';

export function prepareWorkspace(repoRoot: string, workspace: string): void {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'corpus'), path.join(workspace, 'corpus'), { recursive: true });

  fs.mkdirSync(path.join(workspace, 'letters'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'corpus', '003_a211609418273696.txt'), path.join(workspace, 'letters', 'brief-29754-421.txt'));

  // A folder of letters that no setting names: "Index Folder as Letters" makes it one (indexFolder.test.ts).
  fs.mkdirSync(path.join(workspace, 'brieven'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'corpus', '002_548ef68b162742fc.txt'), path.join(workspace, 'brieven', 'brief-over-jihadisme.txt'));

  fs.mkdirSync(path.join(workspace, 'notes'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'notes', 'unrelated.txt'),
    'Boodschappen: brood, kaas.\nZie ook Kamerstuk 99 999, nr. 1 (dit is geen brief).\n');

  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({
    'kamerstukken.files.include': ['**/corpus/**/*.txt', '**/*.kamerbrief', EXTRA_INCLUDE],
  }, null, 2) + '\n');
}
