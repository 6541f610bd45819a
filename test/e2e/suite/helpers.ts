// Shared by the e2e suites: the workspace's letters, waiting for the extension and for diagnostics.
// Waits are event-driven with a deadline; a deadline that passes is a failure with a reason, never a skip.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'kamerstukken.kamerstukken';

/** The letters the suite relies on, by their role. */
export const Letters = {
  /** 001: Kamerstuk 29 754, nr. 327; cites letters that are not in the corpus. */
  unresolvedCitations: 'corpus/001_3db4abffb7247bac.txt',
  /** 002: cites "Kamerstuk 29 754, nr. 251" in footnote 1. */
  citing: 'corpus/002_548ef68b162742fc.txt',
  /** 003: header "29 754 Terrorismebestrijding … Nr. 421". */
  withHeader: 'corpus/003_a211609418273696.txt',
  /** 004: Kamerstuk 29 754, nr. 251 (its footer). */
  cited: 'corpus/004_c51793f171952d9b.txt',
  /** Written for the tests (test/e2e/workspace.ts): Eerste Kamer letter 36 999, B; cites 36 999, A (not in the workspace). */
  senate: 'letters/brief-36999-B.txt',
} as const;

export interface KamerstukkenApi {
  ready: Promise<void>;
  state(): string;
  serverOutput(): string;
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The e2e run needs a workspace folder with the corpus');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export function withDeadline<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms);
  });
  return Promise.race([Promise.resolve(promise), deadline]).finally(() => clearTimeout(timer));
}

/** Activates the extension and waits for its language server; fails with the server's own error output. */
export async function serverReady(): Promise<KamerstukkenApi> {
  const extension = vscode.extensions.getExtension<KamerstukkenApi>(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  try {
    await withDeadline(api.ready, 60_000, 'Kamerstukken language server start');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const output = message.includes('Server output') ? '' : `\n${api.serverOutput()}`;
    throw new Error(`${message}\n[state: ${api.state()}]${output}`);
  }
  return api;
}

export async function openLetter(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The position of the first occurrence of `text` in the document, `offset` characters into it. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 1): vscode.Position {
  const index = document.getText().indexOf(text);
  if (index < 0) throw new Error(`"${text}" is not in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

/** Waits until the diagnostics of `uri` satisfy `accept` (checked now and on every change). */
export function diagnosticsWhen(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = 30_000,
): Promise<vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (accept(current)) return Promise.resolve(current);
  let subscription: vscode.Disposable | undefined;
  const changed = new Promise<vscode.Diagnostic[]>(resolve => {
    subscription = vscode.languages.onDidChangeDiagnostics(event => {
      if (!event.uris.some(changedUri => changedUri.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (accept(diagnostics)) resolve(diagnostics);
    });
  });
  return withDeadline(changed, ms, what).finally(() => subscription?.dispose());
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Plain text of a hover's contents, markdown and marked strings alike. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap(hover => hover.contents)
    .map(content => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export function locationUri(location: vscode.Location | vscode.LocationLink): vscode.Uri {
  return 'targetUri' in location ? location.targetUri : location.uri;
}

export function locationRange(location: vscode.Location | vscode.LocationLink): vscode.Range {
  return 'targetUri' in location ? (location.targetSelectionRange ?? location.targetRange) : location.range;
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
