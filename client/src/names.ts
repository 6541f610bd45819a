// Names shared by the client, package.json and the server: one place to look them up.

export const LANGUAGE_ID = 'kamerbrief';
export const CONFIG_SECTION = 'kamerstukken';

/** Commands the server puts in code actions; the client carries them out. */
export const ServerCommands = {
  openExternal: 'kamerstukken.openExternal',
  copyCitation: 'kamerstukken.copyCitation',
  ignoreReference: 'kamerstukken.ignoreReference',
  /** Annotation commands: they ask for what the user means, then run ServerSideCommands.applyAnnotation. */
  declareIdentity: 'kamerstukken.declareIdentity',
  defineAcronym: 'kamerstukken.defineAcronym',
  markOrganisation: 'kamerstukken.markOrganisation',
  markReference: 'kamerstukken.markReference',
  addNote: 'kamerstukken.addNote',
} as const;

/** Commands the server implements (workspace/executeCommand); the client calls them. */
export const ServerSideCommands = {
  /** [letterUri, change]: writes the annotation store through workspace/applyEdit. */
  applyAnnotation: 'kamerstukken.applyAnnotation',
  /** [letterUri?]: organisations to pick from (the store's, then the gazetteer's). */
  listOrganisations: 'kamerstukken.listOrganisations',
  /** [letterUri?, {start, end}?]: Kamerstukken to pick for a reference (the workspace's, then those only cited). */
  listReferences: 'kamerstukken.listReferences',
} as const;

/** Commands a person runs from the command palette. */
export const UserCommands = {
  restartServer: 'kamerstukken.restartServer',
  showOutput: 'kamerstukken.showOutput',
  exportAnnotations: 'kamerstukken.exportAnnotations',
  /** The corpus panel: ask the server again; open a cited stuk on officielebekendmakingen.nl. */
  refreshCorpus: 'kamerstukken.refreshCorpus',
  openCitedOnline: 'kamerstukken.openCitedOnline',
  /** [folder or file URI?]: adds the folder to kamerstukken.files.include. */
  indexFolder: 'kamerstukken.indexFolder',
} as const;

/** The explorer panel of the corpus, its request and the server's word that it changed. */
export const CORPUS_VIEW_ID = 'kamerstukken.corpus';
export const CORPUS_TREE_REQUEST = 'kamerstukken/corpusTree';
export const CORPUS_CHANGED_NOTIFICATION = 'kamerstukken/corpusChanged';

/** Where a corpus folder keeps its user annotations (relative to the folder). */
export const STORE_GLOB = '**/.kamerstukken/annotations.json';

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
