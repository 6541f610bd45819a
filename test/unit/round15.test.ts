// Round 15 of the blind check on real letters: every family at once, on stukken of dossier 29 754 of 2013–2018
// (letters of the minister of Veiligheid en Justitie, verslagen of algemene overleggen, moties), laid out as the seeds.
// Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, letterOrgs, orgs } from './recognised';
import { analyseLetter } from '../../server/src/core/analyse';

describe('round 15: a yearless day just before the turn of the year, in a letter of January or February', () => {
  const inJanuary = datesInLetterOf('2017-01-05');
  it('is the December just past, not the one eleven months ahead', () => {
    assert.deepEqual(inJanuary('De verdachte is op 20 december in Venlo gezien.'), [['20 december', { iso: '2016-12-20' }]]);
    assert.deepEqual(inJanuary('Sinds 30 november is het onderzoek gaande.'), [['30 november', { iso: '2016-11-30' }]]);
  });

  it('so is a month alone', () => {
    assert.deepEqual(inJanuary('In december is de regeling aangepast.'), [['december', { iso: '2016-12' }]]);
  });

  it('a February letter reaches back to December too', () => {
    assert.deepEqual(datesInLetterOf('2015-02-10')('Op 18 december werd het rapport gepubliceerd.'), [
      ['18 december', { iso: '2014-12-18' }],
    ]);
  });

  it('negative: a day further back, a later letter, a written year and a.s. keep their year', () => {
    // More than two months before the letter: the letter's year, as before.
    assert.deepEqual(datesInLetterOf('2017-02-20')('Op 1 november is besloten.'), [['1 november', { iso: '2017-11-01' }]]);
    // A letter of March: the rule is only for January and February.
    assert.deepEqual(datesInLetterOf('2017-03-02')('Op 20 december volgt een besluit.'), [['20 december', { iso: '2017-12-20' }]]);
    assert.deepEqual(inJanuary('Op 20 december 2017 volgt de evaluatie.'), [['20 december 2017', { iso: '2017-12-20' }]]);
    assert.deepEqual(inJanuary('De Raad komt op 20 december a.s. bijeen.'), [['20 december a.s.', { iso: '2017-12-20' }]]);
    // A day of January itself stays in the letter's year.
    assert.deepEqual(inJanuary('Op 3 januari is het bericht verschenen.'), [['3 januari', { iso: '2017-01-03' }]]);
  });
});

describe('round 15: the public prosecution service in lower case', () => {
  it('"het openbaar ministerie", also across a line end and after "Nederlands", is the OM', () => {
    assert.deepEqual(orgs('Daarop heeft het openbaar ministerie vervolging ingesteld.'), [['openbaar ministerie', 'OM']]);
    assert.deepEqual(orgs('Het Nederlands openbaar \nministerie en de politie waren alert.'), [
      ['openbaar \nministerie', 'OM'], ['politie', 'POLITIE'],
    ]);
  });

  it('negative: the European and another country\'s prosecution service, a compound, another noun', () => {
    assert.deepEqual(orgs('Het Belgische openbaar ministerie opende een onderzoek.'), []);
    const european = orgs('Het Europees openbaar ministerie is sinds kort actief.');
    assert.ok(!european.some(([, id]) => id === 'OM'), JSON.stringify(european));
    assert.deepEqual(orgs('Het openbaar ministeriebeleid werd herzien.'), []);
    assert.deepEqual(orgs('Het openbaar vervoer reed niet.'), []);
  });
});

describe('round 15: the Board of Procurators General named with its service', () => {
  it('is one body, the service inside its name not apart', () => {
    assert.deepEqual(orgs('Op basis van informatie van het College van procureurs-generaal van het Openbaar Ministerie bericht ik u.'), [
      ['College van procureurs-generaal van het Openbaar Ministerie', 'COLLEGE-PG'],
    ]);
    assert.deepEqual(orgs('Het College van Procureurs-Generaal van het OM besliste.'), [
      ['College van Procureurs-Generaal van het OM', 'COLLEGE-PG'],
    ]);
  });

  it('negative: the Board alone, and the service after other words, are read apart as before', () => {
    assert.deepEqual(orgs('Het College van procureurs-generaal overlegt met het Openbaar Ministerie.'), [
      ['College van procureurs-generaal', 'COLLEGE-PG'], ['Openbaar Ministerie', 'OM'],
    ]);
  });
});

describe('round 15: a page break inside a citation keeps the footer that stands in it', () => {
  it('reads the citation over the footer, and the footer\'s own self-citation inside it', () => {
    const page = (n: number) => `Tweede Kamer, vergaderjaar 2012–2013, 29 754, nr. 231 ${n}`;
    const text = 'De brief over de ronselaars voor Syrië (Kamerstuk \n\n' + page(1) + '\n\n\n29 754, nr. 228) is besproken. \n\n' + page(2) + '\n';
    const cites = analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk')
      .map(e => [e.text.replace(/\s+/g, ' '), (e.value as { number: string; self?: boolean }).number, (e.value as { self?: boolean }).self]);
    assert.ok(cites.some(([t, n, self]) => String(t).startsWith('Kamerstuk Tweede Kamer') && n === '228' && !self), JSON.stringify(cites));
    assert.equal(cites.filter(([, n, self]) => n === '231' && self).length, 2, JSON.stringify(cites));
  });
});

describe('round 15: a Senate type line broken after a connective goes on in the next line of capitals', () => {
  const header = (typeLines: string) => '\nEerste Kamer der Staten-Generaal 1\nVergaderjaar 2016–2017 \n\n' +
    '34 600 Regels over het toezicht op de diensten (Wet toezicht diensten) \n\n' + typeLines + '\n\nVastgesteld 3 mei 2017 \n\n' +
    'De leden van de fracties stellen hierbij enkele vragen over het voorstel. \n';
  it('reads the committee whole, its second line and the portfolio after the slash included', () => {
    const found = letterOrgs(header('B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE \nHOGE COLLEGES VAN STAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING'));
    assert.ok(found.some(([t, id]) => t.startsWith('VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE \nHOGE COLLEGES VAN STAAT') && id === 'EK-COM-BIZA'), JSON.stringify(found));
    assert.ok(!found.some(([t]) => t === 'VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN'), JSON.stringify(found));
  });

  it('negative: a type line that ends in a name does not take the capitals line after it', () => {
    const found = letterOrgs(header('B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR JUSTITIE EN VEILIGHEID \nALGEMEEN'));
    assert.ok(found.some(([t, id]) => t === 'VASTE COMMISSIE VOOR JUSTITIE EN VEILIGHEID' && id === 'EK-COM-JENV'), JSON.stringify(found));
  });
});
