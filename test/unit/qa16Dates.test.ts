// Session 16 QA: what a yearless date's explanation says it was resolved against, when the letter's date is estimated.
// Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { recogniseDates } from '../../server/src/core/recognise/dates';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';

/** [text, iso, explain] of every date, read without a letter date. */
function explained(text: string): Array<[string, unknown, string | undefined]> {
  return recogniseDates({ norm: normalize(text), layout: analyseLayout(text), identity: emptyIdentity() })
    .entities.map(e => [e.text, (e.value as { iso?: unknown }).iso, e.explain]);
}

describe('session 16 QA: a jl. date that moves the estimated letter date on', () => {
  const text = 'In mijn brief van 3 oktober 2016 schreef ik het al. Het overleg van 20 oktober jl. bracht weinig. ' +
    'Op 28 oktober a.s. spreek ik de sector.';
  it('is resolved against the estimate before it, not against itself', () => {
    const [, jl] = explained(text);
    assert.equal(jl[0], '20 oktober jl.');
    assert.equal(jl[1], '2016-10-20');
    assert.match(jl[2] ?? '', /shortly after 2016-10-03 \(estimated from the latest full date in the letter, 2016-10-03\)/);
    assert.doesNotMatch(jl[2] ?? '', /before 2016-10-20/);
  });
  it('the other dates name both the latest date and the jl. date that moved it', () => {
    const [, , as] = explained(text);
    assert.equal(as[1], '2016-10-28');
    assert.match(as[2] ?? '', /after 2016-10-20 \(estimated from the latest full date in the letter, 2016-10-03, moved on by «20 oktober jl\.»/);
  });
  it('negative: a jl. date before the latest date is resolved against that date', () => {
    const [, jl] = explained('Brief van 3 oktober 2016. Het overleg van 12 september jl. bracht weinig.');
    assert.equal(jl[1], '2016-09-12');
    assert.match(jl[2] ?? '', /^jl\.: most recent 12 september before 2016-10-03 \(estimated from the latest full date in the letter, 2016-10-03\)/);
  });
});

describe('session 16 QA: a month as the latest date of the letter', () => {
  it('is called a month, not a full date', () => {
    const [jl] = explained('Op 14 januari jl. heb ik u geïnformeerd. Het plan is in maart 2015 gereed.');
    assert.equal(jl[1], '2015-01-14');
    assert.match(jl[2] ?? '', /the last day of 2015-03, the latest month named in the letter/);
    assert.doesNotMatch(jl[2] ?? '', /full date/);
  });
});
