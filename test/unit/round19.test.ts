// Round 19 of the blind check on real letters: every family at once, on short letters of Justitie en Veiligheid (29 754,
// 29 911, 30 821, 35 925 VI, 33 199, 29 628, 29 279) of 2016 and 2021–2023, laid out as the seeds with entities broken
// over a page. One error blind: `de Rechtspraak` (the judiciary as an organisation) was not read. Every snippet is
// written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { orgs, letterOrgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

const FOOTER = 'Tweede Kamer, vergaderjaar 2021–2022, 29 628, nr. 1048 1';

function entitiesOf(text: string, kind: string): Array<[string, unknown]> {
  return analyseLetter(text).entities.filter(e => e.kind === kind).map(e => [e.text, e.value]);
}

describe('round 19: the Rechtspraak, read inside a sentence only', () => {
  it('after an article, a conjunction or a preposition it is the judiciary', () => {
    assert.deepEqual(orgs('Het geld gaat naar het OM en de Rechtspraak, zodat zaken sneller lopen.'), [
      ['OM', 'OM'], ['Rechtspraak', 'RECHTSPRAAK'],
    ]);
    assert.deepEqual(orgs('De keten wordt versterkt door te investeren in Openbaar Ministerie en Rechtspraak.'), [
      ['Openbaar Ministerie', 'OM'], ['Rechtspraak', 'RECHTSPRAAK'],
    ]);
    assert.deepEqual(orgs('Dit is afgestemd met Rechtspraak en politie.'), [['Rechtspraak', 'RECHTSPRAAK'], ['politie', 'POLITIE']]);
  });

  it('a sentence opened by its article names it too', () => {
    assert.deepEqual(orgs('Er komt een pilot. De Rechtspraak start die in het voorjaar.'), [['Rechtspraak', 'RECHTSPRAAK']]);
  });

  it('negative: the noun opening a sentence, a heading of its own, or in lower case is no body', () => {
    assert.deepEqual(orgs('Rechtspraak moet voor iedereen toegankelijk blijven.'), []);
    assert.deepEqual(orgs('Sterke rechtsstaat\n\nRechtspraak\n\nHet kabinet investeert in snellere procedures.'), []);
    assert.deepEqual(orgs('De toegang tot rechtspraak en de kwaliteit van de rechtspraak staan voorop.'), []);
  });

  it('negative: the Council for the Judiciary stays the Council, in either case', () => {
    assert.deepEqual(orgs('Volgens de Raad voor de rechtspraak en de Raad voor de Rechtspraak gaat het goed.'), [
      ['Raad voor de rechtspraak', 'RVDR'], ['Raad voor de Rechtspraak', 'RVDR'],
    ]);
  });
});

describe('round 19: entities broken over a page, read right blind', () => {
  it('a ministry broken after its first word, the footer between', () => {
    const text = 'Het beleid is toe aan een herijking en het Ministerie \n\n' + FOOTER +
      '\n\n\nvan Justitie en Veiligheid werkt aan een visie. Daarna volgt meer.\n';
    const found = letterOrgs(text).filter(o => o[1] === 'MIN-JENV');
    assert.equal(found.length, 1);
    assert.match(found[0][0], /^Ministerie \n\nTweede Kamer[^\n]*\n\n\nvan Justitie en Veiligheid$/);
  });

  it('a Handelingen citation broken after its label, and a day broken before its month', () => {
    const text = 'Dit is toegezegd in het debat van 7 december 2021 (Handelingen \n\n' + FOOTER +
      '\n\n\nII 2021/22, nr. 31, item 55), over de werkingsduur van de wet.\n';
    const h = entitiesOf(text, 'handelingen');
    assert.equal(h.length, 1);
    assert.deepEqual(h[0][1], { chamber: 'II', session: '2021-2022', number: '31', item: '55', id: 'h-tk-20212022-31-55' });
    const d = entitiesOf('Zoals ik schreef in mijn brief van 7 \n\n' + FOOTER + '\n\n\nmaart 2016 (Kamerstuk 29 279, nr. 302) volgt meer.\n', 'date');
    assert.deepEqual(d.map(x => x[1]).filter(v => (v as { iso?: string }).iso), [{ iso: '2016-03-07' }]);
  });

  it('a footnote citation of a budget stuk with its roman suffix', () => {
    const text = 'Met de motie van de leden Kuik en Palland1 is gevraagd om een visie.\n\n1 Kamerstuk 35 570 VI, nr. 56\n\n' + FOOTER + '\n';
    const k = entitiesOf(text, 'kamerstuk').filter(x => !(x[1] as { self: boolean }).self);
    assert.deepEqual(k, [['Kamerstuk 35 570 VI, nr. 56', { dossier: '35570', suffix: 'VI', number: '56', self: false, id: 'kst-35570-VI-56' }]]);
  });
});
