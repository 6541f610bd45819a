// acronym.undefined on real letters: most of its hints were political parties ("de leden Van Dam (CDA) en
// Koopmans (VVD)"), which no Kamerbrief spells out, and names that are no abbreviation of a longer name
// (DENK, KPN, TenneT). The hover names them from the gazetteer; there is nothing for the user to define.
import * as assert from 'node:assert/strict';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { emptyIdentity } from '../../server/src/core/identity';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';
import { Corpus } from '../../server/src/core/workspace/corpus';

function org(start: number, text: string, id: string): AnyEntity {
  return { kind: 'organisation', start, end: start + text.length, text, source: 'gazetteer', value: { id } };
}

describe('acronym.undefined: parties and names that are their own acronym', () => {
  it('hints NCTV and ISIS, not CDA, VVD, PvdA, BBB, DENK, KPN or TenneT', () => {
    const text = 'Van Dam (CDA), Koopmans (VVD), Kuiken (PvdA), BBB, DENK; KPN, TenneT; de NCTV over ISIS.';
    const written: Array<[string, string]> = [['CDA', 'CDA'], ['VVD', 'VVD'], ['PvdA', 'PVDA'], ['BBB', 'BBB'], ['DENK', 'DENK'], ['KPN', 'KPN'], ['TenneT', 'TENNET'], ['NCTV', 'NCTV'], ['ISIS', 'ISIS']];
    const entities = written.map(([w, id]) => org(text.indexOf(w), w, id));
    const analysis: LetterAnalysis = { path: null, identity: emptyIdentity(), entities, footnotes: [], furniture: [], definitions: [], headings: [], problems: [], pageStarts: [] };
    const corpus = new Corpus(() => analysis);
    corpus.update('file:///a.txt', text);
    const hinted = diagnoseLetter(corpus, 'file:///a.txt', DEFAULT_SETTINGS).filter(d => d.code === 'acronym.undefined').map(d => text.slice(d.start, d.end));
    assert.deepEqual(hinted, ['NCTV', 'ISIS']);
  });
});
