// The `kamerstukken` command line: the same analysis as the language server, over files and folders.
import { isAnnotateWorker, runAnnotateCommand, runAnnotateWorker } from './annotatePool';
import { runExport } from './export';
import { runScore } from './score';

const USAGE = `usage: kamerstukken <command> [options] PATH...

commands:
  annotate [--json] [--jobs N] [--cache DIR] PATH...     identity and references of every letter
                                                         (--jobs: threads; default one per core;
                                                         --cache: keep each letter's result in DIR,
                                                         so the next run analyses changed letters only)
  export --format jsonl|w3c|brat [--out DIR] PATH...     recognised plus user annotations
  score --gold GOLD.json --pred PRED.json [--details]    precision/recall of an annotate --json run
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
