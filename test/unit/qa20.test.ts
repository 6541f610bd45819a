// QA pass 20, promises against behaviour: the messages a user sees name what to do.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAnnotate } from '../../server/src/cli/annotate';
import { runExport } from '../../server/src/cli/export';
import { runScore } from '../../server/src/cli/score';
import { annotationActions } from '../../server/src/core/features/annotateActions';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { emptyIdentity } from '../../server/src/core/identity';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { serverArgvAnswer } from '../../server/src/lsp/usage';
import { exportReport } from '../../client/src/exportReport';
import { dossierInputValue, parseDossierInput } from '../../client/src/identityInput';
import { identityProblem } from '../../server/src/core/features/annotate';
import { decodeLetter } from '../../server/src/core/workspace/input';

describe('QA 20: diagnostics name their quick fix', () => {
  const text = 'Den Haag, 3 juni 2015\n\nDe XYZQ heeft gesproken.\n';
  const xyzq: AnyEntity = { kind: 'organisation', start: text.indexOf('XYZQ'), end: text.indexOf('XYZQ') + 4, text: 'XYZQ', source: 'text', value: { id: 'TEXT:XYZQ' } };
  const analysis: LetterAnalysis = { path: null, identity: emptyIdentity(), entities: [xyzq], footnotes: [], furniture: [], definitions: [], headings: [], problems: [], pageStarts: [] };
  const corpus = new Corpus(() => analysis);
  corpus.update('file:///a.txt', text);
  const diagnostics = diagnoseLetter(corpus, 'file:///a.txt', DEFAULT_SETTINGS);
  const actions = annotationActions(corpus.record('file:///a.txt')!, 'file:///a.txt', { start: 0, end: 0 }, diagnostics, { text, orphans: [] });

  it('letter.no-identity says to declare the identity, by the title of the quick fix it has', () => {
    const d = diagnostics.find(x => x.code === 'letter.no-identity');
    assert.ok(d, JSON.stringify(diagnostics));
    const fix = actions.find(a => a.kind === 'quickfix' && a.title.startsWith('Declare the identity'));
    assert.ok(fix);
    assert.ok(d.message.includes(`“${fix.title}”`), d.message);
  });

  it('acronym.undefined says to define the acronym, by the start of the quick fix\'s title', () => {
    const d = diagnostics.find(x => x.code === 'acronym.undefined');
    assert.ok(d, JSON.stringify(diagnostics));
    const fix = actions.find(a => a.kind === 'quickfix' && a.title.startsWith('Define the acronym'));
    assert.ok(fix, JSON.stringify(actions.map(a => a.title)));
    assert.match(d.message, /Define it with the quick fix “Define the acronym”\.$/);
  });
});

describe('QA 20: the CLI says what is wrong with its arguments', () => {
  const repo = path.join(__dirname, '..', '..', '..');
  const gold = path.join(repo, 'test', 'data', 'gold-seeds.json');
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += s; } } };
  };

  it('score: a wrong option or a stray argument exits 2 with a message, as --help promises, not a silent run', () => {
    for (const [args, message] of [
      [['--gold', gold, '--pred', gold, '--detials'], /^kamerstukken score: unknown option --detials\nusage: /],
      [['--gold', gold, '--pred', gold, 'extra.json'], /^kamerstukken score: unexpected argument 'extra\.json'/],
      [['--gold', '--pred', gold], /^kamerstukken score: --gold needs a file/],
      [['--gold', gold], /^usage: kamerstukken score .*\nkamerstukken score: missing --pred PRED\.json\n$/],
      [[], /missing --gold GOLD\.json and --pred PRED\.json\n$/],
    ] as const) {
      const { out, io: streams } = io();
      assert.equal(runScore([...args], streams), 2, args.join(' '));
      assert.match(out.stderr, message, args.join(' '));
      assert.equal(out.stdout, '');
    }
  });

  it('score accepts --gold=FILE and --pred=FILE, like annotate and export accept --jobs=N and --format=F', () => {
    const { out, io: streams } = io();
    // The gold file is no annotate output: the run gets past the arguments and says so about --pred.
    assert.equal(runScore([`--gold=${gold}`, `--pred=${gold}`], streams), 1);
    assert.match(out.stderr, /not the output of 'kamerstukken annotate --json'/);
  });

  it('export --format brat says how many letters it wrote in plain English ("1 letter", not "1 letter(s)")', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kst-qa20-brat-'));
    try {
      const e = io();
      assert.equal(await runExport(['--format', 'brat', '--out', out, path.join(repo, 'corpus', '004_c51793f171952d9b.txt')], e.io), 0);
      assert.equal(e.out.stderr, `kamerstukken export: wrote 1 letter to ${out}\n`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('export --format brat into the letters\' own folder writes no copy over a letter (its own or another\'s), says why and exits 1 (it exited 0)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kst-qa20-bratself-'));
    try {
      const letter = path.join(dir, '004.txt');
      const text = fs.readFileSync(path.join(repo, 'corpus', '004_c51793f171952d9b.txt'), 'utf8');
      fs.writeFileSync(letter, text);
      const other = text.replace('Tweede Kamer', 'TWEEDE KAMER');
      fs.writeFileSync(path.join(dir, '004.kamerbrief'), other);
      const e = io();
      assert.equal(await runExport(['--format', 'brat', '--out', dir, letter, path.join(dir, '004.kamerbrief')], e.io), 1);
      assert.match(e.out.stderr, /004\.txt: not written: its brat copy would be the letter itself; give --out a folder outside the letters\n/);
      // 004.kamerbrief's copy would be 004.txt, another letter: not written over it either (it was).
      assert.match(e.out.stderr, /004\.kamerbrief: not written: its brat copy would be the letter .*004\.txt; give --out a folder outside the letters\n/);
      assert.equal(fs.readFileSync(letter, 'utf8'), text);
      assert.equal(fs.readFileSync(path.join(dir, '004.kamerbrief'), 'utf8'), other);
      // Into a folder of its own every letter is written: exit 0.
      const out = path.join(dir, 'out');
      const ok = io();
      assert.equal(await runExport(['--format', 'brat', '--out', out, letter], ok.io), 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('export --out naming a file says a file is in the way (it said "EEXIST: file already exists, mkdir …")', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kst-qa20-outfile-'));
    try {
      const file = path.join(dir, 'out.txt');
      fs.writeFileSync(file, 'x');
      for (const format of ['jsonl', 'brat']) {
        const e = io();
        assert.equal(await runExport(['--format', format, '--out', file, path.join(repo, 'corpus', '004_c51793f171952d9b.txt')], e.io), 1);
        assert.equal(e.out.stderr, `kamerstukken export: cannot use '${file}' as the --out folder (a file is in the way): give a folder\n`, format);
      }
      assert.equal(fs.readFileSync(file, 'utf8'), 'x');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('annotate and export without a PATH say so before their usage', async () => {
    const a = io();
    assert.equal(runAnnotate(['--json'], a.io), 2);
    assert.match(a.out.stderr, /^kamerstukken annotate: no PATH given: .*\nusage: kamerstukken annotate /);
    const e = io();
    assert.equal(await runExport(['--format', 'jsonl'], e.io), 2);
    assert.match(e.out.stderr, /^kamerstukken export: no PATH given: .*kamerstukken export --format jsonl corpus\nusage: /);
  });
});

describe('QA 20: the language server started by hand', () => {
  it('--help prints its usage (exit 0); no transport is a usage error (exit 2) naming --stdio; a transport starts it', () => {
    const help = serverArgvAnswer(['node', 'server.js', '--help']);
    assert.equal(help?.exitCode, 0);
    assert.match(help?.stdout ?? '', /^usage: node dist\/server\.js --stdio \[--cache-dir DIR\]/);
    const none = serverArgvAnswer(['node', 'server.js', '--cache-dir', '/tmp/x']);
    assert.equal(none?.exitCode, 2);
    assert.match(none?.stderr ?? '', /^kamerstukken server: no transport given: an editor starts it with --stdio\nusage: /);
    for (const transport of [['--stdio'], ['--node-ipc'], ['--socket=5000'], ['--socket', '5000'], ['--pipe=/tmp/p'], ['--clientProcessId=1', '--stdio']]) {
      assert.equal(serverArgvAnswer(['node', 'server.js', ...transport, '--cache-dir', '/tmp/x']), null, transport.join(' '));
    }
  });
});

describe('QA 20: what Export Annotations… tells the user', () => {
  const stderr = 'kamerstukken: corpus/bin.txt: binary file (contains NUL bytes), not a letter\nkamerstukken export: wrote /tmp/out/entities.jsonl\n';

  it('the CLI\'s messages go to the output, and the notification says there are some (it said "see the output" with nothing there)', () => {
    const toFolder = exportReport(1, 5, '/tmp/out', stderr);
    assert.deepEqual(toFolder.log, ['kamerstukken: corpus/bin.txt: binary file (contains NUL bytes), not a letter']);
    assert.equal(toFolder.level, 'warning');
    assert.equal(toFolder.message, 'Kamerstukken: exported 5 letters to /tmp/out, with a message in the output (Kamerstukken: Show Output).');
    const toEditor = exportReport(1, 5, null, stderr);
    assert.equal(toEditor.message, 'Kamerstukken: exported 5 letters, with a message in the output (Kamerstukken: Show Output).');
  });

  it('a clean export to an editor says nothing; to a folder it says where; a failure says why', () => {
    assert.deepEqual(exportReport(0, 1, null, ''), { log: [], level: 'warning', message: null });
    assert.deepEqual(exportReport(0, 1, '/tmp/out', 'kamerstukken export: wrote /tmp/out/entities.jsonl\n'), { log: [], level: 'info', message: 'Kamerstukken: exported 1 letter to /tmp/out.' });
    const failed = exportReport(70, 3, null, 'kamerstukken: boom\n');
    assert.equal(failed.level, 'error');
    assert.equal(failed.message, 'Kamerstukken: export failed: kamerstukken: boom');
    assert.equal(exportReport(2, 3, null, '').message, 'Kamerstukken: export failed: exit code 2');
  });
});

describe('QA 20: Declare the Identity of This Letter… takes a dossier with its suffix', () => {
  it('reads 21 501-02, 36 200 VI and the like (the input box accepted digits only, and dropped a suffix the letter had)', () => {
    assert.deepEqual(parseDossierInput('29754'), { dossier: '29754', suffix: null });
    assert.deepEqual(parseDossierInput(' 29 754 '), { dossier: '29754', suffix: null });
    assert.deepEqual(parseDossierInput('21 501-02'), { dossier: '21501', suffix: '02' });
    assert.deepEqual(parseDossierInput('21501 – 02'), { dossier: '21501', suffix: '02' });
    assert.deepEqual(parseDossierInput('36 200 VI'), { dossier: '36200', suffix: 'VI' });
    assert.deepEqual(parseDossierInput('36200-VI'), { dossier: '36200', suffix: 'VI' });
    assert.deepEqual(parseDossierInput('1'), { dossier: '1', suffix: null });
    for (const wrong of ['', 'abc', '1234567', '29754-', '29754 02', '29754-02-03', 'kst-29754']) assert.equal(parseDossierInput(wrong), null, wrong);
    // Each accepted value passes the server's own check of a declared dossier and suffix.
    for (const ok of ['29 754', '21 501-02', '36 200 VI']) {
      const parsed = parseDossierInput(ok)!;
      assert.equal(identityProblem('dossier', parsed.dossier), null, ok);
      if (parsed.suffix) assert.equal(identityProblem('suffix', parsed.suffix), null, ok);
    }
  });

  it('shows the suggested identity\'s suffix in the box, as letters write it', () => {
    assert.equal(dossierInputValue('21501', '02'), '21501-02');
    assert.equal(dossierInputValue('36200', 'VI'), '36200 VI');
    assert.equal(dossierInputValue('29754', undefined), '29754');
    assert.equal(dossierInputValue(undefined, undefined), undefined);
    for (const value of ['21501-02', '36200 VI', '29754']) {
      const parsed = parseDossierInput(value)!;
      assert.equal(dossierInputValue(parsed.dossier, parsed.suffix ?? undefined), value);
    }
  });
});

describe('QA 20: a letter in another encoding than UTF-8', () => {
  it('is read as Windows-1252 with an input.encoding notice that says what to do (left21: it was refused as input.binary)', () => {
    const decoded = decodeLetter(Buffer.from('Den Haag, 3 juni 2015. De Nationaal Coördinator.\n', 'latin1'));
    assert.equal(decoded.text, 'Den Haag, 3 juni 2015. De Nationaal Coördinator.\n');
    assert.equal(decoded.notice?.code, 'input.encoding');
    assert.match(decoded.notice?.message ?? '', /Save it as UTF-8/);
  });
});
