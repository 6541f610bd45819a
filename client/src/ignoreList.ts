// The "Ignore unresolved reference" quick fixes: which settings level the pattern goes to, and the list written
// there. Without `vscode`, so that it can be tested on its own.

export type IgnoreTarget = 'workspace' | 'global';

/** What `WorkspaceConfiguration.inspect('diagnostics.ignore')` tells of the setting's levels. */
export interface IgnoreLevels {
  globalValue?: unknown;
  workspaceValue?: unknown;
}

/**
 * The level to write and the list it gets with `patterns` added (each once), or null when that level lists them all
 * already. The workspace level, so the choice travels with the corpus; without a folder open, the user's settings.
 */
export function planIgnore(levels: IgnoreLevels | undefined, hasFolders: boolean, patterns: string | readonly string[]): { target: IgnoreTarget; list: string[] } | null {
  const target: IgnoreTarget = hasFolders ? 'workspace' : 'global';
  // The list of the level written: another level's would replace it (the user's list, without a folder).
  const current = target === 'workspace' ? levels?.workspaceValue : levels?.globalValue;
  const list = Array.isArray(current) ? current.filter((item): item is string => typeof item === 'string') : [];
  const added = [...new Set(typeof patterns === 'string' ? [patterns] : patterns)].filter(p => !list.includes(p));
  return added.length === 0 ? null : { target, list: [...list, ...added] };
}
