// The first indexing pass analyses with scope 'references': the same identity and citations as the full
// analysis, at a fraction of the cost, and nothing else.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseLetter } from '../../server/src/core/analyse';

const root = join(__dirname, '..', '..', '..');
const letters = ['corpus', 'test/data/challenge/letters'].flatMap(dir =>
  readdirSync(join(root, dir)).filter(f => f.endsWith('.txt')).sort().map(f => ({ path: join(root, dir, f), text: readFileSync(join(root, dir, f), 'utf8') })));
const CITATION_KINDS = new Set(['kamerstuk', 'handelingen', 'aanhangsel']);

describe("analyseLetter with scope 'references'", () => {
  it('has reading material: the seed and challenge letters', () => assert.ok(letters.length >= 13));

  for (const { path, text } of letters) {
    it(`gives the full analysis's identity, citations and footnotes, and no organisations, dates, definitions or headings: ${path.split('/').pop()}`, () => {
      const full = analyseLetter(text, { path });
      const refs = analyseLetter(text, { path, scope: 'references' });
      assert.deepEqual(refs.identity, full.identity);
      assert.deepEqual(refs.entities, full.entities.filter(e => CITATION_KINDS.has(e.kind)));
      assert.deepEqual(refs.definitions, []);
      assert.deepEqual(refs.headings, []);
      assert.deepEqual(refs.footnotes, full.footnotes);
      const dateProblem = (p: { code: string }) => p.code.startsWith('date.');
      assert.deepEqual(refs.problems, full.problems.filter(p => !dateProblem(p)));
    });
  }
});
