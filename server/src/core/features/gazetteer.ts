// What the gazetteer says about an organisation id, through the organisations recogniser's
// lookupOrganisation(id). The entry shape is read tolerantly (name/long/canonical, kind/type, …) so this
// module keeps working while the data file evolves; without a gazetteer it answers null.
import * as organisations from '../recognise/organisations';

export interface OrganisationInfo {
  id: string;
  name: string;
  kind: string | null;
  description: string | null;
  variants: string[];
}

type Lookup = (id: string) => unknown;

function lookupFunction(): Lookup | null {
  const fn = (organisations as unknown as Record<string, unknown>)['lookupOrganisation'];
  return typeof fn === 'function' ? (fn as Lookup) : null;
}

const cache = new Map<string, OrganisationInfo | null>();

export function organisationInfo(id: string): OrganisationInfo | null {
  if (!id || id.startsWith('TEXT:')) return null;
  if (cache.has(id)) return cache.get(id) ?? null;
  let info: OrganisationInfo | null = null;
  try {
    const lookup = lookupFunction();
    info = lookup ? normalise(id, lookup(id)) : null;
  } catch {
    info = null;
  }
  cache.set(id, info);
  return info;
}

function normalise(id: string, raw: unknown): OrganisationInfo | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const str = (...keys: string[]): string | null => {
    for (const k of keys) if (typeof r[k] === 'string' && (r[k] as string).length > 0) return r[k] as string;
    return null;
  };
  const list = (...keys: string[]): string[] => {
    const out: string[] = [];
    for (const k of keys) {
      const v = r[k];
      if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') out.push(x);
      else if (typeof v === 'string') out.push(v);
    }
    return out;
  };
  const name = str('name', 'long', 'canonical', 'label', 'naam');
  if (!name) return null;
  const variants = [...new Set([...list('acronyms', 'abbreviations', 'short', 'afkortingen'), ...list('variants', 'aliases', 'names')])].filter(v => v !== name);
  return { id, name, kind: str('kind', 'type', 'category'), description: str('description', 'note', 'omschrijving'), variants };
}
