// Round 18 of the blind check on real letters: answers to written questions (Aanhangsel) of 2013–2017 and stukken of
// 2009–2013, every family at once. Nothing was wrong blind; the snippets written after it showed how an answer's own
// date was lost when its receipt is broken over a page or hyphenated at a line end. Every snippet is written for the
// test; none is copied from a page.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { orgs, letterOrgs } from './recognised';

const dateOf = (text: string) => analyseLetter(text).identity.date;

/** The running footer of an answer's page: the session, then "Aanhangsel" and the page number. */
const FOOTER = (page: number) => `Tweede Kamer, vergaderjaar 2016–2017, Aanhangsel ${page}`;

describe('round 18: an answer\'s receipt broken over a page', () => {
  it('the receipt with the footer between its day and month dates the answer', () => {
    const text = [
      'Vragen van het lid Voorbeeld (XYZ) aan de Minister van Financiën over de verkoop van ',
      'een staatsdeelneming (ingezonden 2 mei 2017). ',
      '',
      'Antwoord van Minister Modelman (Financiën) (ontvangen 30 ',
      '',
      FOOTER(1),
      '',
      '',
      'mei 2017). ',
      '',
      'Vraag 1 ',
    ].join('\n');
    assert.equal(dateOf(text), '2017-05-30');
  });

  it('and with footnote bodies and the footer between its month and year', () => {
    const text = [
      'Antwoord van Staatssecretaris Proefmans (Justitie en Veiligheid) (ontvangen 6 juni ',
      '',
      '1 Zie ook het antwoord op eerdere vragen. ',
      '2 Raadpleegbaar via www.tweedekamer.nl ',
      FOOTER(1),
      '',
      '',
      '2017). ',
      '',
      'Vraag 1 ',
    ].join('\n');
    assert.equal(dateOf(text), '2017-06-06');
  });

  it('negative: running text between the day and the month is no receipt', () => {
    const text = [
      'Antwoord van Minister Modelman (Financiën) (ontvangen 30 ',
      'exemplaren van het rapport en de bijlagen bij de brief van ',
      'mei 2017). ',
    ].join('\n');
    assert.equal(dateOf(text), null);
  });

  it('negative: the footer alone after "(ontvangen" gives no date of its own', () => {
    const text = ['Antwoord van Minister Modelman (Financiën) (ontvangen ', '', FOOTER(1), '', '', 'later). '].join('\n');
    assert.equal(dateOf(text), null);
  });
});

describe('round 18: an answer\'s receipt hyphenated at a line end', () => {
  it('"(ont-⏎vangen …)" and "(ontvan-⏎gen …)" date the answer', () => {
    assert.equal(dateOf('Antwoord van Minister Modelman (Financiën), mede namens de Minister van Economische Zaken (ont-\nvangen 9 juni 2016). \n'), '2016-06-09');
    assert.equal(dateOf('Antwoord van Minister Modelman (Financiën), mede namens de Minister van Economische Zaken (ontvan- \ngen 9 juni 2016). \n'), '2016-06-09');
  });

  it('the month hyphenated at a line end as well', () => {
    assert.equal(dateOf('Antwoord van Minister Modelman (Financiën) (ontvangen 9 de-\ncember 2016). \n'), '2016-12-09');
  });

  it('negative: a hyphen inside the line is not a line-end hyphen', () => {
    assert.equal(dateOf('Antwoord van Minister Modelman (Financiën) (ont-vangen 9 juni 2016). \n'), null);
  });

  it('negative: the questions\' "(inge-⏎zonden …)" does not date the answer, nor a hyphenated receipt far from "Antwoord van"', () => {
    assert.equal(dateOf('Vragen van het lid Voorbeeld (XYZ) aan de Minister van Financiën (inge-\nzonden 2 mei 2017). \n'), null);
    const far = `Antwoord van de regering\n\n${'Een zin zonder datum. '.repeat(30)}De nota (ont-\nvangen 3 maart 2016) ligt ter inzage.\n`;
    assert.equal(dateOf(far), null);
  });
});

describe('round 18: the notice that an answer will come later is dated by its receipt', () => {
  it('"Mededeling van … (ontvangen …)" opening its line dates the notice', () => {
    const text = [
      'Mededeling van Staatssecretaris Proefmans (Justitie en Veiligheid) (ontvangen 5 april 2016) ',
      '',
      'De vragen van het lid Voorbeeld (XYZ) over de opvang van minderjarigen (ingezonden 14 maart 2016) ',
      'kunnen niet binnen de gebruikelijke termijn worden beantwoord. ',
    ].join('\n');
    assert.equal(dateOf(text), '2016-04-05');
  });

  it('under an answer\'s first-page header, the receipt broken over a line, with its own number', () => {
    const text = [
      'Tweede Kamer der Staten-Generaal 2 ',
      'Vergaderjaar 2015–2016 Aanhangsel van de Handelingen ',
      'Vragen gesteld door de leden der Kamer, met de daarop door de ',
      'regering gegeven antwoorden ',
      '',
      '1873 ',
      '',
      'Mededeling van Minister Modelman (Financiën) (ontvangen 21 ',
      'april 2016) ',
      '',
      'De vragen van het lid Voorbeeld (XYZ) aan de Minister van Financiën over de verkoop van ',
      'een staatsdeelneming (ingezonden 30 maart 2016) kunnen niet binnen de gebruikelijke termijn ',
      'worden beantwoord. ',
    ].join('\n');
    const a = analyseLetter(text);
    assert.equal(a.identity.date, '2016-04-21');
    assert.equal(a.identity.session, '2015-2016');
    assert.deepEqual(a.entities.filter(e => e.kind === 'aanhangsel').map(e => [e.text, (e.value as { self?: boolean }).self]), [['1873', true]]);
  });

  it('negative: a Commission\'s communication named in a sentence does not date the letter', () => {
    assert.equal(dateOf('De regering bespreekt de Mededeling van de Europese Commissie over migratie (ontvangen 3 maart 2014) in de Raad.\n'), null);
    assert.equal(dateOf('Mededelingen van de voorzitter (ontvangen 3 maart 2014)\n'), null);
  });
});

describe('round 18: a known name glued after a number', () => {
  /** An answer's first-page colophon as a PDF's text extraction runs it together, the year glued to the chamber. */
  const COLOPHON = [
    'Het antwoord volgt later. ',
    '',
    'ah-tk-20172018-2044 ',
    'ISSN 0921 - 7398’s-Gravenhage 2018Tweede Kamer, vergaderjaar 2017–2018, Aanhangsel 1Vraag 2 ',
    'Kent u het bericht? ',
  ].join('\n');

  it('the chamber after the colophon\'s year is read, and the session after it; the year and "1Vraag" are not', () => {
    assert.deepEqual(letterOrgs(COLOPHON), [['Tweede Kamer', 'TK']]);
    assert.deepEqual(analyseLetter(COLOPHON).entities.filter(e => e.kind === 'date').map(e => e.text), ['vergaderjaar 2017–2018']);
  });

  it('a name and an acronym glued after a number in a table row are read whole', () => {
    assert.deepEqual(orgs('Jaar en instantie: 2015Nationale Politie 12, 2016AIVD 4.'), [['Nationale Politie', 'POLITIE'], ['AIVD', 'AIVD']]);
  });

  it('negative: numbers with a letter, document ids and words that name nothing stay unread', () => {
    assert.deepEqual(orgs('De 3D-printer, 5G, 2B en 10A; Kamerstuk 36600B; 2014Z20797 en 2022D01234; 1Antwoord 2 en 3Vraag 4.'), []);
  });

  it('negative: a name in lower case glued after a number is not read from the glue', () => {
    assert.deepEqual(orgs('In 2016politie en 2017kabinet.'), []);
  });
});
