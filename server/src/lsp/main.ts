// Entry point of dist/server.js: `node dist/server.js --stdio` (the transport comes from argv).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// A bug in a callback outside a request handler must not end the process: log it and go on.
process.on('uncaughtException', err => connection.console.error(`[kamerstukken] uncaught: ${err?.stack ?? String(err)}`));
process.on('unhandledRejection', err => connection.console.error(`[kamerstukken] unhandled rejection: ${err instanceof Error ? err.stack : String(err)}`));

startServer(connection);
