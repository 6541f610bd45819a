// The citation readers read their values from the text after a test() match (no match array): the values
// must be what the groups of their regexes held. Expected values are the group values of the earlier readers.
import { strict as assert } from 'node:assert';
import {
  readChamber, readDossier, readNumber, readNumberMarker, readPage, readSession, readSuffix,
} from '../../server/src/core/recognise/citations/patterns';

const at = <T>(read: (text: string, pos: number) => { start: number; end: number; value: T } | null, text: string) => {
  const r = read(text, 0);
  return r && [text.slice(r.start, r.end), r.value];
};

describe('citation readers: values read from the text', () => {
  it('reads sessions in every written form, with the years of the digit runs', () => {
    assert.deepEqual(at(readSession, '2014/15, 29 754'), ['2014/15', { session: '2014-2015', startYear: 2014, malformed: false }]);
    assert.deepEqual(at(readSession, 'vergaderjaar 2015–2016,'), ['vergaderjaar 2015–2016', { session: '2015-2016', startYear: 2015, malformed: false }]);
    assert.deepEqual(at(readSession, 'Zitting 1986-1987'), ['Zitting 1986-1987', { session: '1986-1987', startYear: 1986, malformed: false }]);
    assert.deepEqual(at(readSession, '’99/’00)'), ['’99/’00', { session: '1999-2000', startYear: 1999, malformed: false }]);
    assert.deepEqual(at(readSession, '2022–203,'), ['2022–203', { session: null, startYear: 2022, malformed: true }]);
    assert.deepEqual(at(readSession, '2014/ 2016'), ['2014/ 2016', { session: null, startYear: 2014, malformed: true }]);
    assert.equal(readSession('14/2015', 0), null);             // a two-digit first year wants a two-digit second
    assert.equal(readSession('9595-12', 0), null);
  });

  it('tells the chamber by its first letter and length', () => {
    const chamber = (text: string) => readChamber(text, 0)?.value;
    assert.deepEqual(chamber('II 2014/15'), { chamber: 'II', ocr: false });
    assert.deepEqual(chamber('I 2014/15'), { chamber: 'I', ocr: false });
    assert.deepEqual(chamber('I-II,'), { chamber: 'VV', ocr: false });
    assert.deepEqual(chamber('I/II,'), { chamber: 'VV', ocr: false });
    assert.deepEqual(chamber('VV 2015'), { chamber: 'VV', ocr: false });
    assert.deepEqual(chamber('Verenigde Vergadering'), { chamber: 'VV', ocr: false });
    assert.deepEqual(chamber('E.K. 2015'), { chamber: 'I', ocr: false });
    assert.deepEqual(chamber('Eerste Kamer,'), { chamber: 'I', ocr: false });
    assert.deepEqual(chamber('T.K 2015'), { chamber: 'II', ocr: false });
    assert.deepEqual(chamber('11 2014/15'), { chamber: 'II', ocr: true });
    assert.equal(chamber('IIe'), undefined);
  });

  it('reads a number marker and whether it announces a list', () => {
    const plural = (text: string) => readNumberMarker(text, 0)?.value;
    assert.equal(plural('nr. 3'), false);
    assert.equal(plural('nrs. 3 en 4'), true);
    assert.equal(plural('NRS 3'), true);
    assert.equal(plural('Nrs. 3'), true);
    assert.equal(plural('nummer 3'), false);
    assert.equal(plural('nummers 3'), true);
    assert.equal(plural('Aanhangselnummer 3'), false);
    assert.equal(plural('nr'), false);                      // at the end of the text
    assert.equal(plural('nrsx 3'), undefined);
  });

  it('reads dossiers without their gap, suffixes after their lead and numbers whole', () => {
    assert.deepEqual(at(readDossier, '29 754, nr'), ['29 754', '29754']);
    assert.deepEqual(at(readDossier, '29.754'), ['29.754', '29754']);
    assert.deepEqual(at(readDossier, '9\u00a0595'), ['9\u00a0595', '9595']);
    assert.deepEqual(at(readDossier, '9595 '), ['9595', '9595']);
    assert.deepEqual(at(readSuffix, '-VIII, nr'), ['-VIII', 'VIII']);
    assert.deepEqual(at(readSuffix, '‐02)'), ['‐02', '02']);
    assert.deepEqual(at(readSuffix, ' hoofdstuk XV,'), [' hoofdstuk XV', 'XV']);
    assert.deepEqual(at(readSuffix, '\u00a0IIB,'), ['\u00a0IIB', 'IIB']);
    assert.deepEqual(at(readSuffix, 'A,'), ['A', 'A']);
    assert.equal(readSuffix(' De', 0), null);
    assert.deepEqual(readNumber('188b)', 0, false)?.value, '188b');
    assert.deepEqual(readNumber('AB,', 0, true)?.value, 'AB');
    assert.deepEqual(readPage(', p. 12 en 13.', 0)?.value, '12,13');
    assert.deepEqual(readPage(' blz. 7–8', 0)?.value, '7-8');
  });
});
