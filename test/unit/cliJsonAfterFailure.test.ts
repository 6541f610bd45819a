// A letter whose JSON could not be written leaves nothing in front of the next letter's JSON: the letters'
// documents are written one after another into the same slabs.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { annotateHere, writeAnnotations } from '../../server/src/cli/annotate';
import type { LetterAnalysis } from '../../server/src/core/types';

// The analysis module as annotate.ts calls it (through its exports, so a test can stand in for it).
const analyseModule = require('../../server/src/core/analyse') as { analyseLetter: (text: string, options: object) => LetterAnalysis };

const corpus = join(__dirname, '..', '..', '..', 'corpus');

describe('kamerstukken annotate --json after a letter whose JSON failed', () => {
  const real = analyseModule.analyseLetter;
  afterEach(() => { analyseModule.analyseLetter = real; });

  it('reports that letter and writes the others as valid JSON, as if it were not there', () => {
    const files = readdirSync(corpus).filter(n => n.endsWith('.txt')).slice(0, 3).map(n => join(corpus, n));
    const run = () => {
      let stdout = '', stderr = '';
      writeAnnotations(annotateHere(files, true), true, { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } });
      return { stdout, stderr };
    };
    const clean = JSON.parse(run().stdout) as { documents: Array<{ path: string }> };
    let calls = 0;
    // A value JSON cannot hold (a BigInt) in the first letter's first entity: its writing throws part way.
    analyseModule.analyseLetter = (text, options) => {
      const analysis = real(text, options);
      if (calls++ === 0) (analysis.entities[0] as { value: unknown }).value = { id: 'X', big: BigInt(1) };
      return analysis;
    };
    const { stdout, stderr } = run();
    assert.match(stderr, /analysis failed: .*BigInt/);
    const documents = (JSON.parse(stdout) as { documents: Array<{ path: string }> }).documents;
    assert.deepEqual(documents.map(d => d.path), files.slice(1));
    assert.deepEqual(documents, clean.documents.slice(1));
  });
});
