// The `kamerstukken` command line: the same analysis as the language server, over files and folders.
import { isAnnotateWorker, runAnnotateCommand, runAnnotateWorker } from './annotatePool';
import { runExport } from './export';
import { runScore } from './score';

const USAGE = `usage: kamerstukken <command> [options] PATH...

PATH: letter files, or folders (their .txt and .kamerbrief files; hidden folders and node_modules skipped)

commands:
  annotate [--json] [--jobs N] [--cache DIR] PATH...     identity and references of every letter
                                                         (--jobs: threads; by default one per core, at
                                                         most 8 and one per 1,000 letters;
                                                         --cache: keep each letter's result in DIR,
                                                         so the next run analyses changed letters only;
                                                         entries unused for 30 days are removed)
  export --format jsonl|w3c|brat [--out DIR] PATH...     recognised plus user annotations, to stdout;
                                                         --out: to DIR/entities.jsonl or
                                                         DIR/annotations.jsonld (brat: .txt/.ann in DIR)
  score --gold GOLD.json --pred PRED.json [--details]    precision/recall of an annotate --json run

exit codes: 0 done; 1 something could not be read, analysed or written (said on stderr; the rest is
still done); 2 a wrong option or a missing argument; 70 an internal error
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = {
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    // Written at once to a file, and to a pipe on Linux; a stream that queued the bytes still holds them.
    stdoutBytes: (bytes: Buffer) => {
      process.stdout.write(bytes);
      return process.stdout.writableLength === 0;
    },
  };
  switch (command) {
    case 'annotate':
      return runAnnotateCommand(rest, io, __filename);
    case 'export':
      return runExport(rest, io);
    case 'score':
      return runScore(rest, io);
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE);
      return 0;
    default:
      io.stderr(command ? `kamerstukken: unknown command '${command}'\n${USAGE}` : USAGE);
      return 2;
  }
}

if (isAnnotateWorker()) {
  // This bundle is also the thread `annotate` analyses letters on.
  runAnnotateWorker();
} else {
  // `kamerstukken annotate corpus | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', err => {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    err => { process.stderr.write(`kamerstukken: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`); process.exitCode = 70; },
  );
}
