// The fast paths of the recognition core against the plain algorithms they replaced: same answers on the
// letters and on the inputs where a shortcut could go wrong (astral letters, İ, capitals, hash collisions).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formsOf, loadGazetteer, tokenize, type Form, type GazetteerMatch, type Token } from '../../server/src/core/data/gazetteer';
import { normalize, wordEvidence } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';

const root = join(__dirname, '..', '..', '..');
const lettersIn = (dir: string) => readdirSync(join(root, dir)).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(root, dir, f), 'utf8'));
const letters = [...lettersIn('corpus'), ...lettersIn('test/data/challenge/letters')];
const views = letters.map(t => { const l = analyseLayout(t); return normalize(t, { segments: l.segments, blanks: l.blanks }).text; });

// ------------------------------------------------------------------------------------------------
// The reference matcher: a token array from `tokenize`, a trie of lower-cased keys, a walk from every word.

interface RefNode { next: Map<string, RefNode>; forms: Form[] }

function referenceMatcher() {
  const { entries, matcher } = loadGazetteer();
  const trie: RefNode = { next: new Map(), forms: [] };
  for (const e of entries) {
    for (const form of formsOf(e)) {
      const keys = tokenize(form.text).filter(t => t.type !== 'break').map(t => t.key);
      if (keys.length === 0) continue;
      let node = trie;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = { next: new Map(), forms: [] }));
        node = child;
      }
      node.forms.push(form);
    }
  }
  const wordStart = (c: number) => /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c));
  const upper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
  const caseFits = (form: Form, surface: string) => {
    if (form.acronym) {
      const compact = surface.replace(/\s+/g, ''), written = form.text.replace(/\s+/g, '');
      return compact === written || compact === written.toUpperCase();
    }
    if (!upper(form.text[0]) || upper(surface[0])) return true;
    return /^ministerie (van )?\p{Lu}/u.test(surface) || /^(?:al|el|ad|an|as|ash|at|az)[-‐ ]\p{Lu}/u.test(surface);
  };
  const markedEnd = (text: string, t: Token) => {
    const m = /(?<=\p{L}\p{L})[0-9]{1,3}$/u.exec(text.slice(t.start, t.end));
    return t.type === 'word' && m ? t.start + m.index : -1;
  };
  const startOk = (text: string, s: number) => !['.', '/', '@', '_'].includes(text[s - 1]);
  const endOk = (text: string, e: number) => !(['.', '@', '_'].includes(text[e]) && wordStart(text.charCodeAt(e + 1) || 0));
  const plural = (text: string, e: number) => (text[e] === '’' || text[e] === "'") && (text[e + 1] === 's' || text[e + 1] === 'S') && !wordStart(text.charCodeAt(e + 2) || 0);
  const shouted = (text: string, tokens: Token[], first: number, last: number) => {
    const nearest = (k: number, step: number): Token | null => {
      for (; k >= 0 && k < tokens.length; k += step) {
        if (tokens[k].type === 'word') return tokens[k];
        if (tokens[k].type === 'break') return null;
      }
      return null;
    };
    const capitals = (t: Token) => { const s = text.slice(t.start, t.end); return s.length >= 2 && /^\p{Lu}+$/u.test(s) && !matcher.acronymIds.has(s); };
    const around = [nearest(first - 1, -1), nearest(last + 1, 1)].filter((t): t is Token => t !== null);
    return around.length > 0 && around.every(capitals);
  };
  return (text: string): GazetteerMatch[] => {
    const tokens = tokenize(text);
    const found: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== 'word' || !startOk(text, tokens[i].start)) continue;
      const start = tokens[i].start;
      let node: RefNode | undefined = trie;
      let best: { match: GazetteerMatch; last: number } | null = null;
      for (let j = i; j < tokens.length && node; j++) {
        const from: RefNode = node;
        node = node.next.get(tokens[j].key);
        const bare = node ? -1 : markedEnd(text, tokens[j]);
        if (bare > 0) {
          // A footnote marker glued to the last word ("Financiën1"): the name ends before it.
          const surface = text.slice(start, bare);
          const form = from.next.get(surface.slice(tokens[j].start - start).toLowerCase())?.forms.find(f => caseFits(f, surface) && (!f.acronym || !shouted(text, tokens, i, j)));
          if (form) best = { match: { start, end: bare, id: form.id, acronym: form.acronym }, last: j };
        }
        if (!node || node.forms.length === 0 || !endOk(text, tokens[j].end)) continue;
        const end = tokens[j].end, surface = text.slice(start, end);
        const form = node.forms.find(f => caseFits(f, surface) && (!f.acronym || (!plural(text, end) && !shouted(text, tokens, i, j))));
        if (form) best = { match: { start, end, id: form.id, acronym: form.acronym }, last: j };
      }
      if (best) { found.push(best.match); i = best.last; }
    }
    return found;
  };
}

describe('perf equivalence: gazetteer matcher', () => {
  const reference = referenceMatcher();
  const { matcher } = loadGazetteer();

  it('finds what the token-array matcher finds in every seed and challenge letter', () => {
    for (const text of [...letters, ...views]) assert.deepEqual(matcher.match(text), reference(text));
  });

  it('agrees on capitals, suspended hyphens, URLs, plurals and letters outside the Basic Multilingual Plane', () => {
    const odd = [
      'BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE OM TE', 'zoals AIVD, MIVD, KMAR en de EU CTC',
      'de Algemene Inlichtingen- en Veiligheidsdienst', 'www.nctv.nl en NCTV.nl, NCTV.', 'de IRU’s van Europol',
      'het ministerie van Defensie en Ministerie van Justitie', 'al-Qaida en al Shabaab', '𝐀IVD AIVD 𝐀 AIVD',
      'ΣAIVD AIVD Σ', 'İS İ AIVD', 'a\u0301IVD \u0301AIVD', '\ud800AIVD AIVD\udc00 OM', 'OM\n\nOM OM', '',
    ];
    for (const text of odd) assert.deepEqual(matcher.match(text), reference(text), JSON.stringify(text));
  });

  it('idOf names exactly one whole name', () => {
    for (const text of ['AIVD', 'Algemene Inlichtingen- en Veiligheidsdienst', 'de AIVD', 'AIVD en', 'om', 'Europol']) {
      const hits = reference(text);
      const whole = hits.length === 1 && hits[0].start === tokenize(text)[0]?.start && hits[0].end === tokenize(text).at(-1)?.end;
      assert.equal(matcher.idOf(text), whole ? hits[0].id : null, text);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Word evidence for de-hyphenation: the words of `original.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/)`.

describe('perf equivalence: word evidence', () => {
  const reference = (text: string) => new Set(text.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/));

  it('knows exactly the words of each seed letter', () => {
    for (const text of letters.slice(0, 5)) {
      const words = reference(text);
      const seen = wordEvidence(text);
      for (const w of words) assert.ok(seen(w), w);
      for (const w of [...words].slice(0, 400)) {
        for (const probe of [`${w}s`, w.slice(1), w.slice(0, -1), w.replace(/-/g, ''), `x${w}`, w.toUpperCase()]) {
          assert.equal(seen(probe), words.has(probe), probe);
        }
      }
    }
  });

  it('is not fooled by two words with the same hash', () => {
    // "eziqgbdg" and "reznyuhije" share their 32-bit FNV-1a hash.
    assert.equal(wordEvidence('reznyuhije')('eziqgbdg'), false);
    assert.equal(wordEvidence('eziqgbdg en reznyuhije')('reznyuhije'), true);
    assert.equal(wordEvidence('eziqgbdg en reznyuhije')('eziqgbdg'), true);
    // The normaliser keeps the hyphen when only the hyphenated form is a word of the letter.
    assert.ok(normalize('reznyuhije eziq-gbdg en eziq-\ngbdg').text.endsWith('eziq-gbdg'));
    assert.ok(normalize('eziqgbdg rezny-uhije reznyuhije rezny-\nuhije').text.endsWith('reznyuhije'));
  });

  it('reads İ, the final sigma and the empty word as toLowerCase and split do', () => {
    for (const text of ['İstanbul ıi İİİİ kİlo', 'ΣΑΣ σας ς', 'Kelvin\u212a \u212aelvin', '', ' a ', 'a']) {
      const words = reference(text);
      const seen = wordEvidence(text);
      for (const probe of ['i̇stanbul', 'stanbul', 'kelvin', 'kelvink', 'kelvi', '', 'a', 'σας', 'kİlo'.toLowerCase()]) {
        assert.equal(seen(probe), words.has(probe), `${JSON.stringify(text)} ${probe}`);
      }
    }
  });
});
