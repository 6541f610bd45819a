// `kamerstukken annotate [--json] PATH...`: every letter's identity and entities; references resolved
// against the other letters given.
import { pathToFileURL } from 'node:url';
import { resolve as resolvePath } from 'node:path';
import { Corpus } from '../core/workspace/corpus';
import { canonicalKamerstuk } from '../core/ids';
import type { AnyEntity, LetterAnalysis } from '../core/types';
import { expandPaths, readLetter } from './files';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const CITATION_KINDS = new Set(['kamerstuk', 'handelingen', 'aanhangsel']);

export function runAnnotate(args: string[], io: Io): number {
  const json = args.includes('--json');
  const paths = args.filter(a => !a.startsWith('--'));
  const unknown = args.filter(a => a.startsWith('--') && a !== '--json');
  if (unknown.length) { io.stderr(`kamerstukken annotate: unknown option ${unknown.join(', ')}\n`); return 2; }
  if (paths.length === 0) { io.stderr('usage: kamerstukken annotate [--json] PATH...\n'); return 2; }

  let failed = false;
  const report = (path: string, message: string) => { failed = true; io.stderr(`kamerstukken: ${path}: ${message}\n`); };
  const files = expandPaths(paths, report);

  const corpus = new Corpus();
  const loaded: Array<{ path: string; uri: string }> = [];
  for (const path of files) {
    const read = readLetter(path);
    if (!read.ok) { report(path, read.message); continue; }
    if (read.warning) report(path, read.warning);
    const uri = pathToFileURL(resolvePath(path)).href;
    try {
      corpus.set(uri, read.text);
      loaded.push({ path, uri });
    } catch (err) {
      report(path, `analysis failed: ${(err as Error).message}`);
    }
  }
  const pathOf = new Map(loaded.map(l => [l.uri, l.path]));

  const documents = loaded.map(({ path, uri }) => {
    const analysis = corpus.get(uri)!;
    return { path, analysis, targets: analysis.entities.map(e => (CITATION_KINDS.has(e.kind) ? pathOf.get(corpus.resolve(e, uri) ?? '') ?? null : null)) };
  });

  if (json) {
    io.stdout(JSON.stringify({ documents: documents.map(d => toJson(d.path, d.analysis, d.targets)) }, null, 1) + '\n');
  } else {
    for (const d of documents) io.stdout(toText(d.path, d.analysis, d.targets));
  }
  return failed ? 1 : 0;
}

function toJson(path: string, a: LetterAnalysis, targets: Array<string | null>) {
  const id = a.identity;
  return {
    path,
    identity: { dossier: id.dossier, suffix: id.suffix, number: id.number, chamber: id.chamber, session: id.session, date: id.date, title: id.title },
    entities: a.entities.map((e, i) => ({ kind: e.kind, start: e.start, end: e.end, text: e.text, value: e.value, target: targets[i] })),
  };
}

function toText(path: string, a: LetterAnalysis, targets: Array<string | null>): string {
  const id = a.identity;
  const lines: string[] = [];
  const self = id.dossier ? canonicalKamerstuk(id.dossier, id.suffix, id.number) : 'no identity in the text';
  lines.push(`${path}`);
  lines.push(`  identity: ${self}${id.chamber ? `, chamber ${id.chamber}` : ''}${id.session ? `, vergaderjaar ${id.session}` : ''}${id.date ? `, dated ${id.date}` : ''}${id.title ? `, “${id.title}”` : ''}`);
  if (id.type) lines.push(`  type: ${id.type}`);
  for (const s of id.signatories) lines.push(`  signed: ${s.role}, ${s.name}`);
  const counts = new Map<string, number>();
  for (const e of a.entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  lines.push(`  entities: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  a.entities.forEach((e, i) => {
    if (!CITATION_KINDS.has(e.kind) || (e.kind === 'kamerstuk' && e.value.self)) return;
    const where = targets[i] ? `resolved → ${targets[i]}` : 'unresolved';
    lines.push(`  ${pad(`${e.start}-${e.end}`, 12)} ${pad(describe(e), 48)} ${where}`);
  });
  for (const p of a.problems) lines.push(`  ${pad(`${p.start}-${p.end}`, 12)} problem: ${p.message}`);
  return lines.join('\n') + '\n\n';
}

function describe(e: AnyEntity): string {
  // As written, on one line: PDF hyphenation undone, line breaks as spaces.
  const text = e.text.replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
  const id = 'id' in e.value ? (e.value as { id: string | null }).id : null;
  return id ? `${text} (${id})` : text;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
