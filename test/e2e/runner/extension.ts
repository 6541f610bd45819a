// A small extension installed next to the real one for the e2e run (code-server ignores
// --extensionTestsPath). On activation it runs the mocha suite in this extension host and writes
// the results, check by check, to the file named in e2e-runner.json beside it, for scripts/e2e/run.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runSuite, type CheckResult, type SuiteResults } from '../suite/index';

interface RunnerConfig {
  resultsFile: string;
  suiteFolder: string;
}

function write(file: string, content: object): void {
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(content, null, 2));
  fs.renameSync(`${file}.tmp`, file); // the outer runner never reads half a file
}

export async function activate(): Promise<void> {
  const config: RunnerConfig = JSON.parse(fs.readFileSync(path.join(__dirname, 'e2e-runner.json'), 'utf8'));
  const checks: CheckResult[] = [];
  write(config.resultsFile, { done: false, checks });
  let results: SuiteResults;
  try {
    results = await runSuite(config.suiteFolder, result => {
      checks.push(result);
      write(config.resultsFile, { done: false, checks });
    });
  } catch (error) {
    results = { passed: 0, failed: 1, checks: [{ title: 'e2e suite', state: 'failed', durationMs: 0, error: String(error) }] };
  }
  write(config.resultsFile, { done: true, ...results });
}

export function deactivate(): void {}
