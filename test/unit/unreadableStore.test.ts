// An annotation store that exists but cannot be read, as the index sees it: its letters are not annotated from a
// store further up (whose keys may name them too), and the store itself says why it does not apply.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { annotatedAnalyser, AnnotationStores } from '../../server/src/core/workspace/annotated';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { fileUri } from '../../server/src/core/workspace/uris';
import { tempDirs } from './tempDirs';

describe('the index and an annotation store that cannot be read', () => {
  const tempDir = tempDirs('kst-unreadable-store-');

  it('the store above does not stand in for it, and the store reports why it does not apply', () => {
    const root = tempDir();
    const letters = path.join(root, 'corpus');
    fs.mkdirSync(letters);
    const letter = 'Den Haag, 3 maart 2015\nDe NCTV schreef eerder over dit onderwerp.\n';
    fs.writeFileSync(path.join(letters, 'brief.txt'), letter);
    const nearest = path.join(letters, '.kamerstukken', 'annotations.json');
    fs.mkdirSync(nearest, { recursive: true }); // a folder: EISDIR
    const above = path.join(root, '.kamerstukken', 'annotations.json');
    fs.mkdirSync(path.dirname(above));
    const at = letter.indexOf('NCTV');
    fs.writeFileSync(above, JSON.stringify({
      version: 1,
      letters: { 'corpus/brief.txt': { annotations: [{ id: 'a1', type: 'note', target: { exact: 'NCTV', prefix: '', suffix: '', start: at, end: at + 4 }, body: { text: 'Uit de map erboven.' } }] } },
      organisations: [],
    }));
    const stores = new AnnotationStores();
    const corpus = new Corpus(annotatedAnalyser(stores));
    const uri = fileUri(path.join(letters, 'brief.txt'));
    corpus.set(uri, letter);
    assert.deepEqual(corpus.record(uri)!.notes ?? [], [], 'the note of the store above is not applied');
    const snapshot = stores.snapshot(nearest);
    assert.ok(snapshot, 'the unreadable store is there');
    assert.match(snapshot.errors.map(e => e.message).join('\n'), /cannot be read/);
  });
});
