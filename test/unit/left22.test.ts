// Defects left by earlier sessions (session 22): a letter closed in the editor keeps the analysis of its open text
// when that text is the file's; what an open letter's file is (its encoding) is read once per version of the file;
// the server and the command line say alike of a file that is too large, in the unit it was measured in.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Corpus, recordFromData, recordToData, type LetterRecord } from '../../server/src/core/workspace/corpus';
import { FileEncodings } from '../../server/src/lsp/fileEncodings';
import { decodeLetter, decodeNotUtf8, editorDecodingNotice, fileEncoding, MAX_LETTER_CHARS, openLetterNotice } from '../../server/src/core/workspace/input';
import { readLetter } from '../../server/src/cli/files';
import { analyseFile, closedRecordFromOpen, threadAnalyser, threadStores } from '../../server/src/lsp/analysisWorker';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { tempDirs } from './tempDirs';
import { windows1252 } from './windows1252';

const ROOT = join(__dirname, '..', '..', '..');
const corpusText = (name: string) => readFileSync(join(ROOT, 'corpus', name), 'utf8');

/** The record the server holds of a letter open in the editor with this text (`analyseText`). */
function openRecord(uri: string, text: string): { corpus: Corpus; record: LetterRecord } {
  const corpus = new Corpus(threadAnalyser);
  corpus.update(uri, text);
  return { corpus, record: corpus.record(uri)! };
}

describe('left22 1: a letter closed in the editor, its text the file\'s, keeps the open text\'s analysis', () => {
  const tempDir = tempDirs('kst-left22-');

  const LATIN = 'Den Haag, 3 juni 2015\n\nDe Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) schreef “zo” – de NCTV € 5 (Kamerstuk 29 754, nr. 325).\n';
  const cases: Array<[string, () => { bytes: Buffer; text: string }]> = [
    ...['000_24c3e309d107eecc.txt', '001_3db4abffb7247bac.txt', '002_548ef68b162742fc.txt', '003_a211609418273696.txt', '004_c51793f171952d9b.txt'].map(
      (name): [string, () => { bytes: Buffer; text: string }] => [name, () => ({ bytes: readFileSync(join(ROOT, 'corpus', name)), text: corpusText(name) })],
    ),
    ['a letter with a byte order mark and CRLF line ends', () => {
      const text = corpusText('002_548ef68b162742fc.txt').replace(/\n/g, '\r\n');
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), text };
    }],
    ['a Windows-1252 letter the editor decoded as such', () => ({ bytes: windows1252(LATIN), text: LATIN })],
    ['UTF-8 with one bad byte, as the editor shows it', () => {
      const bytes = Buffer.concat([Buffer.from(LATIN.slice(0, 30)), Buffer.from([0x96]), Buffer.from(LATIN.slice(30))]);
      return { bytes, text: new TextDecoder('utf-8').decode(bytes) };
    }],
  ];

  for (const [name, make] of cases) {
    it(`gives the record a fresh read of the file gives: ${name}`, async () => {
      const dir = tempDir();
      const file = join(dir, 'letter.txt');
      const { bytes, text } = make();
      writeFileSync(file, bytes);
      const uri = pathToFileURL(file).href;
      const { record } = openRecord(uri, text);
      const before = JSON.stringify(recordToData(record));
      const closed = closedRecordFromOpen(record, text, file);
      assert.ok(closed, 'the open text is the file\'s');
      const fresh = await analyseFile(uri, file);
      assert.deepEqual(recordToData(closed), fresh);
      assert.equal(JSON.stringify(recordToData(record)), before, 'the open record is left as it was (hovers on it still show their details)');
      // Indexed, it answers as the fresh record does: its diagnostics, the entities they read, what it cites.
      const viaClose = new Corpus(threadAnalyser);
      viaClose.put(closed);
      const viaRead = new Corpus(threadAnalyser);
      viaRead.put(recordFromData(fresh!));
      assert.deepEqual(diagnoseLetter(viaClose, uri, DEFAULT_SETTINGS), diagnoseLetter(viaRead, uri, DEFAULT_SETTINGS));
      assert.deepEqual(viaClose.diagnosticEntitiesOf(uri), viaRead.diagnosticEntitiesOf(uri));
      assert.deepEqual(viaClose.citedIds(uri), viaRead.citedIds(uri));
      assert.deepEqual(viaClose.record(uri)!.analysis.entities, viaRead.record(uri)!.analysis.entities);
    });
  }

  it('gives the record a fresh read gives for a letter whose annotation store declares its identity', async () => {
    const dir = tempDir();
    const name = '000_24c3e309d107eecc.txt';
    const file = join(dir, name);
    const text = corpusText(name);
    writeFileSync(file, text);
    mkdirSync(join(dir, '.kamerstukken'));
    const store = join(dir, '.kamerstukken', 'annotations.json');
    writeFileSync(store, JSON.stringify({ version: 1, letters: { [name]: { identity: { dossier: '29754', number: '253' }, annotations: [] } }, organisations: [] }));
    threadStores.invalidate(store);
    const uri = pathToFileURL(file).href;
    const { record } = openRecord(uri, text);
    assert.ok(record.ids.includes('kst-29754-253'), JSON.stringify(record.ids));
    const closed = closedRecordFromOpen(record, text, file);
    assert.deepEqual(recordToData(closed!), await analyseFile(uri, file));
  });

  it('gives none when the editor\'s text is not the file\'s: unsaved edits, a file changed or gone, a file that is no letter', () => {
    const dir = tempDir();
    const file = join(dir, 'letter.txt');
    const text = corpusText('002_548ef68b162742fc.txt');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const { record } = openRecord(uri, text);
    assert.ok(closedRecordFromOpen(record, text, file));
    assert.equal(closedRecordFromOpen(record, `${text} `, file), null, 'unsaved edits (the record would be of them)');
    writeFileSync(file, text.replace('Kamer', 'kamer'));
    assert.equal(closedRecordFromOpen(record, text, file), null, 'the file changed on disk');
    writeFileSync(file, Buffer.from([0x41, 0, 0x42]));
    assert.equal(closedRecordFromOpen(record, text, file), null, 'the file is binary now');
    rmSync(file);
    assert.equal(closedRecordFromOpen(record, text, file), null, 'the file is gone');
    mkdirSync(file);
    assert.equal(closedRecordFromOpen(record, text, file), null, 'a folder in its place');
  });
});


describe('left22 3: what an open letter\'s file is, read once per version of the file', () => {
  const tempDir = tempDirs('kst-left22-');
  const LATIN = 'De Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) schreef “zo”.\n';

  it('reads the file once while it is unchanged, again when its size or modification time changes, and not when it is gone', () => {
    const file = join(tempDir(), 'latin.txt');
    writeFileSync(file, windows1252(LATIN));
    let reads = 0;
    const encodings = new FileEncodings(path => {
      reads++;
      return readFileSync(path);
    });
    const asEditorShows = new TextDecoder('utf-8').decode(windows1252(LATIN));
    for (let i = 0; i < 50; i++) {
      const notice = editorDecodingNotice(asEditorShows, () => encodings.of(file));
      assert.match(notice?.message ?? '', /Reopen it with the encoding Western/);
    }
    assert.equal(reads, 1, 'fifty edits, one read');
    // Saved as UTF-8 with the replacement characters (another size): read again, and the file holds them.
    writeFileSync(file, asEditorShows);
    assert.equal(editorDecodingNotice(asEditorShows, () => encodings.of(file)), null);
    assert.equal(reads, 2);
    // The same size, another time: read again.
    writeFileSync(file, windows1252(LATIN.replace('ö', 'ë')));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    assert.equal(encodings.of(file)?.kind, 'windows-1252');
    assert.equal(reads, 3);
    rmSync(file);
    assert.equal(encodings.of(file), null);
    assert.equal(reads, 3, 'a file that is gone is not read');
    assert.equal(encodings.size, 0);
  });

  it('tells UTF-8, UTF-8 with a few bad bytes, Windows-1252 and binary apart, as the notice did from the bytes', () => {
    assert.deepEqual(fileEncoding(Buffer.from(LATIN)), { kind: 'utf-8' });
    assert.deepEqual(fileEncoding(windows1252(LATIN)), { kind: 'windows-1252', text: LATIN, notice: decodeNotUtf8(windows1252(LATIN)).notice });
    assert.deepEqual(fileEncoding(Buffer.concat([Buffer.from(LATIN), Buffer.from([0x96]), Buffer.from(LATIN)])), { kind: 'damaged-utf-8', invalid: 1 });
    assert.deepEqual(fileEncoding(Buffer.from([0x41, 0, 0x42])), { kind: 'binary' });
    const damaged = Buffer.concat([Buffer.from(LATIN), Buffer.from([0x96]), Buffer.from(LATIN)]);
    const shown = new TextDecoder('utf-8').decode(damaged);
    assert.deepEqual(editorDecodingNotice(shown, () => fileEncoding(damaged)), editorDecodingNotice(shown, () => damaged));
  });
});

describe('left22 4: a file too large to be a letter, in the same words from the server and the command line', () => {
  const tempDir = tempDirs('kst-left22-');

  /** What the command line says of the file, and what the server's `input.too-large` says (its record's problem). */
  async function both(bytes: Buffer): Promise<{ cli: string; server: string }> {
    const file = join(tempDir(), 'big.txt');
    writeFileSync(file, bytes);
    const read = readLetter(file);
    assert.ok(!read.ok);
    const record = await analyseFile(pathToFileURL(file).href, file);
    const problem = record!.analysis.problems.find(p => p.code === 'input.too-large');
    assert.ok(problem, JSON.stringify(record!.analysis.problems));
    return { cli: read.message, server: problem.message };
  }

  it('UTF-8 with a few bad bytes: its characters, not its bytes (each accented letter is two)', async () => {
    const chars = MAX_LETTER_CHARS + 100_001;
    const accented = 2_200_000;
    const bytes = Buffer.concat([Buffer.from('é'.repeat(accented)), Buffer.from([0x96]), Buffer.alloc(chars - accented - 1, 0x61)]);
    assert.equal(bytes.length, chars + accented, 'more bytes than characters');
    const { cli, server } = await both(bytes);
    assert.equal(cli, server);
    assert.equal(server, 'This file is too large to analyse as a letter: it has 4,294,305 characters, and a letter may have 4,194,304 at most.');
    assert.equal(decodeLetter(bytes).problem?.message, server);
  });

  it('valid UTF-8 and Windows-1252 past the character limit: the same words', async () => {
    const utf8 = await both(Buffer.alloc(MAX_LETTER_CHARS + 1, 0x61));
    assert.equal(utf8.cli, utf8.server);
    assert.match(utf8.server, /it has 4,194,305 characters, and a letter may have 4,194,304 at most\.$/);
    const latin = await both(Buffer.concat([Buffer.from([0xf6]), Buffer.alloc(MAX_LETTER_CHARS, 0x61)]));
    assert.equal(latin.cli, latin.server);
    assert.match(latin.server, /it has 4,194,305 characters/);
  });

  it('past the byte limit: the file\'s size in bytes, and the limit in bytes', async () => {
    const size = 13_000_000;
    const { cli, server } = await both(Buffer.alloc(size, 0x61));
    assert.equal(cli, server);
    assert.equal(server, 'This file is too large to analyse as a letter: it is 13,000,000 bytes (12.4 MB), and a letter may be 12,582,912 bytes (12.0 MB) at most: 4,194,304 characters of up to 3 bytes each.');
  });
});

describe('left22 5: the input.encoding of a Windows-1252 letter open in its encoding', () => {
  const LATIN = 'Den Haag, 3 juni 2015\n\nDe Nationaal Coördinator (NCTV) schreef “zo”.\n';
  const file = fileEncoding(windows1252(LATIN));

  it('is the closed letter\'s while the text is the file\'s', () => {
    assert.deepEqual(openLetterNotice(LATIN, () => file), decodeLetter(windows1252(LATIN)).notice);
  });

  it('with unsaved edits: at the first character that is not ASCII, where the saved file is not UTF-8; none when none is left', () => {
    const edited = `Café.\n${LATIN}`;
    const notice = openLetterNotice(edited, () => file);
    assert.deepEqual([notice?.start, notice?.end], [3, 4]);
    assert.match(notice?.message ?? '', /^This file is not UTF-8 text: it was read as Windows-1252 .* at line 1, column 4, read as “é”/);
    assert.equal(openLetterNotice('Den Haag\n', () => file), null);
  });

  it('is none for a file in UTF-8, a file with a few bad bytes shown without them, or no file; reads the file once', () => {
    let reads = 0;
    const utf8 = () => { reads++; return fileEncoding(Buffer.from(LATIN)); };
    assert.equal(openLetterNotice(LATIN, utf8), null);
    assert.equal(reads, 1);
    const damaged = Buffer.concat([Buffer.from(LATIN), Buffer.from([0x96])]);
    assert.equal(openLetterNotice(LATIN, () => fileEncoding(damaged)), null, 'the bad byte typed over: the editor saves UTF-8');
    assert.equal(openLetterNotice(LATIN, () => null), null);
    // Replacement characters: what the editor's decoding notice says, as before.
    const shown = new TextDecoder('utf-8').decode(windows1252(LATIN));
    assert.deepEqual(openLetterNotice(shown, () => file), editorDecodingNotice(shown, () => windows1252(LATIN)));
  });
});
