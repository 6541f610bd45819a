// Minimal edits to a JSON text that respect the file's own layout. jsonc-parser's `modify` re-formats
// the whole line around an edit (turning a hand-written `{ "id": "x", "acronyms": ["A"] }` into a
// multi-line block); here only the inserted, replaced or removed element changes, and the new text is
// indented like its siblings. Compact (single-line) containers stay compact.
import { findNodeAtLocation, parseTree, type Edit, type JSONPath, type Node } from 'jsonc-parser';

export interface JsonLayout {
  /** One indentation level: "  ". */
  unit: string;
  eol: string;
}

export function layoutOf(text: string): JsonLayout {
  const m = /\n([ \t]+)["{[\]}]/.exec(text);
  return { unit: m ? m[1] : '  ', eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * Sets `path` to `value` (undefined removes it). A numeric last segment inserts into an array at that index
 * (-1 appends) unless `replace` is set. Missing objects along the path are created. New object keys go
 * where they keep sorted keys sorted. Throws when the path runs through something that is not a container.
 */
export function jsonEdit(text: string, path: JSONPath, value: unknown, options: { replace?: boolean } = {}): Edit[] {
  const layout = layoutOf(text);
  const root = parseTree(text);
  if (!root) throw new Error('the file is not JSON');
  // The deepest node along the path that exists.
  let depth = 0;
  let node: Node = root;
  while (depth < path.length) {
    const next = findNodeAtLocation(root, path.slice(0, depth + 1));
    if (!next) break;
    node = next;
    depth++;
  }
  if (depth === path.length) {
    const last = path[path.length - 1];
    if (typeof last === 'number' && !options.replace) return insertElement(text, node.parent!, last, value, layout);
    if (value === undefined) return removeChild(node.type === 'property' ? node : node.parent?.type === 'property' ? node.parent : node);
    return [{ offset: node.offset, length: node.length, content: render(value, indentAt(text, lineStartOf(text, node.offset)), layout) }];
  }
  if (value === undefined) return []; // nothing to remove
  // Build what is missing below `node` and insert it there.
  let built: unknown = value;
  for (let i = path.length - 1; i > depth; i--) built = typeof path[i] === 'number' ? [built] : { [path[i] as string]: built };
  const segment = path[depth];
  if (node.type === 'array' && typeof segment === 'number') return insertElement(text, node, segment, built, layout);
  if (node.type === 'object' && typeof segment === 'string') {
    const keys = (node.children ?? []).map(p => String(p.children?.[0]?.value));
    const index = keys.filter(k => k < segment).length;
    return insertChild(text, node, index, `${JSON.stringify(segment)}: `, built, layout);
  }
  throw new Error(`"${path.slice(0, depth).join('.') || 'the root'}" is not ${typeof segment === 'number' ? 'an array' : 'an object'}`);
}

function insertElement(text: string, array: Node, index: number, value: unknown, layout: JsonLayout): Edit[] {
  if (array.type !== 'array') throw new Error('not an array');
  const n = array.children?.length ?? 0;
  return insertChild(text, array, index < 0 || index > n ? n : index, '', value, layout);
}

/** Inserts `label + value` as child number `index` of a container, laid out like its siblings. */
function insertChild(text: string, container: Node, index: number, label: string, value: unknown, layout: JsonLayout): Edit[] {
  const children = container.children ?? [];
  const containerIndent = indentAt(text, lineStartOf(text, container.offset));
  const multiLine = children.length === 0 || text.slice(container.offset, container.offset + container.length).includes('\n');
  if (!multiLine) {
    const item = label + JSON.stringify(value).replace(/","/g, '", "').replace(/":"/g, '": "');
    return index < children.length
      ? [{ offset: children[index].offset, length: 0, content: `${item}, ` }]
      : [{ offset: children[children.length - 1].offset + children[children.length - 1].length, length: 0, content: `, ${item}` }];
  }
  const childIndent = children.length ? indentAt(text, lineStartOf(text, children[0].offset)) : containerIndent + layout.unit;
  const item = label + render(value, childIndent, layout);
  if (children.length === 0) {
    return [{ offset: container.offset + 1, length: container.length - 2, content: `${layout.eol}${childIndent}${item}${layout.eol}${containerIndent}` }];
  }
  if (index < children.length) return [{ offset: children[index].offset, length: 0, content: `${item},${layout.eol}${childIndent}` }];
  const last = children[children.length - 1];
  return [{ offset: last.offset + last.length, length: 0, content: `,${layout.eol}${childIndent}${item}` }];
}

/** Removes a property or array element with its separating comma, leaving neighbours as they were. */
function removeChild(child: Node): Edit[] {
  const container = child.parent;
  if (!container) throw new Error('cannot remove the root');
  const siblings = container.children ?? [];
  const i = siblings.indexOf(child);
  if (siblings.length === 1) return [{ offset: container.offset + 1, length: container.length - 2, content: '' }];
  if (i > 0) {
    const previous = siblings[i - 1];
    const from = previous.offset + previous.length;
    return [{ offset: from, length: child.offset + child.length - from, content: '' }];
  }
  return [{ offset: child.offset, length: siblings[1].offset - child.offset, content: '' }];
}

/** Pretty JSON whose continuation lines start at `indent`. */
function render(value: unknown, indent: string, layout: JsonLayout): string {
  return JSON.stringify(value, null, layout.unit).split('\n').join(layout.eol + indent);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The white space at the start of the line beginning at `lineStart`. */
function indentAt(text: string, lineStart: number): string {
  let end = lineStart;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(lineStart, end);
}
