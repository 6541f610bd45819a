// A citation broken over a page in PDF text: between its halves stand the page's footnote bodies and its
// footer. The citation keeps its span (first to last character), the furniture between is its gaps, and
// what is written in the gaps (the footnotes' citations, the footer's self-citation) is found as well.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { analyseLayout } from '../../server/src/core/text/layout';
import { entityAt } from '../../server/src/core/features/lookup';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { documentLinks, semanticTokens } from '../../server/src/core/features/decorations';
import { hoverAt } from '../../server/src/core/features/hover';
import { referencesAt } from '../../server/src/core/features/navigation';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { piecesOf, writtenAt } from '../../server/src/core/entitySpans';
import { Corpus, flattenText } from '../../server/src/core/workspace/corpus';
import { packEntities, readIndex, spansOf, unpackEntities } from '../../server/src/core/workspace/packedEntities';
import { isCitation } from '../../server/src/core/workspace/keys';
import { toJsonLines } from '../../server/src/core/annotations/export/jsonl';
import { toW3cAnnotationPage } from '../../server/src/core/annotations/export/w3c';
import { toBratAnn } from '../../server/src/core/annotations/export/brat';

import { PAGE } from './pageBreakLetter';

const at = (needle: string, from = 0) => {
  const i = PAGE.indexOf(needle, from);
  assert.ok(i >= 0, needle);
  return i;
};

describe('a citation broken over a page', () => {
  const analysis = analyseLetter(PAGE);
  const straddler = analysis.entities.find(e => isCitation(e) && e.start === at('Kamerstuk 29 754, nr. \n'))!;

  it('reads footnote bodies printed on consecutive lines as two footnotes, each with its marker', () => {
    const layout = analyseLayout(PAGE);
    assert.deepEqual(layout.footnotes.map(f => [f.number, f.text]), [[1, 'Kamerstuk 29 754, nr. 461'], [2, 'Kamerstuk 30 821, nr. 62']]);
    assert.deepEqual(layout.footnotes.map(f => PAGE.slice(f.marker!.start - 3, f.marker!.end)), ['Dam1', 'ans2']);
  });

  it('a wrapped line of a footnote that starts with the next number in lower case stays in its footnote', () => {
    const t = 'Zie ook de nota1 en verder.\n\n1 Het wetsvoorstel gaat uit van een termijn van\n2 jaar na inwerkingtreding.\n';
    assert.deepEqual(analyseLayout(t).footnotes.map(f => f.text), ['Het wetsvoorstel gaat uit van een termijn van 2 jaar na inwerkingtreding.']);
  });

  it('keeps its span over the furniture, which becomes its gap', () => {
    assert.ok(straddler, 'the citation broken over the page is found');
    assert.equal(straddler.end, at(' 470)') + 4);
    assert.equal((straddler.value as { id: string }).id, 'kst-29754-470');
    assert.deepEqual(straddler.gaps, [{ start: at('nr. \n\n1 Kamerstuk') + 3, end: at('470') }]);
    assert.deepEqual(piecesOf(straddler).map(p => PAGE.slice(p.start, p.end)), ['Kamerstuk 29 754, nr.', '470']);
  });

  it('finds the footnotes\' citations and the footer\'s entities in the gap, and nothing else nests', () => {
    const inGap = analysis.entities.filter(e => e.start > straddler.start && e.end < straddler.end);
    assert.deepEqual(inGap.map(e => [e.kind, e.text]), [
      ['kamerstuk', 'Kamerstuk 29 754, nr. 461'],
      ['kamerstuk', 'Kamerstuk 30 821, nr. 62'],
      ['organisation', 'Tweede Kamer'],
      ['date', 'vergaderjaar 2018–2019'],
      ['kamerstuk', '29 754, nr. 480'],
    ]);
    for (const e of inGap) assert.ok(!writtenAt(straddler, e.start), e.text);
    // Outside the gaps no two entities overlap.
    const outside = analysis.entities.filter(e => !inGap.includes(e));
    for (let i = 1; i < outside.length; i++) assert.ok(outside[i - 1].end <= outside[i].start, outside[i].text);
  });

  it('an organisation or a date broken over the same page keeps what its gap holds too', () => {
    const t = PAGE.replace('Kamerstuk 29 754, nr. \n', 'Nationaal Coördinator \n').replace(' 470). De', ' Terrorismebestrijding en Veiligheid (NCTV). De');
    const a = analyseLetter(t);
    const nctv = a.entities.find(e => e.kind === 'organisation' && e.text.startsWith('Nationaal Coördinator \n'));
    assert.ok(nctv?.gaps, 'the name is found over the page, with its gap');
    assert.ok(a.entities.some(e => e.kind === 'kamerstuk' && e.text === '29 754, nr. 480'), 'the footer names the letter');
  });

  it('entityAt: the citation where it is written, the footnote citation in its gap, nothing on the gap\'s white space', () => {
    assert.equal(entityAt(analysis, at('754, nr. \n')), straddler);
    assert.equal(entityAt(analysis, at('470')), straddler);
    assert.equal(entityAt(analysis, at('461'))?.text, 'Kamerstuk 29 754, nr. 461');
    assert.equal(entityAt(analysis, at('30 821'))?.text, 'Kamerstuk 30 821, nr. 62');
    assert.equal(entityAt(analysis, at(' 62 \n') + 4, true), null);
  });

  it('a closed letter\'s packed record keeps the gaps, and its index points at the first piece', () => {
    const packed = packEntities(analysis.entities, flattenText)!;
    assert.deepEqual(unpackEntities(packed).find(e => e.start === straddler.start)!.gaps, straddler.gaps);
    const line = readIndex(packed).find(l => l.key === 'kst-29754-470')!;
    assert.deepEqual(spansOf(line.places).map(p => PAGE.slice(p.start, p.end)), ['Kamerstuk 29 754, nr.']);
  });

  it('exports: JSON Lines lists the gaps, W3C targets the pieces, brat writes the pieces as fragments', () => {
    const letter = { file: 'brief-480.txt', uri: 'file:///brief-480.txt', text: PAGE, entities: analysis.entities.map(entity => ({ entity, target: null })), notes: [] };
    const row = toJsonLines([letter]).trimEnd().split('\n').map(l => JSON.parse(l)).find(r => r.start === straddler.start);
    assert.deepEqual(row.gaps, straddler.gaps);
    const page = toW3cAnnotationPage([letter]) as { items: Array<{ id: string; target: unknown }> };
    const item = page.items.find(i => i.id.endsWith(`-${straddler.start}-${straddler.end}`))!;
    const exact = (item.target as Array<{ selector: Array<{ exact?: string }> }>).map(t => t.selector[0].exact);
    assert.deepEqual(exact, ['Kamerstuk 29 754, nr.', '470']);
    const ann = toBratAnn(letter).split('\n').find(l => l.includes('Kamerstuk 29 754, nr. 470'))!;
    assert.match(ann, new RegExp(`^T\\d+\tKamerstuk ${straddler.start} ${straddler.start + 21};${at('470')} ${at('470') + 3}\t`));
  });

  describe('in the editor', () => {
    const corpus = new Corpus();
    const uri = 'file:///brief-480.txt';
    corpus.update(uri, PAGE);
    corpus.update('file:///brief-461.txt', '29 754 Terrorismebestrijding \n\nNr. 461 BRIEF VAN DE MINISTER\n\nDen Haag, 1 februari 2019\n');
    const e = corpus.get(uri)!.entities.find(x => x.start === straddler.start)!;
    const rec = corpus.record(uri)!;

    it('semantic tokens colour the citation\'s pieces, and the footnotes as citations of their own', () => {
      const tokens = semanticTokens(corpus, uri).map(t => PAGE.slice(rec.lines.lineStart(t.line) + t.character, rec.lines.lineStart(t.line) + t.character + t.length));
      assert.ok(tokens.includes('Kamerstuk 29 754, nr.'), tokens.join('|'));
      assert.ok(tokens.includes('Kamerstuk 29 754, nr. 461'), tokens.join('|'));
      assert.ok(tokens.includes('Kamerstuk 30 821, nr. 62'), tokens.join('|'));
      assert.ok(tokens.includes('470'), tokens.join('|'));
    });

    it('links: one per piece of the broken citation, none over the footnotes\' own', () => {
      const links = documentLinks(corpus, uri);
      const spans = links.map(l => PAGE.slice(l.span.start, l.span.end));
      assert.ok(spans.includes('Kamerstuk 29 754, nr. 461'));
      for (const l of links) for (const m of links) if (l !== m) assert.ok(l.span.end <= m.span.start || m.span.end <= l.span.start, 'links do not overlap');
    });

    it('hover on the footnote citation is about it; on the citation\'s second half about the cited letter 470', () => {
      assert.match(hoverAt(corpus, uri, at('461'))!.markdown, /29 754, nr\. 461/);
      const hover = hoverAt(corpus, uri, at('470'))!;
      assert.match(hover.markdown, /29 754, nr\. 470/);
      assert.equal(PAGE.slice(hover.span.start, hover.span.end), '470');
    });

    it('find references of letter 461 reaches its citation in the gap', () => {
      const refs = referencesAt(corpus, 'file:///brief-461.txt', 0, false)!;
      assert.deepEqual(refs.map(r => [r.uri, PAGE.slice(r.span.start, r.span.end)]), [[uri, 'Kamerstuk 29 754, nr. 461']]);
    });

    it('the unresolved diagnostic marks the citation\'s first piece, not the footnotes', () => {
      const d = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).find(x => x.code === 'reference.unresolved' && x.start === e.start)!;
      assert.ok(d, 'the citation of 470 is unresolved');
      assert.equal(PAGE.slice(d.start, d.end), 'Kamerstuk 29 754, nr.');
    });
  });
});

describe('an expression broken over the first page, whose footer has the colophon above it', () => {
  // The first page of an officielebekendmakingen PDF ends in its id line, the ISSN and the place and year printed
  // before the footer: furniture as the footer is, so the gap covers all of it, not the footer alone.
  const FIRST_PAGE = [
    'Den Haag, 20 maart 2014 ',
    '',
    'Hierbij informeer ik u over de voortgang. Het overleg vond plaats op 18 ',
    '',
    'kst-29893-169 ',
    'ISSN 0921 - 7371 ',
    '’s-Gravenhage 2014 Tweede Kamer, vergaderjaar 2013–2014, 29 893, nr. 169 1',
    '',
    'maart 2014 in Utrecht. Zie ook Kamerstuk 29 893, nr. ',
    '',
    'Tweede Kamer, vergaderjaar 2013–2014, 29 893, nr. 169 2',
    '',
    '160 over de aanpak.',
  ].join('\n');

  it('the date keeps its span, and its pieces are the words written: "18" and "maart 2014"', () => {
    const a = analyseLetter(FIRST_PAGE, {});
    const date = a.entities.find(e => e.kind === 'date' && FIRST_PAGE.slice(e.start, e.end).startsWith('18'))!;
    assert.ok(date, 'the broken date');
    assert.deepEqual(date.value, { iso: '2014-03-18' });
    assert.deepEqual(piecesOf(date).map(p => FIRST_PAGE.slice(p.start, p.end)), ['18', 'maart 2014']);
    assert.equal(date.gaps?.length, 1);
    assert.match(FIRST_PAGE.slice(date.gaps![0].start, date.gaps![0].end), /kst-29893-169[\s\S]*ISSN[\s\S]*’s-Gravenhage 2014 Tweede Kamer/);
    // A later page break, with the footer alone, as before.
    const cite = a.entities.find(e => e.kind === 'kamerstuk' && (e.value as { number: string }).number === '160')!;
    assert.deepEqual(piecesOf(cite).map(p => FIRST_PAGE.slice(p.start, p.end)), ['Kamerstuk 29 893, nr.', '160']);
  });
});
