// "Kamerstukken: Export annotations…": the same export as `kamerstukken export` (the bundled CLI,
// dist/cli.js, forked with the extension host's own Node), over the workspace's letters. JSON Lines and
// W3C open in an editor unless an output folder is given; brat writes .txt/.ann pairs to a folder.
// The letters themselves are never written to (the CLI refuses to overwrite them).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { exportReport } from '../exportReport';
import { findLetterFiles, readLetterGlobs } from '../letterFiles';
import { UserCommands } from '../names';

const FORMATS = [
  { label: 'JSON Lines', format: 'jsonl', detail: 'one entity or note per line (recognised and user annotations)', language: 'jsonl' },
  { label: 'W3C Web Annotation', format: 'w3c', detail: 'a JSON-LD AnnotationPage with TextQuote and TextPosition selectors', language: 'json' },
  { label: 'brat standoff', format: 'brat', detail: 'a .txt copy and an .ann file per letter, plus annotation.conf, in a folder', language: null },
] as const;
type Format = typeof FORMATS[number]['format'];

/** Letters passed on one command line; more than this is an unusual corpus for an editor window. */
const MAX_LETTERS = 20_000;

export interface ExportOptions {
  format?: Format;
  /** Output folder (required for brat; JSON Lines and W3C go to an editor without it). */
  out?: string;
}

export interface ExportResult {
  ok: boolean;
  format: Format;
  out: string | null;
  letters: number;
  /** The export's text when it went to an editor. */
  document?: vscode.TextDocument;
  stderr: string;
}

export function registerExportCommand(extensionUri: vscode.Uri, outputChannel: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(UserCommands.exportAnnotations, (options?: unknown) =>
    exportAnnotations(extensionUri, outputChannel, options && typeof options === 'object' ? (options as ExportOptions) : {}));
}

async function exportAnnotations(extensionUri: vscode.Uri, outputChannel: vscode.LogOutputChannel, options: ExportOptions): Promise<ExportResult | undefined> {
  const format = options.format ?? (await vscode.window.showQuickPick(FORMATS.map(f => ({ ...f, description: f.format })), { title: 'Export annotations', placeHolder: 'Format' }))?.format;
  if (!format || !FORMATS.some(f => f.format === format)) return undefined;
  let out = options.out;
  if (!out && format === 'brat') {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here', title: 'Folder for the brat files' });
    if (!picked?.[0]) return undefined;
    out = picked[0].fsPath;
  }
  const letters = (await findLetterFiles(readLetterGlobs(), MAX_LETTERS)).filter(u => u.scheme === 'file').map(u => u.fsPath).sort();
  if (letters.length === 0) {
    void vscode.window.showInformationMessage('Kamerstukken: no letters in this workspace to export.');
    return { ok: false, format, out: out ?? null, letters: 0, stderr: '' };
  }
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  // The letters go in a list file, not as arguments: Windows allows a command line of 32,767 characters, a few
  // hundred paths. NUL-separated, since a path may hold a line break.
  let listFolder: string;
  try {
    listFolder = mkdtempSync(join(tmpdir(), 'kamerstukken-export-'));
    writeFileSync(join(listFolder, 'letters'), letters.join('\0'));
  } catch (error) {
    void vscode.window.showErrorMessage(`Kamerstukken: could not write the list of letters to export: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, format, out: out ?? null, letters: letters.length, stderr: '' };
  }
  const args = ['export', '--format', format, ...(out ? ['--out', out] : []), '--files-from', join(listFolder, 'letters')];
  let run: { code: number; stdout: string; stderr: string };
  try {
    run = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Kamerstukken: exporting ${letters.length} letters (${format})` },
      () => runCli(cli, args, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath),
    );
  } finally {
    rmSync(listFolder, { recursive: true, force: true });
  }
  const result: ExportResult = { ok: run.code === 0, format, out: out ?? null, letters: letters.length, stderr: run.stderr };
  // 1: some letters could not be read, or an annotation no longer applies (said on stderr); the rest was exported.
  const report = exportReport(run.code, letters.length, out ?? null, run.stderr);
  for (const line of report.log) outputChannel.warn(`[export] ${line}`);
  if (report.message) {
    const items = report.log.length ? ['Show Output'] : [];
    const shown = report.level === 'error' ? vscode.window.showErrorMessage(report.message, ...items)
      : report.level === 'warning' ? vscode.window.showWarningMessage(report.message, ...items)
        : vscode.window.showInformationMessage(report.message, ...items);
    void Promise.resolve(shown).then(choice => { if (choice) outputChannel.show(true); });
  }
  if (report.level === 'error') return result;
  if (!out) {
    const language = FORMATS.find(f => f.format === format)!.language ?? 'plaintext';
    result.document = await openText(run.stdout, language);
    await vscode.window.showTextDocument(result.document, { preview: false });
  }
  return result;
}

async function openText(content: string, language: string): Promise<vscode.TextDocument> {
  try {
    return await vscode.workspace.openTextDocument({ content, language });
  } catch {
    return vscode.workspace.openTextDocument({ content }); // a VS Code without that language
  }
}

/** Runs the bundled CLI with the extension host's Node (fork: works under Electron's run-as-node too). */
function runCli(cli: string, args: string[], cwd: string | undefined): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let child: ReturnType<typeof fork>;
    try {
      child = fork(cli, args, { cwd, silent: true, execArgv: [] });
    } catch (error) {
      resolve({ code: 70, stdout: '', stderr: error instanceof Error ? error.message : String(error) });
      return;
    }
    child.stdout?.on('data', (d: Buffer) => stdout.push(d));
    child.stderr?.on('data', (d: Buffer) => stderr.push(d));
    child.on('error', error => resolve({ code: 70, stdout: '', stderr: error.message }));
    child.on('close', code => resolve({ code: code ?? 70, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}
