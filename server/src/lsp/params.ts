// Request parameters arrive from another process: check their shape before trusting them, so a
// malformed request gets an InvalidParams error instead of a TypeError deep in a feature.
import { ErrorCodes, ResponseError, type Diagnostic, type Position, type Range } from 'vscode-languageserver';

/** A request whose params are malformed: answered InvalidParams, not logged as a failure of the server. */
export class InvalidParams extends Error {
  override name = 'InvalidParams';
}

export function requireUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  if (typeof uri !== 'string' || uri.length === 0) throw new InvalidParams('textDocument.uri is missing');
  return uri;
}

export function requirePosition(params: unknown): Position {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | null)?.position;
  if (!isPosition(p)) throw new InvalidParams('position is missing or malformed');
  return p;
}

export function requirePositions(params: unknown): Position[] {
  const list = (params as { positions?: unknown } | null)?.positions;
  if (!Array.isArray(list) || !list.every(isPosition)) throw new InvalidParams('positions are missing or malformed');
  return list;
}

/** A call hierarchy item sent back by the client: its uri, name, where it points, and our data if it kept it. */
export interface ItemParams {
  uri: string;
  name: string;
  position: Position | null;
  data: { uri: string | null; ids: string[] } | null;
}

export function requireItem(params: unknown): ItemParams {
  const item = (params as { item?: { uri?: unknown; name?: unknown; selectionRange?: { start?: unknown }; data?: unknown } } | null)?.item;
  if (!item || typeof item.uri !== 'string' || item.uri.length === 0) throw new InvalidParams('item is missing or malformed');
  const start = item.selectionRange?.start;
  const data = item.data as { uri?: unknown; ids?: unknown } | null | undefined;
  const ours = !!data && Array.isArray(data.ids) && data.ids.every(id => typeof id === 'string') && (data.uri === null || typeof data.uri === 'string');
  return {
    uri: item.uri,
    name: typeof item.name === 'string' ? item.name : '',
    position: isPosition(start) ? start : null,
    data: ours ? { uri: data.uri as string | null, ids: data.ids as string[] } : null,
  };
}

export function optionalRange(params: unknown): Range | undefined {
  const r = (params as { range?: { start?: unknown; end?: unknown } } | null)?.range;
  if (r === undefined) return undefined;
  if (!r || !isPosition(r.start) || !isPosition(r.end)) throw new InvalidParams('range is malformed');
  return r as Range;
}

/** A diagnostic the client sent back (code action context): an object with a well-formed range. */
export function isDiagnosticLike(d: unknown): d is Diagnostic {
  const r = (d as { range?: { start?: unknown; end?: unknown } } | null)?.range;
  return !!d && typeof d === 'object' && !!r && isPosition(r.start) && isPosition(r.end);
}

function isPosition(p: unknown): p is Position {
  const x = p as { line?: unknown; character?: unknown } | null;
  return !!x && Number.isInteger(x.line) && Number.isInteger(x.character) && (x.line as number) >= 0 && (x.character as number) >= 0;
}

export function toResponseError(err: unknown): ResponseError<void> {
  if (err instanceof InvalidParams) return new ResponseError(ErrorCodes.InvalidParams, err.message);
  const message = err instanceof Error ? err.message : String(err);
  return new ResponseError(ErrorCodes.InternalError, `kamerstukken: ${message}`);
}
