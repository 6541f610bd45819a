// Review of editor pass 23 (code actions on a selection, "Correct to …", the full citation, workspace symbols): what a
// user met in them. Snippets written for the test.
import * as assert from 'node:assert/strict';
import { codeActions } from '../../server/src/core/features/actions';
import { fullCitation } from '../../server/src/core/features/fullCitation';
import { isCitation } from '../../server/src/core/workspace/keys';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { Corpus } from '../../server/src/core/workspace/corpus';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;

describe('Review 12: a selection is about what it holds, not what it only touches', () => {
  // A selection dragged from right after one reference over the next one started at the first's end: the first
  // (outside the selection) got the actions, the one selected none, and "Copy the 2 citations" copied both.
  const uri = 'file:///w/brief.txt';
  const LETTER = 'Den Haag, 3 maart 2015\n\nIn mijn brief (Kamerstuk 29 754, nr. 200) en de brief van de NCTV (Kamerstuk 29 754, nr. 210) '
    + 'schreef ik over de AIVD en de politie.\n\n' + footer('29 754', '330');
  const corpus = new Corpus();
  corpus.update(uri, LETTER);
  const diagnostics = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS);
  const titlesOn = (start: number, end: number) =>
    codeActions(corpus, uri, { start, end }, diagnostics.filter(d => d.end >= start && d.start <= end), { text: LETTER, orphans: [] }).map(a => a.title);
  const endOf = (needle: string) => LETTER.indexOf(needle) + needle.length;

  it('a selection from the end of one citation over the next: the next one\'s actions', () => {
    const titles = titlesOn(endOf('nr. 200'), endOf('nr. 210'));
    assert.ok(titles.includes('Open kst-29754-210 on officielebekendmakingen.nl'), titles.join(' | '));
    assert.deepEqual(titles.filter(t => t.includes('200')), []);
    assert.ok(!titles.some(t => t.startsWith('Copy the')), titles.join(' | '));
  });

  it('a selection from the end of an organisation, or up to the start of one: not that organisation', () => {
    assert.deepEqual(titlesOn(endOf('NCTV'), endOf('de AIVD')).filter(t => t.startsWith('Not an organisation')), ['Not an organisation: “AIVD”']);
    assert.deepEqual(titlesOn(LETTER.indexOf('van de NCTV'), LETTER.indexOf('NCTV')).filter(t => t.includes('NCTV')), []);
  });

  it('a cursor right after an entity is still on it (as before)', () => {
    assert.ok(titlesOn(endOf('nr. 200'), endOf('nr. 200')).includes('Open kst-29754-200 on officielebekendmakingen.nl'));
    assert.ok(titlesOn(endOf('NCTV'), endOf('NCTV')).includes('Not an organisation: “NCTV”'));
  });
});

describe('Review 12: "Correct to …" offers only a form the recogniser then reads as a reference', () => {
  // "Kamerstuk 21 501 02, nr. 3" (a sub-dossier, its hyphen lost) was offered "Correct to “21 501, nr. 02”", which left
  // "Kamerstuk 21 501, nr. 02, nr. 3": a whole dossier and a new malformed "nr."; "29 754 0325" likewise.
  const uri = 'file:///w/c.txt';
  const fixesIn = (sentence: string) => {
    const text = `${sentence}\n\n${footer('29 754', '330')}`;
    const corpus = new Corpus();
    corpus.update(uri, text);
    const malformed = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).filter(d => d.code === 'reference.malformed');
    return malformed.flatMap(d => codeActions(corpus, uri, d, [d], { text, orphans: [] }).filter(a => a.edit).map(a => {
      const after = text.slice(0, a.edit!.start) + a.edit!.newText + text.slice(a.edit!.end);
      const again = new Corpus();
      again.update(uri, after);
      const end = a.edit!.start + a.edit!.newText.length;
      const read = again.record(uri)!.analysis.entities.find(e => e.kind === 'kamerstuk' && e.start <= a.edit!.start && e.end >= end);
      const stillMalformed = diagnoseLetter(again, uri, DEFAULT_SETTINGS).some(x => x.code === 'reference.malformed');
      return { title: a.title, read: read ? after.slice(read.start, read.end) : null, stillMalformed };
    }));
  };

  it('a sub-dossier written with a space for its hyphen: the hyphen, not "nr."', () => {
    assert.deepEqual(fixesIn('Zie Kamerstuk 21 501 02, nr. 3 over de Raad.'), [{ title: 'Correct to “21 501-02”', read: 'Kamerstuk 21 501-02, nr. 3', stillMalformed: false }]);
  });

  it('a number with a leading zero, or a number already followed by its "nr.": no fix', () => {
    assert.deepEqual(fixesIn('Zie Kamerstuk 29 754 0325 over de aanpak.'), []);
    assert.deepEqual(fixesIn('Zie Kamerstuk 29 754 32, nr. 3 over de aanpak.'), []);
  });

  it('every fix offered reads back as the reference, with nothing malformed left', () => {
    for (const sentence of ['Zie Kamerstuk 2975 4, nr. 3 hier.', 'Zie Kamerstuk 29 754 325 hier.', 'Zie Kamerstuk 2975\n4, nr. 3 hier.',
      'Zie (Kamerstukken II 2014/15, 297 54, nr. 8) hier.', 'Zie Kamerstuk 29\u00a0754 325, p. 4 hier.']) {
      const fixes = fixesIn(sentence);
      assert.equal(fixes.length, 1, sentence);
      assert.ok(fixes[0].read !== null && !fixes[0].stillMalformed, `${sentence}: ${JSON.stringify(fixes)}`);
    }
  });
});

describe('Review 12: the full citation takes chamber and session from the cited letter where the workspace has it', () => {
  // "Cite as" repeated a citation's slip: "Kamerstukken II 2016/17, 33 826, C" for the Senate's memorie (its footer:
  // Eerste Kamer), "Kamerstukken II 2015/16, 29 754, nr. 325" for a letter printed in 2014-2015.
  const corpus = new Corpus();
  corpus.update('file:///w/senate.txt', 'Memorie van antwoord.\n\nEerste Kamer, vergaderjaar 2016–2017, 33 826, C 2\n');
  corpus.update('file:///w/house.txt', 'Den Haag, 3 maart 2015\n\nHierbij bericht ik u.\n\n' + footer('29 754', '325'));
  const CITING = 'Zie de memorie (Kamerstukken II 2016/17, 33 826, C), de brief (Kamerstukken II 2015/16, 29 754, nr. 325), het verslag '
    + '(Kamerstukken II 2016/17, 33 900, D) en de nota (Kamerstukken II 2013/14, 30 977, nr. 104).\n\n' + footer('29 754', '330');
  corpus.update('file:///w/citing.txt', CITING);
  const fullOf = (needle: string) => {
    const at = CITING.indexOf(needle);
    const e = corpus.record('file:///w/citing.txt')!.analysis.entities.filter(isCitation).find(x => x.start <= at && x.end > at)!;
    return fullCitation(corpus, 'file:///w/citing.txt', e);
  };

  it('the cited letter\'s footer wins over what the citation says', () => {
    assert.equal(fullOf('33 826, C'), 'Kamerstukken I 2016/17, 33 826, C');
    assert.equal(fullOf('nr. 325'), 'Kamerstukken II 2014/15, 29 754, nr. 325');
  });

  it('a Senate letter not in the workspace is the Eerste Kamer\'s; otherwise the citation as written', () => {
    assert.equal(fullOf('33 900, D'), 'Kamerstukken I 2016/17, 33 900, D');
    assert.equal(fullOf('nr. 104'), 'Kamerstukken II 2013/14, 30 977, nr. 104');
  });
});
