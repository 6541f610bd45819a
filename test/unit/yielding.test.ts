// The server's long loops yield so that a request that arrived during a slice is answered before the next
// slice. vscode-jsonrpc takes a message in two setImmediate hops (decode, then dispatch); the test models
// that with two hops and checks the order of events, which the event loop makes deterministic.
import * as assert from 'node:assert/strict';
import { yieldAfter, yieldToMessages } from '../../server/src/lsp/yielding';

/** What vscode-jsonrpc does with a message read from the transport: decode on one turn, dispatch on the next. */
function messageArrives(log: string[], name: string): void {
  setImmediate(() => setImmediate(() => log.push(`answered ${name}`)));
}

describe('yielding to requests between slices', () => {
  it('answers a message that arrived during a slice before the next slice runs', async () => {
    const log: string[] = [];
    for (let slice = 1; slice <= 3; slice++) {
      log.push(`slice ${slice}`);
      if (slice === 1) messageArrives(log, 'hover');
      if (slice === 2) {
        messageArrives(log, 'definition');
        messageArrives(log, 'references');
      }
      await yieldToMessages();
    }
    assert.deepEqual(log, ['slice 1', 'answered hover', 'slice 2', 'answered definition', 'answered references', 'slice 3']);
  });

  it('a single setImmediate hop would not: the next slice ran between decode and dispatch', async () => {
    // The behaviour the three turns replace, kept as a check that the model above is the real hazard.
    const log: string[] = [];
    log.push('slice 1');
    messageArrives(log, 'hover');
    await new Promise<void>(resolve => setImmediate(resolve));
    log.push('slice 2');
    await new Promise<void>(resolve => setImmediate(resolve));
    assert.deepEqual(log, ['slice 1', 'slice 2', 'answered hover']);
  });

  it('yieldAfter keeps the slice while its budget lasts and starts a new one after yielding', async () => {
    const start = Date.now();
    assert.equal(await yieldAfter(start, 60_000), start);
    const log: string[] = [];
    messageArrives(log, 'hover');
    const next = await yieldAfter(start - 1_000, 8);
    assert.ok(next >= start);
    assert.deepEqual(log, ['answered hover']);
  });
});
