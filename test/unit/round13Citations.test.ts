// Round 13 of the blind checks (citations and identity): first round 11's leftovers. Every snippet is written for the
// test in the forms real stukken have; none is copied from a page.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';

const citations = (a: LetterAnalysis) => a.entities.filter(e => e.kind === 'kamerstuk' || e.kind === 'handelingen' || e.kind === 'aanhangsel');
const value = (e: AnyEntity) => e.value as unknown as Record<string, unknown>;
const brief = (t: string) => analyseLetter(t, {});

describe('round 13: an Eerste Kamer letter list', () => {
  it('reads "35 812, AC en AD" as two citations, the second its letter alone', () => {
    const cs = citations(brief('Zie de twee aangenomen moties (Kamerstukken I 2022/23, 35 812, AC en AD).'));
    assert.deepEqual(cs.map(e => [e.text, value(e).dossier, value(e).number, value(e).id]), [
      ['Kamerstukken I 2022/23, 35 812, AC', '35812', 'AC', 'kst-35812-AC'],
      ['AD', '35812', 'AD', 'kst-35812-AD'],
    ]);
  });

  it('reads a comma list of letters closed by "en"', () => {
    const cs = citations(brief('De motie-Otten c.s. (Kamerstukken I 2020/21, 34 700, F, G en H) is aangenomen.'));
    assert.deepEqual(cs.map(e => [e.text, value(e).number]), [['Kamerstukken I 2020/21, 34 700, F', 'F'], ['G', 'G'], ['H', 'H']]);
  });

  it('reads no letter after "en" that the phrase does not end with, and no number after a letter', () => {
    const words = citations(brief('In Kamerstukken I 2022/23, 35 812, AC en OM worden taken verdeeld.'));
    assert.deepEqual(words.map(e => e.text), ['Kamerstukken I 2022/23, 35 812, AC']);
    const digits = citations(brief('(Kamerstukken I 2022/23, 35 812, AC en 12)'));
    assert.deepEqual(digits.map(e => e.text), ['Kamerstukken I 2022/23, 35 812, AC']);
  });
});

describe('round 13: a budget debate named by its dossier on a Handelingen agenda', () => {
  it('reads "de algemene financiële beschouwingen (30300)" as the budget\'s dossier', () => {
    const cs = citations(brief('Aan de orde is de voortzetting van:\n\nde algemene financiële beschouwingen (30300)\n'));
    assert.deepEqual(cs.map(e => [e.text, value(e).dossier, value(e).number]), [['30300', '30300', null]]);
    const politiek = citations(brief('het debat over de algemene politieke beschouwingen (34550) van vorige week'));
    assert.deepEqual(politiek.map(e => e.text), ['34550']);
  });

  it('still reads no bare five-digit number in parentheses elsewhere', () => {
    assert.deepEqual(citations(brief('Er kwamen veel bezoekers (30300) naar de beschouwing van het werk.')).map(e => e.text), []);
    assert.deepEqual(citations(brief('In de beschouwingen van de commissie (30300) staat dit.')).map(e => e.text), []);
  });
});

describe('round 13: the date of a stuk on its type line, and the older letterhead', () => {
  it('reads "Ontvangen …" after the type in capitals on the same line', () => {
    const a = brief(['Eerste Kamer der Staten-Generaal', '', 'Vergaderjaar 2023-2024', '', '36 410 VI', '',
      'Vaststelling van de begrotingsstaat van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2024', '',
      'MEMORIE VAN ANTWOORD Ontvangen 4 maart 2024', '', 'De regering dankt de leden voor hun vragen.', ''].join('\n'));
    assert.equal(a.identity.date, '2024-03-04');
    const nr = brief(['', 'Tweede Kamer der Staten-Generaal 2', 'Vergaderjaar 2017–2018', '', '29 754 Terrorismebestrijding', '',
      'Nr. 447 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 2 februari 2018', '', 'De vaste commissie heeft overleg gevoerd.', ''].join('\n'));
    assert.equal(nr.identity.date, '2018-02-02');
  });

  it('reads the older letterhead\'s "datum" field with the day on the next line, also in digits', () => {
    const a = brief(['Ministerie van Justitie', '', 'Aan de Voorzitter van de Tweede Kamer', '', 'datum', '07-04-2001', '',
      'onderwerp', 'Terrorismebestrijding', '', 'Hierbij bericht ik u.', ''].join('\n'));
    assert.equal(a.identity.date, '2001-04-07');
    const words = brief(['Datum', '3 mei 2002', '', 'Betreft', 'Voortgang', '', 'Hierbij bericht ik u.', ''].join('\n'));
    assert.equal(words.identity.date, '2002-05-03');
  });

  it('reads no date from a type line in lower-case words, an impossible day, or "datum" inside a sentence', () => {
    assert.equal(brief('Het verslag werd pas later Ontvangen 4 maart 2024 door de griffie.\n').identity.date, null);
    assert.equal(brief('datum\n31-02-2001\n\nHierbij.\n').identity.date, null);
    assert.equal(brief('Wij spraken af op een latere datum\n12 maart 2020 is genoemd.\n').identity.date, null);
  });
});

describe('round 13: the first date line wins', () => {
  it('dates a nota by its type line, not by the letter printed inside it', () => {
    const a = brief(['Eerste Kamer der Staten-Generaal', '', 'Vergaderjaar 2023-2024', '', '36 410 VI', '',
      'MEMORIE VAN ANTWOORD Ontvangen 4 maart 2024', '', 'Bijgaand de brief:', '', 'Den Haag, 20 februari 2024', '', 'Hierbij.', ''].join('\n'));
    assert.equal(a.identity.date, '2024-03-04');
  });
});
