// What the recognisers find in a snippet written for a test, in the short forms the round tests compare.
import { recogniseOrganisations } from '../../server/src/core/recognise/organisations';
import { recogniseDates } from '../../server/src/core/recognise/dates';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';
import { emptyIdentity } from '../../server/src/core/identity';
import { analyseLetter } from '../../server/src/core/analyse';

const NO_LAYOUT = analyseLayout('');

/** [text, id] of every organisation the organisations recogniser finds (no layout, no identity). */
export function orgs(text: string): [string, string][] {
  return recogniseOrganisations({ norm: normalize(text), layout: NO_LAYOUT, identity: emptyIdentity() })
    .entities.map(e => [e.text, (e.value as { id: string }).id]);
}

/** [text, id] of the organisations the whole pipeline finds (layout, footers and de-hyphenation included). */
export function letterOrgs(text: string): [string, string][] {
  return analyseLetter(text).entities.filter(e => e.kind === 'organisation')
    .map(e => [e.text, (e.value as { id: string }).id]);
}

/** [text, value] of every date in a snippet, read as in a letter of that date ("2019-05-01"). */
export function datesInLetterOf(letterDate: string): (text: string) => Array<[string, unknown]> {
  return text => recogniseDates({ norm: normalize(text), layout: analyseLayout(text), identity: { ...emptyIdentity(), date: letterDate } })
    .entities.map(e => [e.text, e.value]);
}

/** Each footnote's number with its marker and the word the marker is glued to ("Dam1"), or null without a marker. */
export function footnoteMarkers(text: string): Array<[number, string | null]> {
  return analyseLetter(text).footnotes.map(f => {
    if (!f.marker) return [f.number, null];
    let s = f.marker.start;
    while (s > 0 && !/\s/.test(text[s - 1])) s--;
    return [f.number, text.slice(s, f.marker.end)];
  });
}
