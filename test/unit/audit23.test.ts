// Session 23's precision audit of the rules the session loosened or added (letterhead dates, bare Senate letters,
// loose footnote markers, headings): readings they must not make in running text. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { footnoteMarkers as markers } from './recognised';

const TOP = 'Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\n';

describe('audit 23: a "Datum" field below the salutation is no letterhead', () => {
  const dateOf = (text: string) => analyseLetter(text).identity.date;

  it('a table of meetings, a list of dates with their subject and a field name in a sentence give no letter date', () => {
    assert.equal(dateOf(TOP + 'Geachte Voorzitter,\n\nDe planning:\n\n|Datum |Onderwerp |\n|12 mei 2020 |Commissiedebat visserij |\n\nHoogachtend,\n'), null);
    assert.equal(dateOf(TOP + 'Geachte Voorzitter,\n\nDe overleggen:\nDatum 12 mei 2020 Onderwerp visserij\nDatum 3 juni 2020 Onderwerp landbouw\n'), null);
    assert.equal(dateOf(TOP + 'Geachte Voorzitter,\n\nDe overleggen:\nDatum 12 mei 2020 overleg met de sector over de Bijlage bij de wet.\n'), null);
    assert.equal(dateOf(TOP + 'Zeer geachte Voorzitter,\n\nDe sessie:\n\n|Datum |12 mei 2020 |\n|Tijd |14.00 uur |\n'), null);
  });

  it('the letterhead above the salutation still gives it', () => {
    assert.equal(dateOf(TOP + 'Datum 20 juni 2014 Betreft Nazorg\n\nGeachte Voorzitter,\n\nDatum 12 mei 2020 Onderwerp visserij\n'), '2014-06-20');
    assert.equal(dateOf(TOP + '|Datum |14 november 2005 |Kenmerk |\n\nGeachte Voorzitter,\n\nTekst.\n'), '2005-11-14');
    assert.equal(dateOf(TOP + 'Datum 20 juni 2014 Betreft Nazorg\n'), '2014-06-20');
  });
});

describe('audit 23: a question heading may end in a pronoun or "er"', () => {
  const headingsOf = (heading: string) => analyseLetter(`Geachte Voorzitter,\n\nHierbij de stand van zaken.\n\n${heading}\n\nDe regering zet de regeling voort.\n\nHoogachtend,\n`)
    .headings.map(h => h.text);

  it('"Wat verandert er", "Wat gebeurt er", "Waar staan we", "Wat betekent dit voor u" are headings', () => {
    for (const heading of ['Wat verandert er', 'Wat gebeurt er', 'Waar staan we', 'Wat betekent dit voor u']) assert.deepEqual(headingsOf(heading), [heading]);
  });

  it('negatives: a sentence cut after a pronoun or an article, also when it opens with a question word', () => {
    assert.deepEqual(headingsOf('Daarom informeer ik u'), []);
    assert.deepEqual(headingsOf('Wat betekent dit voor de'), []);
    assert.deepEqual(headingsOf('Hoe de regering dit de komende jaren wil aanpakken zullen wij'), []);
  });
});

describe('audit 23: an organisation\'s acronym after a dossier is no Senate letter where only a word follows', () => {
  const kinds = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.kind, e.text]);

  it('"Kamerstuk 31 490, BZ heeft …", "…, AZ en BZ hebben …" and "…, AP, de …" read the dossier only', () => {
    assert.deepEqual(kinds('Zie Kamerstuk 31 490, BZ heeft daarop gereageerd.'), [['kamerstuk', 'Kamerstuk 31 490']]);
    assert.deepEqual(kinds('Zie Kamerstuk 31 490, AZ en BZ hebben gereageerd.'), [['kamerstuk', 'Kamerstuk 31 490']]);
    assert.deepEqual(kinds('Na Kamerstuk 31 490, AP, de toezichthouder, volgde een reactie.'), [['kamerstuk', 'Kamerstuk 31 490']]);
  });

  it('the letter in the Senate\'s shape as before: another letter before a word, an acronym before a closing mark', () => {
    assert.deepEqual(kinds('Zie Kamerstuk 31 490, AB heeft het antwoord.'), [['kamerstuk', 'Kamerstuk 31 490, AB']]);
    assert.deepEqual(kinds('Zie (Kamerstuk 31 490, BZ).'), [['kamerstuk', 'Kamerstuk 31 490, BZ']]);
  });
});

describe('audit 23: the loose footnote markers want the shape they were made for', () => {
  const notes = ['1 Kamerstuk 35 261, nr. 1. ', '2 Stb. 2009, 612. '];
  const page = (body: string[]) => [
    'Tweede Kamer der Staten-Generaal 2', 'Vergaderjaar 2021–2022 ', '', '35 261 Wijziging van de Kieswet ', '',
    'Nr. 5 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN ', '', 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ', '',
    'Den Haag, 3 maart 2022 ', '', ...body, '', ...notes, 'Tweede Kamer, vergaderjaar 2021–2022, 35 261, nr. 5 1', '',
  ].join('\n');

  it('a digit after a year\'s full stop opens no sentence: "in 2020.2 miljoen euro" holds no marker', () => {
    assert.deepEqual(markers(page(['Het rapport1 is bekend. De kosten stegen in 2020.2 miljoen euro ging naar de ', 'gemeenten. '])), [[1, 'rapport1'], [2, null]]);
    assert.deepEqual(markers(page(['Het rapport1 is bekend. De kosten stegen in 2020.2 De gemeenten ', 'betalen mee. '])), [[1, 'rapport1'], [2, '2020.2']]);
  });

  it('a capital and a digit opening a heading of one word are no header letter ("G2 OVERLEG")', () => {
    assert.deepEqual(markers(page(['Het rapport1 is bekend. ', '', 'G2 OVERLEG', '', 'Het overleg volgt. '])), [[1, 'rapport1'], [2, null]]);
  });
});
