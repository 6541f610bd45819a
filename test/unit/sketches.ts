// Hand-made letter analyses, so that the index and the features over it are tested without the recognisers.
import { emptyIdentity } from '../../server/src/core/identity';
import type { AcronymDefinition, AnyEntity, LetterAnalysis } from '../../server/src/core/types';

export interface Sketch {
  dossier?: string;
  number?: string;
  date?: string;
  entities?: AnyEntity[];
  definitions?: AcronymDefinition[];
}

export function analysisOf(s: Sketch): LetterAnalysis {
  const identity = { ...emptyIdentity(), dossier: s.dossier ?? null, number: s.number ?? null, date: s.date ?? null };
  return { path: null, identity, entities: s.entities ?? [], footnotes: [], furniture: [], definitions: s.definitions ?? [], headings: [], problems: [], pageStarts: [] };
}

export function cite(start: number, dossier: string, number: string): AnyEntity {
  const text = `Kamerstuk ${dossier}, nr. ${number}`;
  return { kind: 'kamerstuk', start, end: start + text.length, text, source: 'text', value: { dossier, suffix: null, number, self: false, id: `kst-${dossier}-${number}` } };
}

export function org(start: number, text: string, id: string): AnyEntity {
  return { kind: 'organisation', start, end: start + text.length, text, source: 'gazetteer', value: { id } };
}

export function date(start: number, text: string, iso: string): AnyEntity {
  return { kind: 'date', start, end: start + text.length, text, source: 'text', value: { iso } };
}
