// Keeps the index compact: one copy of each short string across the corpus ("kamerstuk", "gazetteer",
// "NCTV", "name of TK in the gazetteer"), and no string that is secretly a view into a whole letter
// (V8 keeps `text.slice()` results as slices of their parent, which would keep every letter's text alive).
import type { LetterAnalysis } from '../types';

const MAX_POOLED = 64;
const MAX_POOL = 500_000;
const MAX_WORDS = 256;

export class StringPool {
  private pool = new Map<string, string>();

  intern(s: string): string {
    if (s.length > MAX_POOLED) return flatCopy(s);
    const known = this.pool.get(s);
    if (known !== undefined) return known;
    const copy = flatCopy(s);
    if (this.pool.size >= MAX_POOL) this.pool = new Map(); // old entries stay valid where used; only sharing restarts
    this.pool.set(copy, copy);
    return copy;
  }

  private values = new Map<string, unknown>();

  /** One shared (frozen) object per distinct entity value: every "NCTV" mention points at the same {id}. */
  shared(kind: string, value: unknown): unknown {
    if (!value || typeof value !== 'object') return value;
    const sole = this.soleStringField(kind, value as Record<string, unknown>);
    if (sole) {
      // Most values are one string ({id: "NCTV"}, {iso: "2014-05-24"}): found by that string, no JSON key.
      const known = sole.byText.get(sole.text);
      if (known !== undefined) return known;
      if (sole.byText.size >= MAX_POOL) sole.byText.clear();
      const text = this.intern(sole.text);
      (value as Record<string, unknown>)[sole.field] = text;
      sole.byText.set(text, Object.freeze(value));
      return value;
    }
    const key = `${kind}\u0000${JSON.stringify(value)}`;
    const known = this.values.get(key);
    if (known !== undefined) return known;
    if (this.values.size >= MAX_POOL) this.values = new Map();
    this.walk(value, 0);
    this.values.set(key, Object.freeze(value));
    return value;
  }

  /** kind → field name → value text → the shared value with only that field. */
  private readonly soleValues = new Map<string, Map<string, Map<string, unknown>>>();

  private soleStringField(kind: string, value: Record<string, unknown>): { field: string; text: string; byText: Map<string, unknown> } | null {
    let field: string | null = null;
    for (const k in value) {
      if (field !== null || typeof value[k] !== 'string') return null;
      field = k;
    }
    if (field === null) return null;
    let byField = this.soleValues.get(kind);
    if (!byField) {
      if (this.soleValues.size >= MAX_WORDS) return null;
      this.soleValues.set(this.word(kind), (byField = new Map()));
    }
    let byText = byField.get(field);
    if (!byText) {
      if (byField.size >= MAX_WORDS) return null;
      byField.set(this.word(field), (byText = new Map()));
    }
    return { field, text: value[field] as string, byText };
  }

  /**
   * Words from a small closed set (entity kinds, sources, furniture kinds, problem codes): a pool of their
   * own, a few entries that stay in cache, instead of the large pool of texts.
   */
  private readonly words = new Map<string, string>();

  word(s: string): string {
    const known = this.words.get(s);
    if (known !== undefined) return known;
    if (this.words.size >= MAX_WORDS) return this.intern(s);
    const copy = flatCopy(s);
    this.words.set(copy, copy);
    return copy;
  }

  /**
   * A letter's analysis made compact in place, knowing its shape: nearly all its strings are in its
   * entities (kind, source, text, value), and most entity values repeat across the corpus, so a value
   * already known is reused without looking at its strings. The rest is walked as plain data.
   * `withEntities` false: the entities are packed (one string) and left alone.
   */
  compactAnalysis(analysis: LetterAnalysis, withEntities = true): void {
    if (withEntities) this.compactEntities(analysis);
    for (const f of analysis.furniture) f.kind = this.word(f.kind) as typeof f.kind;
    for (const p of analysis.problems) p.code = this.word(p.code) as typeof p.code;
    if (analysis.path !== null) analysis.path = flatCopy(analysis.path);
    this.walk(analysis.identity, 0);
    this.walk(analysis.footnotes, 0);
    this.walk(analysis.definitions, 0);
    this.walk(analysis.headings, 0);
    this.walk(analysis.problems, 0);
  }

  private compactEntities(analysis: LetterAnalysis): void {
    for (const e of analysis.entities) {
      e.kind = this.word(e.kind) as typeof e.kind;
      e.source = this.word(e.source) as typeof e.source;
      e.text = this.intern(e.text);
      if (e.explain !== undefined) e.explain = this.intern(e.explain);
      e.value = this.shared(e.kind, e.value) as typeof e.value;
    }
  }

  private walk(node: unknown, depth: number): void {
    if (depth > 12 || node === null || typeof node !== 'object' || ArrayBuffer.isView(node)) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v = node[i];
        if (typeof v === 'string') node[i] = this.intern(v);
        else if (v && typeof v === 'object') this.walk(v, depth + 1);
      }
      return;
    }
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      if (typeof v === 'string') obj[key] = this.intern(v);
      else if (v && typeof v === 'object') this.walk(v, depth + 1);
    }
  }
}

/** A copy that shares no storage with a larger string. */
function flatCopy(s: string): string {
  return s.length < 13 ? (' ' + s).slice(1) : JSON.parse(JSON.stringify(s)) as string;
}
