// The recognition pipeline, in plain stages (as eyecite does it):
//   layout    – page furniture, footnotes and markers on the original text
//   normalise – one readable view with a map back to original offsets
//   identity  – what the letter says about itself (header, footer, date line, file name)
//   recognise – citations, organisations and acronyms, dates
//   settle    – one entity per place: citations win, nothing nests inside them, no overlaps within a kind
// Cross-letter resolution (which letter a citation points to) happens in the workspace index, not here.
import { analyseLayout } from './text/layout';
import { normalize } from './text/normalize';
import { readIdentity, findHeadings } from './identity';
import { recogniseCitations } from './recognise/citations';
import { recogniseOrganisations } from './recognise/organisations';
import { recogniseDates } from './recognise/dates';
import type { RecogniseContext } from './recognise/context';
import type { AnyEntity, LetterAnalysis, Problem } from './types';

export interface AnalyseOptions {
  /** File path or URI, used for file-name identity hints ("kst-29754-327.txt") and messages. */
  path?: string | null;
}

export function analyseLetter(original: string, options: AnalyseOptions = {}): LetterAnalysis {
  const path = options.path ?? null;
  const layout = analyseLayout(original);
  const norm = normalize(original, { segments: layout.segments, blanks: layout.blanks });
  const identity = readIdentity(original, layout, norm, path);
  const ctx: RecogniseContext = { norm, layout, identity };

  const citations = recogniseCitations(ctx);
  const organisations = recogniseOrganisations(ctx);
  const dates = recogniseDates(ctx);

  const entities = settle([...layout.selfCitations, ...citations.entities], [...organisations.entities, ...dates.entities]);
  const problems: Problem[] = [...citations.problems, ...organisations.problems, ...dates.problems];
  for (const fn of layout.footnotes) {
    if (!fn.marker) problems.push({ code: 'footnote.no-body', start: fn.body.start, end: fn.body.start + String(fn.number).length, message: `Footnote ${fn.number} has no marker in the text.`, data: { number: fn.number } });
  }
  return {
    path,
    identity,
    entities,
    footnotes: layout.footnotes,
    furniture: layout.furniture,
    definitions: organisations.definitions ?? [],
    headings: findHeadings(original, layout),
    problems: problems.sort((a, b) => a.start - b.start),
    pageStarts: layout.pageStarts,
  };
}

/** Citations first; other entities only where they touch no citation; within a kind, the earlier and longer wins. */
function settle(citations: AnyEntity[], others: AnyEntity[]): AnyEntity[] {
  const kept: AnyEntity[] = [];
  const byStart = (a: AnyEntity, b: AnyEntity) => a.start - b.start || (b.end - b.start) - (a.end - a.start);
  const overlaps = (a: AnyEntity, b: AnyEntity) => a.start < b.end && b.start < a.end;
  const sortedCitations = [...citations].sort(byStart);
  for (const e of sortedCitations) if (!kept.some(k => overlaps(k, e))) kept.push(e);
  const cites = [...kept];
  const sortedOthers = [...others].sort(byStart);
  for (const e of sortedOthers) {
    if (e.end <= e.start) continue;
    if (cites.some(c => overlaps(c, e))) continue;
    if (kept.some(k => k.kind === e.kind && overlaps(k, e))) continue;
    kept.push(e);
  }
  return kept.sort(byStart);
}
