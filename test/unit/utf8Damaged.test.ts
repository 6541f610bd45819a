// A UTF-8 letter with a few bytes that are not UTF-8 (a Windows-1252 dash pasted into it, a file cut at a byte):
// read as UTF-8 with a replacement character for each, as an editor shows it, not as Windows-1252, which turned
// every accented letter of it into two ("CoÃ¶rdinator": the organisation lost) and put every position after it
// off from the editor's.
import * as assert from 'node:assert/strict';
import { decodeLetterBytes } from '../../server/src/cli/files';
import { decodeLetter, editorDecodingNotice } from '../../server/src/core/workspace/input';
import { windows1252 } from './windows1252';

const BEFORE = 'De Nationaal Coördinator Terrorismebestrijding en Veiligheid heeft één brief ';
const AFTER = ' gestuurd op 3 juni 2015 (Kamerstuk 29 754, nr. 325).\n';
/** UTF-8, but for one Windows-1252 en dash (0x96). */
const DAMAGED = Buffer.concat([Buffer.from(BEFORE, 'utf8'), Buffer.from([0x96]), Buffer.from(AFTER, 'utf8')]);
/** What an editor shows (VS Code decodes UTF-8 as WHATWG's TextDecoder does). */
const AS_EDITOR_SHOWS = new TextDecoder('utf-8').decode(DAMAGED);

describe('a UTF-8 letter with a few bytes that are not UTF-8', () => {
  it('is read as UTF-8 with a replacement character for each, as the editor shows it, the notice at that character', () => {
    const decoded = decodeLetter(DAMAGED);
    assert.equal(decoded.problem, undefined);
    assert.equal(decoded.text, AS_EDITOR_SHOWS);
    assert.ok(decoded.text!.includes('Coördinator'));
    const at = AS_EDITOR_SHOWS.indexOf('\uFFFD');
    assert.equal(at, BEFORE.length);
    assert.deepEqual([decoded.notice?.code, decoded.notice?.start, decoded.notice?.end], ['input.encoding', at, at + 1]);
    assert.doesNotMatch(decoded.notice!.message, /Windows-1252/);
    const lineStart = AS_EDITOR_SHOWS.lastIndexOf('\n', at) + 1;
    const line = AS_EDITOR_SHOWS.slice(0, at).split('\n').length;
    assert.match(decoded.notice!.message, new RegExp(`^This file is UTF-8 text but for 1 byte that is not \\(at line ${line}, column ${at - lineStart + 1}\\): it reads as a replacement character`));
  });

  it('a byte order mark is dropped and positions stay those of the text after it', () => {
    const decoded = decodeLetter(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), DAMAGED]));
    assert.equal(decoded.text, AS_EDITOR_SHOWS);
    assert.equal(decoded.notice?.start, BEFORE.length);
  });

  it('the command line reads the same text with the same words', () => {
    const read = decodeLetterBytes('/w/damaged.txt', DAMAGED);
    assert.ok(read.ok);
    assert.equal(read.text, AS_EDITOR_SHOWS);
    assert.equal(read.warning, decodeLetter(DAMAGED).notice?.message);
  });

  it('the open editor is not told to reopen it as Windows 1252 (that would garble every other accented letter)', () => {
    const notice = editorDecodingNotice(AS_EDITOR_SHOWS, () => DAMAGED);
    assert.equal(notice?.start, BEFORE.length);
    assert.equal(notice?.message, decodeLetter(DAMAGED).notice?.message);
    assert.doesNotMatch(notice!.message, /Windows 1252/);
  });

  it('a letter in Windows-1252 is still read as Windows-1252, a chance pair of bytes that is UTF-8 in it too', () => {
    // 'Ã' + '©' (0xC3 0xA9) is 'é' in UTF-8: one such pair among the letter's own accented letters.
    const text = 'De Coördinator schreef “Ã©” over één brief en de financiële positie.\n';
    const decoded = decodeLetter(windows1252(text));
    assert.equal(decoded.text, text);
    assert.match(decoded.notice!.message, /read as Windows-1252/);
  });
});
