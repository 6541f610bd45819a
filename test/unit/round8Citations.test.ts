// Round 8 of the blind checks (citations and identity): an Aanhangsel answer and a Handelingen item named by their own
// header, running footer and web page's metadata row, so that a letter citing them resolves to them. Every snippet
// is written for the test in the forms real copies have; none is copied from a page.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { hoverAt } from '../../server/src/core/features/hover';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { isSelfCitation, letterIds } from '../../server/src/core/workspace/keys';

const citations = (a: LetterAnalysis) => a.entities.filter(e => e.kind === 'kamerstuk' || e.kind === 'handelingen' || e.kind === 'aanhangsel');
const own = (a: LetterAnalysis) => a.entities.filter(isSelfCitation);
const idsOf = (a: LetterAnalysis, path: string | null = null) => letterIds(a.identity, a.entities, path);
const value = (e: AnyEntity) => e.value as unknown as Record<string, unknown>;

/** An answer to Kamervragen laid out as PDF text: its first page's header, a footnote, the colophon and footers. */
const ANSWER_PDF = [
  'Tweede Kamer der Staten-Generaal 2 ',
  'Vergaderjaar 2016–2017 Aanhangsel van de Handelingen ',
  'Vragen gesteld door de leden der Kamer, met de daarop door de ',
  'regering gegeven antwoorden ',
  '',
  '2481 ',
  '',
  'Vragen van het lid Voorbeeld (XYZ) aan de Minister van Financiën over de ',
  'verkoop van een staatsdeelneming (ingezonden 2 mei 2017). ',
  '',
  'Antwoord van Minister Modelman (Financiën) (ontvangen ',
  '30 mei 2017). Zie ook Aanhangsel Handelingen, vergaderjaar 2016–2017, ',
  'nr. 2210. ',
  '',
  'Vraag 1 ',
  'Kent u het bericht over de verkoop?1 ',
  '',
  '1 Eerder gevraagd in Kamerstuk 28 165, nr. 250. ',
  'ah-tk-20162017-2481 ',
  'ISSN 0921 - 7398 ’s-Gravenhage 2017 Tweede Kamer, vergaderjaar 2016–2017, Aanhangsel 1',
  '',
  'Antwoord 1 ',
  'Ja. ',
  '',
  'Tweede Kamer, vergaderjaar 2016–2017, Aanhangsel 2',
  '',
].join('\n');

/** The officielebekendmakingen page of the same answer, its metadata row glued without cell borders. */
const ANSWER_WEB = [
  'Aanhangsel van de Handelingen',
  '',
  'Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst',
  'Tweede Kamer der Staten-Generaal2016-20172481',
  '',
  'Vragen van het lid Voorbeeld (XYZ) aan de Minister van Financiën over de verkoop van een staatsdeelneming (ingezonden 2 mei 2017).',
  '',
  'Antwoord van Minister Modelman (Financiën) (ontvangen 30 mei 2017).',
  '',
].join('\n');

/** The officielebekendmakingen page of a Handelingen item. */
const ITEM_WEB = [
  'Handeling',
  '',
  'Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering',
  'Tweede Kamer der Staten-Generaal2016-2017nr. 61, item 14',
  '',
  '14 Staatsdeelnemingen',
  '',
  'Aan de orde is het debat over de verkoop van staatsdeelnemingen.',
  '',
].join('\n');

describe('round 8: an Aanhangsel answer and a Handelingen item name themselves', () => {
  it('reads an answer\'s number under its PDF header, with chamber and session, as its own aanhangsel', () => {
    const a = analyseLetter(ANSWER_PDF, {});
    const mine = own(a);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].kind, 'aanhangsel');
    assert.equal(mine[0].text, '2481');
    assert.deepEqual({ session: value(mine[0]).session, number: value(mine[0]).number, id: value(mine[0]).id }, { session: '2016-2017', number: '2481', id: 'ah-tk-20162017-2481' });
    assert.ok(idsOf(a).includes('ah-tk-20162017-2481'));
    assert.equal(a.identity.dossier, null);
    assert.equal(a.identity.number, null);
    assert.equal(a.identity.session, '2016-2017');
  });

  it('dates an answer by its receipt, the date broken over a line', () => {
    assert.equal(analyseLetter(ANSWER_PDF, {}).identity.date, '2017-05-30');
    assert.equal(analyseLetter(ANSWER_WEB, {}).identity.date, '2017-05-30');
  });

  it('reads the running footer\'s number as the page\'s, not as an Aanhangsel cited', () => {
    const a = analyseLetter(ANSWER_PDF, {});
    const cited = citations(a).filter(e => !isSelfCitation(e));
    assert.deepEqual(cited.map(e => e.text), ['Aanhangsel Handelingen, vergaderjaar 2016–2017, \nnr. 2210', 'Kamerstuk 28 165, nr. 250']);
    assert.ok(!citations(a).some(e => /^Aanhangsel \d$/.test(e.text)));
  });

  it('does not take an Aanhangsel the answer cites ("Zie ook …") as its own id', () => {
    const ids = idsOf(analyseLetter(ANSWER_PDF, {}));
    assert.ok(!ids.includes('ah-tk-20162017-2210'));
  });

  it('reads the web page\'s row of an answer: span the number after the glued session', () => {
    const a = analyseLetter(ANSWER_WEB, {});
    const mine = own(a);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].text, '2481');
    assert.equal(ANSWER_WEB.slice(mine[0].start - 4, mine[0].start), '2017');
    assert.deepEqual(idsOf(a), ['ah-tk-20162017-2481']);
  });

  it('reads the row with its cells as a markdown copy prints it', () => {
    const text = '| Datum publicatie | Organisatie | Vergaderjaar | Nummer |\n|---|---|---|---|\n| Tweede Kamer der Staten-Generaal | 2016-2017 | 2481 |\n\nAntwoord van Minister Modelman (ontvangen 30 mei 2017).\n';
    assert.deepEqual(idsOf(analyseLetter(text, {})), ['ah-tk-20162017-2481']);
  });

  it('reads a Handelingen item\'s row: span from "nr." to the item, its id from 2010 on', () => {
    const a = analyseLetter(ITEM_WEB, {});
    const mine = own(a);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].kind, 'handelingen');
    assert.equal(mine[0].text, 'nr. 61, item 14');
    assert.deepEqual(idsOf(a), ['h-tk-20162017-61-14']);
  });

  it('gives an item before 2010 no id from its row (those ids name page ranges)', () => {
    const text = ITEM_WEB.replace('2016-2017nr. 61, item 14', '2008-2009nr. 61, item 14');
    assert.deepEqual(idsOf(analyseLetter(text, {})), []);
  });

  it('negative: a letter that cites an Aanhangsel or a Handelingen item in its text has no such id of its own', () => {
    const letter = [
      '28 165 Deelnemingenbeleid rijksoverheid', '', 'Nr. 300 BRIEF VAN DE MINISTER VAN FINANCIËN', '',
      'Den Haag, 12 juni 2017', '',
      'In antwoord op vragen van het lid Voorbeeld (Aanhangsel Handelingen II 2016/17, nr. 2481) en in het debat',
      '(Handelingen II 2016/17, nr. 61, item 14) heb ik toegezegd u te informeren.', '',
    ].join('\n');
    const a = analyseLetter(letter, {});
    assert.deepEqual(idsOf(a), ['kst-28165-300']);
    assert.equal(own(a).length, 1);
  });

  it('negative: a row without a "Nummer" column above it, or a digits line without the subtitle, is not read', () => {
    const row = 'Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaar\nTweede Kamer der Staten-Generaal2016-20172481\n';
    assert.deepEqual(idsOf(analyseLetter(row, {})), []);
    const header = 'Tweede Kamer der Staten-Generaal 2 \nVergaderjaar 2016–2017 Aanhangsel van de Handelingen \n\n2481 \n\nVragen van het lid …\n';
    assert.deepEqual(idsOf(analyseLetter(header, {})), []);
  });

  it('negative: "(ontvangen …)" far from "Antwoord van" does not date the letter', () => {
    const text = `Antwoord van de regering\n\n${'Een zin zonder datum. '.repeat(30)}De brief (ontvangen 3 maart 2016) ligt ter inzage.\n`;
    assert.equal(analyseLetter(text, {}).identity.date, null);
  });
});

describe('round 8: a letter citing an Aanhangsel answer resolves to it in the workspace', () => {
  const citing = [
    '28 165 Deelnemingenbeleid rijksoverheid', '', 'Nr. 300 BRIEF VAN DE MINISTER VAN FINANCIËN', '',
    'Den Haag, 12 juni 2017', '',
    'Zoals ik in mijn antwoord op de vragen van het lid Voorbeeld heb gemeld (Aanhangsel Handelingen II 2016/17,',
    'nr. 2481), volgt de verkoop later.', '',
  ].join('\n');

  function workspace(answer: string) {
    const corpus = new Corpus();
    corpus.update('file:///ws/antwoord.txt', answer);
    corpus.update('file:///ws/brief.txt', citing);
    const brief = corpus.record('file:///ws/brief.txt')!;
    const cite = brief.analysis.entities.find(e => e.kind === 'aanhangsel')!;
    return { corpus, cite };
  }

  it('resolves the citation to the answer laid out as PDF text, and the hover summarises it', () => {
    const { corpus, cite } = workspace(ANSWER_PDF);
    assert.equal(corpus.resolve(cite, 'file:///ws/brief.txt'), 'file:///ws/antwoord.txt');
    const hover = hoverAt(corpus, 'file:///ws/brief.txt', cite.start + 3)!.markdown;
    assert.match(hover, /In the workspace: .*Aanhangsel Handelingen II 2016\/17, nr\. 2481/);
    assert.match(hover, /2017-05-30/);
    assert.match(hover, /vergaderjaar 2016-2017/);
    assert.match(hover, /Cited by 1 letter/);
  });

  it('resolves to the web page of the answer as well', () => {
    const { corpus, cite } = workspace(ANSWER_WEB);
    assert.equal(corpus.resolve(cite, 'file:///ws/brief.txt'), 'file:///ws/antwoord.txt');
  });

  it('negative: a letter that merely cites the answer is not what the citation resolves to', () => {
    const corpus = new Corpus();
    corpus.update('file:///ws/brief.txt', citing);
    corpus.update('file:///ws/ander.txt', citing.replace('Nr. 300', 'Nr. 301'));
    const cite = corpus.record('file:///ws/brief.txt')!.analysis.entities.find(e => e.kind === 'aanhangsel')!;
    assert.equal(corpus.resolve(cite, 'file:///ws/brief.txt'), null);
  });

  it('the answer\'s own number is a declaration, not an unresolved reference', () => {
    const { corpus } = workspace(ANSWER_PDF);
    const rec = corpus.record('file:///ws/antwoord.txt')!;
    const mine = rec.analysis.entities.filter(isSelfCitation);
    assert.equal(mine.length, 1);
    assert.equal(corpus.resolve(mine[0], 'file:///ws/antwoord.txt'), 'file:///ws/antwoord.txt');
  });
});
