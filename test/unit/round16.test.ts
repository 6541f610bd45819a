// Round 16 of the blind check on real letters: every family at once, on short whole letters of the minister of Justitie
// en Veiligheid (dossiers 29 754 of 2019–2020, 29 911 of 2019) and of the state secretary on 19 637 (2017), laid out as
// the seeds. The tool was right on all of them blind, so no rule changed; these tests hold what was checked. Every
// snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs, letterOrgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

describe('round 16: a threat assessment and its coordinator', () => {
  it('the coordinator is read, also hyphenated at a line end; the assessment (a document) is not', () => {
    assert.deepEqual(letterOrgs('Hierbij zend ik u het Dreigingsbeeld Terrorisme Nederland (DTN) 60, van de Nationaal Coördinator Terrorisme-\n' +
      'bestrijding en Veiligheid (NCTV)1. Het DTN 60 beschrijft de dreiging.\n'), [
      ['Nationaal Coördinator Terrorisme-\nbestrijding en Veiligheid', 'NCTV'], ['NCTV', 'NCTV'],
    ]);
  });

  it('negative: a fund, a report and a relative year are no organisation and no date', () => {
    assert.deepEqual(orgs('Middelen komen uit het Ondermijningsfonds en het Nationaal Inlichtingenbeeld Ondermijning (NIBO) is gereed.'), []);
    assert.deepEqual(datesInLetterOf('2020-10-15')('De groep was actiever dan vorig jaar.'), []);
  });

  it('a jihadist group written with a lower-case article and a curly apostrophe', () => {
    assert.deepEqual(orgs('Zowel ISIS als al Qa’ida blijven westerse doelen zoeken.'), [['ISIS', 'ISIS'], ['al Qa’ida', 'AL-QAIDA']]);
  });
});

describe('round 16: a period from an approximate year to a month, and a year in brackets', () => {
  it('are read as two dates and a year', () => {
    assert.deepEqual(datesInLetterOf('2019-04-18')('De inzet sinds eind 2017 tot april 2019 wordt beschreven, met de incidenten in Den Haag (2018).'), [
      ['eind 2017', { iso: '2017', approx: true }], ['april 2019', { iso: '2019-04' }], ['2018', { iso: '2018' }],
    ]);
  });
});

describe('round 16: a Handelingen citation with the debate named after its number, broken over a page', () => {
  const page = (n: number) => `Tweede Kamer, vergaderjaar 2016–2017, 19 637, nr. 2310 ${n}`;
  const handelingen = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'handelingen')
    .map(e => {
      const v = e.value as { chamber: string; session: string; number: string; item: string | null };
      return [e.text.replace(/\s+/g, ' '), { chamber: v.chamber, session: v.session, number: v.number, item: v.item }];
    });
  const value = { chamber: 'II', session: '2016-2017', number: '57', item: null };

  it('ends at the number, the footer between its halves inside it, wherever the page breaks', () => {
    for (const [before, after] of [['Handelingen II 2016/17, nr. ', '57'], ['Handelingen II ', '2016/17, nr. 57'], ['Handelingen ', 'II 2016/17, nr. 57']]) {
      const text = `Bij de stemmingen (${before}\n\n${page(1)}\n\n\n${after}, Stemmingen moties Asielbeleid) is de motie aangenomen. \n\n${page(2)}\n`;
      const found = handelingen(text);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.ok(String(found[0][0]).startsWith('Handelingen') && String(found[0][0]).endsWith(after) && String(found[0][0]).includes(page(1)), JSON.stringify(found));
      assert.deepEqual(found[0][1], value);
    }
  });

  it('negative: the name of the debate is not an item number', () => {
    const found = handelingen(`Zie Handelingen II 2016/17, nr. 57, Stemmingen moties Asielbeleid. \n\n${page(1)}\n`);
    assert.deepEqual(found, [['Handelingen II 2016/17, nr. 57', value]]);
  });
});
