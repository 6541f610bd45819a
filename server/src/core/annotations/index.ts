// User annotations: the store, anchoring, application to analyses, and planned store edits.
// Pure core: no `vscode`, no `vscode-languageserver`; only jsonc-parser and node:path (posix, for keys).
//
// STORE: one file per corpus folder, `<folder>/.kamerstukken/annotations.json`, human-readable and
// diff-friendly (sorted keys, 2-space indent, annotations in document order). Validated by
// schemas/annotations.schema.json. Shape:
//   { "version": 1,
//     "letters": { "<path relative to folder>": {
//        "identity": { dossier, suffix, number, chamber, session, date, title, type, signatory },
//        "annotations": [ { "id": "a1", "type": "correction"|"note"|"organisation"|"not-entity"|"reference",
//                           "target": { "exact", "prefix", "suffix", "start", "end" },   // W3C selectors
//                           "body": {...}, "created": "2026-…Z" } ] } },
//     "organisations": [ { "id", "name", "acronyms": [...], "kind", "description" } ] }
// Bodies: note {text, tag?}; organisation {id}; not-entity {kind?}; reference {id: "kst-29754-325"};
// correction {kind, value}; all but note take an optional free-text `note`.
//
// API:
//   parseStore(text)                 → {store, errors[{start,end,message}]}  (errors: offsets in the store file;
//                                      a malformed entry is skipped, the rest applies)
//   serializeStore(store)            → canonical text
//   locateInStore(storeText, key, id?) / locateOrganisation(storeText, orgId) → {start,end} in the store text
//                                      (orphan diagnostics on the store entry, go-to-definition of user acronyms)
//   anchor(selector, text)           → {start, end, method: 'position'|'quote'|'fuzzy'} | null
//   makeSelector(text, start, end)   → selector with 32 characters of context each side
//   applyAnnotations(analysis, text, store.letters[key], store.organisations)
//                                    → {analysis, anchored, orphans, notes, acronyms}
//   planStoreEdit(storeText|null, change) → {newText, edits: [{offset,length,content}], error?}
//   storeLocation(letterPath) / candidateStorePaths(letterPath) / letterKey(storePath, letterPath)
//   toJsonLines / toW3cAnnotationPage / toBratAnn (export/): the formats of `kamerstukken export`
//   (server/src/cli/export.ts reads the letters and stores and calls these).
//
// HOW THE SERVER SHOULD CALL THIS
//   1. For a letter at path P, look for a store at each of candidateStorePaths(P) (nearest first); use the
//      first that exists, or storeLocation(P).storePath when creating one. Key = letterKey(storePath, P).
//   2. Parse the store once per change of the store file: parseStore(text). Publish `errors` as
//      `annotation.invalid` diagnostics on the store file (offsets → positions in the store text).
//   3. After analyseLetter(text): applied = applyAnnotations(analysis, text, store.letters[key], store.organisations).
//      Use applied.analysis everywhere instead of the raw analysis (hover shows entity.source 'user' and
//      entity.explain); applied.orphans → `annotation.orphaned` diagnostics (at 0,0 of the letter, or on
//      the store entry); applied.notes → hover text and decorations; applied.acronyms → acronym definitions
//      (no span: point go-to-definition at the store entry).
//   4. Code actions: planStoreEdit(currentStoreText or null, change). Send `edits` as TextEdits on the store
//      document (offsets in the OLD text), or CreateFile + one insert when storeText was null. If `error`
//      is set, offer no action. Letters are never written to.
export * from './types';
export { parseStore, serializeStore, locateInStore, locateOrganisation, type ParsedStore } from './store';
export { anchor, makeSelector, CONTEXT_LENGTH, type Anchor, type AnchorMethod } from './anchor';
export {
  applyAnnotations, kamerstukFromId,
  type AppliedAnnotations, type AnchoredAnnotation, type OrphanedAnnotation, type AppliedNote, type UserAcronym,
} from './apply';
export { planStoreEdit, type StoreChange, type StoreEdit, type StoreEditOptions, type LetterSpan } from './edit';
export { storeLocation, candidateStorePaths, letterKey } from './location';
export { toJsonLines } from './export/jsonl';
export { toW3cAnnotationPage, ANNO_CONTEXT } from './export/w3c';
export { toBratAnn, BRAT_CONF, fragments as bratFragments } from './export/brat';
export type { ExportLetter, ExportEntity } from './export/items';
