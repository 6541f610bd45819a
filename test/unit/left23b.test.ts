// Session 23, the second helper's leftovers of the rounds: the letter's date from a letterhead field, a bare Senate
// letter ending a citation, the Senate's roman-numbered dossiers in the corpus panel, and the opening words under a
// header without a date line. Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { completionsAt } from '../../server/src/core/features/completion';
import { corpusTreeChildren } from '../../server/src/core/features/corpusTree';
import { stukOf, stukTable } from '../../server/src/core/features/stukTable';
import { Corpus } from '../../server/src/core/workspace/corpus';

describe('session 23b: the letter\'s date from the letterhead field "Datum"', () => {
  const dateOf = (text: string) => analyseLetter(text).identity.date;
  const ADDRESS = 'Ministerie van Economische Zaken \n\n> Retouradres Postbus 20401 2500 EK Den Haag \n\nDe Voorzitter van de Tweede Kamer der Staten-Generaal Binnenhof 4 2513 AA \n\'s-Gravenhage \n\n';

  it('"Datum 12 mei 2014 Betreft …" on one line under the address', () => {
    assert.equal(dateOf(`${ADDRESS}Datum 12 mei 2014 Betreft Voortgang van de herinrichting \n\nGeachte Voorzitter, \n\nHierbij informeer ik u over de voortgang. \n`), '2014-05-12');
  });

  it('the field flattened into one line with the address and the next fields (a web copy)', () => {
    const flat = 'Pagina 1 van 4 Ministerie van Infrastructuur en Waterstaat Postbus 20901 2500 EX Den Haag De voorzitter van de Tweede Kamer der Staten-Generaal Binnenhof 4 2513 AA DEN HAAG Datum 3 december 2019 Betreft Voortgang van de projecten Geachte voorzitter, Met deze brief informeer ik u over de projecten.';
    assert.equal(dateOf(flat), '2019-12-03');
  });

  it('before "Auteur", "Kenmerk", "Onze referentie" or "Ons kenmerk", and with a colon', () => {
    for (const [next, iso] of [['Auteur DVB/VD', '2002-04-16'], ['Kenmerk 2002-0000123', '2002-04-16'], ['Onze referentie 123456', '2002-04-16'], ['Ons kenmerk BZ-2002/12', '2002-04-16']]) {
      assert.equal(dateOf(`${ADDRESS}Datum 16 april 2002 ${next} \n\nZeer geachte Voorzitter, \n\nHierbij zend ik u de notitie. \n`), iso, next);
    }
    assert.equal(dateOf(`${ADDRESS}Datum: 16 april 2002 Betreft Notitie \n\nGeachte Voorzitter, \n`), '2002-04-16');
  });

  it('on its own line, or the day under the field name, as before', () => {
    assert.equal(dateOf(`${ADDRESS}Datum 12 mei 2014 \nBetreft Voortgang \n\nGeachte Voorzitter, \n`), '2014-05-12');
    assert.equal(dateOf(`${ADDRESS}Datum \n12 mei 2014 \n\nGeachte Voorzitter, \n`), '2014-05-12');
  });

  it('with other words between the date and the next field on its line (a column cut short: "Behan …")', () => {
    assert.equal(dateOf(`${ADDRESS}Datum 16 april 1999 Behan mw. drs. A.B. de Jong Kenmerk 112/99 \nBlad 1/7 \n\nGeachte Voorzitter, \n`), '1999-04-16');
  });

  it('in a text table: the date in the cell after "Datum", or under "Datum" in the row of field names', () => {
    const cell = `${ADDRESS}|Datum |14 november 2005           |Behandel|A. de Vries     |\n|      |                           |d       |                 |\n|Kenmer|DIE-100 /05                |Telefoon|070-000 0000     |\n\nGeachte Voorzitter, \n`;
    assert.equal(dateOf(cell), '2005-11-14');
    const row = `${ADDRESS}|Telefoon       |               |     |\n|Fax            |Datum          |Kenmerk        |Onderwerp        |\n|070 000 00 00  |18 maart 2005  |05M000001      |                 |\n|                                                                   |\nNaar aanleiding van uw vragen bericht ik u het volgende. \n`;
    assert.equal(dateOf(row), '2005-03-18');
  });

  it('negative: a table of dates under a "Datum" column, and a cell that only ends in "datum"', () => {
    const list = `${ADDRESS}Geachte Voorzitter, \n\n|Datum          |Onderwerp              |Kenmerk   |\n|3 mei 2014     |Brief over de regio    |2014-1    |\n|5 juni 2014    |Brief over de planning |2014-2    |\n`;
    assert.equal(dateOf(list), null);
    assert.equal(dateOf(`${ADDRESS}Geachte Voorzitter, \n\n|Vergaderdatum |3 mei 2014 |Locatie |Den Haag |\n`), null);
  });

  it('negative: a date after "datum" in the running text, a field far below the top, a date line before the field', () => {
    assert.equal(dateOf(`${ADDRESS}Geachte Voorzitter, \n\nOp de datum 12 mei 2014 Betreft het kabinet niets. Sinds de datum van 3 mei 2014 Kenmerk ik niets. \n`), null);
    const table = `${ADDRESS}Geachte Voorzitter, \n\n${'Hierbij informeer ik u over de voortgang van de herinrichting van het gebied. \n'.repeat(30)}\nDatum 12 mei 2014 Kenmerk 2014-001 \n`;
    assert.equal(dateOf(table), null);
    assert.equal(dateOf(`Den Haag, 3 maart 2015 \n\n${ADDRESS}Datum 12 mei 2014 Betreft Voortgang \n`), '2015-03-03');
  });
});

describe('session 23b: a bare Senate letter ends a citation without "nr."', () => {
  const cited = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, e.value.id]);

  it('before "en", a comma, a parenthesis, a full stop or a line end', () => {
    assert.deepEqual(cited('Zie Kamerstuk 32 317, G en de brief van 3 mei 2016.'), [['Kamerstuk 32 317, G', 'kst-32317-G']]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, G, waarin de regering antwoordt.'), [['Kamerstuk 32 317, G', 'kst-32317-G']]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, AB of de memorie.'), [['Kamerstuk 32 317, AB', 'kst-32317-AB']]);
    assert.deepEqual(cited('(Kamerstuk 32 317, G) en verder.'), [['Kamerstuk 32 317, G', 'kst-32317-G']]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, G.'), [['Kamerstuk 32 317, G', 'kst-32317-G']]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, G\n\nVoor de rest geldt het volgende.'), [['Kamerstuk 32 317, G', 'kst-32317-G']]);
    assert.deepEqual(cited('(Kamerstuk 32 317, G en H)').map(c => c[1]), ['kst-32317-G', 'kst-32317-H']);
  });

  it('negative: a capital that starts the next word or sentence is no Senate letter', () => {
    assert.deepEqual(cited('Zie Kamerstuk 32 317, De minister antwoordt.'), [['Kamerstuk 32 317', null]]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, Geen van beide.'), [['Kamerstuk 32 317', null]]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, U ontvangt de brief.'), [['Kamerstuk 32 317', null]]);
    // Before "en" or a comma only a letter of the Senate's shape, not an acronym.
    assert.deepEqual(cited('Zie Kamerstuk 32 317, EU en NAVO.'), [['Kamerstuk 32 317', null]]);
    // A House number still needs its end: "3 en 4 mensen" may be a count.
    assert.deepEqual(cited('Zie Kamerstuk 32 317, 3 en 4 mensen.'), [['Kamerstuk 32 317', null]]);
  });
});

describe('session 23b: the Senate\'s roman-numbered dossiers in the corpus panel', () => {
  /** A Senate stuk printed in a roman-numbered dossier, with its header and its footer. */
  const romanStuk = (dossier: string, letter: string, title: string, body: string) => [
    'Eerste Kamer der Staten-Generaal 1', 'Vergaderjaar 2012–2013 ', '', `${dossier} ${title} `, '',
    `${letter} BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER `, '', 'Den Haag, 3 maart 2013 ', '', body, '',
    `Eerste Kamer, vergaderjaar 2012–2013, ${dossier}, ${letter} 1`, '',
  ].join('\n');
  const HOUSE = 'Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2016–2017 \n\n32 317 JBZ-Raad \n\nNr. 447 BRIEF VAN DE MINISTER \n\nDen Haag, 11 november 2016 \n\nZie Kamerstuk 29 754, nr. 5 en Kamerstuk CXXIV, G. \n';

  it('a key of one is a stuk with its dossier in capitals, as its id and citation write it', () => {
    const stuk = stukOf('kst-cxlvii-a')!;
    assert.ok(stuk, 'kst-cxlvii-a is a Kamerstuk');
    assert.deepEqual([stuk.dossier, stuk.suffix, stuk.number], ['CXLVII', null, 'A']);
  });

  it('lists the letters of a roman dossier under it, after the House\'s dossiers, the numerals in their order', () => {
    const corpus = new Corpus();
    corpus.update('file:///ws/corpus/a.txt', romanStuk('CXLVII', 'A', 'Jaarverslag en slotwet 2012', 'Hierbij zend ik u het jaarverslag. '));
    corpus.update('file:///ws/corpus/b.txt', HOUSE);
    stukTable(corpus);      // built before the next letter comes in: that one is filed into the kept table
    corpus.update('file:///ws/corpus/c.txt', romanStuk('CXXIV', 'H', 'Raming 2013', 'Hierbij zend ik u de raming. '));
    const top = corpusTreeChildren(corpus, null);
    assert.deepEqual(top.filter(n => n.id.startsWith('dossier:')).map(n => n.label), ['32 317', 'CXXIV', 'CXLVII']);
    const cxlvii = top.find(n => n.label === 'CXLVII')!;
    assert.equal(cxlvii.description, 'Jaarverslag en slotwet 2012 · 1 letter');
    assert.deepEqual(corpusTreeChildren(corpus, cxlvii.id).map(n => n.label), ['A']);
  });

  it('lists a cited stuk of one with its citation and its page on officielebekendmakingen', () => {
    const corpus = new Corpus();
    corpus.update('file:///ws/corpus/b.txt', HOUSE);
    const missing = corpusTreeChildren(corpus, 'missing');
    const g = missing.find(n => n.id === 'cited:kst-cxxiv-g');
    assert.ok(g, missing.map(n => n.id).join(', '));
    assert.equal(g!.label, 'Kamerstuk CXXIV, G');
    assert.equal(g!.url, 'https://zoek.officielebekendmakingen.nl/kst-CXXIV-G.html');
  });
});

describe('session 23b: completion of the Senate\'s roman-numbered dossiers', () => {
  const corpus = new Corpus();
  corpus.update('file:///ws/corpus/b.txt', 'Den Haag, 11 november 2016 \n\nZie Kamerstuk 29 754, nr. 5, Kamerstuk CXLVII, A en Kamerstuk CXXIV, G. \n');
  const complete = (typed: string) => completionsAt(corpus, typed, typed.length)!.items.sort((a, b) => (a.sortText < b.sortText ? -1 : 1)).map(i => [i.label, i.insertText]);

  it('offers one after a label without "nr.", its letters following, the numerals in their order after the numbers', () => {
    assert.deepEqual(complete('Zie Kamerstuk '), [['29 754', '29 754, nr. '], ['CXXIV', 'CXXIV, '], ['CXLVII', 'CXLVII, ']]);
    assert.deepEqual(complete('Zie Kamerstuk CX'), [['CXXIV', 'CXXIV, '], ['CXLVII', 'CXLVII, ']]);
  });

  it('offers its letters after its comma, also in the place of a "nr." typed', () => {
    assert.deepEqual(complete('Zie Kamerstuk CXXIV, '), [['G', 'G']]);
    assert.deepEqual(complete('Zie Kamerstuk CXLVII, nr. '), [['A', 'A']]);
  });
});

describe('session 23b: the opening words start at the running text under a header without a date line', () => {
  const opening = (text: string) => {
    const corpus = new Corpus();
    corpus.update('file:///ws/corpus/brief.txt', text);
    return corpus.record('file:///ws/corpus/brief.txt')!.opening;
  };
  const HEADER = 'Tweede Kamer der Staten-Generaal \nVergaderjaar 2021–2022 \n\n35 925 XVI Vaststelling van de begrotingsstaten van het Ministerie van \nVolksgezondheid, Welzijn en Sport (XVI) voor het jaar 2022 \n\n';

  it('skips "Vergaderjaar …" and the addressee "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"', () => {
    const brief = `${HEADER}Nr. 251 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT \nAan de Voorzitter van de Tweede Kamer der Staten-Generaal \n\nOp 3 maart 2022 is het plan vastgesteld. \n`;
    assert.match(opening(brief), /^Op 3 maart 2022 is het plan vastgesteld/);
  });

  it('and the addressee of a Senate letter or a committee on its own line', () => {
    const senate = `${HEADER.replace('Tweede', 'Eerste')}A BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT \nAan de Voorzitter van de Eerste Kamer der Staten-Generaal \n\nIn deze brief ga ik in op de vragen. \n`;
    assert.match(opening(senate), /^In deze brief ga ik in op de vragen/);
    const committee = `${HEADER}Nr. 252 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT \nAan de Voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport \n\nIn deze brief ga ik in op de vragen. \n`;
    assert.match(opening(committee), /^In deze brief ga ik in op de vragen/);
  });

  it('negative: a sentence that opens with the same words stays whole', () => {
    const brief = `${HEADER}Nr. 253 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT \n\nAan de Voorzitter van de Tweede Kamer heb ik op 3 maart 2022 een brief gestuurd over het plan. \n`;
    assert.match(opening(brief), /^Aan de Voorzitter van de Tweede Kamer heb ik op 3 maart 2022/);
  });
});
