// A minimal LSP client for the bench: starts the server as a child process over stdio, as an editor does,
// answers the requests the server sends (progress tokens, configuration), and records the progress and
// diagnostics notifications with their arrival times.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter, WorkDoneProgress } = require('vscode-languageserver-protocol/node');

/** USER_HZ of /proc/<pid>/stat: 100 on every Linux architecture Node supports. */
const CLOCK_TICKS = 100;

/** The settings an editor with the extension's defaults would send. */
const DEFAULT_SETTINGS = {
  kamerstukken: {
    files: { include: ['**/corpus/**/*.txt', '**/*.kamerbrief'], exclude: ['**/node_modules/**', '**/.*/**'] },
    diagnostics: { severity: {}, ignore: [] },
    inlayHints: { relativeDates: false },
  },
};

function settingAt(section) {
  let node = DEFAULT_SETTINGS;
  for (const key of (section ?? '').split('.').filter(Boolean)) node = node?.[key];
  return node ?? null;
}

const CLIENT_CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    references: {},
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: ['namespace', 'type', 'class', 'enum', 'struct', 'parameter', 'variable', 'property', 'function', 'macro', 'keyword', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'],
      tokenModifiers: ['declaration', 'definition', 'readonly', 'deprecated', 'documentation'],
      formats: ['relative'],
    },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
};

export class BenchClient {
  /** @param {{ serverPath: string, workspaceDir: string, nodeArgs?: string[], serverArgs?: string[], env?: Record<string, string> }} options */
  constructor({ serverPath, workspaceDir, nodeArgs = [], serverArgs = [], env = {} }) {
    this.workspaceUri = pathToFileURL(workspaceDir).href;
    this.child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio', ...serverArgs], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.stderr = '';
    this.child.stderr.on('data', d => { if (this.stderr.length < 20_000) this.stderr += d; });
    this.bytesReceived = 0;
    this.child.stdout.on('data', chunk => { this.bytesReceived += chunk.length; });
    this.exited = new Promise(resolve => this.child.on('exit', code => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    /** token → { begin, end, title } in performance.now() milliseconds */
    this.progress = new Map();
    this.progressWaiters = [];
    this.diagnosticWaiters = new Map();
    this.diagnosticsReceived = 0;
    this.lastDiagnosticsAt = null;

    this.connection.onRequest((method, params) => {
      switch (method) {
        case 'window/workDoneProgress/create':
          // jsonrpc hands $/progress only to a handler registered for its token, never to a star handler.
          this.progress.set(String(params.token), { created: performance.now(), begin: null, end: null, title: null });
          this.connection.onProgress(WorkDoneProgress.type, params.token, value => this.onProgress({ token: params.token, value }));
          return null;
        case 'workspace/configuration':
          return (params?.items ?? []).map(item => settingAt(item.section));
        case 'workspace/workspaceFolders':
          return [{ uri: this.workspaceUri, name: 'bench' }];
        default:
          return null; // registerCapability, refresh requests, showMessageRequest
      }
    });
    this.connection.onNotification((method, params) => {
      if (method === 'textDocument/publishDiagnostics') this.onDiagnostics(params);
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  get pid() {
    return this.child.pid;
  }

  onProgress(params) {
    const now = performance.now();
    const token = String(params?.token);
    const entry = this.progress.get(token) ?? { created: now, begin: null, end: null, title: null };
    this.progress.set(token, entry);
    const kind = params?.value?.kind;
    if (kind === 'begin') { entry.begin = now; entry.title = params.value.title ?? null; }
    if (kind === 'end') {
      entry.end = now;
      const waiters = this.progressWaiters;
      this.progressWaiters = [];
      for (const w of waiters) w();
    }
  }

  onDiagnostics(params) {
    this.diagnosticsReceived += 1;
    this.lastDiagnosticsAt = performance.now();
    const waiters = this.diagnosticWaiters.get(params?.uri);
    if (!waiters?.length) return;
    this.diagnosticWaiters.set(params.uri, []);
    const now = performance.now();
    for (const w of waiters) w({ at: now, version: params.version, count: params.diagnostics?.length ?? 0 });
  }

  /** Resolves with the next publishDiagnostics for the uri, or null after the timeout. */
  nextDiagnostics(uri, timeoutMs = 10_000) {
    return new Promise(resolve => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      const list = this.diagnosticWaiters.get(uri) ?? [];
      list.push(value => { clearTimeout(timer); resolve(value); });
      this.diagnosticWaiters.set(uri, list);
    });
  }

  /**
   * Resolves when a progress that began after `since` (and, given `title`, whose title contains it) has
   * ended (true), or false after the timeout.
   */
  waitForProgressEnd(since, timeoutMs, title = null) {
    const done = () => [...this.progress.values()].some(p => p.begin !== null && p.begin >= since && p.end !== null && (title === null || (p.title ?? '').includes(title)));
    if (done()) return Promise.resolve(true);
    return new Promise(resolve => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const check = () => {
        if (done()) { clearTimeout(timer); resolve(true); } else this.progressWaiters.push(check);
      };
      this.progressWaiters.push(check);
    });
  }

  /** The first progress that began after `since` (whose title contains `title`, if given): { begin, end, title } or undefined. */
  progressAfter(since, title = null) {
    return [...this.progress.values()]
      .filter(p => p.begin !== null && p.begin >= since && (title === null || (p.title ?? '').includes(title)))
      .sort((a, b) => a.begin - b.begin)[0];
  }

  async initialize() {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'kamerstukken-bench' },
      rootUri: this.workspaceUri,
      workspaceFolders: [{ uri: this.workspaceUri, name: 'bench' }],
      capabilities: CLIENT_CAPABILITIES,
    });
    this.capabilities = result?.capabilities ?? {};
    return this.capabilities;
  }

  /** Sends `initialized` and returns the moment it was sent. */
  initialized() {
    const at = performance.now();
    void this.connection.sendNotification('initialized', {});
    return at;
  }

  open(uri, text) {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
  }

  change(uri, version, contentChanges) {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Sends a request and returns [milliseconds, result or error]. */
  async timed(method, params) {
    const t0 = performance.now();
    try {
      const result = await this.connection.sendRequest(method, params);
      return [performance.now() - t0, result, null];
    } catch (err) {
      return [performance.now() - t0, null, err];
    }
  }

  /** VmRSS (or, with field 'VmHWM', the peak) of the server process in MB, from /proc (Linux); null elsewhere. */
  rssMB(field = 'VmRSS') {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1]);
      return Number.isFinite(kb) ? kb / 1024 : null;
    } catch {
      return null;
    }
  }

  /** CPU seconds (user + system, all threads) the server process has used so far, from /proc; null elsewhere. */
  cpuSeconds() {
    try {
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    } catch {
      return null;
    }
  }

  async shutdown() {
    const timeout = ms => new Promise(resolve => setTimeout(resolve, ms));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), timeout(3000)]);
      void this.connection.sendNotification('exit');
    } catch { /* the server may already be gone */ }
    const code = await Promise.race([this.exited, timeout(3000).then(() => 'timeout')]);
    if (code === 'timeout') this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}
