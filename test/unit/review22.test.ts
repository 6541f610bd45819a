// Review of session 22's server changes: what an open letter's input.encoding says.
import * as assert from 'node:assert/strict';
import { fileEncoding, openLetterNotice } from '../../server/src/core/workspace/input';
import { windows1252 } from './windows1252';

describe('review22: a Windows-1252 letter with a byte Windows-1252 leaves undefined, open in its encoding', () => {
  const LATIN = 'Den Haag, 3 juni 2015\n\nDe Nationaal Coördinator (NCTV) schreef “zo”.\n';
  // 0x81: undefined in Windows-1252. The server reads it as U+0081 (WHATWG); VS Code's decoder (iconv-lite) shows
  // U+FFFD for it (and for 0x8D, 0x8F, 0x90, 0x9D), though the editor did read the file as Windows 1252.
  const bytes = Buffer.concat([windows1252(LATIN), Buffer.from([0x81, 0x0a])]);
  const inEditor = `${LATIN}\uFFFD\n`;

  it('keeps the closed letter\'s input.encoding, not advice to reopen it in the encoding it is open in', () => {
    const file = fileEncoding(bytes);
    assert.equal(file.kind, 'windows-1252');
    const notice = openLetterNotice(inEditor, () => file);
    assert.ok(notice, 'a notice');
    assert.doesNotMatch(notice.message, /Reopen/);
    assert.deepEqual(notice, file.kind === 'windows-1252' ? file.notice : null);
  });

  it('still says how to reopen it when the editor decoded the file as UTF-8', () => {
    const asUtf8 = new TextDecoder('utf-8').decode(bytes);
    assert.match(openLetterNotice(asUtf8, () => fileEncoding(bytes))?.message ?? '', /Reopen it with the encoding Western/);
  });
});
