// Session 22's own fixes, on texts written for the test: completion does not offer the number being typed as a stuk
// "cited in 1 letter" (the only citation of it is the draft itself); export reads its letters from a list.
import * as assert from 'node:assert/strict';
import { completionsAt } from '../../server/src/core/features/completion';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPathList, runExport } from '../../server/src/cli/export';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2013–2014, ${dossier}, nr. ${nr} 2\n`;

describe('completion leaves out the citation being typed', () => {
  const corpus = new Corpus();
  corpus.update('file:///a.txt', 'Den Haag, 14 januari 2014\n\nHierbij bericht ik u.\n\n' + footer('29 754', '325'));
  corpus.update('file:///b.txt', 'Zoals gemeld (Kamerstuk 29 754, nr. 410).\n\n' + footer('29 754', '330'));

  it('a number only the draft cites is not offered; one cited elsewhere counts its other citers only', () => {
    const draft = 'Zie ook Kamerstuk 29 754, nr. 41';
    corpus.update('file:///draft.txt', draft);
    const result = completionsAt(corpus, draft, draft.length, 'file:///draft.txt')!;
    assert.deepEqual(result.items.map(i => [i.label, i.detail]), [['410', 'cited in 1 letter, not in the workspace']]);
    // The same draft citing 410 already: 410 is cited by b.txt and by the draft, at another place than the cursor.
    const both = 'In Kamerstuk 29 754, nr. 410 staat het. Zie ook Kamerstuk 29 754, nr. 41';
    corpus.update('file:///draft.txt', both);
    assert.deepEqual(completionsAt(corpus, both, both.length, 'file:///draft.txt')!.items.map(i => [i.label, i.detail]), [['410', 'cited in 2 letters, not in the workspace']]);
    // The letters in the workspace still come first (sortText), as without the letter's uri.
    const three = 'Zie ook Kamerstuk 29 754, nr. 3';
    corpus.update('file:///draft.txt', three);
    assert.deepEqual(completionsAt(corpus, three, three.length, 'file:///draft.txt')!.items.map(i => [i.label, i.kind, i.sortText[0], i.uri]), [
      ['325', 'letter', '0', 'file:///a.txt'],
      ['330', 'letter', '0', 'file:///b.txt'],
    ]);
    // Without the letter's uri (as before), the draft's own citation counts.
    corpus.update('file:///draft.txt', draft);
    assert.deepEqual(completionsAt(corpus, draft, draft.length)!.items.map(i => i.label), ['41', '410']);
  });
});

describe('export --files-from: more letters than a command line holds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kst-files-from-'));
  const CORPUS = join(__dirname, '..', '..', '..', 'corpus');
  const letters = readdirSync(CORPUS).filter(n => n.endsWith('.txt')).sort().map(n => join(CORPUS, n));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (args: string[]) => {
    let out = '', err = '';
    const code = await runExport(args, { stdout: s => { out += s; }, stderr: s => { err += s; } });
    return { code, out, err };
  };

  it('reads the paths from a list, NUL-separated or one a line, as if they were named on the command line', async () => {
    const named = await run(['--format', 'jsonl', ...letters]);
    assert.equal(named.code, 0, named.err);
    const nul = join(dir, 'nul');
    writeFileSync(nul, letters.join('\0'));
    const lines = join(dir, 'lines');
    writeFileSync(lines, letters.slice(0, 2).join('\r\n') + '\n\n');
    assert.deepEqual(await run(['--format', 'jsonl', '--files-from', nul]), named);
    // The list and PATHs together, the list's first.
    assert.deepEqual(await run(['--format', 'jsonl', `--files-from=${lines}`, ...letters.slice(2)]), named);
    assert.deepEqual(readPathList(lines), letters.slice(0, 2));
  });

  it('says what is wrong with a list it cannot read, and runs nothing', async () => {
    const missing = await run(['--format', 'jsonl', '--files-from', join(dir, 'absent')]);
    assert.equal(missing.out, '');
    assert.match(missing.err, /--files-from .*absent: no such file/);
    assert.notEqual(missing.code, 0);
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    assert.match((await run(['--format', 'jsonl', '--files-from', empty])).err, /no PATH given/);
  });
});
