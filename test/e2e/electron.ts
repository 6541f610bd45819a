// The same e2e suite under @vscode/test-electron, for machines that can download VS Code desktop
// (this one cannot; there, `npm run test:e2e` runs it in code-server). Usage, after `npm run build`
// and `npx tsc -p .`:  node out/test/e2e/electron.js
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { prepareWorkspace } from './workspace';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const workspace = path.join(os.tmpdir(), `kamerstukken-e2e-${process.pid}`);
  prepareWorkspace(repoRoot, workspace);
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(__dirname, 'suite', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
