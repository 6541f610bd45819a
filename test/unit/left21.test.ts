// Defects left by earlier sessions (session 21): one treatment of a letter in Windows-1252 by the server and the
// command line; upper-case extensions; settings changes that republish only what they can change; Index Folder in
// a multi-root workspace; the orphaned annotation's diagnostic matched by its data, not its words.
import * as assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { runAnnotate } from '../../server/src/cli/annotate';
import { decodeLetterBytes, expandPaths, isLetterName } from '../../server/src/cli/files';
import { GlobSet } from '../../server/src/core/workspace/glob';
import { fileFilter, findLetters, isLetterPath, rootGlobs } from '../../server/src/lsp/scanner';
import { planIndexFolder } from '../../client/src/letterShape';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { annotatedAnalyser, AnnotationStores } from '../../server/src/core/workspace/annotated';
import { annotationActions } from '../../server/src/core/features/annotateActions';
import { letterEntry, orphansOf } from '../../server/src/core/features/annotate';
import { damagedUtf8Message, decodeLetter, decodeWindows1252, editorDecodingNotice, firstInvalidUtf8, lineAndColumn } from '../../server/src/core/workspace/input';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS, diagnosticsChange, LETTER_WATCH_GLOBS, parseSettings } from '../../server/src/core/features/settings';
import { PublishedDiagnostics } from '../../server/src/lsp/publishedDiagnostics';
import { seededRandom } from './seeded';
import { tempDirs } from './tempDirs';
import { windows1252 } from './windows1252';

const LETTER = 'Den Haag, 3 juni 2015\n\nDe Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) schreef “zo” – de NCTV € 5.\n';

describe('left21 1: a letter in Windows-1252 is text, read alike by the server and the command line', () => {
  const tempDir = tempDirs('kst-left21-');

  it('decodes every byte as Windows-1252, one character per byte, and says where the first non-UTF-8 byte is', () => {
    const bytes = windows1252(LETTER);
    assert.equal(isUtf8(bytes), false);
    const decoded = decodeLetter(bytes);
    assert.equal(decoded.problem, undefined);
    assert.equal(decoded.text, LETTER);
    assert.equal(decoded.text!.length, bytes.length);
    const at = LETTER.indexOf('ö');
    assert.deepEqual([decoded.notice?.code, decoded.notice?.start, decoded.notice?.end], ['input.encoding', at, at + 1]);
    assert.equal(decoded.notice?.message, `This file is not UTF-8 text: it was read as Windows-1252 (Latin-1), one character per byte (the first such byte is at line 3, column ${at - LETTER.indexOf('De Nationaal') + 1}, read as “ö”), and positions are of that decoded text. Save it as UTF-8 to be sure it reads as you see it; the file itself was not changed.`);
    // The quotes, dash and euro sign of 0x80-0x9F; the five bytes Windows-1252 leaves undefined as their C1 controls (WHATWG).
    assert.equal(decodeWindows1252(Uint8Array.of(0x93, 0x94, 0x96, 0x80, 0x81, 0x9d)), '“”–€\u0081\u009d');
    // Valid UTF-8 is read as before, without a notice; NUL bytes are still binary.
    assert.deepEqual(decodeLetter(Buffer.from(LETTER, 'utf8')), { text: LETTER });
    assert.equal(decodeLetter(Buffer.from([0x43, 0xf6, 0x00])).problem?.code, 'input.binary');
  });

  it('finds the first byte that is not UTF-8 where a strict decoder fails', () => {
    const random = seededRandom(21);
    for (let round = 0; round < 2000; round++) {
      const bytes = Buffer.from(Array.from({ length: random(12) }, () => (random(3) === 0 ? random(256) : [0x41, 0xc3, 0xa9, 0xe2, 0x80, 0x9c, 0xf0, 0x9f, 0x98, 0x80][random(10)])));
      const at = firstInvalidUtf8(bytes);
      assert.equal(at === bytes.length, isUtf8(bytes), bytes.toString('hex'));
      if (at < bytes.length) assert.ok(isUtf8(bytes.subarray(0, at)), bytes.toString('hex'));
    }
  });

  it('the command line reads the same text and says the same words, as a warning: exit code 0', () => {
    const dir = tempDir();
    const file = join(dir, 'latin.txt');
    writeFileSync(file, windows1252(LETTER));
    const read = decodeLetterBytes(file, windows1252(LETTER));
    assert.ok(read.ok);
    assert.equal(read.text, LETTER);
    assert.equal(read.warning, decodeLetter(windows1252(LETTER)).notice?.message);
    let stdout = '', stderr = '';
    const code = runAnnotate(['--json', dir], { stdout: s => { stdout += s; }, stderr: s => { stderr += s; } });
    assert.equal(code, 0, stderr);
    assert.equal(stderr, `kamerstukken: ${file}: warning: ${read.warning}\n`);
    const doc = JSON.parse(stdout).documents[0];
    // The organisation is read with its diacritic (with replacement characters it was "Co\uFFFDrdinator"), at its offsets in the decoded text.
    const nctv = doc.entities.find((e: { kind: string; text: string }) => e.kind === 'organisation' && e.text.startsWith('Nationaal'));
    assert.equal(nctv?.text, 'Nationaal Coördinator Terrorismebestrijding en Veiligheid');
    assert.equal(LETTER.slice(nctv.start, nctv.end), nctv.text);
  });

  it('the server diagnoses it as input.encoding (a warning) at that byte, beside the letter\'s own diagnostics', () => {
    const corpus = new Corpus();
    const decoded = decodeLetter(windows1252(LETTER));
    corpus.set('file:///w/latin.txt', decoded.text!);
    corpus.record('file:///w/latin.txt')!.inputNotice = decoded.notice;
    const diagnostics = diagnoseLetter(corpus, 'file:///w/latin.txt', DEFAULT_SETTINGS);
    const encoding = diagnostics.filter(d => d.code === 'input.encoding');
    assert.deepEqual(encoding.map(d => [d.severity, d.start, d.message]), [['warning', LETTER.indexOf('ö'), decoded.notice!.message]]);
    assert.ok(diagnostics.some(d => d.code === 'letter.no-identity'), 'the letter is analysed: its other diagnostics stay');
    const off = diagnoseLetter(corpus, 'file:///w/latin.txt', { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity, 'input.encoding': 'off' } });
    assert.ok(!off.some(d => d.code === 'input.encoding'));
  });

  it('an editor that decoded the file as UTF-8 (replacement characters) is told how to reopen it; a U+FFFD the file holds is not', () => {
    const asEditorShows = new TextDecoder('utf-8').decode(windows1252(LETTER));
    assert.ok(asEditorShows.includes('Co\uFFFDrdinator'));
    const notice = editorDecodingNotice(asEditorShows, () => windows1252(LETTER));
    assert.equal(notice?.code, 'input.encoding');
    assert.equal(notice?.start, asEditorShows.indexOf('\uFFFD'));
    assert.match(notice?.message ?? '', /Reopen it with the encoding Western \(Windows 1252\).*then save it with the encoding UTF-8\.$/);
    assert.equal(editorDecodingNotice('Co\uFFFDrdinator', () => Buffer.from('Co\uFFFDrdinator', 'utf8')), null);
    assert.equal(editorDecodingNotice(LETTER, () => { throw new Error('read only when there is a replacement character'); }), null);
    assert.equal(editorDecodingNotice('Co\uFFFDrdinator', () => null), null, 'no file (untitled)');
  });
});

describe('left21 2: letter files whose extension is in upper case', () => {
  const tempDir = tempDirs('kst-left21-case-');

  it('the default globs take .txt under corpus/ and .kamerbrief in any case; other files and folders stay out', () => {
    const include = new GlobSet(DEFAULT_SETTINGS.include);
    for (const p of ['corpus/brief.txt', 'corpus/BRIEF.TXT', 'corpus/2015/Brief.Txt', 'a/corpus/x.tXt', 'x.kamerbrief', 'x.KAMERBRIEF', 'map/x.KamerBrief']) assert.ok(include.matches(p), p);
    for (const p of ['notes/BRIEF.TXT', 'corpus/brief.TXT.bak', 'corpus/brief.md', 'x.kamerbrieven', 'CORPUS/brief.txt']) assert.ok(!include.matches(p), p);
    // A glob the user writes is matched as written, case included (as VS Code matches it).
    assert.ok(!new GlobSet(['brieven/**/*.txt']).matches('brieven/BRIEF.TXT'));
    assert.ok(new GlobSet(['brieven/**/*.[tT][xX][tT]']).matches('brieven/BRIEF.TXT'));
    // The server's file watchers name what the defaults name.
    const watched = new GlobSet(LETTER_WATCH_GLOBS);
    for (const p of ['corpus/BRIEF.TXT', 'x.KAMERBRIEF', 'corpus/brief.txt']) assert.ok(watched.matches(p), p);
  });

  it('the server (its scan and isLetterPath) and the command line\'s folder walk take the same files', async () => {
    const root = tempDir();
    const names = ['corpus/brief.txt', 'corpus/BRIEF2.TXT', 'corpus/sub/Brief3.Txt', 'x.KAMERBRIEF', 'y.kamerbrief', 'corpus/notes.md', 'corpus/.hidden/z.TXT', 'node_modules/corpus/q.TXT'];
    for (const name of names) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), 'Den Haag, 3 juni 2015\n');
    }
    const filter = fileFilter(DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
    const scanned = (await findLetters([root], filter, () => false)).map(f => relative(root, f).split(sep).join('/')).sort();
    assert.deepEqual(scanned, ['corpus/BRIEF2.TXT', 'corpus/brief.txt', 'corpus/sub/Brief3.Txt', 'x.KAMERBRIEF', 'y.kamerbrief']);
    for (const name of names) assert.equal(isLetterPath(join(root, name), [root], filter), scanned.includes(name), name);
    // The command line, given the corpus folder and the two .kamerbrief files' folder: the same letters.
    const errors: string[] = [];
    const walked = expandPaths([join(root, 'corpus')], (p, m) => errors.push(`${p}: ${m}`)).map(f => relative(root, f).split(sep).join('/')).sort();
    assert.deepEqual(walked, scanned.filter(n => n.startsWith('corpus/')));
    assert.equal(errors.join('\n'), '');
    assert.ok(isLetterName('X.KAMERBRIEF') && isLetterName('b.TxT') && !isLetterName('b.txt.orig'));
    // A folder of only upper-case letters is not "no letters in this folder".
    const upper = tempDir();
    writeFileSync(join(upper, 'BRIEF.TXT'), 'Den Haag, 3 juni 2015\n');
    assert.deepEqual(expandPaths([upper], (p, m) => errors.push(`${p}: ${m}`)), [join(upper, 'BRIEF.TXT')]);
    assert.equal(errors.join('\n'), '');
  });
});

describe('left21 3: what a settings change can change of the diagnostics', () => {
  it('diagnosticsChange: the codes whose severity changed and the ignore patterns added or removed; nothing for the rest', () => {
    const base = parseSettings({});
    assert.deepEqual(diagnosticsChange(base, parseSettings({ inlayHints: { relativeDates: true } })), { codes: [], ignore: [] });
    assert.deepEqual(diagnosticsChange(base, parseSettings({ files: { include: ['x/**/*.txt'] } })), { codes: [], ignore: [] });
    assert.deepEqual(diagnosticsChange(base, parseSettings({ diagnostics: { severity: { 'reference.unresolved': 'information', 'date.impossible': 'off' } } })), { codes: ['date.impossible'], ignore: [] });
    // Under its old name: the same change.
    assert.deepEqual(diagnosticsChange(base, parseSettings({ diagnostics: { severity: { 'footnote.no-body': 'error' } } })).codes, ['footnote.no-marker']);
    const before = parseSettings({ diagnostics: { ignore: ['kst-1-1', 'kst-2-*'] } });
    assert.deepEqual(diagnosticsChange(before, parseSettings({ diagnostics: { ignore: ['kst-2-*', 'kst-3-3'] } })), { codes: [], ignore: ['kst-3-3', 'kst-1-1'] });
  });

  it('Corpus.lettersCitingMatching: the letters citing an id a pattern matches, in any case', () => {
    const corpus = new Corpus();
    corpus.set('file:///a.txt', 'Den Haag, 3 juni 2015\n\nZie Kamerstuk 29 754, nr. 325 en Kamerstuk 30 000, nr. 1.\n');
    corpus.set('file:///b.txt', 'Den Haag, 3 juni 2015\n\nZie Kamerstuk 30 000, nr. 2.\n');
    corpus.set('file:///c.txt', 'Den Haag, 3 juni 2015\n\nGeen verwijzing.\n');
    assert.deepEqual([...corpus.lettersCitingMatching(['kst-30000-*'])].sort(), ['file:///a.txt', 'file:///b.txt']);
    assert.deepEqual([...corpus.lettersCitingMatching(['KST-29754-325'])], ['file:///a.txt']);
    assert.deepEqual([...corpus.lettersCitingMatching([])], []);
  });

  it('PublishedDiagnostics: the same message again is no change; letters by the codes they have, \'off\' ones included', () => {
    const published = new PublishedDiagnostics();
    assert.equal(published.changed('file:///a', { uri: 'file:///a', diagnostics: [] }, ['reference.unresolved']), true);
    assert.equal(published.changed('file:///a', { uri: 'file:///a', diagnostics: [] }, ['reference.unresolved']), false);
    assert.equal(published.changed('file:///a', { uri: 'file:///a', version: 2, diagnostics: [] }, ['reference.unresolved']), true);
    assert.equal(published.changed('file:///b', { uri: 'file:///b', diagnostics: [{ message: 'x' }] }, ['input.encoding', 'annotation.orphaned']), true);
    assert.deepEqual(published.lettersWithCodes(['annotation.orphaned']), ['file:///b']);
    assert.deepEqual(published.lettersWithCodes(['reference.unresolved', 'input.encoding']).sort(), ['file:///a', 'file:///b']);
    assert.deepEqual(published.lettersWithCodes(['date.impossible', 'no.such-code']), []);
    published.forget('file:///b');
    assert.deepEqual(published.lettersWithCodes(['annotation.orphaned']), []);
    assert.equal(published.changed('file:///b', { uri: 'file:///b', diagnostics: [{ message: 'x' }] }, []), true, 'sent again after it was forgotten');
  });

  it('diagnoseLetter reports the codes a letter has, \'off\' ones included', () => {
    const corpus = new Corpus();
    corpus.set('file:///a.txt', 'Den Haag, 3 juni 2015\n\nZie Kamerstuk 29 754, nr. 325.\n');
    const found = new Set<string>();
    const off = { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity, 'reference.unresolved': 'off' as const } };
    assert.ok(!diagnoseLetter(corpus, 'file:///a.txt', off, found as Set<never>).some(d => d.code === 'reference.unresolved'));
    assert.ok(found.has('reference.unresolved'));
  });
});

describe('left21 4: Index Folder as Letters in a multi-root workspace', () => {
  const tempDir = tempDirs('kst-left21-roots-');

  it('writes a root-relative glob to the chosen workspace folder\'s own settings; the server then takes that folder only', async () => {
    const a = tempDir();
    const b = tempDir();
    for (const root of [a, b]) {
      mkdirSync(join(root, 'brieven'), { recursive: true });
      writeFileSync(join(root, 'brieven', 'brief.txt'), 'Den Haag, 3 juni 2015\n');
    }
    const workspace = { include: [...DEFAULT_SETTINGS.include], exclude: [...DEFAULT_SETTINGS.exclude] };
    const plan = planIndexFolder(a, join(a, 'brieven'), true, workspace.include, workspace.exclude);
    assert.deepEqual(plan, { kind: 'add', glob: 'brieven/**/*.[tT][xX][tT]', include: [...DEFAULT_SETTINGS.include, 'brieven/**/*.[tT][xX][tT]'], target: 'workspaceFolder' });
    if (plan.kind !== 'add') return;
    // What VS Code answers the server per workspace folder: a's folder settings, b's the workspace's.
    const base = parseSettings({ files: workspace });
    const answers = [{ files: { include: plan.include, exclude: workspace.exclude } }, { files: workspace }];
    const own = rootGlobs(base, [a, b], answers);
    assert.deepEqual([...own.keys()], [a]);
    const filter = fileFilter(base.include, base.exclude, own);
    assert.equal(isLetterPath(join(a, 'brieven', 'brief.txt'), [a, b], filter), true);
    assert.equal(isLetterPath(join(b, 'brieven', 'brief.txt'), [a, b], filter), false, 'the folder of the same name in the other root stays out');
    assert.deepEqual(await findLetters([a, b], filter, () => false), [join(a, 'brieven', 'brief.txt')]);
    // The old way, the glob at the workspace level: both folders.
    const everywhere = fileFilter([...base.include, 'brieven/**/*.txt'], base.exclude);
    assert.equal(isLetterPath(join(b, 'brieven', 'brief.txt'), [a, b], everywhere), true);
  });

  it('in a single-folder workspace writes the workspace settings; says so when the folder is excluded or already letters', () => {
    assert.deepEqual(planIndexFolder('/ws', '/ws/brieven', false, ['**/corpus/**/*.txt'], []), { kind: 'add', glob: 'brieven/**/*.[tT][xX][tT]', include: ['**/corpus/**/*.txt', 'brieven/**/*.[tT][xX][tT]'], target: 'workspace' });
    assert.deepEqual(planIndexFolder('/ws', '/ws/.oud', true, [], DEFAULT_SETTINGS.exclude), { kind: 'excluded' });
    assert.deepEqual(planIndexFolder('/ws', '/ws/corpus/2015', true, DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude), { kind: 'already' });
    assert.deepEqual(planIndexFolder('/ws', '/ws/brieven', true, ['brieven/**/*.[tT][xX][tT]'], []), { kind: 'already' });
    assert.deepEqual(planIndexFolder('/ws', '/ws/brieven', true, ['brieven/**/*'], []), { kind: 'already' });
    // A glob of lower-case .txt only (by hand, or by this command before it took any case) leaves BRIEF.TXT out,
    // though the command is offered for it: the glob in any case is added, not "already letters".
    assert.deepEqual(planIndexFolder('/ws', '/ws/brieven', true, ['brieven/**/*.txt'], []), { kind: 'add', glob: 'brieven/**/*.[tT][xX][tT]', include: ['brieven/**/*.txt', 'brieven/**/*.[tT][xX][tT]'], target: 'workspaceFolder' });
    // Its files known: letters already when the globs name every .txt file in it, whatever its case.
    const lowerOnly = ['brieven/**/*.txt'];
    assert.deepEqual(planIndexFolder('/ws', '/ws/brieven', true, lowerOnly, [], ['a.txt', '2015/b.txt']), { kind: 'already' });
    assert.equal(planIndexFolder('/ws', '/ws/brieven', true, lowerOnly, [], ['a.txt', '2015/BRIEF.TXT']).kind, 'add');
    assert.equal(planIndexFolder('/ws', '/ws/brieven', true, lowerOnly, [], []).kind, 'add', 'no files known: only a glob in any case will do');
    assert.deepEqual(planIndexFolder('/ws', '/ws/corpus', false, ['**/corpus/**/*.txt'], [], ['001.txt', '002.txt']), { kind: 'already' });
  });
});

describe('left21 5: the orphaned annotation\'s diagnostic names its annotation in its data and says what to do', () => {
  const letter = 'Den Haag, 3 juni 2015\n\nDe NCTV meldt dit. Over de voorbereiding is niets bekend.\n';
  const note = (id: string, exact: string) => ({ id, type: 'note', target: { exact, prefix: '', suffix: '', start: 0, end: exact.length }, body: { text: `notitie ${id}` } });
  // Two notes on the same words, both gone: their messages were the same, and each diagnostic offered both fixes.
  const store = JSON.stringify({
    version: 1,
    letters: {
      'brief.txt': {
        annotations: [note('a1', 'deels goed voorbereid'), note('a2', 'deels goed voorbereid'),
          { id: 'a3', type: 'correction', target: { exact: 'NCTV', prefix: '', suffix: '', start: 26, end: 30 }, body: { kind: 'aanhangsel', value: { chamber: 'II' } } }],
      },
    },
  });
  const uri = 'file:///ws/corpus/brief.txt';
  const setUp = () => {
    const stores = new AnnotationStores(p => (p === '/ws/corpus/.kamerstukken/annotations.json' ? store : null));
    const corpus = new Corpus(annotatedAnalyser(stores));
    corpus.set(uri, letter);
    const rec = corpus.record(uri)!;
    const orphans = orphansOf(rec.analysis, letter, letterEntry(store, 'brief.txt'));
    const diagnostics = diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).filter(d => d.code === 'annotation.orphaned');
    return { rec, orphans, diagnostics };
  };

  it('each diagnostic carries its annotation\'s id; the message says why and which quick fix to use', () => {
    const { diagnostics } = setUp();
    assert.deepEqual(diagnostics.map(d => d.data), [{ annotationId: 'a1', reanchorable: true }, { annotationId: 'a2', reanchorable: true }, { annotationId: 'a3', reanchorable: false }]);
    assert.equal(diagnostics[0].message, 'Annotation a1 no longer applies. The annotated text "deels goed voorbereid" is no longer in the letter. Select the text it should mark and use the quick fix “Re-anchor annotation a1 to the selection”, or “Remove the orphaned annotation a1” to drop it.');
    assert.equal(diagnostics[2].message, 'Annotation a3 no longer applies. The corrected value is not a valid aanhangsel value. Remove it with the quick fix “Remove the orphaned annotation a3”, or correct it in the annotation store.');
  });

  it('the quick fixes match the diagnostic by its data, whatever its message says; the titles are those the message names', () => {
    const { rec, orphans, diagnostics } = setUp();
    const selection = { start: letter.indexOf('Over de'), end: letter.indexOf(' bekend') };
    const titles = (d: (typeof diagnostics)[number] & { message: string }) => annotationActions(rec, uri, selection, [d], { text: letter, orphans }).filter(a => a.diagnostic === d).map(a => a.title);
    assert.deepEqual(titles(diagnostics[1]), ['Remove the orphaned annotation a2 (“deels goed voorbereid”)', 'Re-anchor annotation a2 to the selection']);
    // A message reworded (another version of the server, a client that edits it): still its own annotation's fixes.
    assert.deepEqual(titles({ ...diagnostics[0], message: 'anders geformuleerd' }), ['Remove the orphaned annotation a1 (“deels goed voorbereid”)', 'Re-anchor annotation a1 to the selection']);
    // An annotation whose body cannot apply is not re-anchored.
    assert.deepEqual(titles(diagnostics[2]), ['Remove the orphaned annotation a3 (“NCTV”)']);
    for (const d of diagnostics) for (const title of titles(d)) assert.ok(d.message.includes(title.replace(/ \(“.*”\)$/, '')), `${d.message} names ${title}`);
    // A client that drops the data: every orphan's fixes, as before.
    assert.equal(titles({ ...diagnostics[0], data: undefined }).filter(t => t.startsWith('Remove')).length, 3);
  });

  it('a selection anywhere offers to re-anchor, without the diagnostic (an editor passes only those under the selection)', () => {
    const { rec, orphans } = setUp();
    const selection = { start: letter.indexOf('Over de'), end: letter.indexOf(' bekend') };
    const titles = annotationActions(rec, uri, selection, [], { text: letter, orphans }).map(a => a.title);
    assert.ok(titles.includes('Re-anchor annotation a1 to the selection') && titles.includes('Re-anchor annotation a2 to the selection'), JSON.stringify(titles));
    assert.ok(!titles.some(t => t.includes('a3 to the selection')));
    assert.ok(!annotationActions(rec, uri, { start: 5, end: 5 }, [], { text: letter, orphans }).some(a => a.title.startsWith('Re-anchor')), 'not without a selection');
  });
});

describe('input.encoding messages name the place as an editor counts it', () => {
  it('line and column from 1, over LF, CRLF and a lone CR', () => {
    assert.equal(lineAndColumn('abc', 0), 'line 1, column 1');
    assert.equal(lineAndColumn('ab\ncd', 4), 'line 2, column 2');
    assert.equal(lineAndColumn('ab\r\ncd\rxé', 8), 'line 3, column 2');
  });

  it('one bad byte is "it", several are "they", the first named', () => {
    assert.match(damagedUtf8Message('a\n\uFFFD', 2, 1), /but for 1 byte that is not \(at line 2, column 1\): it reads as a replacement character/);
    assert.match(damagedUtf8Message('a\n\uFFFD\uFFFD', 2, 2), /but for 2 bytes that are not \(the first at line 2, column 1\): they read as replacement characters/);
  });
});
