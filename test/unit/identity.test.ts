import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyseLetter } from '../../server/src/core/analyse';
import { plainDutchDate, readIdentity } from '../../server/src/core/identity';
import { parseDutchDate } from '../../server/src/core/recognise/dates';
import { analyseLayout } from '../../server/src/core/text/layout';
import { letterIds } from '../../server/src/core/workspace/keys';

const dir = join(__dirname, '..', '..', '..', 'corpus');
const letter = (prefix: string) => readFileSync(join(dir, readdirSync(dir).find(f => f.startsWith(prefix))!), 'utf8');

describe('letter identity', () => {
  it('003: header, session, date line, title, type and signatory', () => {
    const id = analyseLetter(letter('003')).identity;
    assert.deepEqual([id.dossier, id.number, id.chamber, id.session, id.date, id.title], ['29754', '421', 'II', '2016-2017', '2017-06-19', 'Terrorismebestrijding']);
    assert.equal(id.type, 'Brief van de Minister van Veiligheid en Justitie');
    assert.ok(id.signatories.length >= 1);
  });
  it('004: footer identity and the signatory "De Minister van Veiligheid en Justitie, I.W. Opstelten"', () => {
    const id = analyseLetter(letter('004')).identity;
    assert.deepEqual([id.dossier, id.number, id.session, id.date], ['29754', '251', '2013-2014', null]);
    assert.deepEqual(id.signatories.map(s => [s.role, s.name]), [['De Minister van Veiligheid en Justitie', 'I.W. Opstelten']]);
  });
  it('a stuk that is no letter dates itself: "Vastgesteld" (verslag), "Ontvangen" (nota, memorie), "Voorgesteld" (motie)', () => {
    const dated = (line: string) => analyseLetter(`12 345 Proefdossier\n\nNr. 8 VERSLAG\n\n${line}\n\nDe commissie heeft vragen gesteld.\n`).identity.date;
    assert.equal(dated('Vastgesteld 11 maart 2020'), '2020-03-11');
    assert.equal(dated('Ontvangen 1 december 2020'), '2020-12-01');
    assert.equal(dated('Voorgesteld 31 mei 2016'), '2016-05-31');
    // The words inside a sentence date nothing.
    assert.equal(dated('De vragen zijn vastgesteld 11 maart 2020 en beantwoord.'), null);
  });
  it('a verslag that prints a letter inside it keeps its own date, not the letter’s "Den Haag" line', () => {
    const text = '12 345 Proefdossier\n\nAB VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 14 mei 2019\n\nDe commissie brengt verslag uit.\n\nBRIEF VAN DE VOORZITTER\n\nDen Haag, 10 april 2019\n\nDe commissie heeft vragen.\n';
    assert.equal(analyseLetter(text).identity.date, '2019-05-14');
  });
  it('000: only a date line', () => {
    const id = analyseLetter(letter('000')).identity;
    assert.deepEqual([id.dossier, id.number, id.date], [null, null, '2015-01-14']);
  });
  it('a file name like kst-29754-327.txt supplies what the text lacks', () => {
    const id = analyseLetter('Geachte voorzitter,\n', { path: '/x/kst-21501-02-1458.txt' }).identity;
    assert.deepEqual([id.dossier, id.suffix, id.number, id.sources.number], ['21501', '02', '1458', 'file-name']);
  });
  it('a letter printed in two dossiers: the first is its identity and title, the second joins it with its own title', () => {
    const header = 'Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2023–2024\n\n29 279 Rechtsstaat en Rechtsorde \n\n24 587 Justitiële \nInrichtingen \n\nNr. 870 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n\nDen Haag, 1 juli 2024\n\nHierbij informeer ik uw Kamer.\n';
    const a = analyseLetter(header);
    assert.deepEqual([a.identity.dossier, a.identity.number, a.identity.title], ['29279', '870', 'Rechtsstaat en Rechtsorde']);
    assert.deepEqual(a.identity.jointDossiers, [{ dossier: '24587', suffix: null, title: 'Justitiële Inrichtingen' }]);
    assert.deepEqual(letterIds(a.identity, a.entities, null), ['kst-29279-870', 'kst-24587-870']);
    // One header span, as for one dossier.
    const self = a.entities.filter(e => e.kind === 'kamerstuk' && e.value.self);
    assert.deepEqual(self.map(e => [e.text.slice(0, 6), e.text.slice(-7)]), [['29 279', 'Nr. 870']]);
  });
  it('one dossier: no joint dossiers, the title over two lines stays one title', () => {
    const a = analyseLetter('32 813 Kabinetsaanpak \nKlimaatbeleid \n\nNr. 1200 BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI\n\nDen Haag, 2 februari 2024\n');
    assert.equal(a.identity.title, 'Kabinetsaanpak Klimaatbeleid');
    assert.equal(a.identity.jointDossiers, undefined);
  });
  it('an Eerste Kamer stuk (a letter for its number) is assumed to be of the Eerste Kamer', () => {
    const id = analyseLetter('32 043 Toekomst pensioenstelsel \n\nAB VERSLAG VAN EEN MONDELING OVERLEG\n\nVastgesteld 9 april 2020\n').identity;
    assert.deepEqual([id.dossier, id.number, id.chamber, id.sources.chamber], ['32043', 'AB', 'I', 'assumed']);
    const tk = analyseLetter('32 043 Toekomst pensioenstelsel \n\nNr. 410 BRIEF VAN DE MINISTER\n').identity;
    assert.equal(tk.chamber, 'II');
  });
  it('an old-style header: the dossier alone, the title below it, a lower-case "nr." and the type on the next line', () => {
    const a = analyseLetter('28 165\nDeelnemingenbeleid rijksoverheid\n\nnr. 96\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 3 maart 2009\n\nDe vaste commissie voor Financiën heeft overleg gevoerd.\n');
    assert.deepEqual([a.identity.dossier, a.identity.suffix, a.identity.number, a.identity.title], ['28165', null, '96', 'Deelnemingenbeleid rijksoverheid']);
    assert.equal(a.identity.type, 'Verslag van een algemeen overleg');
    const self = a.entities.filter(e => e.kind === 'kamerstuk' && e.value.self);
    assert.deepEqual(self.map(e => [e.text, 'id' in e.value ? e.value.id : null]), [['28 165\nDeelnemingenbeleid rijksoverheid\n\nnr. 96', 'kst-28165-96']]);
  });
  it('an old-style header with a budget suffix alone on the dossier line, and an Eerste Kamer letter above "nr."', () => {
    const a = analyseLetter('31 200 VIII\nVaststelling van de begrotingsstaten van het Ministerie van Onderwijs voor het jaar 2008\n\nnr. 112\nLIJST VAN VRAGEN EN ANTWOORDEN\n');
    assert.deepEqual([a.identity.dossier, a.identity.suffix, a.identity.number], ['31200', 'VIII', '112']);
    assert.equal(a.identity.title, 'Vaststelling van de begrotingsstaten van het Ministerie van Onderwijs voor het jaar 2008');
    const both = analyseLetter('30 100\nParlementaire samenwerking \n\nB\nnr. 4\nBRIEF VAN DE COMMISSIE\n').identity;
    assert.deepEqual([both.dossier, both.number, both.title], ['30100', '4', 'Parlementaire samenwerking']);
  });
  it('an unspaced dossier over a lower-case number line, and a run-together web header confirmed by its number line', () => {
    const old = analyseLetter('26800 Wijziging van de begroting van het Ministerie van Justitie (VI) voor het jaar 1999\n\nnr. 7 Verslag houdende een lijst van vragen en antwoorden\n').identity;
    assert.deepEqual([old.dossier, old.number], ['26800', '7']);
    const web = analyseLetter('31200 XIII 14 Verslag houdende een lijst van vragen en antwoorden\n\nNr. 14 Vastgesteld 1 november 2007\n').identity;
    assert.deepEqual([web.dossier, web.suffix, web.number, web.title], ['31200', 'XIII', '14', 'Verslag houdende een lijst van vragen en antwoorden']);
    // Without the number line's word for it, a capital and a number after the dossier stay the title.
    const other = analyseLetter('31200 A 7 Brief over iets\n\nNr. 9 BRIEF VAN DE MINISTER\n').identity;
    assert.deepEqual([other.suffix, other.number], [null, '9']);
  });
  it('an Eerste Kamer letter with a glued footnote marker ("H1 BRIEF"), printed in two dossiers', () => {
    const a = analyseLetter('36 100 Wijziging van de Wet publieke gezondheid\n\n32 500 Integraal wetgevingsbeleid\n\nG1 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n');
    assert.deepEqual([a.identity.dossier, a.identity.number, a.identity.chamber], ['36100', 'G', 'I']);
    assert.deepEqual(a.identity.jointDossiers, [{ dossier: '32500', suffix: null, title: 'Integraal wetgevingsbeleid' }]);
    // The same with the bill title wrapped over six lines, as PDF text prints it.
    const wrapped = analyseLetter('36 100 Wijziging van de Wet publieke gezondheid \nin verband met de \nverlenging van \nde geldingsduur \nvan enkele \nbepalingen\n\n32 500 Integraal wetgevingsbeleid\n\nG1 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n').identity;
    assert.deepEqual([wrapped.dossier, wrapped.number, wrapped.jointDossiers?.[0].dossier], ['36100', 'G', '32500']);
  });
  it('the "Datum" field of a rijksoverheid letterhead dates the letter', () => {
    const id = analyseLetter('Aan de Voorzitter van de Tweede Kamer\nDatum 3 maart 2020\nBetreft Voortgang\n\nGeachte voorzitter,\n').identity;
    assert.deepEqual([id.date, id.sources.date], ['2020-03-03', 'date-line']);
  });
});

// Signatories are looked for only at lines that begin like one; here the plain search of the whole tail.
describe('signatories: the same as one regex over the tail of the letter', () => {
  const SIGNATORY = /^[ \t]*((?:De|de|Het) (?:Minister|Staatssecretaris|Minister-President|minister|staatssecretaris|Nationaal Coördinator)[^\n,]{0,120}),[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}.\- ’']{1,60}?)[ \t]*$/gmu;
  const reference = (original: string) => {
    const from = Math.floor(original.length * 0.5);
    const tail = original.slice(from, Math.min(original.length, from + 200_000));
    return [...tail.matchAll(SIGNATORY)].map(m => ({ m, name: m[2].trim() }))
      .filter(({ name }) => /\p{Lu}\.|\p{Lu}\p{Ll}+/u.test(name) && name.split(/\s+/).length <= 6)
      .map(({ m, name }) => ({ role: m[1].trim(), name, start: from + m.index! + m[0].indexOf(m[1]), end: from + m.index! + m[0].lastIndexOf(name) + name.length }));
  };
  const signatoriesOf = (t: string) => readIdentity(t, analyseLayout(t), null).signatories;
  it('on every seed and challenge letter', () => {
    for (const d of [dir, join(__dirname, '..', '..', '..', 'test', 'data', 'challenge', 'letters')]) {
      for (const name of readdirSync(d).filter(f => f.endsWith('.txt'))) {
        const t = readFileSync(join(d, name), 'utf8');
        assert.deepEqual(signatoriesOf(t), reference(t), name);
      }
    }
  });
  it('on random closings, with \\r, U+2028, indentation and signatures one after the other', () => {
    const piece = fc.constantFrom('De Minister van Justitie,\n', 'de staatssecretaris,\n', 'Het Nationaal Coördinator,\n', 'I.W. Opstelten\n', '  ', ' \t', '\n', '\r\n', '\r', '\u2028', 'De ', 'Het ', 'Minister-President', 'x,\n', 'Jan de Vries', 'tekst. ', ',');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), pieces => {
      const t = pieces.join('');
      assert.deepEqual(signatoriesOf(t), reference(t));
    }), { numRuns: 20000 });
  });
});

describe('the layout\'s line starts (which identity and headings read)', () => {
  /** 0 and the place after each "\n", by a walk over every character. */
  const reference = (t: string): number[] => {
    const starts = [0];
    for (let i = 0; i < t.length; i++) if (t[i] === '\n') starts.push(i + 1);
    return starts;
  };

  it('are where each line begins, on the corpus letters and on line breaks of every kind', () => {
    for (const name of readdirSync(dir).filter(f => f.endsWith('.txt'))) {
      const t = readFileSync(join(dir, name), 'utf8');
      assert.deepEqual([...analyseLayout(t).lineStarts], reference(t), name);
    }
    for (const t of ['', 'a\r\nb\n', '\n\n', 'x\ry']) assert.deepEqual([...analyseLayout(t).lineStarts], reference(t), JSON.stringify(t));
  });
});

describe('the date line read without the date grammar', () => {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  it('answers as parseDutchDate on every day, month and year of its shape (and leaves impossible days to it)', () => {
    for (let year = 1950; year <= 2049; year++) {
      for (const month of months) {
        for (let day = 1; day <= 31; day++) {
          const text = `${day} ${month} ${year}`;
          const plain = plainDutchDate(text);
          if (plain !== null) assert.equal(plain, parseDutchDate(text), text);
          else assert.equal(parseDutchDate(text), null, text);
        }
      }
    }
  });
  it('leaves every other shape to parseDutchDate', () => {
    for (const text of ['01 juni 2017', '19 Juni 2017', '19 jun. 2017', '19 juni 1949', '19 juni 2050', '32 juni 2017', '0 juni 2017', '19 juni 2017 ', 'dinsdag 19 juni 2017']) {
      assert.equal(plainDutchDate(text), null, text);
    }
    assert.equal(plainDutchDate('1\t maart \t2000'), '2000-03-01');
    assert.equal(parseDutchDate('1\t maart \t2000'), '2000-03-01');
  });
});

describe('round 3 (real counter-terrorism letters): an Eerste Kamer footer without "nr."', () => {
  const page = (n: number) => `Eerste Kamer, vergaderjaar 2019–2020, 35 125, C ${n}`;
  const text = [
    'De leden van de fractie hebben met belangstelling kennisgenomen van het voorstel ',
    'en hebben nog enkele vragen over de reikwijdte ervan. ',
    '',
    page(2),
    ' Zij vragen de regering of het voorstel ook ziet op verblijf in een gebied dat ',
    'een terroristische organisatie beheerst. ',
    '',
    page(3),
  ].join('\n');

  it('reads the letter as the stuk\'s number: a self kamerstuk "35 125, C" per page, identity 35125 C', () => {
    const a = analyseLetter(text);
    const self = a.entities.filter(e => e.kind === 'kamerstuk' && (e.value as { self: boolean }).self);
    assert.deepEqual(self.map(e => e.text), ['35 125, C', '35 125, C']);
    assert.equal((self[0].value as { id: string }).id, 'kst-35125-C');
    assert.equal(a.identity.dossier, '35125');
    assert.equal(a.identity.number, 'C');
    assert.equal(a.identity.chamber, 'I');
  });

  it('leaves a footer-like line whose item is neither "nr. N" nor a capital letter alone', () => {
    const a = analyseLetter('Eerste Kamer, vergaderjaar 2019–2020, 35 125, 12 2\n');
    assert.equal(a.entities.filter(e => e.kind === 'kamerstuk').length, 0);
  });
});

describe('round 4 (real national-security letters): headers copied from web pages and PDF titles', () => {
  it('a masthead and session whose lines end in a table cell\'s pipe', () => {
    const text = 'Tweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2020-2021 |\n30 821 Nationale Veiligheid\n'
      + 'Nr. 130 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n';
    const id = analyseLetter(text).identity;
    assert.deepEqual([id.dossier, id.number, id.chamber, id.session, id.title], ['30821', '130', 'II', '2020-2021', 'Nationale Veiligheid']);
  });

  it('the printed header below a web page\'s preamble of metadata lines', () => {
    const preamble = ['Verslag van een commissiedebat over cybersecurity', '', 'Nummer: 2021D40000, datum: 2021-11-02, versie: 2', '',
      'Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site.', '', 'Onderdeel van kamerstukdossier 26643.', '',
      'Onderdeel van zaak 2021Z10000:', '', 'Onderdeel van activiteiten:', '', 'Preview document', '', '', ''].join('\n');
    const text = `${preamble}\nTweede Kamer der Staten-Generaal 2\nVergaderjaar 2021-2022\n\n26 643 Informatie- en communicatietechnologie (ICT)\n\n`
      + 'Nr. 790 VERSLAG VAN EEN COMMISSIEDEBAT\n\nVastgesteld 2 november 2021\n';
    const analysis = analyseLetter(text);
    const self = analysis.entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, (e.value as { self: boolean }).self]);
    assert.deepEqual(self, [['26 643 Informatie- en communicatietechnologie (ICT)\n\nNr. 790', true]]);
    assert.equal(analysis.identity.session, '2021-2022');
    // Without a session line below it a late "Tweede Kamer der Staten-Generaal" line is running text, not a masthead.
    const late = `${preamble}\nAan de Voorzitter van de\nTweede Kamer der Staten-Generaal\nPostbus 20018\n`;
    assert.equal(analyseLayout(late).furniture.some(f => f.kind === 'masthead'), false);
  });

  it('a header title broken by a PDF line-end hyphen reads as the whole word; a suspended compound keeps its hyphen', () => {
    const text = 'Eerste Kamer der Staten-Generaal 2\nVergaderjaar 2016–2017 \n\n'
      + '34 588 Regels met betrekking tot de inlichtingen- en veiligheids- \ndiensten alsmede wijziging van enkele wetten (Wet op de inlichtingen- \nen veiligheidsdiensten 20..) \n'
      + 'E MEMORIE VAN ANTWOORD \nOntvangen 30 juni 2017 \n';
    assert.equal(analyseLetter(text).identity.title,
      'Regels met betrekking tot de inlichtingen- en veiligheidsdiensten alsmede wijziging van enkele wetten (Wet op de inlichtingen- en veiligheidsdiensten 20..)');
  });
});

describe('round 4: the metadata table row of an officielebekendmakingen page', () => {
  it('names the page\'s own stuk: a self-citation from the dossier to the number, with chamber and session', () => {
    const text = 'Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n'
      + 'Tweede Kamer der Staten-Generaal | 2015-2016 | 30821 nr. 25 |\nVastgesteld 3 maart 2016\n'
      + 'De vaste commissie heeft overleg gevoerd over de brief (Kamerstuk 30 821, nr. 24).\n';
    const analysis = analyseLetter(text);
    const cites = analysis.entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, (e.value as { id: string }).id, (e.value as { self: boolean }).self]);
    assert.deepEqual(cites, [['30821 nr. 25', 'kst-30821-25', true], ['Kamerstuk 30 821, nr. 24', 'kst-30821-24', false]]);
    assert.deepEqual([analysis.identity.dossier, analysis.identity.number, analysis.identity.session], ['30821', '25', '2015-2016']);
  });
});

describe('round 5: the page\'s own stuk on web copies and old Eerste Kamer headers', () => {
  const kamerstukken = (text: string) => analyseLetter(text).entities.filter(e => e.kind === 'kamerstuk')
    .map(e => [e.text, (e.value as { id: string }).id, (e.value as { self: boolean }).self]);

  it('an openkamer page opens with its own stuk as title: a self-citation, not a citation of another stuk', () => {
    const text = 'Kamerstuk 30821-212\n\nVerslag van een commissiedebat\n\nNationale veiligheid\n\n\nNr. 212 VERSLAG VAN EEN COMMISSIEDEBAT\n\n'
      + 'Vastgesteld 8 maart 2024\n\nDe commissie sprak over de brief over de dreiging (Kamerstuk 30 821, nr. 205).\n';
    assert.deepEqual(kamerstukken(text), [['Kamerstuk 30821-212', 'kst-30821-212', true], ['Kamerstuk 30 821, nr. 205', 'kst-30821-205', false]]);
    assert.deepEqual([analyseLetter(text).identity.dossier, analyseLetter(text).identity.number], ['30821', '212']);
    // With a budget suffix between dossier and number.
    assert.deepEqual(kamerstukken('Kamerstuk 36410-VI-45\n\nVerslag van een wetgevingsoverleg\n'), [['Kamerstuk 36410-VI-45', 'kst-36410-VI-45', true]]);
    // Further down the page the same words are an ordinary citation.
    assert.deepEqual(kamerstukken('Zie het verslag.\n\nKamerstuk 30821-212\n'), [['Kamerstuk 30821-212', 'kst-30821-212', false]]);
  });

  it('a metadata row in markdown (leading pipe) or glued without cell borders names the page\'s own stuk', () => {
    const piped = '| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n|---|---|---|---|\n'
      + '| Tweede Kamer der Staten-Generaal | 2000-2001 | 27400 nr. 3 |\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n';
    assert.deepEqual(kamerstukken(piped), [['27400 nr. 3', 'kst-27400-3', true]]);
    assert.equal(analyseLetter(piped).identity.session, '2000-2001');
    const glued = 'Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\n'
      + 'Tweede Kamer der Staten-Generaal2015-201629521 nr. 318\n\n29 521 Nederlandse deelname aan vredesmissies\n\nNr. 318 BRIEF VAN DE MINISTER VAN DEFENSIE\n';
    const cites = analyseLetter(glued).entities.filter(e => e.kind === 'kamerstuk').map(e => [e.text, (e.value as { session: string }).session]);
    assert.deepEqual(cites[0], ['29521 nr. 318', '2015-2016']);
    // A Handelingen or Aanhangsel row (no dossier and "nr.") is no kamerstuk.
    assert.deepEqual(kamerstukken('Tweede Kamer der Staten-Generaal2016-20172143\n\nVragen van het lid …\n'), []);
  });

  it('an old Eerste Kamer header prints the stuk\'s letter alone above the type: self-citation and title', () => {
    const text = '31 200\nWijziging van de Wet op de inlichtingen- en veiligheidsdiensten\n\nE\nMEMORIE VAN ANTWOORD\n\nOntvangen 4 mei 2009\n';
    const analysis = analyseLetter(text);
    assert.deepEqual(kamerstukken(text), [['31 200\nWijziging van de Wet op de inlichtingen- en veiligheidsdiensten\n\nE', 'kst-31200-E', true]]);
    assert.equal(analysis.identity.title, 'Wijziging van de Wet op de inlichtingen- en veiligheidsdiensten');
    // A letter above "nr. 3" (a stuk printed for both chambers) stays neither title nor number.
    const both = '31 200\nWijziging van de Wet op de inlichtingen- en veiligheidsdiensten\n\nC\nnr. 3\nMEMORIE VAN TOELICHTING\n';
    assert.deepEqual(kamerstukken(both).map(c => c[1]), ['kst-31200-3']);
  });
});

describe('identity: the session of a Handelingen text from its file name', () => {
  const text = 'De vergadering wordt om 10.15 uur geopend.\n\nOp 14 september jongstleden sprak de minister; in november volgt een brief.\n';
  it('reads chamber and session from an officielebekendmakingen name, and dates the yearless days by them', () => {
    const a = analyseLetter(text, { path: '/brieven/h-tk-20172018-52-9.txt' });
    assert.deepEqual([a.identity.chamber, a.identity.session, a.identity.sources.session], ['II', '2017-2018', 'file-name']);
    assert.deepEqual(a.entities.filter(e => e.kind === 'date').map(e => e.value), [{ iso: '2017-09-14' }, { iso: '2017-11' }]);
    assert.equal(analyseLetter(text, { path: 'ah-ek-20142015-12.txt' }).identity.chamber, 'I');
  });
  it('takes nothing from a name whose years do not follow each other, or from another name', () => {
    assert.equal(analyseLetter(text, { path: 'h-tk-20172019-52-9.txt' }).identity.session, null);
    assert.equal(analyseLetter(text, { path: 'math-tk-20172018-5.txt' }).identity.session, null);
    assert.equal(analyseLetter(text, { path: 'notulen.txt' }).identity.session, null);
  });
});
