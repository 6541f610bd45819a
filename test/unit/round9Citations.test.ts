// Round 9 of the blind checks (citations and identity) on Kamerbrieven of 2011–2021 of Justitie en Veiligheid, BZK,
// SZW and OCW (radicalisation, discrimination, emancipation, crisis management, cybercrime), laid out as PDF text.
// Every snippet is written for the test in the forms real letters have; none is copied from a page.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';
import { letterIds } from '../../server/src/core/workspace/keys';

const citations = (a: LetterAnalysis) => a.entities.filter(e => e.kind === 'kamerstuk' || e.kind === 'handelingen' || e.kind === 'aanhangsel');
const value = (e: AnyEntity) => e.value as unknown as Record<string, unknown>;
const brief = (t: string) => analyseLetter(t, {});

describe('round 9: several items of one Handelingen meeting', () => {
  it('reads "nr. 60, items 9 en 15" as two citations of the same meeting', () => {
    const t = 'Zoals besproken in het debat (Handelingen II 2015/16, nr. 60, items 9 en 15) over de aanpak.';
    const cs = citations(brief(t));
    assert.deepEqual(cs.map(e => e.text), ['Handelingen II 2015/16, nr. 60, items 9', '15']);
    assert.deepEqual(cs.map(e => [value(e).number, value(e).item, value(e).id]),
      [['60', '9', 'h-tk-20152016-60-9'], ['60', '15', 'h-tk-20152016-60-15']]);
    assert.ok(cs.every(e => e.kind === 'handelingen' && value(e).session === '2015-2016' && value(e).chamber === 'II'));
  });

  it('reads a comma list closed by "en", also broken over a line', () => {
    const t = 'de moties die zijn ingediend (Handelingen II 2017/18, nr. 12, items 3, 4 \nen 7) zijn aangenomen';
    const cs = citations(brief(t));
    assert.deepEqual(cs.map(e => e.text), ['Handelingen II 2017/18, nr. 12, items 3', '4', '7']);
    assert.deepEqual(cs.map(e => value(e).item), ['3', '4', '7']);
  });

  it('keeps a single item and stops the list before what is no item number', () => {
    const one = citations(brief('het debat (Handelingen II 2014/15, nr. 53, item 7) en verder'));
    assert.deepEqual(one.map(e => [e.text, value(e).item]), [['Handelingen II 2014/15, nr. 53, item 7', '7']]);
    // "en 2016" is a year and "en 12.00 uur" a time, not further items.
    const year = citations(brief('(Handelingen II 2015/16, nr. 60, items 9 en 2016 was het jaar)'));
    assert.deepEqual(year.map(e => e.text), ['Handelingen II 2015/16, nr. 60, items 9']);
    const time = citations(brief('(Handelingen II 2015/16, nr. 60, items 9 en 12.00 uur)'));
    assert.deepEqual(time.map(e => e.text), ['Handelingen II 2015/16, nr. 60, items 9']);
  });

  it('reads no items after a list of meetings, and "items" without a number is no item', () => {
    const two = citations(brief('(Handelingen II 2015/16, nrs. 60 en 61, items 9 en 15)'));
    assert.deepEqual(two.map(e => [e.text, value(e).item]), [['Handelingen II 2015/16, nrs. 60', null], ['61', null]]);
    const none = citations(brief('(Handelingen II 2015/16, nr. 60, items die nog volgen)'));
    assert.deepEqual(none.map(e => [e.text, value(e).item]), [['Handelingen II 2015/16, nr. 60', null]]);
  });
});

describe('round 9: forms read right blind (regressions)', () => {
  it('a header printed in two dossiers is one self span and the letter is known in both', () => {
    const t = [
      'Tweede Kamer der Staten-Generaal 2 ', 'Vergaderjaar 2015–2016 ', '',
      '30 111 Voorbeeldbeleid ', '', '31 222 Andere voorbeelden ', '',
      'Nr. 77 BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP ', '',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ', '', 'Den Haag, 3 februari 2016 ', '',
      'Hierbij informeer ik u over de stand van zaken. ', '',
    ].join('\n');
    const a = brief(t);
    const self = citations(a).filter(e => value(e).self);
    assert.equal(self.length, 1);
    assert.ok(self[0].text.startsWith('30 111 Voorbeeldbeleid') && self[0].text.endsWith('Nr. 77'));
    assert.equal(a.identity.dossier, '30111');
    assert.equal(a.identity.number, '77');
    assert.equal(a.identity.date, '2016-02-03');
    const ids = letterIds(a.identity, a.entities, null);
    assert.ok(ids.includes('kst-30111-77') && ids.includes('kst-31222-77'), ids.join(' '));
  });

  it('an Eerste Kamer stuk of a budget chapter cited by its letter', () => {
    const cs = citations(brief('Zie ook de behandeling in de Eerste Kamer (Kamerstukken I 2012/13, 33 400 VI, C) hierover.'));
    assert.deepEqual(cs.map(e => [e.text, value(e).dossier, value(e).suffix, value(e).number]),
      [['Kamerstukken I 2012/13, 33 400 VI, C', '33400', 'VI', 'C']]);
  });
});
