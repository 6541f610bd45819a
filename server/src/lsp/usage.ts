// `node dist/server.js --help`, and a start without a transport: a usage message instead of a stack trace, for
// whoever sets the server up in an editor by hand.

export const SERVER_USAGE = `usage: node dist/server.js --stdio [--cache-dir DIR]

The Kamerstukken language server, for any LSP editor; the editor starts it and speaks LSP with it.
  --stdio          speak LSP over standard input and output (also: --node-ipc, --socket=PORT, --pipe=NAME)
  --cache-dir DIR  keep each letter's record in DIR, so the next start reads only the letters that changed
On Linux, MALLOC_ARENA_MAX=2 in its environment keeps it smaller on large workspaces.
`;

/** The transports vscode-languageserver reads from argv. */
function hasTransport(args: readonly string[]): boolean {
  return args.some(a => a === '--stdio' || a === '--node-ipc' || a === '--socket' || a === '--pipe' || a.startsWith('--socket=') || a.startsWith('--pipe='));
}

/** What to print and the exit code when the arguments ask for help or give no transport; null: start the server. */
export function serverArgvAnswer(argv: readonly string[]): { exitCode: number; stdout?: string; stderr?: string } | null {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, stdout: SERVER_USAGE };
  if (!hasTransport(args)) {
    return { exitCode: 2, stderr: `kamerstukken server: no transport given: an editor starts it with --stdio\n${SERVER_USAGE}` };
  }
  return null;
}
