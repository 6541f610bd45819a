// Keeps the index compact: one copy of each short string across the corpus ("kamerstuk", "gazetteer",
// "NCTV", "name of TK in the gazetteer"), and no string that is secretly a view into a whole letter
// (V8 keeps `text.slice()` results as slices of their parent, which would keep every letter's text alive).

const MAX_POOLED = 64;
const MAX_POOL = 500_000;

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
    const key = `${kind}\u0000${JSON.stringify(value)}`;
    const known = this.values.get(key);
    if (known !== undefined) return known;
    if (this.values.size >= MAX_POOL) this.values = new Map();
    this.values.set(key, Object.freeze(value));
    return value;
  }

  /** Replaces every string inside plain objects and arrays, in place. */
  compact<T>(value: T): T {
    this.walk(value as unknown, 0);
    return value;
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
