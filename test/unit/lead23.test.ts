// The lead's small follow-ups of session 23's rounds.
import { strict as assert } from 'node:assert';
import { organisationInfo } from '../../server/src/core/features/gazetteer';
import { organisationChoices } from '../../server/src/core/features/annotate';

describe('exact acronyms are shown where the other acronyms are', () => {
  it('the hover of the Nederlandse Emissieautoriteit lists "NEa" among its variants', () => {
    const info = organisationInfo('NEA');
    assert.ok(info, 'the gazetteer knows NEA');
    assert.ok(info.variants.includes('NEa'), `variants: ${info.variants.join(', ')}`);
  });

  it('the organisation picker offers "NEa" as its acronym', () => {
    const choice = organisationChoices([]).find(c => c.id === 'NEA');
    assert.ok(choice);
    assert.ok(choice.acronyms.includes('NEa'), `acronyms: ${choice.acronyms.join(', ')}`);
  });
});
