// When the status bar may show the client's own count of letter files (no vscode import, so unit tests can load
// it). The count is a search of the workspace that can take longer than the server run it was started for: it
// may show only while that run is still running and has not reported its index.

export class OwnCountGate {
  private run = 0;
  private running = false;
  private reported = false;

  /** A server run is running: its search starts now. Answers the run, to ask `mayShow` with. */
  started(): number {
    this.running = true;
    this.reported = false;
    return ++this.run;
  }

  /** The server stopped, failed or is starting again: no search started before may show. */
  ended(): void {
    this.running = false;
  }

  /** The server reported its index: from then on the status bar shows its counts only. */
  serverReported(): void {
    this.reported = true;
  }

  /** Whether the search started for `run` may show its count now. */
  mayShow(run: number): boolean {
    return run === this.run && this.running && !this.reported;
  }
}
