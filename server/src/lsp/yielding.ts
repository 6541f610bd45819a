// How the server's long loops (the folder scan, taking in worker records, publishing diagnostics) let
// requests in between their slices.

/**
 * Turns of the event loop a yield lasts. vscode-jsonrpc takes a message in two `setImmediate` hops: one
 * decodes the bytes read from the transport, the next dispatches the message to its handler. A loop that
 * resumes after a single hop runs its next slice between the two, so a request waited up to two slices
 * (and a slice at start-up, with the workers booting, can run long). Resuming on the third turn lets a
 * message read during the slice be decoded and answered first; an idle turn costs microseconds.
 */
const TURNS_PER_YIELD = 3;

/** Resolves after pending messages had their turns: a request that arrived during the slice is answered first. */
export async function yieldToMessages(): Promise<void> {
  for (let turn = 0; turn < TURNS_PER_YIELD; turn++) await new Promise<void>(resolve => setImmediate(resolve));
}

/** The default slice: long enough to do real work, short enough that a request never waits long behind it. */
export const SLICE_MS = 8;

/** Yields once a slice has used its budget; returns the start of the next slice. */
export async function yieldAfter(sliceStart: number, budgetMs = SLICE_MS): Promise<number> {
  if (Date.now() - sliceStart < budgetMs) return sliceStart;
  await yieldToMessages();
  return Date.now();
}
