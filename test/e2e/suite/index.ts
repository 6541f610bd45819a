// Runs the e2e suite inside VS Code's extension host. Two callers:
//  - @vscode/test-electron (test/e2e/electron.ts) loads this module as extensionTestsPath and calls run();
//  - the runner extension (test/e2e/runner) calls runSuite() and writes the results to a file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface CheckResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  checks: CheckResult[];
}

function testFiles(folder: string): string[] {
  return fs.readdirSync(folder).filter(name => name.endsWith('.test.js')).sort().map(name => path.join(folder, name));
}

function allTests(suite: Mocha.Suite): Mocha.Test[] {
  return [...suite.tests, ...suite.suites.flatMap(allTests)];
}

/** Runs every *.test.js beside this file; pending tests count as failures, so nothing is skipped silently. */
export function runSuite(folder: string = __dirname, onResult?: (result: CheckResult) => void): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  for (const file of testFiles(folder)) mocha.addFile(file);
  const results: SuiteResults = { passed: 0, failed: 0, checks: [] };
  const record = (result: CheckResult) => {
    results.checks.push(result);
    if (result.state === 'passed') results.passed++;
    else results.failed++;
    onResult?.(result);
  };
  return new Promise(resolve => {
    const runner = mocha.run(() => {
      // A failed before() hook stops its tests without a 'fail' or 'pending' event for each: count them too.
      for (const test of allTests(mocha.suite)) {
        if (test.state === undefined) {
          record({ title: test.fullTitle(), state: 'failed', durationMs: 0, error: 'not run: a hook before it failed (see above)' });
        }
      }
      resolve(results);
    });
    runner.on('pass', test => record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) =>
      record({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: String(error?.stack ?? error) }));
    runner.on('pending', test => record({ title: test.fullTitle(), state: 'failed', durationMs: 0, error: 'skipped (pending)' }));
  });
}

/** Entry point for @vscode/test-electron. */
export async function run(): Promise<void> {
  const results = await runSuite(__dirname);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) throw new Error(`${results.failed} e2e checks failed`);
}
