// Workspace symbols: a query typed without diacritics finds names written with them ("coordinator" finds the
// Nationaal Coördinator Terrorismebestrijding en Veiligheid), and the other way round, as letters spell both.
import { strict as assert } from 'node:assert';
import { workspaceSymbols } from '../../server/src/core/features/outline';
import { Corpus } from '../../server/src/core/workspace/corpus';

describe('workspace symbols without diacritics', () => {
  const corpus = new Corpus();
  corpus.update('file:///ws/corpus/a.txt', 'Den Haag, 14 januari 2015\n\nDe Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) meldt het. De NCTV ook.\n');

  it('"coordinator" and "Coördinator" both find the NCTV', () => {
    for (const q of ['coordinator', 'Coördinator', 'COORDINATOR TERRORISMEBESTRIJDING']) {
      const names = workspaceSymbols(corpus, q).map(s => s.name);
      assert.ok(names.includes('NCTV'), `${q}: ${names.join(', ')}`);
    }
  });
});
