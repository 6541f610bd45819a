// "Index Folder as Letters": which plain texts read like a Kamerbrief, and the glob that names a folder's letters
// as the server's matcher reads it.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { globsNameFolder, folderLabel, includeGlobFor, looksLikeKamerbrief } from '../../client/src/letterShape';
import { GlobSet } from '../../server/src/core/workspace/glob';

const corpus = join(__dirname, '..', '..', '..', 'corpus');

describe('a plain text that reads like a Kamerbrief', () => {
  it('every seed letter does: by its header, running footer, a citation or "uw Kamer"', () => {
    for (const name of readdirSync(corpus)) assert.ok(looksLikeKamerbrief(readFileSync(join(corpus, name), 'utf8')), name);
  });

  it('a text that cites two stukken, or speaks to "uw Kamer", or has a running footer does', () => {
    assert.ok(looksLikeKamerbrief('In mijn brief (Kamerstuk 29 754, nr. 325) schreef ik dit. Zie Kamerstukken II 2014/15, 21 501-02, nr. 1458.\n'));
    assert.ok(looksLikeKamerbrief('Tweede Kamer, vergaderjaar 2015–2016, 36 600 VI, nr. 12 3\n'));
    assert.ok(looksLikeKamerbrief('Hierbij informeer ik uw Kamer over de voortgang.\n'));
  });

  it('notes, lists and prose that name the Kamer or a number do not', () => {
    assert.equal(looksLikeKamerbrief(''), false);
    assert.equal(looksLikeKamerbrief('Boodschappen: brood, kaas.\nDe Tweede Kamer vergadert dinsdag.\n'), false);
    assert.equal(looksLikeKamerbrief('Kamerstuk over 29 754 mensen in 2015.\n'), false);
    assert.equal(looksLikeKamerbrief('Notitie. Zie ook Kamerstuk 99 999, nr. 1 (dit is geen brief).\n'), false);
    assert.equal(looksLikeKamerbrief('Bouw je eigen Kamerscherm. Nieuw: de Kamerplant.\n'), false);
  });
});

describe('the include glob of a folder', () => {
  const matches = (glob: string, path: string) => new GlobSet([glob]).matches(path);

  it('names the .txt files under the folder, relative to the workspace folder, and nothing beside it', () => {
    const glob = includeGlobFor('/ws', '/ws/brieven/2015');
    assert.equal(glob, 'brieven/2015/**/*.[tT][xX][tT]');
    assert.ok(matches(glob, 'brieven/2015/a.txt'));
    assert.ok(matches(glob, 'brieven/2015/BRIEF.TXT'), 'an upper-case extension, as the default globs take it');
    assert.ok(matches(glob, 'brieven/2015/maart/b.txt'));
    assert.equal(matches(glob, 'brieven/2016/a.txt'), false);
    assert.equal(matches(glob, 'brieven/2015/a.md'), false);
    assert.equal(includeGlobFor('/ws', '/ws'), '**/*.[tT][xX][tT]');
  });

  it('is told to the user as the folder it names: its path, unescaped, or the workspace folder\'s name', () => {
    assert.equal(folderLabel('/ws', '/ws/brieven/2015', 'ws'), 'brieven/2015');
    assert.equal(folderLabel('/ws', '/ws/brieven [2015]', 'ws'), 'brieven [2015]');
    assert.equal(folderLabel('/ws', '/ws', 'Mijn brieven'), 'Mijn brieven');
  });

  it('a folder name with glob characters matches itself only', () => {
    const glob = includeGlobFor('/ws', '/ws/brieven [2015] {a,b}*?');
    assert.ok(matches(glob, 'brieven [2015] {a,b}*?/x.txt'), glob);
    assert.equal(matches(glob, 'brieven 2 a*?/x.txt'), false);
  });
});

describe('a folder whose letters are indexed already', () => {
  const defaults = ['**/corpus/**/*.txt', '**/*.kamerbrief'];
  it('corpus/ and its subfolders under the default globs, a folder named by its own glob, and no other', () => {
    assert.ok(globsNameFolder(defaults, '/ws', '/ws/corpus'));
    assert.ok(globsNameFolder(defaults, '/ws', '/ws/dossiers/corpus/2015'));
    assert.equal(globsNameFolder(defaults, '/ws', '/ws/brieven'), false);
    assert.equal(globsNameFolder(defaults, '/ws', '/ws'), false);
    assert.ok(globsNameFolder([...defaults, includeGlobFor('/ws', '/ws/brieven')], '/ws', '/ws/brieven/maart'));
    assert.ok(globsNameFolder(['**/*.txt'], '/ws', '/ws'));
  });
});

describe('a folder the exclude globs keep out', () => {
  it('hidden folders and node_modules under the default excludes; a plain folder is not', () => {
    const excludes = ['**/node_modules/**', '**/.*/**'];
    assert.ok(globsNameFolder(excludes, '/ws', '/ws/.concepten'));
    assert.ok(globsNameFolder(excludes, '/ws', '/ws/brieven/.oud'));
    assert.ok(globsNameFolder(excludes, '/ws', '/ws/node_modules/x'));
    assert.equal(globsNameFolder(excludes, '/ws', '/ws/brieven'), false);
  });
});
