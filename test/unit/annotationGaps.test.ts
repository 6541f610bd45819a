// User annotations on what a page break leaves inside a citation: the footnotes' citations in its gap are
// entities of their own, and an annotation on one of them concerns that one only.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { applyAnnotations, makeSelector, type Annotation } from '../../server/src/core/annotations';
import { isCitation } from '../../server/src/core/workspace/keys';

import { PAGE } from './pageBreakLetter';

describe('annotations on a citation inside a page-break gap', () => {
  const analysis = analyseLetter(PAGE);
  const straddler = analysis.entities.find(e => isCitation(e) && e.start === PAGE.indexOf('Kamerstuk 29 754, nr. \n'))!;
  const inGap = analysis.entities.find(e => isCitation(e) && e.text === 'Kamerstuk 29 754, nr. 461')!;
  const other = analysis.entities.find(e => isCitation(e) && e.text === 'Kamerstuk 30 821, nr. 62')!;
  const mark = (id: string, e: { start: number; end: number }, body: Record<string, unknown>): Annotation =>
    ({ id, type: 'not-entity', target: makeSelector(PAGE, e.start, e.end), body } as Annotation);

  it('the letter has a citation over the page and citations in its gap', () => {
    assert.ok(straddler?.gaps?.length, 'the straddling citation has a gap');
    assert.ok(inGap && other, 'the footnotes\' citations are found');
    assert.ok(inGap.start > straddler.start && inGap.end < straddler.end);
  });

  for (const body of [{ kind: 'kamerstuk' }, {}]) {
    it(`"not an entity" ${body.kind ? 'of its kind' : 'of any kind'} on a citation in the gap removes that one only`, () => {
      const result = applyAnnotations(analysis, PAGE, { annotations: [mark('a1', inGap, body)] }, []);
      const left = result.analysis.entities;
      assert.ok(!left.some(e => e.start === inGap.start && e.end === inGap.end), 'the chosen citation is marked');
      assert.ok(left.some(e => e.start === straddler.start && e.end === straddler.end), 'the citation around the gap stays');
      assert.ok(left.some(e => e.start === other.start && e.end === other.end), 'the other footnote\'s citation stays');
    });
  }

  it('"not an entity" on the citation over the page leaves the citations in its gap', () => {
    const result = applyAnnotations(analysis, PAGE, { annotations: [mark('a1', straddler, { kind: 'kamerstuk' })] }, []);
    const left = result.analysis.entities;
    assert.ok(!left.some(e => e.start === straddler.start && e.end === straddler.end), 'the chosen citation is marked');
    assert.ok(left.some(e => e.start === inGap.start && e.end === inGap.end));
    assert.ok(left.some(e => e.start === other.start && e.end === other.end));
  });

  it('a correction of a citation in the gap replaces that one only', () => {
    const annotation = { id: 'a1', type: 'correction', target: makeSelector(PAGE, inGap.start, inGap.end), body: { kind: 'kamerstuk', value: { id: 'kst-29754-462' } } } as Annotation;
    const left = applyAnnotations(analysis, PAGE, { annotations: [annotation] }, []).analysis.entities;
    assert.ok(left.some(e => e.start === straddler.start && e.end === straddler.end), 'the citation around the gap stays');
    assert.ok(left.some(e => e.start === inGap.start && (e.value as { id: string }).id === 'kst-29754-462'));
  });
});
