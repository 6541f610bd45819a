// Starts the language server (dist/server.js, bundled) over stdio and reports clearly when it cannot.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { createLetterWatchers, readLetterGlobs } from './letterFiles';
import { CONFIG_SECTION, LANGUAGE_ID, SERVER_PATH_ENV, STORE_GLOB } from './names';
import { ServerLog } from './serverLog';

/** The bundled server next to the bundled client, unless the environment points elsewhere. */
export function serverModulePath(context: vscode.ExtensionContext): string {
  const override = process.env[SERVER_PATH_ENV];
  if (override && override.trim() !== '') return override;
  return context.asAbsolutePath('dist/server.js');
}

/** Restarts allowed after a crash of a server that had been running, within the window below. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  serverLog: ServerLog,
  hasEverRun: () => boolean,
): LanguageClient {
  const module = serverModulePath(context);
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, args: ['--stdio'], options: { env } },
    debug: {
      module,
      transport: TransportKind.stdio,
      args: ['--stdio'],
      options: { execArgv: ['--nolazy', '--inspect=6009'], env },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      // The annotation store: its open text (edits applied by code actions, undo) is what the server applies.
      { scheme: 'file', pattern: STORE_GLOB },
    ],
    synchronize: {
      configurationSection: CONFIG_SECTION,
      fileEvents: createLetterWatchers(readLetterGlobs()),
    },
    // The server reads its settings at start from here, then pulls them with workspace/configuration.
    // The cache of analysed letters lives in VS Code's per-workspace storage, so a restart re-indexes from it.
    initializationOptions: {
      settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(CONFIG_SECTION))),
      cacheDir: context.storageUri ? vscode.Uri.joinPath(context.storageUri, 'index-cache').fsPath : undefined,
    },
    outputChannel,
    stdioOptions: { stdout: serverLog.pipeStdout, stderr: serverLog.pipeStderr },
    // A server that never came up is not restarted: the error is reported once, with its stderr.
    initializationFailedHandler: () => false,
    errorHandler: crashPolicy(hasEverRun),
  };
  return new LanguageClient('kamerstukken', 'Kamerstukken', serverOptions, clientOptions);
}

function crashPolicy(hasEverRun: () => boolean) {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      // Died before it ever answered: restarting would fail the same way. The start promise rejects
      // and the extension reports the error with the server's stderr.
      if (!hasEverRun()) return { action: CloseAction.DoNotRestart, handled: true };
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        return {
          action: CloseAction.DoNotRestart,
          message: `The Kamerstukken server stopped ${crashes.length} times in 3 minutes and will not be restarted. See the "Kamerstukken" output.`,
        };
      }
      return { action: CloseAction.Restart };
    },
  };
}

/** Explains a failed start in one message: which file, what the server said. */
export function describeStartFailure(error: unknown, module: string, serverLog: ServerLog): string {
  const reason = error instanceof Error ? error.message : String(error);
  const parts = [`The Kamerstukken language server failed to start (${module}): ${reason}`];
  if (!fs.existsSync(module)) parts.push(`The server file does not exist; build it with "npm run build".`);
  const stderr = serverLog.tail();
  if (stderr) parts.push(`Server output:\n${stderr}`);
  return parts.join('\n');
}

/**
 * What the server process is started with beside the editor's own environment (the language client adds that).
 * glibc gives each analysis thread malloc arenas of its own and keeps their memory after the threads end: with two
 * arenas, a first indexing of 10,000 letters leaves the server about 45 MB smaller (433 against 477 MB), at the
 * same speed (BENCHMARKS.md, session 18). A value the user has set is kept; elsewhere than glibc it means nothing.
 */
export function serverEnvironment(current: NodeJS.ProcessEnv): Record<string, string> {
  return { MALLOC_ARENA_MAX: current.MALLOC_ARENA_MAX ?? '2' };
}
