// A letter whose JSON could not be written leaves nothing in front of the next letter's JSON: the letters'
// documents are written one after another into the same slabs.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { annotateHere, writeAnnotations } from '../../server/src/cli/annotate';
import type { LetterAnalysis } from '../../server/src/core/types';
import type { AnnotateCacheSettings } from '../../server/src/cli/annotateCache';
import { tempDirs } from './tempDirs';

// The analysis module as annotate.ts calls it (through its exports, so a test can stand in for it).
const analyseModule = require('../../server/src/core/analyse') as { analyseLetter: (text: string, options: object) => LetterAnalysis };

const corpus = join(__dirname, '..', '..', '..', 'corpus');

describe('kamerstukken annotate --json after a letter whose JSON failed', () => {
  const real = analyseModule.analyseLetter;
  afterEach(() => { analyseModule.analyseLetter = real; });

  const tempDir = tempDirs('kst-cli-json-failure-');
  const files = readdirSync(corpus).filter(n => n.endsWith('.txt')).slice(0, 3).map(n => join(corpus, n));
  const run = (letters: string[], cache: AnnotateCacheSettings | null = null) => {
    let stdout = '', stderr = '';
    writeAnnotations(annotateHere(letters, true, cache), true, { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } });
    return { stdout, stderr };
  };
  /** From now on the first letter analysed gets a value JSON cannot hold (a BigInt): its writing throws part way. */
  const failFirstLetter = () => {
    let calls = 0;
    analyseModule.analyseLetter = (text, options) => {
      const analysis = real(text, options);
      if (calls++ === 0) (analysis.entities[0] as { value: unknown }).value = { id: 'X', big: BigInt(1) };
      return analysis;
    };
  };
  const documentsOf = (stdout: string) => (JSON.parse(stdout) as { documents: Array<{ path: string }> }).documents;

  it('reports that letter and writes the others as valid JSON, as if it were not there', () => {
    const clean = documentsOf(run(files).stdout);
    failFirstLetter();
    const { stdout, stderr } = run(files);
    assert.match(stderr, /analysis failed: .*BigInt/);
    const documents = documentsOf(stdout);
    assert.deepEqual(documents.map(d => d.path), files.slice(1));
    assert.deepEqual(documents, clean.slice(1));
  });

  it('also when the letters after it come from the cache', () => {
    const cache = { dir: tempDir(), analyser: 'test' };
    const clean = documentsOf(run(files.slice(1), cache).stdout);
    failFirstLetter();
    const { stdout, stderr } = run(files, cache);
    assert.match(stderr, /analysis failed: .*BigInt/);
    assert.deepEqual(documentsOf(stdout), clean);
  });
});
