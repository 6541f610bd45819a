// Letters outside corpus/: a folder of .txt letters named anything else is plain text until
// kamerstukken.files.include names it. "Index Folder as Letters" adds it there (the workspace settings), and a
// .txt file that looks like a Kamerbrief offers to do so once, so that a first-time user who opens a folder of
// letters is not left with an extension that seems to do nothing.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isLetter, readLetterGlobs, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './letterFiles';
import { folderLabel, looksLikeKamerbrief, planIndexFolder } from './letterShape';
import { CONFIG_SECTION, UserCommands } from './names';

/** Folders the user said not to ask about again, in this workspace. */
const DECLINED_KEY = 'kamerstukken.indexFolder.declined';

export function registerIndexFolder(context: vscode.ExtensionContext): void {
  const askedThisSession = new Set<string>();
  context.subscriptions.push(
    vscode.commands.registerCommand(UserCommands.indexFolder, (target?: vscode.Uri) => indexFolder(target)),
    vscode.workspace.onDidOpenTextDocument(document => void offerToIndex(context, document, askedThisSession)),
  );
  for (const document of vscode.workspace.textDocuments) void offerToIndex(context, document, askedThisSession);
}

/**
 * Adds the folder (of a file: its folder) to kamerstukken.files.include in its workspace folder's settings.
 * Without a target (the command palette), asks for a folder. Resolves to the glob added, or null when nothing was
 * added (cancelled, outside the workspace, or its files are letters already).
 */
async function indexFolder(target?: vscode.Uri): Promise<string | null> {
  let folderUri = target;
  if (!folderUri || folderUri.scheme !== 'file') {
    const active = vscode.window.activeTextEditor?.document.uri;
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Index as Letters',
      defaultUri: active?.scheme === 'file' ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    if (!picked?.[0]) return null;
    folderUri = picked[0];
  }
  try {
    if ((await vscode.workspace.fs.stat(folderUri)).type !== vscode.FileType.Directory) folderUri = vscode.Uri.joinPath(folderUri, '..');
  } catch {
    void vscode.window.showErrorMessage(`Kamerstukken: ${folderUri.fsPath} does not exist.`);
    return null;
  }
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(folderUri);
  if (!workspaceFolder) {
    void vscode.window.showErrorMessage('Kamerstukken: only a folder inside the workspace can be indexed. Add its parent to the workspace first.');
    return null;
  }
  // The globs that apply in this workspace folder: the server reads them per workspace folder (workspace/configuration
  // with the folder as scopeUri), as do the client's own letter globs (readLetterGlobs with the folder).
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, workspaceFolder.uri);
  const current = config.get<string[]>('files.include') ?? DEFAULT_INCLUDE;
  const exclude = config.get<string[]>('files.exclude') ?? DEFAULT_EXCLUDE;
  // A glob is relative to each workspace folder: in a multi-root workspace, written to the workspace's settings it
  // would also name a folder of the same name in every other workspace folder. It goes to this folder's settings.
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 || vscode.workspace.workspaceFile !== undefined;
  const plan = planIndexFolder(workspaceFolder.uri.fsPath, folderUri.fsPath, multiRoot, current, exclude, await txtFilesUnder(folderUri));
  const label = folderLabel(workspaceFolder.uri.fsPath, folderUri.fsPath, workspaceFolder.name);
  if (plan.kind === 'excluded') {
    void vscode.window.showWarningMessage(`Kamerstukken: “${label}” is excluded by the setting kamerstukken.files.exclude (hidden folders and node_modules by default); its files cannot be letters while it is.`);
    return null;
  }
  if (plan.kind === 'already') {
    void vscode.window.showInformationMessage(`Kamerstukken: the .txt files in “${path.basename(folderUri.fsPath)}” are already letters.`);
    return null;
  }
  const settingsTarget = plan.target === 'workspaceFolder' ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  await config.update('files.include', plan.include, settingsTarget);
  const where = plan.target === 'workspaceFolder' ? `the folder settings of “${workspaceFolder.name}”` : 'the workspace settings';
  void vscode.window.showInformationMessage(`Kamerstukken: the .txt files in “${label}” are now letters (setting kamerstukken.files.include in ${where}).`);
  return plan.glob;
}

/** A plain .txt file in the workspace that reads like a Kamerbrief but is no letter yet: offer its folder, once. */
async function offerToIndex(context: vscode.ExtensionContext, document: vscode.TextDocument, asked: Set<string>): Promise<void> {
  if (document.uri.scheme !== 'file' || document.languageId !== 'plaintext' || !document.uri.path.toLowerCase().endsWith('.txt')) return; // BRIEF.TXT too
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!workspaceFolder || isLetter(document, readLetterGlobs(workspaceFolder.uri))) return;
  const folder = vscode.Uri.joinPath(document.uri, '..');
  const key = folder.toString();
  const declined = context.workspaceState.get<string[]>(DECLINED_KEY, []);
  if (asked.has(key) || declined.includes(key) || !looksLikeKamerbrief(document.getText())) return;
  asked.add(key);
  const name = path.basename(folder.fsPath);
  const choice = await vscode.window.showInformationMessage(
    `“${path.basename(document.uri.fsPath)}” reads like a Kamerbrief. Index the .txt files in “${name}” as letters, for references, hovers and diagnostics?`,
    'Index Folder', 'Not Now', 'Don’t Ask Again');
  if (choice === 'Index Folder') await indexFolder(folder);
  // Read again: another prompt may have been declined while this one was open.
  else if (choice === 'Don’t Ask Again') await context.workspaceState.update(DECLINED_KEY, [...context.workspaceState.get<string[]>(DECLINED_KEY, []), key]);
}

/** Enough to tell whether the folder's letters are named already; a folder with more is judged on these. */
const TXT_FILES_CHECKED = 2_000;

/** The .txt files (any case) under the folder, by their paths under it; undefined when they cannot be listed. */
async function txtFilesUnder(folder: vscode.Uri): Promise<string[] | undefined> {
  try {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.[tT][xX][tT]'), null, TXT_FILES_CHECKED);
    return found.map(uri => path.relative(folder.fsPath, uri.fsPath).split(path.sep).join('/'));
  } catch {
    return undefined;
  }
}
