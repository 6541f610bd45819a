// Keeps the last lines the server wrote to stderr, so a failed start can say why
// (in the error message, the output channel and the extension's API for the e2e suite).
import type { Readable } from 'node:stream';
import * as readline from 'node:readline';
import type { LogOutputChannel } from 'vscode';

const MAX_LINES = 40;
const MAX_LINE_LENGTH = 2000;

export class ServerLog {
  private readonly lines: string[] = [];

  /** Passed as stdioOptions.stderr: forwards each line to the channel and keeps a copy. */
  readonly pipeStderr = (input: Readable, channel: LogOutputChannel): void => {
    readline.createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 })
      .on('line', line => {
        channel.error(line);
        this.remember(line);
      });
  };

  readonly pipeStdout = (input: Readable, channel: LogOutputChannel): void => {
    readline.createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 })
      .on('line', line => channel.info(line));
  };

  remember(line: string): void {
    this.lines.push(line.length > MAX_LINE_LENGTH ? line.slice(0, MAX_LINE_LENGTH) + '…' : line);
    if (this.lines.length > MAX_LINES) this.lines.shift();
  }

  tail(): string {
    return this.lines.join('\n');
  }
}
