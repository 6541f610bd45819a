// The main thread's warm-up (server/src/lsp/warmUp.ts): a letter of its own at start, then the workspace's short
// letters, one a turn, up to a budget; nothing a user sees changes, and bad files are passed over.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseLetter } from '../../server/src/core/analyse';
import { fileUri } from '../../server/src/core/workspace/uris';
import { resetWarmUp, warmUpAnalysis, warmUpOnLetters, WARM_UP_LETTER } from '../../server/src/lsp/warmUp';

describe('warm-up of the main thread', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'warm-up-')); resetWarmUp(); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const letter = (name: string, content: string | Buffer): string => {
    writeFileSync(join(dir, name), content);
    return fileUri(join(dir, name));
  };

  it('its own letter runs every recogniser: its identity, citations of each kind, bodies, acronyms and dates', () => {
    const analysis = analyseLetter(WARM_UP_LETTER);
    const kinds = new Set(analysis.entities.map(e => e.kind));
    for (const kind of ['kamerstuk', 'handelingen', 'aanhangsel', 'organisation', 'date']) assert.ok(kinds.has(kind as never), `no ${kind} in ${[...kinds].join(', ')}`);
    assert.equal(analysis.identity.dossier, '29754');
    assert.equal(analysis.identity.number, '400');
    assert.ok(analysis.footnotes.length > 0 && analysis.furniture.length > 0);
    assert.doesNotThrow(() => warmUpAnalysis());
  });

  it('analyses the short letters, repeating a small workspace, up to the budget', async () => {
    const text = 'Zie Kamerstuk 29 754, nr. 325 van 24 mei 2016 over de NCTV.\n';
    const uris = [letter('a.txt', text), letter('b.txt', text)];
    const seen: string[] = [];
    const analysed = await warmUpOnLetters(uris, { budgetChars: text.length * 5, ownLetterTurns: 0, delayMs: 0, analyse: uri => void seen.push(uri) });
    assert.equal(analysed, text.length * 5);
    assert.deepEqual(seen, [uris[0], uris[1], uris[0], uris[1], uris[0]]);
    // The budget is spent for good: a later index does not warm up again.
    assert.equal(await warmUpOnLetters(uris, { budgetChars: text.length * 5, ownLetterTurns: 0, delayMs: 0, analyse: uri => void seen.push(uri) }), 0);
  });

  it('passes over letters that are too long, gone, binary or not valid text, and one the analysis fails on', async () => {
    const short = letter('short.txt', 'Den Haag, 3 maart 2025\n');
    const uris = [
      letter('long.txt', 'x'.repeat(9_000)),
      fileUri(join(dir, 'gone.txt')),
      letter('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x00])),
      letter('fails.txt', 'De analyse faalt hier.\n'),
      short,
    ];
    const seen: string[] = [];
    const analysed = await warmUpOnLetters(uris, {
      budgetChars: 1_000,
      maxLetterChars: 8_000,
      ownLetterTurns: 0, delayMs: 0,
      analyse: uri => { seen.push(uri); if (uri.endsWith('fails.txt')) throw new Error('boom'); },
    });
    assert.ok(!seen.some(u => /long|gone|binary/.test(u)), seen.join(' '));
    assert.ok(seen.includes(short));
    assert.ok(analysed > 0);
  });

  it('stops when a newer scan makes it stale, and lets other work run between letters', async () => {
    const uris = ['a', 'b', 'c', 'd'].map(n => letter(`${n}.txt`, 'Op 1 juli 2016 schreef de minister.\n'));
    const seen: string[] = [];
    let stale = false;
    // Work queued before each letter (as a request would be) runs before that letter is analysed.
    const ranBefore: boolean[] = [];
    let ran = false;
    setImmediate(() => { ran = true; });
    await warmUpOnLetters(uris, {
      budgetChars: 1_000_000,
      ownLetterTurns: 0, delayMs: 0,
      stale: () => stale,
      analyse: uri => {
        seen.push(uri);
        ranBefore.push(ran);
        ran = false;
        setImmediate(() => { ran = true; });
        if (seen.length === 2) stale = true;
      },
    });
    assert.deepEqual(seen, uris.slice(0, 2));
    assert.deepEqual(ranBefore, [true, true]);
  });

  it('its own letter goes first; a letter that would take longer than a turn at the speed seen so far is left', async () => {
    const short = letter('short.txt', 'a'.repeat(500));
    const long = letter('long.txt', 'b'.repeat(5_000));
    const seen: string[] = [];
    const slowly = (uri: string, text: string) => {
      seen.push(uri);
      const until = performance.now() + text.length * 0.01; // 100 characters a millisecond
      while (performance.now() < until) { /* the analysis */ }
    };
    await warmUpOnLetters([long, short], { budgetChars: 100_000, ownLetterTurns: 2, delayMs: 0, turnMs: 20, analyse: slowly });
    assert.deepEqual(seen.slice(0, 2), ['untitled:kamerstukken-warm-up', 'untitled:kamerstukken-warm-up']);
    assert.ok(seen.includes(short), 'the short letter was not taken');
    assert.ok(!seen.includes(long), 'the letter of 50 ms was taken in a turn of 20');
  });

  it('waits its delay before the first letter, and does nothing when a newer scan came meanwhile', async () => {
    const uris = [letter('a.txt', 'Op 1 juli 2016 schreef de minister.\n')];
    const seen: string[] = [];
    let analysedAt = 0;
    const started = Date.now();
    await warmUpOnLetters(uris, { budgetChars: 100, ownLetterTurns: 0, delayMs: 40, analyse: uri => { seen.push(uri); analysedAt ||= Date.now(); } });
    assert.deepEqual([...new Set(seen)], uris);
    assert.ok(analysedAt - started >= 39, `analysed ${analysedAt - started} ms after the start`);
    resetWarmUp();
    let stale = false;
    setTimeout(() => { stale = true; }, 5);
    const before = seen.length;
    assert.equal(await warmUpOnLetters(uris, { budgetChars: 100, delayMs: 40, stale: () => stale, analyse: uri => void seen.push(uri) }), 0);
    assert.equal(seen.length, before);
  });
});
