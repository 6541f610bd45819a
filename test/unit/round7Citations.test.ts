// Round 7 of the blind checks on real letters (Justitie en Veiligheid, NCTV, AIVD/MIVD, migration; 2010–2025): the
// rules the citations and the letter identity learnt. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity } from '../../server/src/core/types';

type Row = [string, string, Record<string, unknown>];

function citations(text: string): Row[] {
  return analyseLetter(text, { scope: 'references' }).entities
    .filter((e: AnyEntity) => e.kind === 'kamerstuk' || e.kind === 'handelingen' || e.kind === 'aanhangsel')
    .map(e => [e.kind, e.text, e.value as unknown as Record<string, unknown>]);
}

function pick(rows: Row[], ...keys: string[]): Array<[string, string, ...unknown[]]> {
  return rows.map(([kind, text, v]) => [kind, text, ...keys.map(k => v[k] ?? null)]);
}

describe('round 7: a dossier whose "Nr." opens the next paragraph is no unlabelled citation', () => {
  it('the metadata line "ID: 12345-67" above "Nr. 67 VERSLAG" of a web copy cites nothing (the suffix-like "-67" included)', () => {
    const text = 'Verslag van een overleg\n\nID: 12345-67\n\nNr. 67 VERSLAG VAN EEN OVERLEG\n\nVastgesteld 2 maart 2012\n\nDe commissie sprak.\n';
    assert.deepEqual(citations(text).filter(r => !r[2].self), []);
  });

  it('a spaced dossier alone before a blank line and "Nr." is no citation either', () => {
    const text = 'Een regel tekst over 12 345\n\nNr. 8 van de lijst is besproken.\n';
    assert.deepEqual(citations(text), []);
  });

  it('negatives: unlabelled citations with a comma, a line break or nothing between dossier and "nr." still count', () => {
    const text = 'Zie (12 345, nr. 8), de brief (12 345,\nnr. 9) en ook 12 345 nr. 10 hierover.\n';
    assert.deepEqual(pick(citations(text), 'dossier', 'number'), [
      ['kamerstuk', '12 345, nr. 8', '12345', '8'],
      ['kamerstuk', '12 345,\nnr. 9', '12345', '9'],
      ['kamerstuk', '12 345 nr. 10', '12345', '10'],
    ]);
  });
});

describe('round 7: a printed header after a web preamble that pushes its masthead to the end of the first lines', () => {
  const preamble = Array.from({ length: 13 }, (_, i) => `Regel ${i + 1} van het menu van de site`).join('\n');
  const header = 'Tweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2021-2022 |\n12 345 Proefdossier\n67 890 Tweede proefdossier\n'
    + 'Nr. 321 VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 4 april 2022\nDe commissie sprak.\n';

  it('the masthead on the fourteenth line: its dossier and number lines further down are still the header', () => {
    const a = analyseLetter(`${preamble}\n${header}`, { scope: 'references' });
    assert.deepEqual([a.identity.dossier, a.identity.number, a.identity.session], ['12345', '321', '2021-2022']);
    const self = a.entities.filter(e => e.kind === 'kamerstuk' && e.value.self).map(e => e.text);
    assert.deepEqual(self, ['12 345 Proefdossier\n67 890 Tweede proefdossier\nNr. 321']);
  });

  it('negatives: a masthead alone late in the preamble, with no dossier line after it, gives no identity', () => {
    const a = analyseLetter(`${preamble}\nTweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2021-2022 |\nVerder alleen tekst.\n`, { scope: 'references' });
    assert.deepEqual([a.identity.dossier, a.identity.number], [null, null]);
  });
});

describe('round 7: a bill named by its dossier and its Rijkswet number in parentheses', () => {
  it('"( 23456 -(R2001))" after a bill’s title on a Handelingen agenda: a dossier-only kamerstuk with the Rijkswet', () => {
    const rows = citations('het wetsvoorstel Wijziging van de Proefwet in verband met het vervallen van papieren ( 23456 -(R2001)).\n');
    assert.deepEqual(pick(rows, 'dossier', 'number', 'rijkswet'), [['kamerstuk', '23456 -(R2001)', '23456', null, 'R2001']]);
  });

  it('also without the hyphen, and the bare dossier as before', () => {
    assert.deepEqual(pick(citations('het wetsvoorstel Goedkeuring van het Proefverdrag (23456 (R 2001)).\n'), 'dossier', 'rijkswet'),
      [['kamerstuk', '23456 (R 2001)', '23456', 'R2001']]);
    assert.deepEqual(pick(citations('het wetsvoorstel Wijziging van de Proefwet ( 23456 ).\n'), 'dossier', 'rijkswet'),
      [['kamerstuk', '23456', '23456', null]]);
  });

  it('negatives: outside a clause about a bill, or with something else in the parentheses, nothing is read', () => {
    assert.deepEqual(citations('Er kwamen ( 23456 -(R2001)) bezoekers naar de open dag.\n'), []);
    assert.deepEqual(citations('het wetsvoorstel Wijziging van de Proefwet (23456 (zie bijlage)).\n'), []);
  });
});

describe('round 7: Aanhangsel numbers after the chamber and session, without "Handelingen"', () => {
  it('"(Tweede Kamer, vergaderjaar 2008–2009, Aanhangsels 812, 977 en 1450)": one aanhangsel per number', () => {
    const rows = citations('de vragen van het lid Jansen (Tweede Kamer, vergaderjaar 2008–2009, Aanhangsels 812, 977 en 1450);\n');
    assert.deepEqual(pick(rows, 'chamber', 'session', 'number'), [
      ['aanhangsel', 'Aanhangsels 812', 'II', '2008-2009', '812'],
      ['aanhangsel', '977', 'II', '2008-2009', '977'],
      ['aanhangsel', '1450', 'II', '2008-2009', '1450'],
    ]);
  });

  it('with "nr." and in the Eerste Kamer', () => {
    assert.deepEqual(pick(citations('(Eerste Kamer, vergaderjaar 2008–2009, Aanhangsel nr. 12)\n'), 'chamber', 'session', 'number'),
      [['aanhangsel', 'Aanhangsel nr. 12', 'I', '2008-2009', '12']]);
  });

  it('the plural word before "Handelingen" reads as the singular did', () => {
    assert.deepEqual(pick(citations('Zie Aanhangsels Handelingen II 2008/09, nrs. 812 en 977.\n'), 'session', 'number'), [
      ['aanhangsel', 'Aanhangsels Handelingen II 2008/09, nrs. 812', '2008-2009', '812'],
      ['aanhangsel', '977', '2008-2009', '977'],
    ]);
  });

  it('negatives: no chamber and session before it, years that do not follow each other, a year or a count after it', () => {
    assert.deepEqual(citations('Zie de bijlage (Aanhangsel 812) bij deze brief.\n'), []);
    assert.deepEqual(citations('(Tweede Kamer, vergaderjaar 2008–2010, Aanhangsel 812)\n'), []);
    assert.deepEqual(citations('Tweede Kamer, vergaderjaar 2008–2009, Aanhangsel 2009 werd aangevuld.\n'), []);
    assert.deepEqual(citations('Tweede Kamer, vergaderjaar 2008–2009, Aanhangsel 3 maanden later.\n'), []);
  });
});

describe('round 7: a motie submitted in a committee’s meeting dates itself on its "Voorgesteld tijdens … van" line', () => {
  it('"Voorgesteld tijdens het Wetgevingsoverleg van 6 november 2023" is the motie’s date', () => {
    const text = '12 345 Proefdossier\n\nNr. 19 MOTIE VAN HET LID JANSEN\n\nVoorgesteld tijdens het Wetgevingsoverleg van 6 november 2023\n\nDe Kamer,\n';
    assert.equal(analyseLetter(text, { scope: 'references' }).identity.date, '2023-11-06');
  });

  it('"Voorgesteld tijdens de notaoverleg…" forms with "de"; the plain line as before', () => {
    assert.equal(analyseLetter('Voorgesteld tijdens de vergadering van 2 mei 2019\n').identity.date, '2019-05-02');
    assert.equal(analyseLetter('Voorgesteld 7 juni 2018\n').identity.date, '2018-06-07');
  });

  it('negatives: a sentence in the text that names a meeting and a date is no date line', () => {
    assert.equal(analyseLetter('Tijdens het overleg van 6 november 2023 werd gesproken.\n\nDe Kamer,\n').identity.date, null);
    assert.equal(analyseLetter('Voorgesteld tijdens het overleg van 6 november 2023 door het lid Jansen\n').identity.date, null);
  });
});
