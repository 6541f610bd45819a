// date.contradicts-cited-letter on what real letters write beside a citation: a month that holds the cited
// letter's date, and the date of a meeting whose report (verslag) is cited, are no contradictions.
import * as assert from 'node:assert/strict';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { emptyIdentity } from '../../server/src/core/identity';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';
import { Corpus } from '../../server/src/core/workspace/corpus';

interface Sketch { dossier?: string; number?: string; date?: string; type?: string; entities?: AnyEntity[] }

function analysisOf(s: Sketch): LetterAnalysis {
  const identity = { ...emptyIdentity(), dossier: s.dossier ?? null, number: s.number ?? null, date: s.date ?? null, type: s.type ?? null };
  return { path: null, identity, entities: s.entities ?? [], footnotes: [], furniture: [], definitions: [], headings: [], problems: [], pageStarts: [] };
}

function cite(start: number, dossier: string, number: string): AnyEntity {
  const text = `Kamerstuk ${dossier}, nr. ${number}`;
  return { kind: 'kamerstuk', start, end: start + text.length, text, source: 'text', value: { dossier, suffix: null, number, self: false, id: `kst-${dossier}-${number}` } };
}

function date(start: number, text: string, iso: string): AnyEntity {
  return { kind: 'date', start, end: start + text.length, text, source: 'text', value: { iso } };
}

function contradictions(citing: { text: string; entities: AnyEntity[] }, cited: Sketch) {
  // Fresh entities for each index (the index shares and freezes their values).
  const entities = citing.entities.map(e => ({ ...e, value: { ...e.value } }) as AnyEntity);
  const sketches = new Map<string, Sketch>([['file:///a.txt', { entities }], ['file:///b.txt', cited]]);
  const corpus = new Corpus((_text, uri) => analysisOf(sketches.get(uri) ?? {}));
  corpus.update('file:///b.txt', ' '.repeat(200));
  corpus.update('file:///a.txt', citing.text);
  return diagnoseLetter(corpus, 'file:///a.txt', DEFAULT_SETTINGS).filter(d => d.code === 'date.contradicts-cited-letter');
}

describe('date.contradicts-cited-letter on real letters', () => {
  it('a month that holds the cited letter\'s date is no contradiction ("in september 2025 (Kamerstuk 29 754, nr. 757)")', () => {
    const text = 'Commissiedebat in september 2025 (Kamerstuk 29754, nr. 757) en';
    const entities = [date(18, 'september 2025', '2025-09'), cite(34, '29754', '757')];
    assert.deepEqual(contradictions({ text, entities }, { dossier: '29754', number: '757', date: '2025-09-24' }), []);
    // A month that does not hold it still is.
    const [d] = contradictions({ text, entities }, { dossier: '29754', number: '757', date: '2025-10-02' });
    assert.ok(d, 'october is not september');
    assert.match(d.message, /dated 2025-10-02, not 2025-09/);
  });

  it('the date of a meeting whose report is cited is no contradiction ("overleg van 25 juni 2015 (Kamerstuk 29 754, nr. 318)")', () => {
    const text = 'algemeen overleg van 25 juni 2015 (Kamerstuk 29754, nr. 318) en';
    const entities = [date(21, '25 juni 2015', '2015-06-25'), cite(35, '29754', '318')];
    const report = { dossier: '29754', number: '318', date: '2015-08-10', type: 'Verslag van een algemeen overleg' };
    assert.deepEqual(contradictions({ text, entities }, report), []);
    // A letter (not a report) dated otherwise is contradicted, and so is a report dated before the meeting.
    assert.equal(contradictions({ text, entities }, { ...report, type: 'Brief van de Minister van Justitie en Veiligheid' }).length, 1);
    assert.equal(contradictions({ text, entities }, { ...report, date: '2015-06-01' }).length, 1);
  });

  it('a meeting date a year before its report is still a contradiction (a mistyped year, not the meeting)', () => {
    // Review: the report of a meeting is fixed weeks or a few months after it, not a year later.
    const text = 'algemeen overleg van 25 juni 2014 (Kamerstuk 29754, nr. 318) en';
    const entities = [date(21, '25 juni 2014', '2014-06-25'), cite(35, '29754', '318')];
    const report = { dossier: '29754', number: '318', date: '2015-08-10', type: 'Verslag van een algemeen overleg' };
    assert.equal(contradictions({ text, entities }, report).length, 1);
  });
});
