// The letter count in VS Code's status bar: the client shows what `kamerstukken/indexStatus` says, and counts the
// files itself only until the server has said it. A letter deleted, created or renamed changes the count.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, TestWorkspace } from './lspClient';

interface IndexStatus {
  letters: number;
  total?: number;
  indexing: boolean;
}

describe('language server: the index status (the status bar\'s letter count)', function () {
  this.timeout(30000);
  let ws: TestWorkspace;
  let client: LspClient;
  const statuses: IndexStatus[] = [];
  const last = () => statuses[statuses.length - 1];
  const settledAt = (letters: number) => () => last()?.indexing === false && last()?.letters === letters;

  before(async () => {
    ws = new TestWorkspace();
    client = new LspClient();
    client.connection.onNotification('kamerstukken/indexStatus', (status: IndexStatus) => { statuses.push(status); });
    await client.start(ws.root);
    await client.waitFor(() => client.progress.filter(p => p.kind === 'end').length >= 1, 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const waitFor = async (predicate: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; statuses: ${JSON.stringify(statuses)}`);
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  };

  it('says how many letters are indexed once indexing is done', async () => {
    await waitFor(settledAt(5), '5 letters');
  });

  it('follows a letter created, deleted and renamed', async () => {
    const letter = path.join(ws.corpusDir, 'nieuw.txt');
    fs.writeFileSync(letter, 'Hierbij de stand van zaken.\n\nTweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 888 2\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(letter).href, type: 1 }] });
    await waitFor(settledAt(6), '6 letters after a creation');

    fs.unlinkSync(ws.file('000'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(path.join(ws.corpusDir, '000_24c3e309d107eecc.txt')), type: 3 }] });
    await waitFor(settledAt(5), '5 letters after a deletion');

    const renamed = path.join(ws.corpusDir, 'hernoemd.txt');
    fs.renameSync(letter, renamed);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [
      { uri: pathToFileURL(letter).href, type: 3 },
      { uri: pathToFileURL(renamed).href, type: 1 },
    ] });
    await new Promise(resolve => setTimeout(resolve, 1500));
    assert.deepEqual(last(), { letters: 5, indexing: false });
  });
});

describe('language server: no letter count in the middle of indexing', function () {
  this.timeout(60000);

  it('a change of settings just after the start does not show a count of letters half indexed', async () => {
    const ws = new TestWorkspace();
    const client = new LspClient();
    const statuses: IndexStatus[] = [];
    try {
      // Enough letters that indexing outlasts the second between a publishing round and the corpus notice.
      const many = path.join(ws.corpusDir, 'many');
      fs.mkdirSync(many);
      for (let i = 0; i < 3000; i++) {
        fs.writeFileSync(path.join(many, `brief-${i}.txt`), `Zie Kamerstuk 29 754, nr. ${i % 97}.\n\nTweede Kamer, vergaderjaar 2015–2016, 29 754, nr. ${1000 + i} 2\n`);
      }
      client.connection.onNotification('kamerstukken/indexStatus', (status: IndexStatus) => { statuses.push(status); });
      await client.start(ws.root);
      // As VS Code does at the start: the settings, which re-publish every known letter's diagnostics.
      await client.notify('workspace/didChangeConfiguration', { settings: {} });
      await client.waitFor(() => client.progress.filter(p => p.kind === 'end').length >= 2, 'both passes of indexing', 50000);
      const deadline = Date.now() + 10_000;
      while (statuses[statuses.length - 1]?.letters !== 3005 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
      assert.deepEqual(statuses.filter(s => !s.indexing).map(s => s.letters), [3005]);
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});
