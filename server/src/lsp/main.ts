// Entry point of dist/server.js: `node dist/server.js --stdio` (the transport comes from argv). The same
// bundle also runs as the analysis worker thread, started by the server with workerData.role.
import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { WORKER_ROLE } from './analyserPool';
import { runAnalysisWorker } from './analysisWorker';
import { cacheDirFromArgv, startServer } from './server';

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  runAnalysisWorker();
} else {
  const connection = createConnection(ProposedFeatures.all);
  // A bug in a callback outside a request handler must not end the process: log it and go on.
  process.on('uncaughtException', err => connection.console.error(`[kamerstukken] uncaught: ${err?.stack ?? String(err)}`));
  process.on('unhandledRejection', err => connection.console.error(`[kamerstukken] unhandled rejection: ${err instanceof Error ? err.stack : String(err)}`));
  startServer(connection, { workerScript: __filename, cacheDir: cacheDirFromArgv(process.argv) });
}
