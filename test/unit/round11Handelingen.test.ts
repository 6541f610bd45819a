// Round 11 follow-up (citations and identity): Handelingen cited by pages without a meeting number, the form of most
// citations before 2010-2011, and the identity of a flattened copy (a PDF's text put on one line by a copying site).
// Every snippet is written for the test in the forms real letters have; none is copied from a page.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { hoverAt } from '../../server/src/core/features/hover';
import { handelingenId } from '../../server/src/core/ids';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';
import { Corpus, flattenText } from '../../server/src/core/workspace/corpus';
import { canonicalCitation, canonicalOfLetter, isCitation, isSelfCitation } from '../../server/src/core/workspace/keys';
import { packEntities, unpackEntities } from '../../server/src/core/workspace/packedEntities';

const citations = (a: LetterAnalysis) => a.entities.filter(isCitation);
const value = (e: AnyEntity) => e.value as unknown as Record<string, unknown>;
const brief = (t: string) => analyseLetter(t, {});
/** [text, chamber, session, number, page, id] of each Handelingen citation. */
const records = (t: string) => citations(brief(t)).filter(e => e.kind === 'handelingen')
  .map(e => [e.text, value(e).chamber, value(e).session, value(e).number, value(e).page ?? null, value(e).id]);

describe('round 11 follow-up: Handelingen by pages, without a meeting number', () => {
  it('reads "blz." and "pag." after the session, span to the last page, number null', () => {
    assert.deepEqual(records('Daarover is uitvoerig gedebatteerd (Handelingen II 2004/05, blz. 2231–2240).'),
      [['Handelingen II 2004/05, blz. 2231–2240', 'II', '2004-2005', null, '2231-2240', 'h-tk-20042005-2231-2240']]);
    assert.deepEqual(records('Zie Handelingen I 2001/02, pag. 812-815; de motie is aangenomen.'),
      [['Handelingen I 2001/02, pag. 812-815', 'I', '2001-2002', null, '812-815', 'h-ek-20012002-812-815']]);
  });

  it('reads the pages over a line break, and "Handelingen TK 1996/97" as the Tweede Kamer', () => {
    assert.deepEqual(records('zoals de minister toezegde (Handelingen TK 1996/97, blz. \n3301–3305) en later'),
      [['Handelingen TK 1996/97, blz. \n3301–3305', 'II', '1996-1997', null, '3301-3305', 'h-tk-19961997-3301-3305']]);
  });

  it('reads a bare range of pages after the session ("Handelingen TK 1996–1997, 5120–5127")', () => {
    assert.deepEqual(records('bij de behandeling van de nota (Handelingen TK 1996–1997, 5120–5127) werd gevraagd'),
      [['Handelingen TK 1996–1997, 5120–5127', 'II', '1996-1997', null, '5120-5127', 'h-tk-19961997-5120-5127']]);
  });

  it('reads the older meeting-page number "Handelingen TK 58-4410": meeting 58, page 4410, session unknown, no id', () => {
    assert.deepEqual(records('Ik verwijs naar wat ik vorig jaar zei (Handelingen TK 58-4410).'),
      [['Handelingen TK 58-4410', 'II', null, '58', '4410', null]]);
  });

  it('gives no id for a single page or "e.v.", and none from 2010-2011 on without the meeting', () => {
    assert.deepEqual(records('(Handelingen II 2006/07, blz. 1402 e.v.) en (Handelingen II 2015/16, p. 12)'), [
      ['Handelingen II 2006/07, blz. 1402 e.v.', 'II', '2006-2007', null, '1402-', null],
      ['Handelingen II 2015/16, p. 12', 'II', '2015-2016', null, '12', null],
    ]);
    assert.equal(handelingenId('II', '2015-2016', null, null, '12-14'), null);
    assert.equal(handelingenId('II', '2007-2008', null, null, '7909-7943'), 'h-tk-20072008-7909-7943');
  });

  it('negative: no pages without "Handelingen", without a chamber and session, or a pair that is no range', () => {
    assert.deepEqual(records('De handelingen 12-3456 van de raad zijn openbaar.'), []);
    assert.deepEqual(records('Handelingen 58-4410 zijn hier niet bedoeld.'), []);
    // Two numbers out of order, or of lengths no page range or meeting-page has.
    assert.deepEqual(records('(Handelingen II 2004/05, 4410-3301) en (Handelingen TK 1204-58)'), []);
    // A meeting with its item still reads as before.
    assert.deepEqual(records('(Handelingen II 2014/15, 41, item 7)').map(r => r[3]), ['41']);
  });

  it('names, hovers and packs a citation by pages', () => {
    const a = brief('Zie het debat (Handelingen II 2004/05, blz. 2231–2240) en (Handelingen TK 58-4410).\n');
    const [pages, old] = citations(a);
    assert.ok(pages.kind === 'handelingen' && old.kind === 'handelingen');
    assert.equal(canonicalCitation(pages), 'Handelingen II 2004/05, p. 2231-2240');
    assert.equal(canonicalCitation(old), 'Handelingen II, nr. 58, p. 4410');
    assert.deepEqual(unpackEntities(packEntities(a.entities, flattenText)!), a.entities);
    const corpus = new Corpus();
    corpus.update('file:///ws/brief.txt', 'Zie het debat (Handelingen II 2004/05, blz. 2231–2240) en (Handelingen TK 58-4410).\n');
    const hover = hoverAt(corpus, 'file:///ws/brief.txt', pages.start + 3)!.markdown;
    assert.match(hover, /Handelingen II 2004\/05, p\. 2231-2240.*h-tk-20042005-2231-2240/);
    assert.match(hover, /if they are all of it/);
    const oldHover = hoverAt(corpus, 'file:///ws/brief.txt', old.start + 3)!.markdown;
    assert.match(oldHover, /No session in the citation/);
    assert.doesNotMatch(oldHover, /names a dossier/);
  });
});

describe('round 11 follow-up: a pre-2010 Handelingen item\'s own row', () => {
  const page = [
    'Handeling', 'Datum publicatie | Organisatie | Vergaderjaar | Vergadernummer | Datum vergadering |', '---|---|---|---|---|',
    'Tweede Kamer der Staten-Generaal | 1997-1998 | nr. 44, pagina 3301-3322 |',
    'Aan de orde is de behandeling van het wetsvoorstel over de huurtoeslag (25 800, nr. 3).', '',
  ].join('\n');

  it('reads "nr. 44, pagina 3301-3322" as the item\'s own: meeting, pages and the id they give', () => {
    const a = brief(page);
    const own = citations(a).filter(isSelfCitation);
    assert.deepEqual(own.map(e => [e.kind, e.text, value(e).session, value(e).number, value(e).item, value(e).page, value(e).id]),
      [['handelingen', 'nr. 44, pagina 3301-3322', '1997-1998', '44', null, '3301-3322', 'h-tk-19971998-3301-3322']]);
    const corpus = new Corpus();
    corpus.update('file:///ws/item.txt', page);
    const rec = corpus.record('file:///ws/item.txt')!;
    assert.equal(canonicalOfLetter(rec.analysis.identity, rec.ids), 'Handelingen II 1997/98, p. 3301-3322');
  });

  it('a later citation of that range resolves to the item', () => {
    const corpus = new Corpus();
    corpus.update('file:///ws/item.txt', page);
    corpus.update('file:///ws/brief.txt', 'Zoals besproken (Handelingen II 1997/98, blz. 3301–3322) is de toeslag verhoogd.\n');
    const cite = corpus.record('file:///ws/brief.txt')!.analysis.entities.find(e => e.kind === 'handelingen')!;
    assert.equal(corpus.resolve(cite, 'file:///ws/brief.txt'), 'file:///ws/item.txt');
  });

  it('negative: the same row in running text, away from a number column, is no own record', () => {
    const a = brief('Zie de vergadering. Tweede Kamer der Staten-Generaal | 1997-1998 | nr. 44, pagina 3301-3322 | werd genoemd.\n');
    assert.equal(citations(a).filter(isSelfCitation).length, 0);
  });
});

describe('round 11 follow-up: a flattened copy (a PDF\'s text on one line)', () => {
  const filler = 'De uitvoering verloopt volgens plan en de betrokken partijen werken nauw samen aan de volgende stappen. ';
  const header = 'Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2021–2022 35 870 Waterbeheer in de delta Nr. 14 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 3 februari 2022 ';
  const footer = (page: number) => `Tweede Kamer, vergaderjaar 2021–2022, 35 870, nr. 14 ${page} `;
  const flat = header + filler + 'Zie eerder Kamerstuk 35 870, nr. 9. ' + footer(1) + filler + footer(2) + filler + footer(3);
  const own = (a: LetterAnalysis) => citations(a).filter(isSelfCitation).map(e => [e.text, e.source]);

  it('reads the running footers inside the line as the letter\'s own, and the header with them', () => {
    const a = brief(flat);
    assert.deepEqual(own(a), [
      ['35 870 Waterbeheer in de delta Nr. 14', 'header'],
      ['35 870, nr. 14', 'footer'], ['35 870, nr. 14', 'footer'], ['35 870, nr. 14', 'footer'],
    ]);
    assert.deepEqual([a.identity.dossier, a.identity.number, a.identity.session, a.identity.date], ['35870', '14', '2021-2022', '2022-02-03']);
    // The stuk the letter cites stays a citation of another stuk; the page digits are no numbers of anything.
    assert.deepEqual(citations(a).filter(e => !isSelfCitation(e)).map(e => e.text), ['Kamerstuk 35 870, nr. 9']);
  });

  it('a text that opens with "Kamer, vergaderjaar" or "Kamer der Staten-Generaal" (no chamber word) still has its footers and header read', () => {
    const a = brief('Kamer, vergaderjaar 2021–2022: inleiding. Kamer der Staten-Generaal 2022: bijlage. ' + flat);
    assert.deepEqual(own(a).map(x => x[1]), ['header', 'footer', 'footer', 'footer']);
    assert.equal(a.identity.number, '14');
  });

  it('reads a single footer when the header names the same stuk', () => {
    const a = brief(header + filler + filler + footer(1));
    assert.deepEqual(own(a).map(x => x[1]), ['header', 'footer']);
    assert.equal(a.identity.number, '14');
  });

  it('negative: a single footer-like citation without a header, or pages that do not rise, is no identity', () => {
    const one = brief(filler + filler + footer(1) + filler + filler);
    assert.equal(own(one).length, 0);
    assert.equal(one.identity.dossier, null);
    const falling = brief(filler + filler + footer(3) + filler + filler + footer(2) + filler);
    assert.equal(own(falling).length, 0);
  });

  it('negative: a one-line text that cites one stuk twice in its running text does not take it as its own', () => {
    const twice = filler + 'In de brief (Tweede Kamer, vergaderjaar 2021–2022, 35 870, nr. 14) staat het plan. ' + filler +
      'Die brief (Tweede Kamer, vergaderjaar 2021–2022, 35 870, nr. 14, p. 3) noemt ook de kosten. ' + filler + filler;
    const a = brief(twice);
    assert.equal(own(a).length, 0);
    assert.equal(a.identity.dossier, null);
    assert.equal(citations(a).length, 2);
  });

  it('negative: a header whose stuk no footer names is not read on its own', () => {
    const a = brief(header + filler + filler + filler + 'Tweede Kamer, vergaderjaar 2021–2022, 35 871, nr. 2 1 ' + filler);
    assert.equal(own(a).length, 0);
  });
});
