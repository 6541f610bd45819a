// Pure helpers of "Index Folder as Letters" (no vscode import, so unit tests can load them): whether a plain
// text reads like a Kamerbrief, and the include glob that names a folder's .txt files (matched as the server
// matches them: its own pure glob module).
import * as path from 'node:path';
import { GlobSet } from '../../server/src/core/workspace/glob';

/** What a Kamerbrief says of itself or to its reader: its first-page header, its running footer, "uw Kamer". */
const KAMERBRIEF_MARKS = [
  /Tweede Kamer der Staten-Generaal|Eerste Kamer der Staten-Generaal/,
  /(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[–-]\d{4}, \d{2} ?\d{3}/,
  /\b[Uu]w Kamer\b/,
];
/** A citation of a Kamerstuk: two of them make a text a letter's too (notes that cite one stuk are not). */
const CITATION = /Kamerstuk(?:ken)? (?:I{1,2} \d{4}\/\d{2}, )?\d{2} ?\d{3}(?:-[A-Z0-9]+| [A-Z]{1,4})?, nr\./g;

/** Checked on the first 200,000 characters (a PDF's pages may come in any order, its footer late). */
export function looksLikeKamerbrief(text: string): boolean {
  const head = text.slice(0, 200_000);
  return KAMERBRIEF_MARKS.some(mark => mark.test(head)) || (head.match(CITATION)?.length ?? 0) >= 2;
}

const ANY_CASE_TXT = '*.[tT][xX][tT]';

/** The folder's path relative to its workspace folder, with "/" ("" for the workspace folder itself). */
export function relativeFolder(workspaceFolder: string, folder: string): string {
  return path.relative(workspaceFolder, folder).split(path.sep).join('/');
}

/**
 * The include glob for every .txt file under `folder`, relative to its workspace folder ("brieven/**\/*.[tT][xX][tT]"):
 * the extension in any case, as the default globs take it (BRIEF.TXT is a letter too, and the command is offered
 * for it).
 */
export function includeGlobFor(workspaceFolder: string, folder: string): string {
  // A folder name with a glob character in it ("brieven [2015]") matches itself: each such character as a class.
  const relative = relativeFolder(workspaceFolder, folder).replace(/[*?[{}]/g, '[$&]');
  return relative === '' ? `**/${ANY_CASE_TXT}` : `${relative}/**/${ANY_CASE_TXT}`;
}

/** How a message names the folder: its path in the workspace folder, or the workspace folder's name for itself. */
export function folderLabel(workspaceFolder: string, folder: string, workspaceName: string): string {
  return relativeFolder(workspaceFolder, folder) || workspaceName;
}

/**
 * Whether the globs name a .txt file right inside the folder (`brief.txt`, or `fileName`), as the server matches
 * them: for the include globs, its files are letters already; for the exclude globs, they cannot be.
 */
export function globsNameFolder(globs: readonly string[], workspaceFolder: string, folder: string, fileName = 'brief.txt'): boolean {
  const relative = relativeFolder(workspaceFolder, folder);
  return new GlobSet(globs).matches(relative === '' ? fileName : `${relative}/${fileName}`);
}

/** What "Index Folder as Letters" does for a folder: nothing (say why), or add its glob to these settings. */
export type IndexFolderPlan =
  | { kind: 'excluded' }
  | { kind: 'already' }
  /**
   * `include`: the new value of kamerstukken.files.include, written to `target`: in a multi-root workspace the
   * folder settings of the workspace folder that holds the folder (a glob is relative to each workspace folder,
   * so at the workspace level it would name a folder of the same name in every other one too); else the
   * workspace settings (in a single-folder workspace the same file).
   */
  | { kind: 'add'; glob: string; include: string[]; target: 'workspaceFolder' | 'workspace' };

/**
 * `include`/`exclude`: the globs that apply in the folder's workspace folder now (VS Code's value for it: its
 * folder settings over the workspace's over the defaults); the new value keeps them, so corpus/ stays a letter folder.
 * `txtFiles`: the folder's .txt files in any case, by their paths under it ("brief.txt", "2015/BRIEF.TXT"), when known.
 */
export function planIndexFolder(workspaceFolder: string, folder: string, multiRoot: boolean, include: readonly string[], exclude: readonly string[], txtFiles?: readonly string[]): IndexFolderPlan {
  // The exclude globs win over the include globs: adding the folder would change nothing.
  if (globsNameFolder(exclude, workspaceFolder, folder)) return { kind: 'excluded' };
  const glob = includeGlobFor(workspaceFolder, folder);
  // Letters already when the globs name every .txt file in it: a glob of lower-case .txt only (written by hand, or by
  // this command before it took any case) leaves a BRIEF.TXT out, and the command is offered for one; a folder with
  // no such file is letters already. Its files unknown, only a glob that takes the extension in any case will do.
  const named = (fileName: string) => globsNameFolder(include, workspaceFolder, folder, fileName);
  const already = txtFiles && txtFiles.length > 0 ? txtFiles.every(named) : named('brief.txt') && named('BRIEF.TXT');
  if (include.includes(glob) || already) return { kind: 'already' };
  return { kind: 'add', glob, include: [...include, glob], target: multiRoot ? 'workspaceFolder' : 'workspace' };
}
