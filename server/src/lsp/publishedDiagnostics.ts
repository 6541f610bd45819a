// What the server last sent as each letter's diagnostics, so that it sends nothing when they would be the same
// (a settings change, a store re-read, an index rebuilt after the globs changed: at 10,000 letters that was
// 10,000 messages each time), and which letters have diagnostics of a code, so that a change of that code's
// severity recomputes only them.
import { hashText } from '../core/workspace/cacheHashes';
import { DEFAULT_SEVERITY, type DiagnosticCode } from '../core/features/settings';

const CODES = Object.keys(DEFAULT_SEVERITY) as DiagnosticCode[];
const BIT = new Map(CODES.map((code, i) => [code, 2 ** i]));

interface Sent {
  /** Hash of the message (its version and diagnostics). */
  hash: string;
  /** The codes of the letter's diagnostics, 'off' ones included, as bits of CODES. */
  codes: number;
}

export class PublishedDiagnostics {
  private readonly sent = new Map<string, Sent>();

  /**
   * Whether the message differs from the last one sent for the URI (then it is remembered as sent): `codes`, the
   * codes of its diagnostics, 'off' ones included (`diagnoseLetter`'s `found`).
   */
  changed(uri: string, message: unknown, codes: Iterable<DiagnosticCode>): boolean {
    let bits = 0;
    for (const code of codes) bits |= BIT.get(code) ?? 0;
    const hash = hashText(JSON.stringify(message));
    const last = this.sent.get(uri);
    this.sent.set(uri, { hash, codes: bits });
    return last?.hash !== hash;
  }

  /** The letter is gone (its empty diagnostics are sent as such). */
  forget(uri: string): void {
    this.sent.delete(uri);
  }

  /** Letters whose diagnostics, when last computed, had any of the codes (any severity, 'off' included). */
  lettersWithCodes(codes: readonly string[]): string[] {
    let bits = 0;
    for (const code of codes) bits |= BIT.get(code as DiagnosticCode) ?? 0;
    const out: string[] = [];
    if (bits === 0) return out;
    for (const [uri, sent] of this.sent) if (sent.codes & bits) out.push(uri);
    return out;
  }
}
