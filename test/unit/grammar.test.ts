// The TextMate grammar, checked without vscode-textmate: every pattern is compiled with JavaScript's
// RegExp and run over real corpus lines by a small scanner that picks, like TextMate, the pattern
// whose match starts first (the earlier pattern on a tie). The patterns keep to the subset that
// Oniguruma and JavaScript read alike, which the first tests enforce.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'kamerbrief.tmLanguage.json');

interface Rule {
  match?: string;
  name?: string;
  include?: string;
  captures?: Record<string, { name: string }>;
}
interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const grammar: Grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));

function topLevelRules(): Array<{ key: string; rule: Rule; regex: RegExp }> {
  return grammar.patterns.map(pattern => {
    const key = (pattern.include ?? '').replace(/^#/, '');
    const rule = grammar.repository[key];
    return { key, rule, regex: new RegExp(rule.match ?? '', 'g') };
  });
}

interface Token {
  rule: string;
  scope: string;
  text: string;
}

/** TextMate's choice on one line: at each position the earliest match wins; the first pattern wins ties. */
function tokenize(line: string): Token[] {
  const rules = topLevelRules();
  // A rule's next match is reused while it still lies ahead (a search from p sees every start >= p),
  // so a long line costs one pass per rule rather than one per token.
  const next: Array<RegExpExecArray | null | undefined> = rules.map(() => undefined);
  const tokens: Token[] = [];
  let position = 0;
  while (position <= line.length) {
    let bestIndex = -1;
    rules.forEach(({ regex }, index) => {
      let match = next[index];
      if (match === undefined || (match !== null && match.index < position)) {
        regex.lastIndex = position;
        match = regex.exec(line);
        next[index] = match;
      }
      if (match && (bestIndex < 0 || match.index < (next[bestIndex] as RegExpExecArray).index)) bestIndex = index;
    });
    if (bestIndex < 0) break;
    const { key, rule } = rules[bestIndex];
    const match = next[bestIndex] as RegExpExecArray;
    tokens.push({ rule: key, scope: rule.name ?? rule.captures?.['0']?.name ?? rule.captures?.['1']?.name ?? '', text: match[0] });
    position = match.index + Math.max(match[0].length, 1);
  }
  return tokens;
}

function corpusLines(): string[] {
  const folder = path.join(ROOT, 'corpus');
  return fs.readdirSync(folder).filter(name => name.endsWith('.txt')).sort()
    .flatMap(name => fs.readFileSync(path.join(folder, name), 'utf8').split(/\r?\n/));
}

function lineOf(file: string, contains: string): string {
  const text = fs.readFileSync(path.join(ROOT, 'corpus', file), 'utf8');
  const line = text.split(/\r?\n/).find(candidate => candidate.includes(contains));
  assert.ok(line, `no line of ${file} contains ${JSON.stringify(contains)}`);
  return line;
}

function texts(tokens: Token[], rule: string): string[] {
  return tokens.filter(token => token.rule === rule).map(token => token.text);
}

describe('TextMate grammar (syntaxes/kamerbrief.tmLanguage.json)', () => {
  describe('structure', () => {
    it('is the grammar package.json contributes for the kamerbrief language', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const contributed = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'kamerbrief');
      assert.equal(contributed.scopeName, grammar.scopeName);
      assert.equal(path.resolve(ROOT, contributed.path), GRAMMAR_PATH);
    });

    it('includes only repository rules that exist, and every rule is used', () => {
      const included = grammar.patterns.map(p => (p.include ?? '').replace(/^#/, ''));
      for (const key of included) assert.ok(grammar.repository[key], `missing repository rule ${key}`);
      assert.deepEqual([...included].sort(), Object.keys(grammar.repository).sort());
    });

    it('compiles every pattern as a JavaScript RegExp', () => {
      for (const [key, rule] of Object.entries(grammar.repository)) {
        assert.ok(rule.match, `${key} has no match`);
        assert.doesNotThrow(() => new RegExp(rule.match as string), key);
      }
    });

    it('keeps to constructs that Oniguruma and JavaScript read alike', () => {
      // Named groups, \p{…}, \h, \A, \z, possessive quantifiers and atomic groups differ between the two engines.
      const unportable = /\(\?<[A-Za-z]|\\p\{|\\[hHAzZGK]|[*+?}]\+|\(\?>/;
      for (const [key, rule] of Object.entries(grammar.repository)) {
        assert.doesNotMatch(rule.match as string, unportable, `${key} uses an engine-specific construct`);
      }
    });

    it('gives every rule a kamerbrief scope', () => {
      for (const [key, rule] of Object.entries(grammar.repository)) {
        const scopes = [rule.name, ...Object.values(rule.captures ?? {}).map(c => c.name)].filter(Boolean);
        assert.ok(scopes.length > 0, `${key} has no scope`);
        for (const scope of scopes) assert.match(scope as string, /\.kamerbrief$/, key);
      }
    });
  });

  describe('references', () => {
    it('marks "Kamerstuk 29 754, nr. 251" in the footnote of 002', () => {
      const tokens = tokenize(lineOf('002_548ef68b162742fc.txt', 'Kamerstuk 29 754, nr. 251'));
      assert.deepEqual(texts(tokens, 'kamerstuk'), ['Kamerstuk 29 754, nr. 251']);
      // "6 november" ends the line; its year is on the next one, which a line grammar cannot see.
      assert.deepEqual(texts(tokens, 'date'), ['30 juni 2014', '6 november']);
    });

    it('marks a kamerstuk with a dossier suffix: "Kamerstuk 21 501-02, nr. 1458" (001)', () => {
      const tokens = tokenize(lineOf('001_3db4abffb7247bac.txt', '21 501-02'));
      assert.deepEqual(texts(tokens, 'kamerstuk'), ['Kamerstuk 21 501-02, nr. 1458']);
    });

    it('marks a dossier-only reference: "Kamerstuk 34 359" (003)', () => {
      const tokens = tokenize(lineOf('003_a211609418273696.txt', 'Kamerstuk 34 359'));
      assert.deepEqual(texts(tokens, 'kamerstuk'), ['Kamerstuk 34 359']);
    });

    it('marks Handelingen with item, and the date before it (002)', () => {
      const tokens = tokenize(lineOf('002_548ef68b162742fc.txt', 'nr. 41, item 7'));
      assert.deepEqual(texts(tokens, 'handelingen'), ['Handelingen II 2014/15, nr. 41, item 7']);
      assert.deepEqual(texts(tokens, 'date'), ['14 januari jl.']);
    });

    it('marks an Aanhangsel as a whole, never its Handelingen part separately (002)', () => {
      const tokens = tokenize(lineOf('002_548ef68b162742fc.txt', 'nr. 1242'));
      assert.deepEqual(texts(tokens, 'aanhangsel'), ['Aanhangsel Handelingen II 2014/15, nr. 1242']);
      assert.deepEqual(texts(tokens, 'handelingen'), []);
    });
  });

  describe('page furniture and footnotes', () => {
    it('marks the running footer with its page number, not as a kamerstuk (001)', () => {
      const line = lineOf('001_3db4abffb7247bac.txt', 'Tweede Kamer, vergaderjaar 2015–2016');
      const match = new RegExp(grammar.repository.footer.match as string).exec(line);
      assert.ok(match);
      assert.equal(match[1], 'Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327');
      assert.equal(match[2], '6');
      assert.deepEqual(tokenize(line).map(t => t.rule), ['footer']);
    });

    it('marks the masthead of 003 with the logo digit apart', () => {
      const match = new RegExp(grammar.repository.masthead.match as string).exec(lineOf('003_a211609418273696.txt', 'Staten-Generaal 2'));
      assert.ok(match);
      assert.equal(match[1], 'Tweede Kamer der Staten-Generaal');
      assert.equal(match[2], ' 2');
    });

    it('marks a footnote marker glued to the sentence: "Uw Kamer.1 Bij" (002)', () => {
      const tokens = tokenize(lineOf('002_548ef68b162742fc.txt', 'Uw Kamer.1 Bij'));
      assert.deepEqual(texts(tokens, 'footnote-marker'), ['1']);
    });

    it('marks the number that opens a footnote body, not a date at the start of a line (002)', () => {
      const body = tokenize(lineOf('002_548ef68b162742fc.txt', '1 Zie hiervoor'));
      assert.equal(body[0].rule, 'footnote-body-number');
      const dateLine = tokenize(lineOf('002_548ef68b162742fc.txt', '14 januari jl. (Handelingen'));
      assert.equal(dateLine[0].rule, 'date');
    });

    it('does not take decimals or numbers after a space for footnote markers', () => {
      assert.deepEqual(texts(tokenize('de Beleidsdoorlichting 25.1 (2011) naar het'), 'footnote-marker'), []);
      assert.deepEqual(texts(tokenize('om 12.00u door een minuut stilte'), 'footnote-marker'), []);
      assert.deepEqual(texts(tokenize('pagina’s 20 en 59.'), 'footnote-marker'), []);
    });
  });

  describe('organisations and dates', () => {
    it('marks the services in "(zoals AIVD, MIVD, KMAR, politie en OM)" (002)', () => {
      const tokens = tokenize(lineOf('002_548ef68b162742fc.txt', 'zoals AIVD, MIVD, KMAR'));
      assert.deepEqual(texts(tokens, 'organisation'), ['AIVD', 'MIVD', 'KMAR']);
      const next = tokenize(lineOf('002_548ef68b162742fc.txt', 'politie en OM)'));
      assert.deepEqual(texts(next, 'organisation'), ['politie', 'OM']);
    });

    it('marks EU inside compounds but not inside longer words', () => {
      assert.deepEqual(texts(tokenize('de EU-lidstaten en intra-EU verkeer'), 'organisation'), ['EU', 'EU']);
      assert.deepEqual(texts(tokenize('EUROPA en NEUTRAAL'), 'organisation'), []);
    });

    it('marks a ministry by its name, one at a time in a list (004)', () => {
      const tokens = tokenize(lineOf('004_c51793f171952d9b.txt', 'Ministerie van Defensie'));
      assert.deepEqual(texts(tokens, 'ministry'), ['Ministerie van Defensie', 'Ministerie van Buitenlandse Zaken']);
    });

    it('marks full, relative and year-less dates', () => {
      assert.deepEqual(texts(tokenize('brief van 11 november 2015 en 18 februari a.s. of 9 feb'), 'date'),
        ['11 november 2015', '18 februari a.s.']);
      assert.deepEqual(texts(tokenize('op 32 januari en 0 mei'), 'date'), []);
    });
  });

  describe('robustness', () => {
    it('tokenises every corpus line', () => {
      const lines = corpusLines();
      const counts = new Map<string, number>();
      for (const line of lines) for (const token of tokenize(line)) counts.set(token.rule, (counts.get(token.rule) ?? 0) + 1);
      assert.ok(lines.length > 1000);
      for (const rule of ['footer', 'kamerstuk', 'handelingen', 'aanhangsel', 'date', 'organisation', 'footnote-marker']) {
        assert.ok((counts.get(rule) ?? 0) > 0, `${rule} never matched in the corpus`);
      }
    });

    it('scans a long line of near-misses to the end (no catastrophic backtracking)', () => {
      const unit = 'Kamerstuk 29 754, nr. Ministerie Van Van Van Handelingen II 2014/15, nr. 31 mei ';
      const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const tokens = tokenize(line);
      assert.ok(tokens.length >= 3 * Math.floor(line.length / unit.length));
    });
  });
});
