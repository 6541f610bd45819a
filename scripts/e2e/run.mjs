// `npm run test:e2e`: the extension in a real VS Code (code-server, offline from the npm registry),
// driven two ways in one run:
//   1. the mocha suite of test/e2e/suite inside the extension host (through a runner extension),
//   2. UI checks with Playwright in headless Chromium (test/e2e/ui), with screenshots in test-results/e2e.
// Prints every check, then "N passed, M failed"; exits non-zero when any check failed or the run broke.
//
// Environment:
//   KAMERSTUKKEN_SERVER_PATH   point the client at another server bundle (e.g. a broken one, to see the run fail)
//   E2E_SKIP_PACKAGE=1         reuse dist/kamerstukken.vsix instead of running `npm run package`
//   E2E_KEEP=1                 leave code-server running on failure, for a look by hand
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setup, paths, ROOT, CACHE } from './setup.mjs';

const require = createRequire(import.meta.url);
const RUN = join(CACHE, 'run');
const BUILD = join(CACHE, 'build');
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
const VSIX = join(ROOT, 'dist', 'kamerstukken.vsix');
const API_DEADLINE_MS = 6 * 60 * 1000;
/** The runner extension writes its results file as soon as it activates. */
const RUNNER_START_DEADLINE_MS = 90 * 1000;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = message => process.stdout.write(`[e2e ${elapsed()}] ${message}\n`);

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

function packageExtension() {
  if (process.env.E2E_SKIP_PACKAGE === '1' && existsSync(VSIX)) return;
  run('npm', ['run', '--silent', 'package']);
  if (!existsSync(VSIX)) throw new Error(`npm run package did not make ${VSIX}`);
}

/** The suite, the runner extension and the UI checks, bundled from TypeScript by esbuild. */
async function bundleTests() {
  const esbuild = require('esbuild');
  rmSync(BUILD, { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', sourcemap: 'inline' };
  // Every suite file: one added later is run without being listed here.
  const suiteDir = join(ROOT, 'test', 'e2e', 'suite');
  const suiteFiles = readdirSync(suiteDir).filter(name => name.endsWith('.test.ts')).sort().map(name => join(suiteDir, name));
  await esbuild.build({ ...common, entryPoints: suiteFiles, outdir: join(BUILD, 'runner', 'suite'), external: ['vscode', 'mocha'] });
  await esbuild.build({ ...common, entryPoints: [join(ROOT, 'test', 'e2e', 'runner', 'extension.ts')], outfile: join(BUILD, 'runner', 'extension.js'), external: ['vscode', 'mocha'] });
  await esbuild.build({ ...common, entryPoints: [join(ROOT, 'test', 'e2e', 'ui', 'checks.ts')], outfile: join(BUILD, 'ui', 'checks.js'), external: ['playwright-core'] });
  await esbuild.build({ ...common, entryPoints: [join(ROOT, 'test', 'e2e', 'workspace.ts')], outfile: join(BUILD, 'workspace.js') });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function codeServerArgs(userData, extensions) {
  return [paths.codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override'];
}

/** Fresh profile, extensions and workspace for every run, so no state leaks between runs. */
function prepareRun() {
  rmSync(RUN, { recursive: true, force: true });
  const dirs = { userData: join(RUN, 'user-data'), extensions: join(RUN, 'extensions'), workspace: join(RUN, 'workspace'), results: join(RUN, 'api-results.json') };
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  // Workspace trust stays on: the workspace opens in Restricted Mode, which the extension supports.
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'editor.hover.delay': 200,
    'window.commandCenter': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  }, null, 2));
  require(join(BUILD, 'workspace.js')).prepareWorkspace(ROOT, dirs.workspace);
  return dirs;
}

/** Both extensions go in as .vsix files: code-server loads only what its extensions.json lists. */
function installExtensions(dirs) {
  const runner = join(BUILD, 'runner');
  cpSync(join(ROOT, 'test', 'e2e', 'runner', 'package.json'), join(runner, 'package.json'));
  writeFileSync(join(runner, 'README.md'), 'Test helper for the Kamerstukken e2e run. Never shipped.\n');
  writeFileSync(join(runner, 'e2e-runner.json'), JSON.stringify({ resultsFile: dirs.results, suiteFolder: join(dirs.extensions, 'kamerstukken.e2e-runner-0.0.1', 'suite') }));
  const runnerVsix = join(BUILD, 'e2e-runner.vsix');
  run(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository',
    '--skip-license', '--no-rewrite-relative-links', '-o', runnerVsix], { cwd: runner, stdio: ['ignore', 'ignore', 'inherit'] });
  run(paths.node, [...codeServerArgs(dirs.userData, dirs.extensions), '--install-extension', VSIX, '--install-extension', runnerVsix]);
}

async function startCodeServer(dirs) {
  const port = await freePort();
  const args = [...codeServerArgs(dirs.userData, dirs.extensions), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, dirs.workspace];
  const logFile = join(RUN, 'code-server.log');
  const child = spawn(paths.node, args, { cwd: ROOT, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = chunk => { output += chunk; writeFileSync(logFile, output); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) {
        log(`code-server ${url}`);
        return { child, url, logFile };
      }
    } catch { /* not listening yet */ }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`code-server did not answer on port ${port} within 60 s:\n${output}`);
}

/** Reads the runner extension's results file until the suite is done (or the deadline passes). */
async function waitForApiResults(file, isAlive) {
  const waitStarted = Date.now();
  const deadline = waitStarted + API_DEADLINE_MS;
  let reported = 0;
  let last = null;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      try { last = JSON.parse(readFileSync(file, 'utf8')); } catch { /* mid-rename */ }
      if (last) {
        for (const check of last.checks.slice(reported)) printCheck('api', check);
        reported = last.checks.length;
        if (last.done) return last.checks;
      }
    }
    if (!isAlive()) break;
    if (!last && Date.now() - waitStarted > RUNNER_START_DEADLINE_MS) break;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  const checks = last?.checks ?? [];
  const why = last ? `the suite did not finish within ${API_DEADLINE_MS / 1000} s`
    : `the runner extension did not start within ${RUNNER_START_DEADLINE_MS / 1000} s (no results file)`;
  const incomplete = { title: 'API suite completed', state: 'failed', durationMs: 0, error: why };
  printCheck('api', incomplete);
  return [...checks, incomplete];
}

function printCheck(group, check) {
  const mark = check.state === 'passed' ? 'ok  ' : 'FAIL';
  process.stdout.write(`  ${mark} [${group}] ${check.title}${check.durationMs ? ` (${check.durationMs} ms)` : ''}\n`);
  if (check.state !== 'passed' && check.error) {
    process.stdout.write(check.error.split('\n').slice(0, 25).map(line => `         ${line}`).join('\n') + '\n');
  }
}

async function main() {
  log('setup');
  setup();
  log('package the extension');
  packageExtension();
  await bundleTests();
  const dirs = prepareRun();
  installExtensions(dirs);
  if (process.env.KAMERSTUKKEN_SERVER_PATH) log(`KAMERSTUKKEN_SERVER_PATH=${process.env.KAMERSTUKKEN_SERVER_PATH}`);
  const server = await startCodeServer(dirs);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const checks = [];
  let failedToRun = null;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    log('workbench loaded; the API suite runs in the extension host');
    checks.push(...(await waitForApiResults(dirs.results, () => server.child.exitCode === null)).map(c => ({ group: 'api', ...c })));
    log('UI checks');
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { runUiChecks, closeAllEditors } = require(join(BUILD, 'ui', 'checks.js'));
    const runUi = async screenshots => {
      const round = [];
      await runUiChecks(page, { workspace: dirs.workspace, screenshots }, check => {
        printCheck('ui', check);
        round.push({ group: 'ui', ...check });
      });
      return round;
    };
    let ui = await runUi(SCREENSHOTS);
    // A real workbench has timing of its own (animations, notifications passing over the editor).
    // Like Playwright's `retries: 1`, a failed round runs once more in a reloaded workbench; a check
    // that passes only then is reported as flaky, and a check that fails twice fails the run.
    const firstFailures = ui.filter(c => c.state !== 'passed');
    if (firstFailures.length > 0) {
      log(`UI checks: ${firstFailures.length} failed; once more in a reloaded workbench`);
      // Editors open at the reload are restored, slowly, and one of them would take the focus in the middle of
      // the next round's steps: close them first, so that the reloaded workbench starts empty.
      await closeAllEditors(page).catch(error => log(`before the reload: ${error instanceof Error ? error.message : String(error)}`));
      await page.reload();
      await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
      const retryShots = join(SCREENSHOTS, 'retry');
      mkdirSync(retryShots, { recursive: true });
      ui = await runUi(retryShots);
      for (const first of firstFailures) {
        if (ui.some(c => c.title === first.title && c.state === 'passed')) log(`flaky (passed on the retry): [ui] ${first.title}`);
      }
    }
    checks.push(...ui);
  } catch (error) {
    failedToRun = error;
  } finally {
    await browser.close().catch(() => undefined);
    if (!(process.env.E2E_KEEP === '1' && (failedToRun || checks.some(c => c.state !== 'passed')))) server.child.kill();
    else log(`code-server left running: ${server.url}`);
  }
  if (failedToRun) {
    checks.push({ group: 'run', title: 'e2e run', state: 'failed', durationMs: 0, error: String(failedToRun?.stack ?? failedToRun) });
    printCheck('run', checks[checks.length - 1]);
  }
  const passed = checks.filter(c => c.state === 'passed').length;
  const failed = checks.length - passed;
  log(`screenshots in ${SCREENSHOTS}; code-server log ${server.logFile}`);
  log(`done in ${elapsed()}`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 || checks.length === 0 ? 1 : 0;
}

main().catch(error => {
  process.stdout.write(`[e2e] the run broke: ${error?.stack ?? error}\n0 passed, 1 failed\n`);
  process.exit(1);
});
