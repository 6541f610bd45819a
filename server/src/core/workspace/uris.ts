// File paths and file URIs (the server, the CLI and the annotation stores), as pathToFileURL and fileURLToPath spell them, with a shortcut for the plain
// paths nearly every letter has: those two calls cost ~5 µs each, and indexing 10,000 letters made 30,000
// of them on the thread that answers requests.
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * An absolute POSIX path of characters a file URL keeps as they are, with no "." or ".." segment or "//".
 * Not "~": Node's pathToFileURL writes it "%7E", and normaliseUri (the client's URIs) spells it so.
 */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._-]+)+$/;
const PLAIN_URI = /^file:\/\/(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]+)+$/;

/** pathToFileURL(path).href */
export function fileUri(path: string): string {
  return sep === '/' && PLAIN_PATH.test(path) ? `file://${path}` : pathToFileURL(path).href;
}

/** fileURLToPath(uri), or null for a URI that is not a file's (or not a valid one). */
export function uriToPath(uri: string): string | null {
  if (sep === '/' && PLAIN_URI.test(uri)) return uri.slice(7);
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
