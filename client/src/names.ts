// Names shared by the client, package.json and the server: one place to look them up.

export const LANGUAGE_ID = 'kamerbrief';
export const CONFIG_SECTION = 'kamerstukken';

/** Commands the server puts in code actions; the client carries them out. */
export const ServerCommands = {
  openExternal: 'kamerstukken.openExternal',
  copyCitation: 'kamerstukken.copyCitation',
  ignoreReference: 'kamerstukken.ignoreReference',
} as const;

/** Commands a person runs from the command palette. */
export const UserCommands = {
  restartServer: 'kamerstukken.restartServer',
  showOutput: 'kamerstukken.showOutput',
} as const;

/**
 * Optional notification from the server about its workspace index. The status bar shows it;
 * without it the status bar counts the letter files itself.
 */
export const INDEX_STATUS_NOTIFICATION = 'kamerstukken/indexStatus';

export interface IndexStatus {
  /** Letters indexed so far. */
  letters: number;
  /** Letters found in total, when known while indexing. */
  total?: number;
  /** True while the server is still reading letters. */
  indexing: boolean;
}

/** Environment variable that points the client at another server bundle (used to prove the e2e run fails loudly). */
export const SERVER_PATH_ENV = 'KAMERSTUKKEN_SERVER_PATH';
