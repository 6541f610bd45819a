// The "kamerstukken" settings (ARCHITECTURE.md), parsed defensively from whatever the client sends.

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

export type DiagnosticCode =
  | 'reference.unresolved'
  | 'reference.malformed'
  | 'letter.no-identity'
  | 'letter.duplicate-id'
  | 'acronym.undefined'
  | 'date.impossible'
  | 'date.weekday-mismatch'
  | 'date.contradicts-cited-letter'
  | 'footnote.no-marker'
  | 'input.binary'
  | 'input.too-large'
  | 'input.encoding'
  | 'analysis.failed'
  | 'annotation.orphaned'
  | 'annotation.invalid';

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  'reference.unresolved': 'information',
  'reference.malformed': 'warning',
  'letter.no-identity': 'hint',
  'letter.duplicate-id': 'information',
  'acronym.undefined': 'hint',
  'date.impossible': 'warning',
  'date.weekday-mismatch': 'warning',
  'date.contradicts-cited-letter': 'warning',
  'footnote.no-marker': 'warning',
  'input.binary': 'error',
  'input.too-large': 'warning',
  'input.encoding': 'warning',
  'analysis.failed': 'error',
  'annotation.orphaned': 'warning',
  'annotation.invalid': 'error',
};

export interface Settings {
  include: string[];
  exclude: string[];
  severity: Record<string, Severity>;
  ignore: string[];
  inlayRelativeDates: boolean;
}

/**
 * Letter files by default: `.txt` under a `corpus/` folder and `.kamerbrief` anywhere, their extensions in any case
 * (character classes, which every glob matcher reads alike: this server's, VS Code's watchers, search and
 * document selectors, and an LSP client's file watchers).
 */
export const DEFAULT_INCLUDE: readonly string[] = ['**/corpus/**/*.[tT][xX][tT]', '**/*.[kK][aA][mM][eE][rR][bB][rR][iI][eE][fF]'];

/** The file watchers the server registers: letters by extension in any case, as DEFAULT_INCLUDE names them. */
export const LETTER_WATCH_GLOBS: readonly string[] = ['**/*.[tT][xX][tT]', '**/*.[kK][aA][mM][eE][rR][bB][rR][iI][eE][fF]'];

export const DEFAULT_SETTINGS: Settings = {
  // The extensions in any case ("BRIEF.TXT"): a file system that ignores case (Windows, macOS) shows them as letters
  // like any other. A glob the user writes is matched as written, case included.
  include: [...DEFAULT_INCLUDE],
  exclude: ['**/node_modules/**', '**/.*/**'],
  severity: { ...DEFAULT_SEVERITY },
  ignore: [],
  inlayRelativeDates: false,
};

const SEVERITIES = new Set<Severity>(['off', 'hint', 'information', 'warning', 'error']);

/** Codes that had another name in earlier versions, by that name: users' settings may still use it. */
export const RENAMED_CODES: ReadonlyMap<string, DiagnosticCode> = new Map([['footnote.no-body', 'footnote.no-marker']]);

/** The value as a severity; null when it is none. */
function asSeverity(value: unknown): Severity | null {
  return typeof value === 'string' && SEVERITIES.has(value as Severity) ? value as Severity : null;
}

/** Accepts the nested shape ({files: {include}}) and VS Code's flattened one ({"files.include": …}). */
export function parseSettings(raw: unknown): Settings {
  const obj = isObject(raw) ? raw : {};
  const pick = (path: string): unknown => {
    if (path in obj) return obj[path];
    let cur: unknown = obj;
    for (const part of path.split('.')) cur = isObject(cur) ? cur[part] : undefined;
    return cur;
  };
  const severity: Record<string, Severity> = { ...DEFAULT_SEVERITY };
  const rawSeverity = pick('diagnostics.severity');
  if (isObject(rawSeverity)) {
    for (const [code, value] of Object.entries(rawSeverity)) {
      const set = asSeverity(value);
      if (set && !RENAMED_CODES.has(code)) severity[code] = set;
    }
    // A setting under a code's old name still counts, unless the new name is set to something else than its
    // default. Not "unless the new name is there": VS Code merges an object setting with its default from
    // package.json, so the new name is always there, at its default, beside the user's old one.
    for (const [old, current] of RENAMED_CODES) {
      const set = Object.hasOwn(rawSeverity, old) ? asSeverity(rawSeverity[old]) : null;
      const setApart = asSeverity(rawSeverity[current]);
      if (set && (setApart === null || setApart === DEFAULT_SEVERITY[current])) severity[current] = set;
    }
  }
  return {
    include: stringList(pick('files.include')) ?? DEFAULT_SETTINGS.include,
    exclude: stringList(pick('files.exclude')) ?? DEFAULT_SETTINGS.exclude,
    severity,
    ignore: stringList(pick('diagnostics.ignore')) ?? [],
    inlayRelativeDates: pick('inlayHints.relativeDates') === true,
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringList(x: unknown): string[] | null {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : null;
}

/**
 * What a settings change can change of the diagnostics: the codes whose severity changed (a letter with
 * diagnostics of such a code, shown or 'off') and the ignore patterns added or removed (a letter citing an id
 * they match). Nothing for the other settings: the globs re-index, inlay hints are no diagnostics.
 */
export interface DiagnosticsChange {
  codes: string[];
  ignore: string[];
}

export function diagnosticsChange(before: Settings, after: Settings): DiagnosticsChange {
  const codes: string[] = [];
  for (const code of new Set([...Object.keys(before.severity), ...Object.keys(after.severity)])) {
    if ((before.severity[code] ?? 'information') !== (after.severity[code] ?? 'information')) codes.push(code);
  }
  const had = new Set(before.ignore);
  const has = new Set(after.ignore);
  const ignore = [...after.ignore.filter(p => !had.has(p)), ...before.ignore.filter(p => !has.has(p))];
  return { codes, ignore: [...new Set(ignore)] };
}
