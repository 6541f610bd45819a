import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { runAnnotate } from '../../server/src/cli/annotate';
import { ChunkedOutput, textSink } from '../../server/src/cli/bytes';

const corpus = join(__dirname, '..', '..', '..', 'corpus');

describe('CLI output bytes', () => {
  it('gathers bytes and texts into chunks, and a character split between chunks is decoded whole', () => {
    let got = '';
    const decoded = textSink(s => { got += s; });
    const chunks: number[] = [];
    const out = new ChunkedOutput(bytes => { chunks.push(bytes.length); return decoded.sink(bytes); });
    // 'ö' is two bytes: after (1 MB - 1) one-byte characters it straddles the chunk boundary.
    const long = Buffer.from('a'.repeat((1 << 20) - 1) + 'ö' + 'b'.repeat(10), 'utf8');
    out.text('{');
    out.bytes(long, 1);
    out.text('“Tweede Kamer”');
    out.bytes(long, 0, 3);
    out.flush();
    decoded.end();
    assert.equal(got, '{' + long.toString('utf8', 1) + '“Tweede Kamer”' + 'aaa');
    assert.ok(chunks.length >= 2);
  });

  it('writes into a new chunk while the sink keeps the last one', () => {
    const kept: Buffer[] = [];
    const out = new ChunkedOutput(bytes => { kept.push(bytes); return false; });
    const a = Buffer.from('x'.repeat(1 << 20));
    out.bytes(a);
    out.text('’s-Gravenhage');
    out.flush();
    assert.equal(kept.length, 2);
    assert.equal(kept[0].toString(), a.toString());
    assert.equal(kept[1].toString(), '’s-Gravenhage');
  });

  it('writes a text longer than a chunk', () => {
    const parts: Buffer[] = [];
    const out = new ChunkedOutput(bytes => { parts.push(Buffer.from(bytes)); return true; });
    const text = '’'.repeat(1 << 20);
    out.text('<');
    out.text(text);
    out.flush();
    assert.equal(Buffer.concat(parts).toString('utf8'), '<' + text);
  });

  it('annotate --json gives stdoutBytes the same bytes as the text it gives stdout', () => {
    let text = '';
    const parts: Buffer[] = [];
    const quiet = () => undefined;
    assert.equal(runAnnotate(['--json', corpus], { stdout: s => { text += s; }, stderr: quiet }), 0);
    assert.equal(runAnnotate(['--json', corpus], { stdout: () => assert.fail('text written'), stderr: quiet, stdoutBytes: b => { parts.push(Buffer.from(b)); return true; } }), 0);
    assert.equal(Buffer.concat(parts).toString('utf8'), text);
    assert.ok(JSON.parse(text).documents.length >= 5);
  });
});
