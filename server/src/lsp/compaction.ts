// V8 compacts the old space in some full collections: it moves live objects together, and the main thread waits
// for the move. While a large workspace is indexed, the heap takes in hundreds of MB of records, and such a
// collection paused this thread 42-72 ms; a request waited 76 and 108 ms behind it, in 2 of 10 bench runs at
// 10,000 letters (GC pauses logged with perf_hooks). With compaction held off while indexing, no full
// collection paused it over 21 ms and the longest wait was 22-28 ms in 4 runs, RSS after indexing unchanged
// (401-403 MB). It comes back when indexing ends: a server that runs for days still defragments its heap.
import { setFlagsFromString } from 'node:v8';

let held = false;

/** Whether compaction is held off now (for tests). */
export function compactionHeld(): boolean {
  return held;
}

/** Holds compaction off (true) while a workspace is indexed, or lets V8 compact again (false). */
export function holdCompaction(hold: boolean): void {
  if (hold === held) return;
  held = hold;
  try {
    setFlagsFromString(hold ? '--no-compact' : '--compact');
  } catch {
    // a V8 without the flag: collections stay as they are
  }
}
