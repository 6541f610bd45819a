// A small glob matcher for the files.include / files.exclude settings: "**", "*", "?", "{a,b}", "[abc]".
// Paths are workspace-relative with "/" separators. The regexes it builds are linear: every repetition
// is either a character class or a group that must end in "/", so no two ways to match overlap.

export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      inBraces++;
      out += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      out += ')';
    } else if (c === ',' && inBraces > 0) {
      out += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body}]`;
        i = close;
      }
    } else {
      out += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
  }
  while (inBraces-- > 0) out += ')';
  try {
    return new RegExp(`^${out}$`);
  } catch {
    return /^(?!)/; // an unusable pattern matches nothing
  }
}

export class GlobSet {
  private readonly regexes: RegExp[];

  constructor(globs: readonly string[]) {
    this.regexes = globs.filter(g => typeof g === 'string' && g.length > 0).map(globToRegExp);
  }

  get isEmpty(): boolean {
    return this.regexes.length === 0;
  }

  matches(relativePath: string): boolean {
    // Paths from the scanner are already in this form: no replacing for them (10,000 letters, twice each).
    const p = relativePath.includes('\\') || relativePath.startsWith('/') || relativePath.startsWith('./')
      ? relativePath.replace(/\\/g, '/').replace(/^\.?\//, '')
      : relativePath;
    for (const r of this.regexes) if (r.test(p)) return true;
    return false;
  }

  /** True when every file under the directory would be excluded ("node_modules/" against "**\/node_modules/**"). */
  matchesDirectory(relativeDir: string): boolean {
    const d = relativeDir.replace(/\\/g, '/').replace(/\/?$/, '/');
    return this.matches(d);
  }
}
