// The `kamerstukken` command line: the same analysis as the language server, over files and folders.
import { fstatSync, writeSync } from 'node:fs';
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
  export --format jsonl|w3c|brat [--out DIR] [--files-from LIST] PATH...
                                                         recognised plus user annotations, to stdout;
                                                         --out: to DIR/entities.jsonl or
                                                         DIR/annotations.jsonld (brat: .txt/.ann in DIR);
                                                         --files-from: the letters' paths from the file
                                                         LIST (- for stdin), one a line or NUL-separated
  score --gold GOLD.json --pred PRED.json [--details]    precision/recall of an annotate --json run

exit codes: 0 done; 1 something could not be read, analysed or written (said on stderr; the rest is
still done); 2 a wrong option or a missing argument; 70 an internal error
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const toFile = stdoutIsFile();
  const io = {
    stdout: (s: string) => { if (toFile) writeAll(Buffer.from(s, 'utf8')); else process.stdout.write(s); },
    stderr: (s: string) => process.stderr.write(s),
    // Written at once to a file, and to a pipe on Linux; a stream that queued the bytes still holds them.
    stdoutBytes: (bytes: Buffer) => {
      if (toFile) {
        writeAll(bytes);
        return true;
      }
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

/** Standard output is a file (`> out.json`), not a pipe or a terminal. */
function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}

/**
 * Every byte to standard output, a file. Node's stream for a file takes a short write as the whole: on a disk
 * that fills up, a write() writes what fits and says how much, and the rest of the output was lost without a
 * word (exit 0 with half the JSON). The next write() after a short one says why (ENOSPC, EFBIG).
 */
function writeAll(bytes: Buffer): void {
  let done = 0;
  try {
    while (done < bytes.length) {
      const written = writeSync(1, bytes, done, bytes.length - done);
      if (written <= 0) throw Object.assign(new Error('nothing written'), { code: 'EIO' });
      done += written;
    }
  } catch (err) {
    outputFailed(err);
  }
}

/**
 * The output could not be written: a closed pipe (`| head`) is the reader's choice and ends the run quietly;
 * anything else (a full disk, an I/O error) is said, and the run ends with 1, its output incomplete.
 */
function outputFailed(err: unknown): never {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const reason = e?.code === 'ENOSPC' ? 'no space left on device'
    : e?.code === 'EFBIG' ? 'the file is too large for this file system or limit'
      : e?.code === 'EDQUOT' ? 'disk quota exceeded'
        : e?.message ?? String(err);
  process.stderr.write(`kamerstukken: cannot write the output (${reason}); what was written is incomplete\n`);
  process.exit(1);
}

if (isAnnotateWorker()) {
  // This bundle is also the thread `annotate` analyses letters on.
  runAnnotateWorker();
} else {
  // `kamerstukken annotate corpus | head` closes the pipe early: that is the reader's choice, not an error.
  // Any other error writing to a pipe or terminal is said, not thrown as a stack trace.
  process.stdout.on('error', err => outputFailed(err));

  main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    err => { process.stderr.write(`kamerstukken: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`); process.exitCode = 70; },
  );
}
