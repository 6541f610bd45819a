// The `kamerstukken annotate` command over real files: its JSON shape, resolution to files, bad input.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs } from './tempDirs';
import { runAnnotate } from '../../server/src/cli/annotate';
import { runExport } from '../../server/src/cli/export';
import { runScore } from '../../server/src/cli/score';
import { ANSWER_PAGE } from './answerPage';

const corpus = join(__dirname, '..', '..', '..', 'corpus');

function run(args: string[]) {
  let stdout = '', stderr = '';
  const code = runAnnotate(args, { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } });
  return { code, stdout, stderr };
}

describe('kamerstukken annotate', () => {
  const tempDir = tempDirs('kst-cli-');
  it('--json prints documents with identity, entities and targets resolved to the given files', () => {
    const { code, stdout, stderr } = run(['--json', corpus]);
    assert.equal(code, 0, stderr);
    const out = JSON.parse(stdout);
    assert.equal(out.documents.length, 5);
    const d001 = out.documents.find((d: { path: string }) => d.path.endsWith('001_3db4abffb7247bac.txt'));
    assert.deepEqual(Object.keys(d001.identity), ['dossier', 'suffix', 'number', 'chamber', 'session', 'date', 'title']);
    assert.deepEqual([d001.identity.dossier, d001.identity.number, d001.identity.session], ['29754', '327', '2015-2016']);
    const cite = d001.entities.find((e: { text: string }) => e.text === 'Kamerstuk 21 501-02, nr. 1458');
    assert.deepEqual([cite.value.dossier, cite.value.suffix, cite.value.number, cite.value.self], ['21501', '02', '1458', false]);
    assert.equal(cite.value.id, 'kst-21501-02-1458');
    assert.equal(cite.target, null);
    const d002 = out.documents.find((d: { path: string }) => d.path.endsWith('002_548ef68b162742fc.txt'));
    const resolved = d002.entities.find((e: { text: string }) => e.text === 'Kamerstuk 29 754, nr. 251');
    assert.ok(resolved.target.endsWith('004_c51793f171952d9b.txt'));
    for (const d of out.documents) for (const e of d.entities) assert.ok(['kamerstuk', 'handelingen', 'aanhangsel', 'organisation', 'date'].includes(e.kind));
  });

  it('without --json prints each letter\'s identity and every reference, resolved or not', () => {
    const { code, stdout } = run([corpus]);
    assert.equal(code, 0);
    assert.match(stdout, /identity: Kamerstuk 29 754, nr\. 421, chamber II, vergaderjaar 2016-2017, dated 2017-06-19/);
    assert.match(stdout, /Kamerstuk 29 754, nr\. 251 \(kst-29754-251\)\s+resolved → .*004_c51793f171952d9b\.txt/);
    assert.match(stdout, /Kamerstuk 29 754, nr\. 325 \(kst-29754-325\)\s+unresolved/);
  });

  it('names an answer to written questions by its own Aanhangsel number, and resolves a citation of it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'antwoord.txt'), ANSWER_PAGE);
    writeFileSync(join(dir, 'brief.txt'), 'In mijn antwoord (Aanhangsel Handelingen II 2016/17, nr. 1234) schreef ik over stations.\n');
    const { code, stdout } = run([dir]);
    assert.equal(code, 0);
    assert.match(stdout, /antwoord\.txt\n  identity: Aanhangsel Handelingen II 2016\/17, nr\. 1234 \(ah-tk-20162017-1234\), chamber II/);
    assert.match(stdout, /nr\. 1234 \(ah-tk-20162017-1234\)\s+resolved → .*antwoord\.txt/);
  });

  it('names a binary and a missing file on stderr (exit 1), warns of a Windows-1252 file it reads, processes the rest', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Den Haag, 3 maart 2015\nCo\xf6rdinator\n', 'latin1'));
    copyFileSync(join(corpus, '004_c51793f171952d9b.txt'), join(dir, 'letter.txt'));
    const { code, stdout, stderr } = run(['--json', dir, join(dir, 'missing.txt')]);
    assert.equal(code, 1);
    assert.match(stderr, /binary\.txt: binary file/);
    assert.match(stderr, /missing\.txt: no such file/);
    assert.match(stderr, /latin1\.txt: warning: This file is not UTF-8 text: it was read as Windows-1252/);
    const docs = JSON.parse(stdout).documents.map((d: { path: string }) => d.path);
    assert.ok(docs.some((p: string) => p.endsWith('letter.txt')) && docs.some((p: string) => p.endsWith('latin1.txt')));
  });

  it('reads each file whole through one reused buffer: a long letter after a short one, a NUL past 64 KB', () => {
    const dir = tempDir();
    const letter = readFileSync(join(corpus, '004_c51793f171952d9b.txt'), 'utf8');
    const long = letter.repeat(Math.ceil(3_000_000 / letter.length)); // past the first buffer of 1 MB
    writeFileSync(join(dir, 'a-short.txt'), 'Den Haag, 3 maart 2015\n');
    writeFileSync(join(dir, 'b-long.txt'), long);
    writeFileSync(join(dir, 'c-short.txt'), 'Den Haag, 4 maart 2015\n');
    writeFileSync(join(dir, 'd-late-nul.txt'), 'x'.repeat(70_000) + '\u0000');
    const { code, stdout, stderr } = run(['--json', dir, corpus + '/']);
    assert.equal(code, 0, stderr);
    const docs = JSON.parse(stdout).documents as Array<{ path: string; identity: { date: string | null }; entities: Array<{ start: number; end: number; text: string }> }>;
    const byName = (name: string) => docs.find(d => d.path.endsWith(name))!;
    assert.equal(byName('a-short.txt').identity.date, '2015-03-03');
    assert.equal(byName('c-short.txt').identity.date, '2015-03-04');
    const longDoc = byName('b-long.txt');
    const last = longDoc.entities[longDoc.entities.length - 1];
    assert.ok(last.end > long.length - letter.length, 'entities up to the end of the long letter');
    assert.equal(long.slice(last.start, last.end), last.text);
    // A NUL past the binary check is still an unreadable letter: no entities, not a crash.
    assert.deepEqual(byName('d-late-nul.txt').entities, []);
  });

  it('a folder without letters is named on stderr (exit 1), not passed over in silence', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.md'), 'Kamerstuk 29 754, nr. 325\n');
    const { code, stdout, stderr } = run(['--json', dir]);
    assert.equal(code, 1);
    assert.match(stderr, /: no letters in this folder \(files ending in \.txt or \.kamerbrief\)/);
    assert.deepEqual(JSON.parse(stdout).documents, []);
    // Beside a folder with letters, the empty one is still named; the letters are annotated.
    const both = run([dir, corpus]);
    assert.equal(both.code, 1);
    assert.match(both.stdout, /kst-29754-251/);
  });

  it('an empty file is a letter without entities, not an error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stdout } = run(['--json', dir]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).documents[0].entities, []);
  });

  it('gives an entity broken over a page its gaps in the JSON, and the footnote citation in the gap as its own', () => {
    const dir = tempDir();
    const page = 'Zoals gemeld1 in mijn brief (Kamerstuk 29 754, nr. \n\n1 Kamerstuk 29 754, nr. 461 \nTweede Kamer, vergaderjaar 2018–2019, 29 754, nr. 480 2\n 470). Verder.\n';
    writeFileSync(join(dir, 'page.txt'), page);
    const { code, stdout } = run(['--json', dir]);
    assert.equal(code, 0);
    assert.equal(stdout, JSON.stringify(JSON.parse(stdout), null, 1) + '\n');
    const entities = JSON.parse(stdout).documents[0].entities as Array<{ text: string; start: number; gaps?: Array<{ start: number; end: number }> }>;
    const broken = entities.find(e => e.gaps)!;
    assert.deepEqual(broken.gaps, [{ start: page.indexOf('nr. \n\n1') + 3, end: page.indexOf('470') }]);
    assert.ok(entities.some(e => e.text === 'Kamerstuk 29 754, nr. 461'));
    // The text output shows the citation as written, the footnote and footer between as "…".
    assert.match(run([dir]).stdout, /Kamerstuk 29 754, nr\. … 470 \(kst-29754-470\)/);
  });

  it('prints the same JSON as one JSON.stringify of all documents, and drops a BOM as a text decoder does', () => {
    const dir = tempDir();
    const letter = readFileSync(join(corpus, '004_c51793f171952d9b.txt'));
    writeFileSync(join(dir, 'a.txt'), letter);
    writeFileSync(join(dir, 'b-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), letter]));
    const { code, stdout } = run(['--json', dir]);
    assert.equal(code, 0);
    const parsed = JSON.parse(stdout);
    assert.equal(stdout, JSON.stringify(parsed, null, 1) + '\n');
    const [a, b] = parsed.documents;
    assert.deepEqual(b.entities.map((e: { start: number; text: string }) => [e.start, e.text]), a.entities.map((e: { start: number; text: string }) => [e.start, e.text]));
    // Both letters are known as kst-29754-251: each one's self-citation resolves to itself.
    const self = b.entities.find((e: { value: { self?: boolean } }) => e.value.self === true);
    assert.ok(self.target.endsWith('b-bom.txt'));
  });

  it('usage errors exit 2', () => {
    assert.equal(run([]).code, 2);
    assert.equal(run(['--bogus', corpus]).code, 2);
  });

  it('--help and -h print the usage on stdout and exit 0, whatever else is given', () => {
    for (const args of [['--help'], ['-h'], ['--json', '--help', corpus]]) {
      const result = run(args);
      assert.deepEqual(result, { code: 0, stdout: 'usage: kamerstukken annotate [--json] [--jobs N] [--cache DIR] PATH...\n', stderr: '' }, args.join(' '));
    }
  });
});

describe('kamerstukken export and score --help', () => {
  const capture = () => {
    const io = { out: '', err: '', stdout: (s: string) => { io.out += s; }, stderr: (s: string) => { io.err += s; } };
    return io;
  };

  it('export --help prints its usage on stdout and exits 0', async () => {
    const io = capture();
    assert.equal(await runExport(['--help'], io), 0);
    assert.match(io.out, /^usage: kamerstukken export --format/);
    assert.equal(io.err, '');
  });

  it('score -h prints its usage on stdout and exits 0; without --gold it is a usage error', () => {
    const io = capture();
    assert.equal(runScore(['-h'], io), 0);
    assert.match(io.out, /^usage: kamerstukken score --gold/);
    const bad = capture();
    assert.equal(runScore(['--pred', 'x.json'], bad), 2);
    assert.match(bad.err, /^usage: kamerstukken score --gold/);
  });
});
