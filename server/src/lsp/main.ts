// Entry point of dist/server.js: `node dist/server.js --stdio` (the transport comes from argv). The same
// bundle also runs as the analysis worker thread, started by the server with workerData.role.
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { WORKER_ROLE } from './analyserPool';
import { runAnalysisWorker } from './analysisWorker';
import { cacheDirFromArgv, startServer } from './server';
import { serverArgvAnswer } from './usage';
import { warmUpAnalysis } from './warmUp';

const HEAP_GROWING_PERCENT = 50;

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  runAnalysisWorker();
} else {
  const answer = serverArgvAnswer(process.argv);
  if (answer) {
    if (answer.stdout) process.stdout.write(answer.stdout);
    if (answer.stderr) process.stderr.write(answer.stderr);
    process.exitCode = answer.exitCode;
  } else {
    startLanguageServer();
  }
}

function startLanguageServer(): void {
  // The index of a large workspace is a few hundred MB that live as long as the server. V8's default heap
  // growth (up to 2x between full collections) leaves the process over 500 MB after indexing 10,000 letters
  // (554 MB measured). 25 % kept it at 393 MB, but the heap then filled again within a second while the
  // second pass took in its records: a full collection every ~1.1 s, each marking 60-95 ms on this thread,
  // and a request waited 74-117 ms in 4 of 11 runs. 50 %: 399-401 MB after indexing, the longest wait
  // under 40 ms in 8 of 9 runs (59 ms once); 100 %: 421-431 MB and a 96 ms wait still (BENCHMARKS.md).
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // V8 drops the bytecode of a function that has not run for five full collections, and the first pass of indexing
  // runs dozens on this thread while the analysis runs only in the workers: the warm-up's first turn after it then
  // compiled the analysis again, and a request waited 40-80 ms behind it (at the first pass's end + 1 s, the longest
  // wait of every 10,000-letter bench run of session 25). Kept, the analysis of a short letter after 12 such
  // collections took 5.6-8.0 ms instead of 22-82 ms; the bytecode of code that has run is a few MB.
  setFlagsFromString('--no-flush-bytecode');
  const connection = createConnection(ProposedFeatures.all);
  // A bug in a callback outside a request handler must not end the process: log it and go on.
  process.on('uncaughtException', err => connection.console.error(`[kamerstukken] uncaught: ${err?.stack ?? String(err)}`));
  process.on('unhandledRejection', err => connection.console.error(`[kamerstukken] unhandled rejection: ${err instanceof Error ? err.stack : String(err)}`));
  warmUpAnalysis();
  startServer(connection, { workerScript: __filename, cacheDir: cacheDirFromArgv(process.argv) });
}
