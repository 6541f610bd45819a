// `kamerstukken export`: JSON Lines, W3C Web Annotation and brat standoff, with user annotations from the
// store beside the letters. Runs on copies of the seed letters in a temporary folder.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../../server/src/cli/export';
import { planStoreEdit } from '../../server/src/core/annotations';
import { fragments } from '../../server/src/core/annotations/export/brat';
import { codePointOffsets } from '../../server/src/core/annotations/export/codepoints';

const CORPUS = join(__dirname, '..', '..', '..', 'corpus');
const L003 = '003_a211609418273696.txt';
const L000 = '000_24c3e309d107eecc.txt';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runExport(args, { stdout: s => { out += s; }, stderr: s => { err += s; } });
  return { code, out, err };
}

describe('export', function () {
  let dir: string;
  let letters: string;
  const originals = new Map<string, string>();

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kamerstukken-export-'));
    letters = join(dir, 'corpus');
    mkdirSync(letters);
    for (const name of [L000, L003]) {
      copyFileSync(join(CORPUS, name), join(letters, name));
      originals.set(name, readFileSync(join(letters, name), 'utf8'));
    }
    // A store with a user organisation, a note over a line break, and a declared identity.
    const text = originals.get(L003)!;
    const quote = 'Dreigingsbeeld Terrorisme \nNederland 45';
    const at = text.indexOf(quote);
    let store = planStoreEdit(null, { kind: 'define-organisation', organisation: { id: 'USER:DTN', name: 'Dreigingsbeeld Terrorisme Nederland', acronyms: ['DTN'] } }).newText;
    store = planStoreEdit(store, { kind: 'add-note', letter: L003, text, start: at, end: at + quote.length, note: 'Rapport\tvan de NCTV', tag: 'bron' }).newText;
    store = planStoreEdit(store, { kind: 'declare-identity', letter: L000, identity: { dossier: '29754', number: '302' } }).newText;
    mkdirSync(join(letters, '.kamerstukken'));
    writeFileSync(join(letters, '.kamerstukken', 'annotations.json'), store);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  afterEach(() => {
    for (const [name, text] of originals) assert.equal(readFileSync(join(letters, name), 'utf8'), text, `${name} was written to`);
  });

  it('jsonl: one entity per line, each with file, kind, offsets, the exact text, value and source', async () => {
    const { code, out } = await run(['--format', 'jsonl', letters]);
    assert.equal(code, 0);
    const lines = out.trimEnd().split('\n');
    assert.ok(lines.length > 10);
    const rows = lines.map(line => JSON.parse(line));
    for (const row of rows) {
      for (const key of ['file', 'kind', 'start', 'end', 'text', 'value', 'source']) assert.ok(key in row, `${key} in ${JSON.stringify(row)}`);
      const name = row.file.split(/[\\/]/).pop();
      assert.equal(originals.get(name)!.slice(row.start, row.end), row.text);
    }
    const user = rows.filter(r => r.source === 'user');
    assert.ok(user.some(r => r.kind === 'organisation' && r.text === 'DTN' && r.value.id === 'USER:DTN'));
    assert.ok(user.some(r => r.kind === 'note' && r.value.tag === 'bron'));
  });

  it('w3c: an AnnotationPage with @context, Annotation items, target source and both selectors', async () => {
    const { code, out } = await run(['--format=w3c', letters]);
    assert.equal(code, 0);
    const page = JSON.parse(out);
    assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(page.type, 'AnnotationPage');
    assert.ok(page.items.length > 10);
    for (const item of page.items) {
      assert.equal(item.type, 'Annotation');
      assert.match(item.target.source, /^file:\/\/.*\.txt$/);
      const [quote, position] = item.target.selector;
      assert.equal(quote.type, 'TextQuoteSelector');
      assert.equal(position.type, 'TextPositionSelector');
      const name = item.target.source.split('/').pop();
      assert.equal(originals.get(name)!.slice(position.start, position.end), quote.exact);
      assert.ok(Array.isArray(item.body) && item.body.length >= 1);
    }
    const citation = page.items.find((i: { body: Array<{ purpose: string; source?: string }> }) => i.body.some(b => b.purpose === 'identifying' && /kst-29754-391/.test(b.source ?? '')));
    assert.ok(citation, 'a cited Kamerstuk is identified by its official URL');
    const note = page.items.find((i: { motivation: string }) => i.motivation === 'commenting');
    assert.equal(note.body[0].value, 'Rapport\tvan de NCTV');
  });

  it('brat: .txt copies and .ann files whose fragment offsets slice the exact text, no newline in a fragment', async () => {
    const out = join(dir, 'brat');
    const { code } = await run(['--format', 'brat', '--out', out, letters]);
    assert.equal(code, 0);
    assert.deepEqual(readdirSync(out).sort(), ['000_24c3e309d107eecc.ann', '000_24c3e309d107eecc.txt', '003_a211609418273696.ann', '003_a211609418273696.txt', 'annotation.conf']);
    for (const name of [L000, L003]) {
      const base = name.replace(/\.txt$/, '');
      const txt = readFileSync(join(out, `${base}.txt`), 'utf8');
      assert.equal(txt, originals.get(name));
      const ann = readFileSync(join(out, `${base}.ann`), 'utf8').trimEnd().split('\n');
      const tLines = ann.filter(l => l.startsWith('T'));
      assert.ok(tLines.length > 3);
      for (const line of tLines) {
        const [, typeAndOffsets, text] = line.split('\t');
        const offsets = typeAndOffsets.slice(typeAndOffsets.indexOf(' ') + 1).split(';').map(f => f.split(' ').map(Number));
        const pieces = offsets.map(([s, e]) => txt.slice(s, e));
        for (const piece of pieces) assert.ok(piece.length > 0 && !/[\r\n]/.test(piece), `fragment ${JSON.stringify(piece)} in ${line}`);
        assert.equal(pieces.join(' '), text);
      }
      for (const line of ann.filter(l => l.startsWith('#'))) assert.match(line, /^#\d+\tAnnotatorNotes T\d+\t[^\t\n]+$/);
    }
    const ann003 = readFileSync(join(out, '003_a211609418273696.ann'), 'utf8');
    assert.match(ann003, /\tNote \d+ \d+;\d+ \d+\tDreigingsbeeld Terrorisme Nederland 45\n/);
    assert.match(ann003, /AnnotatorNotes T\d+\t\[bron\] Rapport van de NCTV/);
  });

  it('splits spans at line breaks and counts code points after astral characters', () => {
    const text = '😀 Nationaal Coördinator Terrorismebe-\nstrijding en Veiligheid';
    const start = text.indexOf('Nationaal');
    assert.deepEqual(fragments(text, start, text.length).map(([s, e]) => text.slice(s, e)), ['Nationaal Coördinator Terrorismebe-', 'strijding en Veiligheid']);
    const toCodePoint = codePointOffsets(text);
    assert.equal(toCodePoint(start), start - 1);
    assert.equal([...text].slice(toCodePoint(start), toCodePoint(start) + 9).join(''), 'Nationaal');
  });

  it('reports usage errors with exit code 2 and unreadable paths with exit code 1', async () => {
    assert.equal((await run(['--format', 'xml', letters])).code, 2);
    assert.equal((await run(['--format', 'brat', letters])).code, 2, 'brat needs --out');
    assert.equal((await run(['--format', 'jsonl'])).code, 2);
    const missing = await run(['--format', 'jsonl', join(dir, 'no-such-folder')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no such file/);
  });

  it('a letter in Windows-1252 is read as such and exported, with a warning that does not fail the run, as annotate does', async () => {
    const other = mkdtempSync(join(tmpdir(), 'kamerstukken-export-latin1-'));
    try {
      const file = join(other, 'latin1.txt');
      writeFileSync(file, Buffer.from('Den Haag, 3 maart 2015\nCo\xf6rdinator van de NCTV\n', 'latin1'));
      const { code, out, err } = await run(['--format', 'jsonl', file]);
      assert.equal(code, 0);
      assert.match(err, /latin1\.txt: warning: This file is not UTF-8 text: it was read as Windows-1252 \(Latin-1\)/);
      assert.match(out, /"text":"3 maart 2015"/);
      // Offsets in the decoded text: one character per byte.
      assert.match(out, /"start":42,"end":46,"text":"NCTV"/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('reports orphaned annotations and store errors on stderr, and still exports', async () => {
    const storePath = join(letters, '.kamerstukken', 'annotations.json');
    const good = readFileSync(storePath, 'utf8');
    try {
      const text = originals.get(L003)!;
      const at = text.indexOf('rotsvast vertrouwen');
      let store = planStoreEdit(good, { kind: 'mark-organisation', letter: L003, orgId: 'X', text: text.replace('rotsvast', 'XXXXXXXXXXXXXXXXXXX'), start: at, end: at + 19 }).newText;
      store = store.replace('"version": 1', '"version": 1, "colour": "red"');
      writeFileSync(storePath, store);
      const { code, out, err } = await run(['--format', 'jsonl', letters]);
      assert.equal(code, 0);
      assert.ok(out.length > 0);
      assert.match(err, /annotation a\d+: The annotated text .* is no longer in the letter/);
      assert.match(err, /annotations\.json: \d+:\d+: Unknown property "colour"/);
    } finally {
      writeFileSync(storePath, good);
    }
  });
});
