// What the gazetteer says about an organisation id, in the shape hovers and symbols need.
import { lookupOrganisation } from '../recognise/organisations';

export interface OrganisationInfo {
  id: string;
  name: string;
  kind: string | null;
  description: string | null;
  variants: string[];
}

export function organisationInfo(id: string): OrganisationInfo | null {
  if (!id || id.startsWith('TEXT:')) return null;
  let entry: ReturnType<typeof lookupOrganisation>;
  try {
    entry = lookupOrganisation(id);
  } catch {
    return null;
  }
  if (!entry) return null;
  // Exact acronyms ("NEa") are variants as much as the acronyms matched in capitals.
  const variants = [...new Set([...(entry.acronyms ?? []), ...(entry.exactAcronyms ?? []), ...(entry.names ?? [])])].filter(v => v !== entry.name);
  const description = entry.description?.nl || entry.description?.en || null;
  return { id, name: entry.name, kind: entry.kind ?? null, description, variants };
}
