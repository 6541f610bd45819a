// Loaded into the server with `node scripts/bench/bench.mjs --node-args "--require ./scripts/bench/gc-log.cjs"`:
// logs every garbage collection of the server's main thread that takes over 20 ms, with its time since the start, to
// .cache/bench/gc-<pid>.log (never to stdout: that is the LSP channel). Put beside the bench's slowest waits.
const { constants, PerformanceObserver } = require('node:perf_hooks');
const { appendFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { isMainThread } = require('node:worker_threads');

const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor (scavenge)',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major (mark-compact)',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

if (isMainThread) {
  const dir = join(__dirname, '..', '..', '.cache', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `gc-${process.pid}.log`);
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      if (e.duration <= 20) continue;
      const kind = e.detail?.kind;
      appendFileSync(file, `${(e.startTime / 1000).toFixed(2)} s  ${e.duration.toFixed(1)} ms  ${KINDS[kind] ?? `kind ${kind}`}\n`);
    }
  }).observe({ entryTypes: ['gc'] });
}
