// The thin client: starts the Kamerstukken language server and connects VS Code to it.
// All analysis lives in the server; this file wires the pieces together.
import * as vscode from 'vscode';
import { type LanguageClient, State, type StateChangeEvent } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerCorpusTree } from './corpusTree';
import { registerIndexFolder } from './indexFolder';
import { findLetterFiles, readLetterGlobs, watchLetterLanguage, whenLettersAppear } from './letterFiles';
import { INDEX_STATUS_NOTIFICATION, type IndexStatus } from './names';
import { OwnCountGate } from './ownCount';
import { createLanguageClient, describeStartFailure, serverModulePath } from './server';
import { ServerLog } from './serverLog';
import { StatusBar } from './statusBar';

/** What activate() returns: lets tests (and other extensions) wait for the server and read why it failed. */
export interface KamerstukkenApi {
  /** Resolves when the server is running; rejects with the start failure (server stderr included). */
  ready: Promise<void>;
  /** 'waiting': no letter in this window yet, so no server. */
  state(): 'waiting' | 'starting' | 'running' | 'stopped' | 'failed';
  /** The last lines the server wrote to stderr. */
  serverOutput(): string;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): KamerstukkenApi {
  const outputChannel = vscode.window.createOutputChannel('Kamerstukken', { log: true });
  const serverLog = new ServerLog();
  const statusBar = new StatusBar();
  context.subscriptions.push(outputChannel, statusBar);
  watchLetterLanguage(context);
  registerIndexFolder(context);

  let hasEverRun = false;
  /** Whether the client's own count of letter files may show: until the running server reports, only for its run. */
  const ownCount = new OwnCountGate();
  let failure: string | undefined;
  const languageClient = createLanguageClient(context, outputChannel, serverLog, () => hasEverRun);
  client = languageClient;

  context.subscriptions.push(
    languageClient.onDidChangeState(({ newState }: StateChangeEvent) => {
      if (newState === State.Running) {
        hasEverRun = true;
        const run = ownCount.started();
        void showLetterCount(statusBar, () => ownCount.mayShow(run));
        return;
      }
      // A search still under way for the run that ended must not cover "Starting…", "stopped" or the error.
      ownCount.ended();
      if (newState === State.Starting) {
        statusBar.starting();
      } else if (newState === State.Stopped && !failure) {
        statusBar.stopped();
      }
    }),
  );

  // Registered once, before any start: the client keeps it across restarts.
  context.subscriptions.push(
    languageClient.onNotification(INDEX_STATUS_NOTIFICATION, (status: IndexStatus) => {
      if (!status || typeof status.letters !== 'number') return;
      ownCount.serverReported();
      statusBar.index(status);
    }),
  );

  // Empty until the server runs; filled when it starts and whenever it says the corpus changed.
  const corpusTree = registerCorpusTree(context, languageClient);
  context.subscriptions.push(languageClient.onDidChangeState(({ newState }) => {
    // The panel shows while a server runs (package.json: "when": "kamerstukken.running").
    void vscode.commands.executeCommand('setContext', 'kamerstukken.running', newState === State.Running);
    if (newState === State.Running) corpusTree.refresh();
  }));

  let waiting = true;
  const start = async (): Promise<void> => {
    waiting = false;
    failure = undefined;
    try {
      await languageClient.start();
      // start() can resolve although the server died during the handshake (the client drops its
      // start promise when the connection closes), so check the state as well.
      if (!languageClient.isRunning()) throw new Error('the server process exited during start-up');
    } catch (error) {
      failure = describeStartFailure(error, serverModulePath(context), serverLog);
      outputChannel.error(failure);
      statusBar.failed(failure);
      void vscode.window.showErrorMessage(failure.split('\n')[0], 'Show Output').then(choice => {
        if (choice) outputChannel.show(true);
      });
      throw new Error(failure);
    }
  };

  registerCommands(context, {
    client: languageClient,
    outputChannel,
    restartServer: async () => {
      if (languageClient.isRunning()) await languageClient.stop();
      await start().catch(() => undefined);
    },
  });

  const ready = whenLettersAppear(context).then(() => {
    statusBar.starting();
    return start();
  });
  ready.catch(() => undefined); // reported above; the promise stays rejected for the API

  return {
    ready,
    state: () => {
      if (waiting) return 'waiting';
      if (failure) return 'failed';
      if (languageClient.state === State.Running) return 'running';
      if (languageClient.state === State.Starting) return 'starting';
      return 'stopped';
    },
    serverOutput: () => serverLog.tail(),
  };
}

/**
 * Until the server reports its index, the letter files the include globs name. The search can end after the
 * server's first report (a large workspace), or after the run it was started for stopped: its count then stays
 * unshown, as the server's is the true one, and "stopped" or the error is what the status bar must say.
 */
async function showLetterCount(statusBar: StatusBar, mayShow: () => boolean): Promise<void> {
  const files = await findLetterFiles(readLetterGlobs(), 100_000);
  if (mayShow()) statusBar.found(files.length);
}

export async function deactivate(): Promise<void> {
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
