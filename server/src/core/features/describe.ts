// Short human descriptions shared by hovers, symbols and lenses.
import type { Corpus, LetterRecord } from '../workspace/corpus';
import type { EntitySource, Span } from '../types';

export function baseName(uri: string): string {
  // After the last path separator; of a URI without a path ("untitled:Untitled-1"), what follows its scheme.
  return decodedSegment(uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'), schemeLength(uri) - 1) + 1));
}

/** The length of a URI's scheme with its colon ("file:", "untitled:"); 0 without one (a path, "c:\\…"). */
export function schemeLength(uri: string): number {
  return SCHEME.exec(uri)?.[0].length ?? 0;
}
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;

/** A path segment with its escapes decoded ("a%20b" is "a b"); as written where an escape is not valid. */
export function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A file with nothing in it but white space and page numbers (a new file; a scanned PDF whose text layer holds only
 * "Pagina 1 van 2" on each page: `blank`, read from the text when the record was made) and no id in its name: no text
 * to identify, so no "no identity" hint, lens or declaration is offered on it. Nor on a file that could not be read
 * (binary, too large: `input.*` says why).
 */
export function isBlankLetter(rec: LetterRecord): boolean {
  return rec.ids.length === 0 && (rec.blank === true || (rec.opening === '' && rec.analysis.problems.some(p => p.code.startsWith('input.'))));
}

/** "002_548ef….txt:30" for a place in the corpus. */
export function placeLabel(corpus: Corpus, uri: string, span: Span): string {
  const rec = corpus.record(uri);
  const line = rec ? rec.lines.lineOf(span.start) + 1 : 1;
  return `${baseName(uri)}:${line}`;
}

/** A markdown link that opens the place in the editor (file URI with a line fragment). */
export function placeLink(corpus: Corpus, uri: string, span: Span): string {
  const rec = corpus.record(uri);
  const line = rec ? rec.lines.lineOf(span.start) + 1 : 1;
  return `[${escapeMarkdown(placeLabel(corpus, uri, span))}](${linkDestination(uri)}#L${line})`;
}

/**
 * A URI as a Markdown link destination: parentheses percent-encoded (as VS Code writes them), since a ")" in a file
 * name ("brief 1).txt", which pathToFileURL leaves as it is) ended the link there.
 */
function linkDestination(uri: string): string {
  return uri.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

const SOURCE_TEXT: Record<EntitySource, string> = {
  text: 'recognised in the running text',
  footer: 'recognised in the page footer',
  header: 'recognised in the letter header',
  gazetteer: 'recognised from the organisation gazetteer',
  definition: 'defined in this letter',
  corpus: 'defined in another letter of the corpus',
  user: 'user annotation',
};

export function sourceLine(source: EntitySource | undefined): string {
  return `_Source: ${SOURCE_TEXT[source ?? 'text'] ?? String(source)}._`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
