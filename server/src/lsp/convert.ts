// Spans (UTF-16 offsets into a letter) ↔ LSP ranges, through the letter's line index in the corpus.
import type { Position, Range } from 'vscode-languageserver';
import type { Corpus } from '../core/workspace/corpus';
import type { Span } from '../core/types';

export function toRange(corpus: Corpus, uri: string, span: Span): Range {
  const lines = corpus.record(uri)?.lines;
  if (!lines) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toOffset(corpus: Corpus, uri: string, position: Position): number {
  return corpus.record(uri)?.lines.offsetAt(position) ?? 0;
}

export function toSpan(corpus: Corpus, uri: string, range: Range): Span {
  return { start: toOffset(corpus, uri, range.start), end: toOffset(corpus, uri, range.end) };
}
