// The status bar's own count of letter files (client/src/ownCount.ts): a search that ends after its server run
// stopped, or after the server reported, must not put its count over what the status bar says then.
import * as assert from 'node:assert/strict';
import { OwnCountGate } from '../../client/src/ownCount';

describe('the client\'s own letter count in the status bar', () => {
  it('shows while the run it was started for runs and has not reported', () => {
    const gate = new OwnCountGate();
    const run = gate.started();
    assert.equal(gate.mayShow(run), true);
    gate.serverReported();
    assert.equal(gate.mayShow(run), false, 'the server\'s count is the true one');
  });

  it('a search that ends after the server stopped does not cover "stopped" or the error', () => {
    const gate = new OwnCountGate();
    const run = gate.started();
    gate.ended();
    assert.equal(gate.mayShow(run), false);
  });

  it('a search of an earlier run does not show in the next run; the next run\'s own search does', () => {
    const gate = new OwnCountGate();
    const first = gate.started();
    gate.ended(); // a crash; the client starts the server again
    const second = gate.started();
    assert.equal(gate.mayShow(first), false);
    assert.equal(gate.mayShow(second), true);
  });
});
