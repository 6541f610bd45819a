// Typed tables that grow as a letter needs: the scratch tables the text stages and the line index reuse
// from letter to letter start small and double when a letter has more lines or runs than they hold.

type Table = Int32Array | Uint32Array | Uint16Array;

/** A table of the same kind, twice as long, with the same first entries. */
export function doubled<T extends Table>(table: T): T {
  const bigger = new (table.constructor as new (length: number) => T)(table.length * 2);
  bigger.set(table);
  return bigger;
}
