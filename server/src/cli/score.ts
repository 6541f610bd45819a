// Scores an `annotate --json` run against a gold annotation (the format of test/data/gold-seeds.json):
// precision, recall and F1 per kind on exact spans and on overlapping spans, value accuracy on exact
// matches, and identity fields. Lenient as the gold guidelines intend: a prediction on a span the gold
// lists as `excluded` is no false positive, a miss of an `optional` gold entity is no false negative.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { asksForHelp, splitOption } from './files';

interface GoldEntity { kind: string; start: number; end: number; text: string; value: Record<string, unknown>; optional?: boolean }
interface GoldFile { identity?: Record<string, unknown>; entities: GoldEntity[]; excluded?: GoldEntity[] }
export interface Gold { files: Record<string, GoldFile> }
interface PredEntity { kind: string; start: number; end: number; text?: string; value?: Record<string, unknown> }
export interface Prediction { documents: Array<{ path: string; identity?: Record<string, unknown>; entities: PredEntity[] }> }

export const SCORED_KINDS = ['kamerstuk', 'handelingen', 'aanhangsel', 'organisation', 'date'] as const;
/** The value fields that must agree, per kind (organisation ids are not compared: naming schemes differ). */
const VALUE_FIELDS: Record<string, string[]> = {
  kamerstuk: ['dossier', 'suffix', 'number'],
  handelingen: ['chamber', 'session', 'number', 'item'],
  aanhangsel: ['session', 'number'],
  date: ['iso', 'session'],
  organisation: [],
};

export interface KindScore {
  kind: string;
  tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  overlapF1: number;
  /** Share of exact matches whose value is right; null without exact matches. */
  valueAccuracy: number | null;
  missed: Array<{ file: string; text: string; start: number }>;
  spurious: Array<{ file: string; text: string; start: number }>;
  wrongValue: Array<{ file: string; text: string; gold: unknown; got: unknown }>;
}

export interface Score {
  kinds: KindScore[];
  identity: { right: number; checked: number; wrong: Array<{ file: string; field: string; gold: unknown; got: unknown }> };
  microF1: number;
  missingDocuments: string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const canon = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : JSON.stringify(v));

function f1(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function score(gold: Gold, pred: Prediction): Score {
  const byName = new Map(pred.documents.map(d => [basename(d.path), d]));
  const kinds: KindScore[] = [];
  let microTp = 0, microFp = 0, microFn = 0;
  const missingDocuments = Object.keys(gold.files).filter(name => !byName.has(name));

  for (const kind of SCORED_KINDS) {
    const s: KindScore = { kind, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, overlapF1: 0, valueAccuracy: null, missed: [], spurious: [], wrongValue: [] };
    let valueRight = 0, otp = 0, ofp = 0, ofn = 0;
    for (const [name, g] of Object.entries(gold.files)) {
      const golds = g.entities.filter(e => e.kind === kind);
      const excluded = (g.excluded ?? []).filter(e => e.kind === kind);
      const preds = (byName.get(name)?.entities ?? []).filter(e => e.kind === kind)
        .filter(p => !(excluded.some(x => overlap(x, p)) && !golds.some(ge => overlap(ge, p))));
      const matched = new Set<number>();
      for (const ge of golds) {
        const i = preds.findIndex((p, j) => !matched.has(j) && p.start === ge.start && p.end === ge.end);
        if (i >= 0) {
          matched.add(i);
          s.tp++;
          const ok = VALUE_FIELDS[kind].every(f => !(f in ge.value) || canon(ge.value[f]) === canon(preds[i].value?.[f]));
          if (ok) valueRight++; else s.wrongValue.push({ file: name, text: ge.text, gold: ge.value, got: preds[i].value });
        } else if (!ge.optional) {
          s.fn++;
          s.missed.push({ file: name, text: ge.text, start: ge.start });
        }
      }
      preds.forEach((p, j) => {
        if (matched.has(j)) return;
        if (golds.some(ge => ge.optional && ge.start === p.start && ge.end === p.end)) return;
        s.fp++;
        s.spurious.push({ file: name, text: p.text ?? '', start: p.start });
      });
      const used = new Set<number>();
      for (const ge of golds) {
        const i = preds.findIndex((p, j) => !used.has(j) && overlap(p, ge));
        if (i >= 0) { used.add(i); otp++; } else if (!ge.optional) ofn++;
      }
      preds.forEach((p, j) => { if (!used.has(j) && !golds.some(ge => overlap(ge, p))) ofp++; });
    }
    Object.assign(s, f1(s.tp, s.fp, s.fn));
    s.overlapF1 = f1(otp, ofp, ofn).f1;
    s.valueAccuracy = s.tp ? valueRight / s.tp : null;
    microTp += s.tp; microFp += s.fp; microFn += s.fn;
    kinds.push(s);
  }

  const identity: Score['identity'] = { right: 0, checked: 0, wrong: [] };
  for (const [name, g] of Object.entries(gold.files)) {
    for (const [field, value] of Object.entries(g.identity ?? {})) {
      if (value === null || value === undefined) continue;
      identity.checked++;
      const got = byName.get(name)?.identity?.[field] ?? null;
      if (canon(got) === canon(value)) identity.right++;
      else identity.wrong.push({ file: name, field, gold: value, got });
    }
  }
  return { kinds, identity, microF1: f1(microTp, microFp, microFn).f1, missingDocuments };
}

export function formatScore(s: Score, details: boolean): string {
  const pct = (x: number | null) => (x === null ? '    - ' : `${(100 * x).toFixed(1).padStart(5)}%`);
  const out = ['kind          exact P  exact R  exact F1 | overlap F1 | value ok |  tp  fp  fn'];
  for (const k of s.kinds) {
    out.push(`${k.kind.padEnd(12)} ${pct(k.precision)}  ${pct(k.recall)}  ${pct(k.f1)}  |   ${pct(k.overlapF1)}   | ${pct(k.valueAccuracy)}  | ${String(k.tp).padStart(3)} ${String(k.fp).padStart(3)} ${String(k.fn).padStart(3)}`);
  }
  if (details) {
    for (const k of s.kinds) {
      for (const m of k.missed) out.push(`  ${k.kind} missed: ${m.file} @${m.start} ${JSON.stringify(m.text)}`);
      for (const m of k.spurious) out.push(`  ${k.kind} spurious: ${m.file} @${m.start} ${JSON.stringify(m.text)}`);
      for (const m of k.wrongValue) out.push(`  ${k.kind} value: ${m.file} ${JSON.stringify(m.text)} gold=${JSON.stringify(m.gold)} got=${JSON.stringify(m.got)}`);
    }
    for (const w of s.identity.wrong) out.push(`  identity ${w.file}.${w.field}: gold=${JSON.stringify(w.gold)} got=${JSON.stringify(w.got)}`);
  }
  if (s.missingDocuments.length) out.push(`documents missing from the prediction: ${s.missingDocuments.join(', ')}`);
  out.push(`identity fields right: ${s.identity.right}/${s.identity.checked}`);
  out.push(`micro exact F1: ${(100 * s.microF1).toFixed(1)}%`);
  return out.join('\n') + '\n';
}

const SCORE_USAGE = 'usage: kamerstukken score --gold GOLD.json --pred PRED.json [--details]\n';

/** `kamerstukken score --gold GOLD.json --pred PRED.json [--details]` */
export function runScore(args: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): number {
  if (asksForHelp(args)) { io.stdout(SCORE_USAGE); return 0; }
  const parsed = parseScoreArgs(args);
  // A missing file: the usage shows what is needed, then what is missing.
  if (typeof parsed === 'string') { io.stderr(parsed.startsWith('missing') ? `${SCORE_USAGE}kamerstukken score: ${parsed}\n` : `kamerstukken score: ${parsed}\n${SCORE_USAGE}`); return 2; }
  const { gold: goldPath, pred: predPath, details } = parsed;
  try {
    const gold = readJson(goldPath) as Gold;
    const pred = readJson(predPath) as Prediction;
    if (!gold || typeof gold !== 'object' || !gold.files || typeof gold.files !== 'object' || Array.isArray(gold.files)
      || Object.values(gold.files).some(f => !f || !Array.isArray(f.entities))) {
      io.stderr(`kamerstukken score: ${goldPath}: not a gold file (no "files" object with an "entities" list per file)\n`);
      return 1;
    }
    if (!pred || typeof pred !== 'object' || !Array.isArray(pred.documents) || pred.documents.some(d => !d || typeof d.path !== 'string' || !Array.isArray(d.entities))) {
      io.stderr(`kamerstukken score: ${predPath}: not the output of 'kamerstukken annotate --json' (no "documents" list with a "path" and "entities" each)\n`);
      return 1;
    }
    const result = score(gold, pred);
    io.stdout(formatScore(result, details));
    return 0;
  } catch (err) {
    io.stderr(`kamerstukken score: ${(err as Error).message}\n`);
    return 1;
  }
}

/** --gold FILE, --pred FILE (or --gold=FILE) and --details; anything else is a usage error, said as a string. */
function parseScoreArgs(args: readonly string[]): { gold: string; pred: string; details: boolean } | string {
  const values: { gold?: string; pred?: string } = {};
  let details = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = splitOption(arg);
    if (flag === '--gold' || flag === '--pred') {
      const value = inline ?? args[++i];
      if (!value || (inline === null && value.startsWith('--'))) return `${flag} needs a file, as in ${flag} ${flag === '--gold' ? 'GOLD' : 'PRED'}.json`;
      values[flag === '--gold' ? 'gold' : 'pred'] = value;
    } else if (arg === '--details') {
      details = true;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      return `unexpected argument '${arg}' (the files come after --gold and --pred)`;
    }
  }
  if (!values.gold || !values.pred) return `missing ${[values.gold ? null : '--gold GOLD.json', values.pred ? null : '--pred PRED.json'].filter(Boolean).join(' and ')}`;
  return { gold: values.gold, pred: values.pred, details };
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new Error(`${path}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a folder' : e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not JSON (${(err as Error).message})`);
  }
}
