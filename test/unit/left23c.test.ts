// Session 23, the third helper's leftovers in the citation and identity rules: the Aanhangsel cited without its
// session, a bare Senate letter before a word that goes on the sentence, a stuk of the Verenigde Vergadering, the
// opening words after a letterhead's fields and the date line in the first indexing pass, and a malformed
// reference's marked text in a letter with lone CR line ends. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { makeRecord } from '../../server/src/core/workspace/corpus';

describe('session 23c: an Aanhangsel citation without its session', () => {
  const cited = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'aanhangsel').map(e => [e.text, e.value.number, e.value.session, e.value.id]);

  it('"(Aanhangsel bij de Handelingen, nr. 2697)" is an aanhangsel, session and id null', () => {
    assert.deepEqual(cited('De brief over de visserij (Aanhangsel bij de Handelingen, nr. 2697) volgt later.'), [['Aanhangsel bij de Handelingen, nr. 2697', '2697', null, null]]);
    assert.deepEqual(cited('Zie Aanhangsel Handelingen, nrs. 812 en 813.'), [['Aanhangsel Handelingen, nrs. 812', '812', null, null], ['813', '813', null, null]]);
  });

  it('with the session written, as before; negatives: no "nr.", or the word alone', () => {
    assert.deepEqual(cited('Zie Aanhangsel Handelingen II 2007/08, nr. 2697.'), [['Aanhangsel Handelingen II 2007/08, nr. 2697', '2697', '2007-2008', 'ah-tk-20072008-2697']]);
    assert.deepEqual(cited('Het Aanhangsel bij de Handelingen 2697 keer geraadpleegd.'), []);
    assert.deepEqual(cited('In het Aanhangsel van de Handelingen staan de antwoorden.'), []);
  });
});

describe('session 23c: a bare Senate letter before a word that goes on the sentence', () => {
  const cited = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, e.value.id]);

  it('before a word in lower case, also over a line end', () => {
    assert.deepEqual(cited('In Kamerstuk 33 826, AB van 3 mei 2016 staat het antwoord.'), [['Kamerstuk 33 826, AB', 'kst-33826-AB']]);
    assert.deepEqual(cited('Zoals de regering schreef in Kamerstuk 33 826, AB\nover de uitvoering.'), [['Kamerstuk 33 826, AB', 'kst-33826-AB']]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, G waarin de regering antwoordt.'), [['Kamerstuk 32 317, G', 'kst-32317-G']]);
  });

  it('in a list one a line, in a table cell and before a dash', () => {
    assert.deepEqual(cited('Kamerstuk 33 826, AB\nKamerstuk 33 826, AC\n'), [['Kamerstuk 33 826, AB', 'kst-33826-AB'], ['Kamerstuk 33 826, AC', 'kst-33826-AC']]);
    assert.deepEqual(cited('|Kamerstuk 33 826, AB |3 mei 2016 |'), [['Kamerstuk 33 826, AB', 'kst-33826-AB']]);
    assert.deepEqual(cited('Zie Kamerstuk 33 826, AB – de memorie van antwoord.'), [['Kamerstuk 33 826, AB', 'kst-33826-AB']]);
  });

  it('the endings read before still read; negatives: the pronoun U, an acronym, a capital word, a House number', () => {
    for (const end of [')', '.', ', waarin', ' en de brief', '\n\nDe volgende alinea.']) {
      assert.deepEqual(cited(`(Zie Kamerstuk 33 826, AB${end}`), [['Kamerstuk 33 826, AB', 'kst-33826-AB']], end);
    }
    assert.deepEqual(cited('Zie Kamerstuk 32 317, U ontvangt de brief later.'), [['Kamerstuk 32 317', null]]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, EU wil het anders.'), [['Kamerstuk 32 317', null]]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, De minister antwoordt.'), [['Kamerstuk 32 317', null]]);
    assert.deepEqual(cited('Zie Kamerstuk 32 317, 3 van de leden.'), [['Kamerstuk 32 317', null]]);
  });
});

describe('session 23c: a stuk of the Verenigde Vergadering', () => {
  const BODY = 'De leden van beide Kamers komen bijeen in verenigde vergadering om de voordracht te bespreken.\n'.repeat(3);

  it('its running footer is its identity, chamber VV', () => {
    const text = `${BODY}\nVerenigde Vergadering, vergaderjaar 2016–2017, 34 700, nr. 2 2\n\n${BODY}\nVerenigde Vergadering, vergaderjaar 2016–2017, 34 700, nr. 2 3\n`;
    const a = analyseLetter(text);
    assert.deepEqual([a.identity.dossier, a.identity.number, a.identity.chamber, a.identity.session], ['34700', '2', 'VV', '2016-2017']);
    const own = a.entities.filter(e => e.kind === 'kamerstuk');
    assert.deepEqual(own.map(e => [e.text, e.value.self, e.value.id]), [['34 700, nr. 2', true, 'kst-34700-2'], ['34 700, nr. 2', true, 'kst-34700-2']]);
    assert.deepEqual(a.furniture.filter(f => f.kind === 'footer').length, 2);
  });

  it('negative: the words in running text are no footer', () => {
    const text = `${BODY}In de Verenigde Vergadering, vergaderjaar 2016–2017, is 34 700, nr. 2 besproken.\n`;
    assert.equal(analyseLetter(text).identity.chamber, null);
  });
});

describe('session 23c: the opening words', () => {
  const opening = (text: string, scope: 'all' | 'references' = 'all') => makeRecord('file:///ws/brief.txt', text, t => analyseLetter(t, { scope }), true).opening;
  const LETTERHEAD = 'Ministerie van Economische Zaken \n\n> Retouradres Postbus 20401 2500 EK Den Haag \n\nDe Voorzitter van de Tweede Kamer der Staten-Generaal \nBinnenhof 4 \n2513 AA Den Haag \n\n';

  it('start after the salutation where the letterhead runs together', () => {
    const flat = `${LETTERHEAD}Datum 12 mei 2014 Betreft Voortgang van de herinrichting Geachte Voorzitter, Met deze brief informeer ik u over de herinrichting.\n`;
    assert.match(opening(flat), /^Met deze brief informeer ik u/);
    const zeer = `${LETTERHEAD}Datum 12 mei 2014 \nAuteur DVB/VD \nKenmerk DVB/VD-12/14 \n\nZeer geachte Voorzitter, \n\nHierbij bied ik u de notitie aan.\n`;
    assert.match(opening(zeer), /^Hierbij bied ik u de notitie aan/);
  });

  it('after the last line of letterhead fields where no salutation stands', () => {
    const fields = `${LETTERHEAD}Datum 30 mei 2007 \nKenmerk 12345 \nOnderwerp Verzoek van de commissie \n\nBij de procedurevergadering van 29 mei heeft de commissie gevraagd om een brief.\n`;
    assert.match(opening(fields), /^Bij de procedurevergadering van 29 mei/);
  });

  it('a letter of nothing but its letterhead and salutation (being written) opens with them', () => {
    assert.equal(opening('Kenmerk 12345 \n\nGeachte Voorzitter, \n'), 'Kenmerk 12345 Geachte Voorzitter,');
  });

  it('negative: a sentence of the running text that opens with a field\'s word is no field', () => {
    const text = `Den Haag, 3 maart 2015 \n\nDe regering informeert u over de stand van zaken van het onderzoek.\nInlichtingen en veiligheid komen in de volgende brief aan bod.\n`;
    assert.match(opening(text), /^De regering informeert u/);
  });

  it('are the same in the first indexing pass (no dates read) as after the second: the date line skipped by its shape', () => {
    const letter = `Tweede Kamer der Staten-Generaal 2 \nVergaderjaar 2014–2015 \n\n29 754 Terrorismebestrijding \n\nNr. 300 BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE \n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal \n\nDen Haag, 14 januari 2015 \n\nMet deze brief informeer ik uw Kamer over de maatregelen.\n`;
    assert.match(opening(letter, 'references'), /^Met deze brief informeer ik uw Kamer/);
    assert.equal(opening(letter, 'references'), opening(letter));
    const verslag = `Tweede Kamer der Staten-Generaal 2 \nVergaderjaar 2014–2015 \n\n29 754 Terrorismebestrijding \n\nNr. 301 VERSLAG VAN EEN ALGEMEEN OVERLEG \nVastgesteld 3 februari 2015 \n\nDe vaste commissie voor Veiligheid en Justitie heeft overleg gevoerd.\n`;
    assert.match(opening(verslag, 'references'), /^De vaste commissie voor Veiligheid en Justitie/);
    assert.equal(opening(verslag, 'references'), opening(verslag));
  });
});

describe('session 23c: a malformed reference in a letter with lone CR line ends', () => {
  it('carries the file\'s text (its CR) as the marked text for its fix, as the entities do', () => {
    const text = 'Zie de brief (Kamerstuk 2975\r4, nr. 3) over de aanpak.\r';
    const malformed = analyseLetter(text).problems.filter(p => p.code === 'reference.malformed');
    assert.equal(malformed.length, 1);
    const p = malformed[0];
    assert.deepEqual(p.data, { text: text.slice(p.start, p.end) });
    assert.ok((p.data as { text: string }).text.includes('\r'));
  });

  it('an LF letter\'s marked text is unchanged', () => {
    const text = 'Zie de brief (Kamerstuk 2975\n4, nr. 3) over de aanpak.\n';
    const p = analyseLetter(text).problems.filter(p => p.code === 'reference.malformed')[0];
    assert.deepEqual(p.data, { text: text.slice(p.start, p.end) });
  });
});
