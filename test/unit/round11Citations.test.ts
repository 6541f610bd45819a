// Round 11 of the blind checks (citations and identity) on Kamerbrieven, nota's and Handelingen of 1995–2006 and
// 2022–2025 (Financiën, LNV/LVVN, Koninkrijksrelaties, VRO, Asiel en Migratie, Justitie). Every snippet is written for
// the test in the forms real letters have; none is copied from a page.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';

const citations = (a: LetterAnalysis) => a.entities.filter(e => e.kind === 'kamerstuk' || e.kind === 'handelingen' || e.kind === 'aanhangsel');
const value = (e: AnyEntity) => e.value as unknown as Record<string, unknown>;
const brief = (t: string) => analyseLetter(t, {});

describe('round 11: Handelingen items', () => {
  it('reads a list of items that a full stop ends ("items 9 en 12.")', () => {
    const cs = citations(brief('Zie het debat over de eilanden.\n\n1 Handelingen II 2022/23, nr. 15, items 9 en 12.\n'));
    assert.deepEqual(cs.map(e => [e.text, value(e).number, value(e).item]),
      [['Handelingen II 2022/23, nr. 15, items 9', '15', '9'], ['12', '15', '12']]);
  });

  it('still reads no item from a decimal or a clock time after "en"', () => {
    const cs = citations(brief('(Handelingen II 2022/23, nr. 15, items 9 en 12.30 uur was de stemming)'));
    assert.deepEqual(cs.map(e => e.text), ['Handelingen II 2022/23, nr. 15, items 9']);
  });

  it('reads a second meeting after an item, "item 6 en nr. 15, item 3", as a citation of its own', () => {
    const cs = citations(brief('Ik heb dit toegezegd in de begrotingsbehandeling (Handelingen II 2023/24, nr. 14, item 6 en nr. 15, item 3).'));
    assert.deepEqual(cs.map(e => [e.text, value(e).session, value(e).number, value(e).item, value(e).id]), [
      ['Handelingen II 2023/24, nr. 14, item 6', '2023-2024', '14', '6', 'h-tk-20232024-14-6'],
      ['nr. 15, item 3', '2023-2024', '15', '3', 'h-tk-20232024-15-3'],
    ]);
  });

  it('reads no further meeting without an item, or after a page', () => {
    const noItem = citations(brief('(Handelingen II 2023/24, nr. 14, item 6 en nr. 15 van de agenda)'));
    assert.deepEqual(noItem.map(e => e.text), ['Handelingen II 2023/24, nr. 14, item 6']);
    const kamerstuk = citations(brief('(Handelingen II 2023/24, nr. 14, item 6) en Kamerstuk 36 410 IV, nr. 15'));
    assert.deepEqual(kamerstuk.map(e => [e.kind, e.text]),
      [['handelingen', 'Handelingen II 2023/24, nr. 14, item 6'], ['kamerstuk', 'Kamerstuk 36 410 IV, nr. 15']]);
  });
});

describe('round 11: the running footer of a stuk printed in several dossiers', () => {
  const letter = [
    '', 'Tweede Kamer der Staten-Generaal 2 ', 'Vergaderjaar 2003–2004 ', '', '28 700 Kinderopvang ', '',
    '29 300 VI Begroting Justitie 2004 ', '', 'Nr. 7 BRIEF VAN DE MINISTER VAN JUSTITIE ', '',
    'Den Haag, 2 april 2004 ', '', 'Hierbij bericht ik u over de voortgang van het programma. ', '',
    'Tweede Kamer, vergaderjaar 2003–2004, 28 700 en 29 300 VI, nr. 7 2', '', '',
  ].join('\n');

  it('reads "…, 28 700 en 29 300 VI, nr. 7 2" as the letter\'s own, value the first dossier', () => {
    const a = brief(letter);
    const footer = citations(a).find(e => e.text === '28 700 en 29 300 VI, nr. 7');
    assert.ok(footer, 'the footer is read');
    assert.equal(value(footer).self, true);
    assert.deepEqual([value(footer).dossier, value(footer).suffix, value(footer).number], ['28700', null, '7']);
    assert.ok(!a.entities.some(e => e.kind === 'date' && e.text === '2'), 'the page number is furniture');
  });

  it('still reads an ordinary joint citation in the text as a citation', () => {
    const cs = citations(brief('zoals eerder gemeld (Kamerstukken 28 700 en 29 300 VI, nr. 5) en verder'));
    assert.deepEqual(cs.map(e => [e.text, value(e).self ?? false]), [['Kamerstukken 28 700 en 29 300 VI, nr. 5', false]]);
  });
});

describe('round 11: a monitor site files its page under a bill', () => {
  it('reads no citation in "is onder nr. G toegevoegd aan wetsvoorstel 36600 XX"', () => {
    const t = 'Deze nota is onder nr. G toegevoegd aan wetsvoorstel 36600 XX - Vaststelling begroting 2025.\n\nTekst\n';
    assert.deepEqual(citations(brief(t)).map(e => e.text), []);
  });

  it('reads the bill in the letter\'s own words', () => {
    const cs = citations(brief('De Kamer heeft het wetsvoorstel 36600 vorige week aangenomen.'));
    assert.deepEqual(cs.map(e => [e.text, value(e).dossier]), [['36600', '36600']]);
  });
});
