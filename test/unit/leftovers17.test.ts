// Session 17: leftovers in the recognisers (an amount read as a Senate stuk, foreign bodies, police abroad, deadlines
// at the turn of the year). Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity } from '../../server/src/core/types';

function kamerstukken(text: string): Array<[string, string | null, string | null]> {
  return analyseLetter(text, { scope: 'references' }).entities
    .filter((e: AnyEntity) => e.kind === 'kamerstuk')
    .map(e => {
      const v = e.value as { dossier: string; number: string | null };
      return [e.text, v.dossier, v.number];
    });
}

describe('session 17: a number with a thousands dot before capitals is no Senate stuk without a parliamentary context', () => {
  it('amounts and counts in brackets followed by abbreviations are not read', () => {
    assert.deepEqual(kamerstukken('Het aantal meldingen steeg sterk (25.000, EU en VS) in dat jaar.\n'), []);
    assert.deepEqual(kamerstukken('Er waren veel signalen (33.000, AIVD) en (31.500, OM) in totaal.\n'), []);
    assert.deepEqual(kamerstukken('De subsidie bedraagt 35.000 euro (35.000, EK) per jaar.\n'), []);
    assert.deepEqual(kamerstukken('Het aantal bezoekers:\n\n25.000, EU en VS samen.\n'), []);
  });

  it('negative: the Senate’s own form stays read where the clause names a stuk or the Eerste Kamer, and undotted', () => {
    assert.deepEqual(kamerstukken('Motie over de zorg (35.526, BH).\n'), [['35.526, BH', '35526', 'BH']]);
    assert.deepEqual(kamerstukken('De Eerste Kamer nam het voorstel aan (35.300, C en D).\n'),
      [['35.300, C', '35300', 'C'], ['D', '35300', 'D']]);
    assert.deepEqual(kamerstukken('Het ging om het amendement (34.700, F).\n'), [['34.700, F', '34700', 'F']]);
    assert.deepEqual(kamerstukken('Het aantal steeg (35526 / 25295, CH) en (35 526, BH).\n'),
      [['35526 / 25295, CH', '35526', 'CH'], ['35 526, BH', '35526', 'BH']]);
    assert.deepEqual(kamerstukken('Zie Kamerstukken I 2019/20, 35.300, C.\n'), [['Kamerstukken I 2019/20, 35.300, C', '35300', 'C']]);
  });
});
