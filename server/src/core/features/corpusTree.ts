// The corpus as a tree for a side panel: the workspace's letters by dossier and number, the letters without a
// Kamerstuk number, and the stukken its letters cite that it does not hold, most cited first: the letters a
// researcher may want to fetch next.
import type { Corpus } from '../workspace/corpus';
import { canonicalOfLetter } from '../workspace/keys';
import { officialUrl, writtenNumber } from '../ids';
import type { Span } from '../types';
import { baseName, plural } from './describe';
import { letterAnchor } from './navigation';
import { stukCitation, stukId, stukTable, titleInDossier, written, type DossierEntry } from './stukTable';

export interface CorpusTreeNode {
  /** What the children are asked for by: "dossier:29754", "other", "missing"; letters and cited stukken have none. */
  id: string;
  label: string;
  /** Beside the label, dimmer: counts, date and title. */
  description: string;
  hasChildren: boolean;
  /** A letter of the workspace, or the first letter citing a stuk it does not hold: opened at `span`. */
  place?: { uri: string; span: Span };
  /** A stuk not in the workspace: where it is published. */
  url?: string;
}

/** Stukken cited but not held are listed this far, most cited first. */
const MAX_MISSING = 500;

/** The children of a node (null: the top level); empty for a node that no longer exists. */
export function corpusTreeChildren(corpus: Corpus, node: string | null): CorpusTreeNode[] {
  if (node === null) return topLevel(corpus);
  if (node.startsWith('dossier:')) return dossierLetters(corpus, stukTable(corpus).byName.get(node.slice('dossier:'.length)));
  if (node === 'other') return otherLetters(corpus);
  if (node === 'missing') return missingStukken(corpus);
  return [];
}

function topLevel(corpus: Corpus): CorpusTreeNode[] {
  const out: CorpusTreeNode[] = [];
  for (const d of stukTable(corpus).dossiers) {
    if (!d.letters.length) continue;
    const title = dossierTitle(corpus, d);
    const files = new Set<string>();
    for (const stuk of d.letters) for (const uri of corpus.lettersKnownAs(stuk.key)) files.add(uri);
    out.push({
      id: `dossier:${d.name}`,
      label: written(d.first),
      description: [title, plural(files.size, 'letter')].filter(Boolean).join(' · '),
      hasChildren: true,
    });
  }
  const others = lettersWithoutNumber(corpus).length;
  if (others) out.push({ id: 'other', label: 'Without a Kamerstuk number', description: plural(others, 'letter'), hasChildren: true });
  const missing = stukTable(corpus).dossiers.reduce((n, d) => n + d.cited.length, 0);
  if (missing) out.push({ id: 'missing', label: 'Cited, not in the workspace', description: plural(missing, 'document', 'documents'), hasChildren: true });
  return out;
}

/** The title most of its letters give the dossier ("Terrorismebestrijding"); null when none does. */
function dossierTitle(corpus: Corpus, d: DossierEntry): string | null {
  const counts = new Map<string, number>();
  // A few letters say it: reading every letter of a large dossier would cost a keystroke's time for nothing.
  for (const stuk of d.letters.slice(-20)) {
    const uri = corpus.letterKnownByKey(stuk.key);
    const identity = uri ? corpus.record(uri)?.analysis.identity : null;
    const title = identity ? titleInDossier(identity, d.name) : null;
    if (title) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [title, n] of counts) if (best === null || n > counts.get(best)!) best = title;
  return best;
}

function dossierLetters(corpus: Corpus, d: DossierEntry | undefined): CorpusTreeNode[] {
  if (!d) return [];
  const out: CorpusTreeNode[] = [];
  for (const stuk of d.letters) {
    // Two files of one letter (a copy, a later version) are both listed, each by its file.
    for (const uri of corpus.lettersKnownAs(stuk.key)) {
      const rec = corpus.record(uri);
      if (!rec) continue;
      const id = rec.analysis.identity;
      // A letter printed in several dossiers is listed under each.
      out.push({
        id: `letter:${stuk.key}:${uri}`,
        label: writtenNumber(stuk.number),
        description: [id.date, id.type ?? id.title, baseName(uri)].filter(Boolean).join(' · '),
        hasChildren: false,
        place: { uri, span: letterAnchor(rec) },
      });
    }
  }
  return out;
}

/** Letters known by no Kamerstuk id: Handelingen, Aanhangsel answers, letters whose identity was not read. */
function lettersWithoutNumber(corpus: Corpus): string[] {
  return corpus.uris().filter(uri => !(corpus.record(uri)?.ids ?? []).some(id => id.toLowerCase().startsWith('kst-')));
}

function otherLetters(corpus: Corpus): CorpusTreeNode[] {
  return lettersWithoutNumber(corpus)
    .map(uri => {
      const rec = corpus.record(uri)!;
      // An Aanhangsel answer or a Handelingen item by its own number; a letter without identity by its file.
      const name = canonicalOfLetter(rec.analysis.identity, rec.ids);
      return { uri, rec, name };
    })
    .sort((a, b) => (a.name === null) !== (b.name === null) ? (a.name === null ? 1 : -1) : (a.name ?? baseName(a.uri)).localeCompare(b.name ?? baseName(b.uri), 'nl', { numeric: true }))
    .map(({ uri, rec, name }) => ({
      id: `letter:${uri}`,
      label: name ?? baseName(uri),
      description: [rec.analysis.identity.date, rec.analysis.identity.type, name ? baseName(uri) : null].filter(Boolean).join(' · '),
      hasChildren: false,
      place: { uri, span: letterAnchor(rec) },
    }));
}

function missingStukken(corpus: Corpus): CorpusTreeNode[] {
  const cited = stukTable(corpus).dossiers.flatMap(d => d.cited.map(stuk => ({ stuk, citers: corpus.citingLetterCount(stuk.key) })));
  cited.sort((a, b) => b.citers - a.citers || a.stuk.key.localeCompare(b.stuk.key, 'en', { numeric: true }));
  return cited.slice(0, MAX_MISSING).map(({ stuk, citers }) => {
    const first = firstCitation(corpus, stuk.key);
    return {
      id: `cited:${stuk.key}`,
      label: stukCitation(stuk),
      description: `cited by ${plural(citers, 'letter')}`,
      hasChildren: false,
      place: first ? { uri: first.uri, span: first.item } : undefined,
      url: officialUrl(stukId(stuk)),
    };
  });
}


/**
 * The stuk's first citation: in the first citing letter by URI, its first in reading order. The index keeps its
 * citing letters in the order it took them in, which the history of a session decides (a letter renamed, edited,
 * read again after a store changed), so a server started afresh listed another letter.
 */
function firstCitation(corpus: Corpus, key: string): { uri: string; item: Span } | undefined {
  let first: { uri: string; item: Span } | undefined;
  for (const c of corpus.citationsOfIds([key])) {
    if (!first || c.uri < first.uri || (c.uri === first.uri && c.item.start < first.item.start)) first = c;
  }
  return first;
}
