// Round 6 of the blind checks on real letters (VWS, OCW, IenW, EZK, LNV, BZK, Financiën, SZW; 1996–2025): the rules
// the citations and the letter identity learnt. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { analyseLayout } from '../../server/src/core/text/layout';
import type { AnyEntity } from '../../server/src/core/types';

function kamerstukken(text: string): Array<[string, string | null, string | null, string | null, boolean]> {
  return analyseLetter(text, { scope: 'references' }).entities
    .filter((e: AnyEntity) => e.kind === 'kamerstuk')
    .map(e => {
      const v = e.value as { dossier: string; suffix: string | null; number: string | null; self: boolean };
      return [e.text, v.dossier, v.suffix, v.number, v.self];
    });
}

describe('round 6: the first page prints its colophon and its footer on one line', () => {
  const body = 'Tweede Kamer der Staten-Generaal                                      2 \nVergaderjaar 2011–2012 \n\n'
    + '12 345 Proefdossier \n\nNr. 67 BRIEF VAN DE MINISTER \n\nDen Haag, 3 mei 2012 \n\nEen korte brief. \n\n';

  it('reads the footer after "’s-Gravenhage 2012" as the letter’s own stuk, its page number not in the text', () => {
    const text = `${body}kst-12345-67 \nISSN 0921 - 7371 \n’s-Gravenhage 2012 Tweede Kamer, vergaderjaar 2011–2012, 12 345, nr. 67 1 \n`;
    const footer = kamerstukken(text).find(k => k[0] === '12 345, nr. 67');
    assert.deepEqual(footer, ['12 345, nr. 67', '12345', null, '67', true]);
    const furniture = analyseLayout(text).furniture;
    assert.ok(furniture.some(f => f.kind === 'colophon' && text.slice(f.start, f.end) === '’s-Gravenhage 2012'));
    assert.ok(furniture.some(f => f.kind === 'page-number' && text.slice(f.start, f.end) === '1' && f.start > text.indexOf('nr. 67 1')));
  });

  it('reads the older run of colophon pieces before the footer ("KST… ISSN … Sdu Uitgevers ’s-Gravenhage 1999")', () => {
    const text = `${body}KST12345 ISSN 0921 - 7371 Sdu Uitgevers ’s-Gravenhage 1999 Tweede Kamer, vergaderjaar 1999–2000, 12 345, nr. 67 1\n`;
    assert.deepEqual(kamerstukken(text).find(k => k[0] === '12 345, nr. 67'), ['12 345, nr. 67', '12345', null, '67', true]);
  });

  it('a citation in the old footer form inside a sentence stays a citation of another stuk', () => {
    const text = `${body}Zie ’s-Gravenhage 2012 en Tweede Kamer, vergaderjaar 2003–2004, 29 200, nr. 3.\n`;
    assert.ok(!kamerstukken(text).some(k => k[1] === '29200' && k[4]));
  });
});

describe('round 6: headers and metadata of web copies', () => {
  it('a session line broken after its dash ("Vergaderjaar 2019-⏎⏎2020") below a preamble still opens the header', () => {
    const preamble = Array.from({ length: 16 }, (_, i) => `Regel ${i + 1} van de site`).join('\n');
    const text = `${preamble}\n\nTweede Kamer der Staten-Generaal\n\nVergaderjaar 2019-\n\n2020\n\n12 345\n\nProefdossier voor de test\n\nNr. 8\n\nLIJST VAN VRAGEN\n\nVastgesteld 4 maart 2020\n`;
    const a = analyseLetter(text, { scope: 'references' });
    assert.equal(a.identity.session, '2019-2020');
    assert.deepEqual([a.identity.dossier, a.identity.number], ['12345', '8']);
    assert.deepEqual(kamerstukken(text), [['12 345\n\nProefdossier voor de test\n\nNr. 8', '12345', null, '8', true]]);
  });

  it('a session broken over years that do not follow each other is no session line', () => {
    const text = 'Tweede Kamer der Staten-Generaal\nVergaderjaar 2019-\n2024\n12 345 Proefdossier\n\nNr. 8 BRIEF\n';
    assert.equal(analyseLetter(text, { scope: 'references' }).identity.session, null);
  });

  it('the metadata row "Kenmerk 12345, nr. 8" ("Reference …", "Kenmerk | … |") names the page’s own stuk', () => {
    for (const row of ['Kenmerk 12345, nr. 8', 'Reference 12345, nr. 8', 'Kenmerk | 12345, nr. 8 |']) {
      const text = `Titel van de pagina\n\nDocumentdatum 01-03-2021\n${row}\nExterne link\n\nEen tekst zonder kop.\n`;
      const a = analyseLetter(text, { scope: 'references' });
      assert.deepEqual(kamerstukken(text), [['12345, nr. 8', '12345', null, '8', true]], row);
      assert.deepEqual([a.identity.dossier, a.identity.number], ['12345', '8'], row);
    }
  });

  it('the same words in the running text are an ordinary citation', () => {
    const text = 'Een brief.\n\nHet kenmerk van de brief is 12345, nr. 8 en meer.\n';
    assert.ok(!kamerstukken(text).some(k => k[4]));
  });
});

describe('round 6: dossiers in parentheses', () => {
  it('a bill named by its dossier and a spaced budget suffix: "(29200 VIII)", "(25600 A)" in a clause about a bill', () => {
    const text = 'Aan de orde is de behandeling van:\n\nhet wetsvoorstel Vaststelling van de begroting voor het jaar 1998 (25600 XII);\n\n'
      + 'het wetsvoorstel Vaststelling van de begroting van het Infrastructuurfonds voor het jaar 1998 (25600 A).\n';
    assert.deepEqual(kamerstukken(text), [['25600 XII', '25600', 'XII', null, false], ['25600 A', '25600', 'A', null, false]]);
  });

  it('a roman chapter is distinctive anywhere; a lone capital outside a bill clause is not read', () => {
    assert.deepEqual(kamerstukken('De begroting van OCW (29200 VIII) blijft gelijk.\n'), [['29200 VIII', '29200', 'VIII', null, false]]);
    assert.deepEqual(kamerstukken('Er kwamen veel bezoekers (25600 A) naar de dag.\n'), []);
  });

  it('the Eerste Kamer’s own form, dossier(s) and letter without "nr.": "(35.526, BH)", "(35526 / 25295, CH)"', () => {
    const text = 'Motie over de zorg (35.526, BH).\nDe brief van 14 september (35526 / 25295, CH) en (35526 25295, CG) en (35526/ 25295, CF).\n';
    assert.deepEqual(kamerstukken(text), [
      ['35.526, BH', '35526', null, 'BH', false],
      ['35526 / 25295, CH', '35526', null, 'CH', false],
      ['35526 25295, CG', '35526', null, 'CG', false],
      ['35526/ 25295, CF', '35526', null, 'CF', false],
    ]);
  });

  it('the same form opening a paragraph or a list item: "- 35526 / 25295, CF (betrokken commissies …)"', () => {
    const text = 'Besluitpunten\n\n- 35526 / 25295, CF (betrokken commissies: VWS en IWO)\n\n35 526, BH\n\nDe brief van 2021.\n';
    assert.deepEqual(kamerstukken(text), [['35526 / 25295, CF', '35526', null, 'CF', false], ['35 526, BH', '35526', null, 'BH', false]]);
    // Not inside a sentence, not before a hyphenated word.
    assert.deepEqual(kamerstukken('Er waren 35 526, BH en meer.\n25 000, EU-landen doen mee.\n'), []);
  });

  it('an amount with a thousands dot before two capitals is no Eerste Kamer stuk', () => {
    assert.deepEqual(kamerstukken('Het ging om een bedrag (10.000, EU) en (15.500, NL).\n'), []);
  });
});
