// Hover contents (markdown) for whatever stands at an offset of a letter.
import { flattenText, type Corpus, type LetterRecord } from '../workspace/corpus';
import { canonicalKamerstuk, dossierUrl, formatDossier } from '../ids';
import { canonicalCitation, canonicalOfLetter, citationId, isAcronymText, isCitation, isSelfCitation, urlOf, type CitationEntity } from '../workspace/keys';
import type { AnyEntity, Entity, Footnote, Span } from '../types';
import { daysBetween, describeDistance, weekdayNl } from './dates';
import { baseName, escapeMarkdown, placeLink, plural, sourceLine } from './describe';
import { organisationInfo } from './gazetteer';
import { targetAt } from './lookup';
import { fullCitation } from './fullCitation';
import { pieceAt, writtenText } from '../entitySpans';

export interface HoverResult {
  markdown: string;
  span: Span;
}

export function hoverAt(corpus: Corpus, uri: string, offset: number): HoverResult | null {
  const rec = corpus.record(uri);
  if (!rec) return null;
  const hover = targetHover(corpus, rec, offset);
  const notes = (rec.notes ?? []).filter(n => offset >= n.start && offset <= n.end);
  if (!notes.length) return hover;
  const noteText = notes.map(n => `**Note**${n.tag ? ` \`${escapeMarkdown(n.tag)}\`` : ''}: ${escapeMarkdown(n.text)} _(user annotation)_`).join('\n\n');
  if (!hover) return { markdown: noteText, span: notes[0] };
  return { markdown: `${hover.markdown}\n\n---\n\n${noteText}`, span: hover.span };
}

function targetHover(corpus: Corpus, rec: LetterRecord, offset: number): HoverResult | null {
  const target = targetAt(rec.analysis, offset);
  if (!target) return null;
  switch (target.kind) {
    case 'entity':
      return { markdown: entityHover(corpus, rec, target.entity), span: pieceAt(target.entity, offset) };
    case 'footnote-marker':
      return target.footnote.marker ? { markdown: footnoteHover(target.footnote), span: target.footnote.marker } : null;
    case 'identity-anchor':
      return rec.analysis.identity.anchor ? { markdown: letterSummary(corpus, rec.uri, 'This letter'), span: rec.analysis.identity.anchor } : null;
    default:
      return null;
  }
}

function entityHover(corpus: Corpus, rec: LetterRecord, e: AnyEntity): string {
  if (isCitation(e)) return citationHover(corpus, rec, e);
  if (e.kind === 'organisation') return organisationHover(corpus, rec, e);
  return dateHover(rec, e);
}

function citationHover(corpus: Corpus, rec: LetterRecord, e: CitationEntity): string {
  const lines: string[] = [];
  const id = citationId(e);
  lines.push(`**${escapeMarkdown(canonicalCitation(e))}**${id ? ` · \`${id}\`` : ''}`);
  if (id) lines.push(`[officielebekendmakingen.nl: ${id}](${urlOf(id)})`);
  else if (e.kind === 'kamerstuk') {
    lines.push('_No number (ondernummer): this names the whole dossier, not one document._');
    const dossierPage = e.value.number === null ? dossierUrl(e.value.dossier, e.value.suffix) : null;
    if (dossierPage) lines.push(`[officielebekendmakingen.nl: dossier ${formatDossier(e.value.dossier)}](${dossierPage})`);
  } else lines.push(noRecordId(e));
  // Before 2010-2011 a Handelingen id names the published item's pages: a cited range is that item only if it is all of it.
  if (id && e.kind === 'handelingen' && e.value.number === null && !isSelfCitation(e)) lines.push('_The id of the item these pages are, if they are all of it._');
  // The full form (chamber and session from the citation or the cited letter), as Copy citation copies it.
  const full = fullCitation(corpus, rec.uri, e);
  if (full) lines.push('', `Cite as: ${escapeMarkdown(full)}`);
  if (isSelfCitation(e)) {
    lines.push('', letterSummary(corpus, rec.uri, 'This letter'));
  } else {
    const target = corpus.resolve(e, rec.uri);
    if (target) lines.push('', letterSummary(corpus, target, 'In the workspace'));
    else if (id) lines.push('', '_Not in the workspace._');
  }
  if (e.kind === 'kamerstuk' && e.value.page) lines.push('', `Page ${escapeMarkdown(e.value.page)}.`);
  const compact = (x: string) => x.replace(/[\s.-]/g, '').toLowerCase();
  if (e.explain && compact(e.explain) !== compact(canonicalCitation(e))) lines.push('', escapeMarkdown(e.explain));
  lines.push('', sourceLine(e.source));
  return lines.join('\n');
}

/** Why a Handelingen or Aanhangsel citation has no official id. */
function noRecordId(e: Entity<'handelingen'> | Entity<'aanhangsel'>): string {
  if (!e.value.session) return '_No session in the citation: no official id._';
  if (e.kind === 'handelingen' && Number(e.value.session.slice(0, 4)) < 2010) {
    return '_Before 2010-2011 a Handelingen id names the published item\'s range of pages, which the citation does not give._';
  }
  return '_No meeting number: no official id._';
}

/** Identity, date, signatory, type and opening words of a letter, and how often it is cited. */
export function letterSummary(corpus: Corpus, uri: string, label: string): string {
  const rec = corpus.record(uri);
  if (!rec) return '';
  const id = rec.analysis.identity;
  const lines: string[] = [];
  const name = canonicalOfLetter(id, rec.ids) ?? rec.ids[0] ?? baseName(uri);
  lines.push(`${label}: ${placeLink(corpus, uri, id.anchor ?? { start: 0, end: 0 })} — **${escapeMarkdown(name)}**`);
  const facts: string[] = [];
  if (id.title) facts.push(escapeMarkdown(id.title));
  for (const j of id.jointDossiers ?? []) facts.push(escapeMarkdown(`also ${canonicalKamerstuk(j.dossier, j.suffix, id.number)}${j.title ? ` (${j.title})` : ''}`));
  if (id.type) facts.push(escapeMarkdown(id.type));
  if (id.date) facts.push(`${id.date}${weekdayNl(id.date) ? ` (${weekdayNl(id.date)})` : ''}`);
  if (id.session) facts.push(`vergaderjaar ${id.session}`);
  if (facts.length) lines.push('', facts.join(' · '));
  const declared = Object.entries(id.sources).filter(([, source]) => source === 'user').map(([field]) => field);
  if (declared.length) lines.push('', `_${declared.join(', ')} declared by a user annotation._`);
  if (id.signatories.length) lines.push('', `Signed: ${id.signatories.map(s => escapeMarkdown(`${s.name} (${s.role})`)).join('; ')}`);
  if (rec.opening) lines.push('', `> ${escapeMarkdown(rec.opening)}`);
  const citers = corpus.citingLetters(uri).length;
  lines.push('', `Cited by ${plural(citers, 'letter')} in the workspace.`);
  return lines.join('\n');
}

const SHOWN_DEFINITIONS = 5;

function organisationHover(corpus: Corpus, rec: LetterRecord, e: Entity<'organisation'>): string {
  const orgId = e.value.id;
  const user = rec.userOrganisations?.find(u => u.id === orgId);
  const info = organisationInfo(orgId) ?? (user ? { id: orgId, name: user.name, kind: user.kind, description: user.description, variants: [user.short] } : null);
  const definitions = corpus.definitionsOf(orgId, rec.uri, SHOWN_DEFINITIONS + 1);
  const textDefinitions = orgId.startsWith('TEXT:') ? [] : corpus.definitionsOf(`TEXT:${e.text}`, rec.uri, SHOWN_DEFINITIONS + 1);
  const definingLetters = Math.max(corpus.definingLetterCount(orgId), orgId.startsWith('TEXT:') ? 0 : corpus.definingLetterCount(`TEXT:${e.text}`));
  const allDefinitions = definitions.length ? definitions : textDefinitions;
  const name = info?.name ?? allDefinitions[0]?.item.long ?? null;
  const lines: string[] = [];
  // As written: one line, a line-end hyphen undone, without the footer of a page break in its gaps.
  const written = flattenText(writtenText(e));
  lines.push(name ? `**${escapeMarkdown(name)}**${written === name ? '' : ` (${escapeMarkdown(written)})`}` : `**${escapeMarkdown(written)}**`);
  const facts = [orgId.startsWith('TEXT:') ? null : `\`${orgId}\``, info?.kind ? escapeMarkdown(info.kind) : null].filter(Boolean);
  if (facts.length) lines.push('', facts.join(' · '));
  if (info?.description) lines.push('', escapeMarkdown(info.description));
  const here = allDefinitions.find(d => d.uri === rec.uri);
  const elsewhere = allDefinitions.filter(d => d.uri !== rec.uri);
  if (here) lines.push('', `Defined in this letter: ${placeLink(corpus, here.uri, here.item.shortSpan)} — “${escapeMarkdown(here.item.long)} (${escapeMarkdown(here.item.short)})”`);
  if (elsewhere.length) {
    const shown = elsewhere.slice(0, SHOWN_DEFINITIONS).map(d => placeLink(corpus, d.uri, d.item.shortSpan)).join(', ');
    const more = definingLetters - (here ? 1 : 0) - Math.min(elsewhere.length, SHOWN_DEFINITIONS);
    lines.push('', `Defined elsewhere in the corpus: ${shown}${more > 0 ? ` and in ${plural(more, 'more letter')}` : ''}`);
  }
  if (user) lines.push('', '_Defined by the user in the annotation store._');
  // A name read from its shape in the text (TEXT:<NAME>) is spelled out where it stands, and so is a name written
  // in full ("Raad Justitie en Binnenlandse Zaken"); an acronym is spelled out where a letter writes the name.
  else if (!here && !elsewhere.length && e.source !== 'text' && isAcronymText(e.text) && !corpus.isSpelledOut(orgId)) lines.push('', '_Not spelled out in any letter of the workspace._');
  const variants = new Set<string>(info?.variants ?? []);
  for (const d of allDefinitions) variants.add(d.item.short).add(flattenText(d.item.long));
  for (const v of corpus.variantsOf(orgId)) variants.add(v);
  variants.delete(name ?? '');
  if (variants.size) lines.push('', `Variants: ${[...variants].slice(0, 12).map(v => `“${escapeMarkdown(v)}”`).join(', ')}`);
  lines.push('', sourceLine(e.source));
  return lines.join('\n');
}

function dateHover(rec: LetterRecord, e: Entity<'date'>): string {
  const v = e.value ?? {};
  const lines: string[] = [];
  const isos = v.iso === undefined ? [] : Array.isArray(v.iso) ? v.iso : [v.iso];
  if (isos.length) {
    lines.push(isos.map(iso => `**${iso}**${weekdayNl(iso) ? ` (${weekdayNl(iso)})` : ''}`).join(', ') + (v.approx ? ' — approximate' : ''));
  } else if (v.session) {
    lines.push(`**Vergaderjaar ${escapeMarkdown(v.session)}**`);
  } else {
    lines.push(`**${escapeMarkdown(e.text)}**`);
  }
  if (e.explain) lines.push('', escapeMarkdown(e.explain));
  const letterDate = rec.analysis.identity.date;
  if (letterDate && isos.length === 1 && !v.approx) {
    const days = daysBetween(letterDate, isos[0]);
    if (days !== null) lines.push('', `${capitalise(describeDistance(days))} (${letterDate}).`);
  }
  lines.push('', sourceLine(e.source));
  return lines.join('\n');
}

function footnoteHover(f: Footnote): string {
  return `**Footnote ${f.number}**\n\n${escapeMarkdown(f.text)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
