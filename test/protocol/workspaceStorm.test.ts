// Files come, change, move and go on disk, and letters are opened, edited and closed in the editor, faster than
// the server can index them, with requests in between. Once it settles, the server must say of the folder what
// a server started afresh on the same folder says: the index kept up to date is the index built anew.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, TestWorkspace } from './lspClient';
import { seededRandom } from '../unit/seeded';

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

/** A short letter with its own number `own` in 29 754, citing some of `others` and naming a body or a date. */
function letterText(random: (n: number) => number, own: number, others: readonly number[]): string {
  const cites = Array.from({ length: random(4) }, () => `Zie Kamerstuk 29 754, nr. ${others[random(others.length)]}.`);
  const extras = ['De NCTV meldt dit.', 'In mijn brief van 24 mei jl. schreef ik dit.', 'De Koninklijke Marechaussee (KMar) helpt.', ''];
  return `Den Haag, ${1 + random(27)} maart 2015\n\n${cites.join(' ')} ${extras[random(extras.length)]}\n\n` +
    `Tweede Kamer, vergaderjaar 2014–2015, 29 754, nr. ${own} 2\n`;
}

/** The letters under `dir`, by their paths relative to it, sorted. */
function lettersUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter(name => name.endsWith('.txt')).sort();
}

interface Answers {
  diagnostics: Record<string, string[]>;
  symbols: string[];
  tree: string[];
}

/** What a user sees of the folder: every letter's diagnostics, the Kamerstuk symbols and the corpus panel. */
async function answersOf(client: LspClient, dir: string): Promise<Answers> {
  const diagnostics: Record<string, string[]> = {};
  for (const name of lettersUnder(dir)) {
    const uri = pathToFileURL(path.join(dir, name)).href;
    diagnostics[name] = (client.diagnostics.get(uri) ?? []).map(d => `${d.code} ${JSON.stringify(d.range)} ${d.message}`).sort();
  }
  const symbols = (await client.request<Array<{ name: string; location: { uri: string } }>>('workspace/symbol', { query: 'kst-29754' }))
    .map(s => `${s.name} ${path.basename(s.location.uri)}`).sort();
  interface Node { id: string; label: string; description?: string; hasChildren: boolean }
  const tree: string[] = [];
  const walk = async (node: string | null, depth: number) => {
    for (const n of await client.request<Node[]>('kamerstukken/corpusTree', { node })) {
      tree.push(`${depth} ${n.label} ${n.description ?? ''}`);
      if (n.hasChildren && depth < 2) await walk(n.id, depth + 1);
    }
  };
  await walk(null, 0);
  return { diagnostics, symbols, tree };
}

describe('language server under a storm of file changes', function () {
  this.timeout(120_000);
  let ws: TestWorkspace;
  let live: LspClient;
  let fresh: LspClient | undefined;

  before(async () => {
    ws = new TestWorkspace();
    live = new LspClient();
    await live.start(ws.root);
    await live.waitFor(() => live.progress.filter(p => p.kind === 'end').length >= 2, 'both indexing passes');
  });

  after(async () => {
    await live?.stop();
    await fresh?.stop();
    ws?.dispose();
  });

  it('after 120 seeded creations, edits, moves, deletions, folders moved in and deleted, and editor sessions, it answers as a server started afresh', async () => {
    const random = seededRandom(1123);
    const dir = ws.corpusDir;
    const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
    const mine = new Map<string, number>();       // the generated letters on disk: name → own number
    const owns = [251, 327, 421, 600];             // numbers citations draw from: the seeds' and one nobody has
    let next = 500;
    const open = new Map<string, number>();        // open in the editor: name → version

    for (let step = 0; step < 120; step++) {
      const names = [...mine.keys()];
      const name = names.length > 0 ? names[random(names.length)] : '';
      const op = names.length < 3 ? 0 : random(9);
      if (op === 0 || op === 1) {
        const own = next++;
        const file = `brief-${own}.txt`;
        fs.writeFileSync(path.join(dir, file), letterText(random, own, owns));
        mine.set(file, own);
        owns.push(own);
        await live.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: CREATED }] });
      } else if (op === 2 && !open.has(name)) {
        fs.writeFileSync(path.join(dir, name), letterText(random, mine.get(name)!, owns));
        await live.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: CHANGED }] });
      } else if (op === 3 && !open.has(name)) {
        const moved = path.join(path.dirname(name), `verplaatst-${step}-${path.basename(name)}`);
        fs.renameSync(path.join(dir, name), path.join(dir, moved));
        mine.set(moved, mine.get(name)!);
        mine.delete(name);
        await live.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: DELETED }, { uri: uriOf(moved), type: CREATED }] });
      } else if (op === 4 && !open.has(name)) {
        fs.unlinkSync(path.join(dir, name));
        mine.delete(name);
        await live.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: DELETED }] });
      } else if (op === 5 && !open.has(name)) {
        // Opened and edited: the editor's text, not the disk's, until it is closed.
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        open.set(name, 1);
        await live.notify('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'kamerbrief', version: 1, text } });
        await live.notify('textDocument/didChange', { textDocument: { uri: uriOf(name), version: 2 }, contentChanges: [{ text: `Zie Kamerstuk 29 754, nr. ${owns[random(owns.length)]}.\n${text}` }] });
        open.set(name, 2);
      } else if (op === 6) {
        // A folder of letters moved in at once: one event for the folder.
        const folder = `map-${step}`;
        fs.mkdirSync(path.join(dir, folder));
        for (let n = 0; n < 2; n++) {
          const own = next++;
          const file = path.join(folder, `brief-${own}.txt`);
          fs.writeFileSync(path.join(dir, file), letterText(random, own, owns));
          mine.set(file, own);
          owns.push(own);
        }
        await live.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(folder), type: CREATED }] });
      } else if (op === 7) {
        // A folder deleted at once, with whatever letters it holds; none of them open.
        const folders = fs.readdirSync(dir).filter(f => f.startsWith('map-') && ![...open.keys()].some(o => o.startsWith(f + path.sep)));
        if (folders.length === 0) continue;
        const folder = folders[random(folders.length)];
        fs.rmSync(path.join(dir, folder), { recursive: true });
        for (const file of [...mine.keys()]) if (file.startsWith(folder + path.sep)) mine.delete(file);
        await live.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(folder), type: DELETED }] });
      } else if (open.size > 0) {
        // Closed without saving: the server reads the disk again.
        const [closing] = open.keys();
        open.delete(closing);
        await live.notify('textDocument/didClose', { textDocument: { uri: uriOf(closing) } });
      }
      if (step % 10 === 9) {
        const hovered = [...mine.keys()][0];
        if (hovered) await live.request('textDocument/hover', { textDocument: { uri: uriOf(hovered) }, position: { line: 2, character: 20 } });
        await live.request('kamerstukken/corpusTree', { node: null });
      }
    }
    for (const closing of open.keys()) await live.notify('textDocument/didClose', { textDocument: { uri: uriOf(closing) } });
    assert.ok(mine.size >= 10, `the storm left ${mine.size} generated letters`);

    fresh = new LspClient();
    await fresh.start(ws.root);
    await fresh.waitFor(() => fresh!.progress.filter(p => p.kind === 'end').length >= 2, 'the fresh server\'s indexing');
    const letters = lettersUnder(dir).map(uriOf);
    await fresh.waitFor(() => letters.every(u => fresh!.diagnostics.has(u)), 'the fresh server\'s diagnostics');
    const expected = await answersOf(fresh, dir);
    assert.ok(expected.symbols.length >= mine.size, 'the fresh server knows every letter');

    // The kept server may still be at work: ask until it agrees, and show the difference if it never does.
    let got = await answersOf(live, dir);
    for (const until = Date.now() + 20_000; Date.now() < until; got = await answersOf(live, dir)) {
      try {
        assert.deepEqual(got, expected);
        break;
      } catch {
        await new Promise(resolve => setTimeout(resolve, 200));
      }
    }
    assert.deepEqual(got, expected);
    assert.ok(live.alive);
  });
});
