// Which files are letters. Files under corpus/ and *.kamerbrief get the language from package.json;
// kamerstukken.files.include names other letters, and those are switched to the kamerbrief language
// when opened. Any other .txt file is left as it is.
import * as vscode from 'vscode';
import { DEFAULT_INCLUDE as SERVER_DEFAULT_INCLUDE, DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { CONFIG_SECTION, LANGUAGE_ID } from './names';

/** The server's default (settings.ts): the extensions in any case, so BRIEF.TXT is a letter as brief.txt is. */
export const DEFAULT_INCLUDE = [...SERVER_DEFAULT_INCLUDE];
/** The server's default too: node_modules and hidden folders. */
export const DEFAULT_EXCLUDE = [...DEFAULT_SETTINGS.exclude];

export interface LetterGlobs {
  include: string[];
  exclude: string[];
}

/**
 * The globs that apply in a workspace folder (`scope`: the folder, or a file in it; its folder settings over the
 * workspace's, as the server reads them), or at the workspace level without one.
 */
export function readLetterGlobs(scope?: vscode.Uri): LetterGlobs {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    include: stringList(config.get('files.include'), DEFAULT_INCLUDE),
    exclude: stringList(config.get('files.exclude'), DEFAULT_EXCLUDE),
  };
}

/** Settings are user input: keep only non-empty strings, fall back to the default when nothing usable is left. */
function stringList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

/**
 * Uses VS Code's own glob matcher (languages.match), so the client needs no glob library. Globs are
 * relative to the document's workspace folder, as the server reads them: a workspace that lies inside
 * a hidden folder (such as ~/.cache) must not fall under the default exclude of dot-folders.
 */
export function isLetter(document: vscode.TextDocument, workspaceGlobs: LetterGlobs): boolean {
  if (document.uri.scheme !== 'file') return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  // A workspace folder's own globs (its folder settings) apply in it.
  const globs = folder ? readLetterGlobs(folder.uri) : workspaceGlobs;
  const matches = (glob: string) => {
    const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob;
    return vscode.languages.match({ pattern }, document) > 0;
  };
  return globs.include.some(matches) && !globs.exclude.some(matches);
}

/** Plain-text documents that the include globs name become kamerbrief documents. */
export async function adoptIfLetter(document: vscode.TextDocument, globs: LetterGlobs): Promise<void> {
  if (document.languageId !== 'plaintext' || !isLetter(document, globs)) return;
  try {
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  } catch {
    // The document was closed in the meantime: nothing to adopt.
  }
}

export function watchLetterLanguage(context: vscode.ExtensionContext): void {
  let globs = readLetterGlobs();
  const adoptOpenDocuments = () => {
    for (const document of vscode.workspace.textDocuments) void adoptIfLetter(document, globs);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(document => void adoptIfLetter(document, globs)),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (!event.affectsConfiguration(`${CONFIG_SECTION}.files`)) return;
      globs = readLetterGlobs();
      adoptOpenDocuments();
    }),
  );
  adoptOpenDocuments();
}

/**
 * One watcher per include glob, so the server hears about letters created, changed or deleted on disk: in each
 * workspace folder its own globs; without folders the workspace's.
 */
export function createLetterWatchers(globs: LetterGlobs): vscode.FileSystemWatcher[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return globs.include.map(glob => vscode.workspace.createFileSystemWatcher(glob));
  return folders.flatMap(folder => readLetterGlobs(folder.uri).include.map(glob => vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob))));
}

/** Files of the workspace that the globs name (in each workspace folder its own), at most `max`. */
export async function findLetterFiles(globs: LetterGlobs, max: number): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const searches: Array<{ folder?: vscode.WorkspaceFolder; globs: LetterGlobs }> = folders.length ? folders.map(folder => ({ folder, globs: readLetterGlobs(folder.uri) })) : [{ globs }];
  const out: vscode.Uri[] = [];
  for (const { folder, globs: own } of searches) {
    if (own.include.length === 0 || out.length >= max) continue;
    const joined = own.include.length === 1 ? own.include[0] : `{${own.include.join(',')}}`;
    const exclude = own.exclude.length === 0 ? undefined : `{${own.exclude.join(',')}}`;
    try {
      out.push(...await vscode.workspace.findFiles(folder ? new vscode.RelativePattern(folder, joined) : joined, exclude, max - out.length));
    } catch {
      // a folder that cannot be searched: the others still count
    }
  }
  return out;
}

/**
 * Resolves once there is a letter to serve: a kamerbrief document open now or later, or a letter file
 * in the workspace. The extension activates in every window (a settings glob may name letters anywhere),
 * but starts its server only then.
 */
export function whenLettersAppear(context: vscode.ExtensionContext): Promise<void> {
  return new Promise(resolve => {
    if (vscode.workspace.textDocuments.some(document => document.languageId === LANGUAGE_ID)) return resolve();
    const subscriptions: vscode.Disposable[] = [];
    const found = () => {
      subscriptions.forEach(subscription => subscription.dispose());
      resolve();
    };
    subscriptions.push(
      vscode.workspace.onDidOpenTextDocument(document => {
        if (document.languageId === LANGUAGE_ID) found();
      }),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (!event.affectsConfiguration(`${CONFIG_SECTION}.files`)) return;
        void findLetterFiles(readLetterGlobs(), 1).then(files => files.length > 0 && found());
      }),
    );
    context.subscriptions.push(...subscriptions);
    void findLetterFiles(readLetterGlobs(), 1).then(files => files.length > 0 && found());
  });
}
