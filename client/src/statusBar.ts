// One status bar item: server state, then index progress or the number of letters.
import * as vscode from 'vscode';
import { type IndexStatus, UserCommands } from './names';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem('kamerstukken.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'Kamerstukken';
    this.item.command = UserCommands.showOutput;
    // Hidden until there is a letter to serve: windows without letters show nothing.
  }

  starting(): void {
    this.set('$(sync~spin) Kamerstukken', 'Starting the Kamerstukken language server…');
    this.item.show();
  }

  failed(message: string): void {
    this.set('$(error) Kamerstukken', `The language server is not running.\n\n${message}\n\nClick to open the output.`);
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  stopped(): void {
    this.set('$(circle-slash) Kamerstukken', 'The language server has stopped. Run "Kamerstukken: Restart Server".');
  }

  index(status: IndexStatus): void {
    if (status.indexing) {
      const progress = status.total ? `${status.letters}/${status.total}` : `${status.letters}`;
      this.set(`$(sync~spin) Kamerstukken: ${progress}`, `Indexing letters: ${progress}`);
    } else {
      this.set(`$(book) ${plural(status.letters)}`, `Kamerstukken: ${plural(status.letters)} indexed`);
    }
  }

  /** The letter files found before the server has reported: not yet what it indexed. */
  found(count: number): void {
    this.set(`$(book) ${plural(count)}`, `Kamerstukken: ${plural(count)} found; waiting for the language server's index`);
  }

  private set(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function plural(count: number): string {
  return count === 1 ? '1 letter' : `${count} letters`;
}
