// How a letter is named in hovers, outlines and the citation graph when it is no Kamerstuk: the citation form
// of an Aanhangsel answer's or a Handelingen item's own id.
import * as assert from 'node:assert/strict';
import { canonicalOfLetter, canonicalOfRecordId } from '../../server/src/core/workspace/keys';
import type { LetterIdentity } from '../../server/src/core/types';
import { baseName } from '../../server/src/core/features/describe';

const noIdentity = { dossier: null, suffix: null, number: null, chamber: null, session: null, date: null, title: null } as unknown as LetterIdentity;

describe('names of letters that are no Kamerstuk', () => {
  it('an Aanhangsel answer and a Handelingen item by their ids, before and after 2010', () => {
    assert.equal(canonicalOfRecordId('ah-tk-20142015-1365'), 'Aanhangsel Handelingen II 2014/15, nr. 1365');
    assert.equal(canonicalOfRecordId('ah-ek-20222023-12'), 'Aanhangsel Handelingen I 2022/23, nr. 12');
    assert.equal(canonicalOfRecordId('h-tk-20182019-25-26'), 'Handelingen II 2018/19, nr. 25, item 26');
    assert.equal(canonicalOfRecordId('h-tk-20162017-83'), 'Handelingen II 2016/17, nr. 83');
    assert.equal(canonicalOfRecordId('h-tk-20072008-7909-7943'), 'Handelingen II 2007/08, p. 7909-7943');
    for (const other of ['kst-29754-325', 'ah-tk-20142015', 'h-xx-20142015-1', 'ah-tk-20142015-1-2', 'h-tk-20072008-7909']) assert.equal(canonicalOfRecordId(other), null, other);
  });

  it('a letter: its Kamerstuk identity first, else the first id that names an answer or item', () => {
    assert.equal(canonicalOfLetter(noIdentity, ['ah-tk-20142015-1365']), 'Aanhangsel Handelingen II 2014/15, nr. 1365');
    assert.equal(canonicalOfLetter({ ...noIdentity, dossier: '29754', number: '325' }, ['ah-tk-20142015-1365']), 'Kamerstuk 29 754, nr. 325');
    assert.equal(canonicalOfLetter(noIdentity, ['kst-1-2', 'h-tk-20182019-25-26']), 'Handelingen II 2018/19, nr. 25, item 26');
    assert.equal(canonicalOfLetter(noIdentity, []), null);
  });
});

describe('a letter\'s file name in messages', () => {
  it('is the last part of its path or URI, decoded; an untitled editor by its name', () => {
    assert.equal(baseName('file:///tmp/corpus/004_c51793f171952d9b.txt'), '004_c51793f171952d9b.txt');
    assert.equal(baseName('file:///tmp/my%20letters/brief%20%C3%A9%C3%A9n.txt'), 'brief één.txt');
    assert.equal(baseName('untitled:Untitled-1'), 'Untitled-1');
    assert.equal(baseName('C:\\letters\\a.txt'), 'a.txt');
    assert.equal(baseName('corpus/a:b.txt'), 'a:b.txt');
    assert.equal(baseName('brief.txt'), 'brief.txt');
  });
});
