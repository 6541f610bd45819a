// The documents the client has open, found under any spelling of their URI. TextDocuments keys them by the
// client's spelling, and VS Code percent-encodes every character of a path but letters, digits and "-._~/"
// ("Brieven (2015)" → "Brieven%20%282015%29", "c:" → "c%3A" on Windows), while the server's URIs are
// normalised through Node's pathToFileURL, which leaves "(", ")", "[", "]", ... as they are. Looked up by the
// normalised spelling alone, such a document was never found: an open store's unsaved text was passed over
// (edits computed against the disk, applied to the editor's text) and completion answered nothing.
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export class OpenDocuments extends TextDocuments<TextDocument> {
  /**
   * Normalised URI → the client's spelling, the key of the document in TextDocuments; only for documents whose
   * spelling differs from the normalised one (most have none), so that a miss costs nothing while it is empty:
   * the index asks about every letter of the workspace.
   */
  private readonly spellings = new Map<string, string>();

  constructor(private readonly normalise: (uri: string) => string) {
    super(TextDocument);
    // Registered first, so every other listener of these events already finds the document (or not).
    this.onDidOpen(e => {
      const key = normalise(e.document.uri);
      if (key !== e.document.uri) this.spellings.set(key, e.document.uri);
    });
    this.onDidClose(e => {
      const key = normalise(e.document.uri);
      if (this.spellings.get(key) === e.document.uri) this.spellings.delete(key);
    });
  }

  override get(uri: string): TextDocument | undefined {
    const own = super.get(uri);
    if (own || this.spellings.size === 0) return own;
    const spelling = this.spellings.get(this.normalise(uri));
    return spelling === undefined ? undefined : super.get(spelling);
  }
}
