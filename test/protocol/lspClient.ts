// A small LSP client for protocol tests: spawns `node dist/server.js --stdio` with a temporary copy of
// corpus/ as its workspace folder, answers the server's requests (configuration, progress, registration)
// and records what it pushes (diagnostics, progress).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(REPO, 'dist', 'server.js');

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  message: string;
  data?: unknown;
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
}

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export class TestWorkspace {
  readonly root: string;
  readonly corpusDir: string;

  constructor() {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken-lsp-'));
    this.corpusDir = path.join(this.root, 'corpus');
    fs.mkdirSync(this.corpusDir);
    for (const f of fs.readdirSync(path.join(REPO, 'corpus'))) fs.copyFileSync(path.join(REPO, 'corpus', f), path.join(this.corpusDir, f));
  }

  /** The file of the corpus whose name starts with the prefix ("002"). */
  file(prefix: string): string {
    const name = fs.readdirSync(this.corpusDir).find(f => f.startsWith(prefix));
    if (!name) throw new Error(`no letter ${prefix}`);
    return path.join(this.corpusDir, name);
  }

  uri(prefixOrPath: string): string {
    const p = prefixOrPath.includes(path.sep) ? prefixOrPath : this.file(prefixOrPath);
    return pathToFileURL(p).href;
  }

  text(prefix: string): string {
    return fs.readFileSync(this.file(prefix), 'utf8');
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** The text after the edits, as an editor applies them (line ends \n, \r\n and \r, as the server counts them). */
export function applyTextEdits(text: string, edits: Array<{ range: Range; newText: string }>): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edited', 'json', 0, text), edits);
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** The workspace edits the annotation commands send: file creations and text edits. */
export interface WorkspaceEdit {
  documentChanges?: Array<{ kind?: string; uri?: string; textDocument?: { uri: string; version: number | null }; edits?: TextEdit[] }>;
}

/** What the server's applyAnnotation command answers. */
export interface ApplyResult {
  applied: boolean;
  storeUri: string;
  failureReason?: string;
}

/** Applies a workspace edit to the files on disk, as an editor would save it: creations, then text edits. */
export function applyToDisk(edit: WorkspaceEdit): void {
  for (const change of edit.documentChanges ?? []) {
    if (change.kind === 'create' && change.uri) {
      const file = fileURLToPath(change.uri);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (!fs.existsSync(file)) fs.writeFileSync(file, '');
      continue;
    }
    if (!change.textDocument || !change.edits) continue;
    const file = fileURLToPath(change.textDocument.uri);
    fs.writeFileSync(file, applyTextEdits(fs.readFileSync(file, 'utf8'), change.edits));
  }
}

/** Line and character of the n-th occurrence of `needle` (plus `delta` code units) in `text`. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - (lastBreak + 1) };
}

/** A folder with `corpus/` holding the given files (names relative to it, folders made as needed), listed in `made`. */
export function folderWith(files: Record<string, string | Buffer>, made: string[], prefix = 'kst-'): { root: string; uri: (name: string) => string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(root);
  fs.mkdirSync(path.join(root, 'corpus'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'corpus', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return { root, uri: name => pathToFileURL(path.join(root, 'corpus', name)).href };
}

/** The clients and folders of a suite (call inside `describe`): stopped and removed after it. */
export function suiteResources(): { client: () => LspClient; made: string[] } {
  const made: string[] = [];
  const clients: LspClient[] = [];
  after(async () => {
    for (const c of clients) await c.stop();
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });
  return { client: () => { const c = new LspClient(); clients.push(c); return c; }, made };
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** The document version of the last diagnostics published for a URI, when the server gave one (open letters). */
  readonly diagnosticVersions = new Map<string, number>();
  /** Every diagnostics message the server published, in order. */
  readonly published: Array<{ uri: string; version?: number; diagnostics: Diagnostic[] }> = [];
  readonly progress: Array<{ kind: string; title?: string; message?: string }> = [];
  readonly stderr: string[] = [];
  /** What the server logged (window/logMessage). */
  readonly logs: string[] = [];
  settings: Record<string, unknown> = {};
  /** How often the server said its corpus tree changed. */
  corpusChanges = 0;
  /** Settles when the server process has ended, with its exit code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private readonly waiters: Array<() => void> = [];

  constructor() {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', d => this.stderr.push(String(d)));
    this.exited = new Promise(resolve => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.published.push(p);
      if (p.version !== undefined) this.diagnosticVersions.set(p.uri, p.version);
      this.wake();
    });
    this.connection.onNotification('$/progress', (p: { value: { kind: string; title?: string; message?: string } }) => {
      this.progress.push(p.value);
      this.wake();
    });
    this.connection.onNotification('kamerstukken/corpusChanged', () => {
      this.corpusChanges++;
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: { message?: string }) => {
      this.logs.push(String(p?.message ?? ''));
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** Sends the server process a signal, as an editor or a terminal may (not through the protocol). */
  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  /** The server's process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** How many file descriptors the server process holds open now (Linux: /proc/<pid>/fd); null elsewhere. */
  openDescriptors(): number | null {
    try {
      return fs.readdirSync(`/proc/${this.child.pid}/fd`).length;
    } catch {
      return null;
    }
  }

  get alive(): boolean {
    return this.child.exitCode === null && !this.child.killed;
  }

  static readonly FULL_CAPABILITIES = {
    workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
    window: { workDoneProgress: true },
    textDocument: { publishDiagnostics: { relatedInformation: true } },
  };

  async start(workspaceRoot: string, capabilities: object = LspClient.FULL_CAPABILITIES, initializationOptions?: unknown): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspaceRoot).href,
      workspaceFolders: [{ uri: pathToFileURL(workspaceRoot).href, name: 'ws' }],
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Resolves when the predicate holds, checked after every notification; rejects after `ms`. */
  waitFor(predicate: () => boolean, what: string, ms = 15000): Promise<void> {
    return new Promise((resolve, reject) => {
      if (predicate()) return resolve();
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      const check = () => {
        if (predicate()) {
          clearTimeout(timer);
          resolve();
        } else {
          this.waiters.push(check);
        }
      };
      this.waiters.push(check);
    });
  }

  private wake(): void {
    const pending = this.waiters.splice(0);
    for (const w of pending) w();
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.alive) this.child.kill();
  }
}

/** A client that applies workspace edits with documentChanges and may create files (as VS Code). */
export const EDIT_CAPABILITIES = {
  ...LspClient.FULL_CAPABILITIES,
  workspace: { ...LspClient.FULL_CAPABILITIES.workspace, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
};

/**
 * Opens the session as a multi-root VS Code does: the workspace folders given (the first also as rootUri), with
 * workspace/configuration and progress, then `initialized`. The test answers workspace/configuration itself.
 */
export async function initializeWithFolders(c: LspClient, folders: Array<{ uri: string; name: string }>): Promise<void> {
  await c.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0].uri,
    workspaceFolders: folders,
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
  });
  await c.connection.sendNotification('initialized', {});
}
