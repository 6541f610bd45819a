// What every export format is made from: one letter's entities (recognised and user) and user notes.
import type { AnyEntity } from '../../types';
import type { AppliedNote } from '../apply';

export interface ExportLetter {
  /** The path as the user named it (JSON Lines `file`). */
  file: string;
  /** file:// URI of the letter (W3C target source). */
  uri: string;
  text: string;
  entities: ExportEntity[];
  notes: AppliedNote[];
}

export interface ExportEntity {
  entity: AnyEntity;
  /** URI of the letter in the exported set that this citation points to, if any. */
  target: string | null;
}

/** The id an entity stands for ("kst-29754-325", "NCTV"), or null (dates, dossier-only references). */
export function entityId(entity: AnyEntity): string | null {
  const value = entity.value as { id?: unknown };
  return typeof value?.id === 'string' && value.id ? value.id : null;
}

/** A short human-readable value: the id, the ISO date(s), the session. */
export function valueSummary(entity: AnyEntity): string {
  const id = entityId(entity);
  if (id) return id;
  const value = entity.value as unknown as Record<string, unknown>;
  if (entity.kind === 'date') {
    const iso = Array.isArray(value.iso) ? value.iso.join(', ') : typeof value.iso === 'string' ? value.iso : null;
    if (iso) return value.approx ? `~${iso}` : iso;
    if (typeof value.session === 'string') return `vergaderjaar ${value.session}`;
  }
  if (entity.kind === 'kamerstuk' && typeof value.dossier === 'string') return `kst-${value.dossier}${value.suffix ? `-${value.suffix}` : ''}`;
  return JSON.stringify(entity.value);
}
