// The "Kamerstukken" panel in the explorer: the workspace's letters by dossier and number, the letters without
// a Kamerstuk number, and the stukken they cite that the workspace does not hold. The server computes the
// nodes (kamerstukken/corpusTree) and says when they changed (kamerstukken/corpusChanged); this only shows them.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CORPUS_CHANGED_NOTIFICATION, CORPUS_TREE_REQUEST, CORPUS_VIEW_ID, ServerCommands, UserCommands } from './names';

/** A node as the server sends it. */
export interface CorpusNode {
  id: string;
  label: string;
  description: string;
  hasChildren: boolean;
  place?: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  url?: string;
}

export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  /** Asks the server again for everything shown. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: CorpusNode): Promise<CorpusNode[]> {
    if (!this.client.isRunning()) return [];
    try {
      return await this.client.sendRequest<CorpusNode[]>(CORPUS_TREE_REQUEST, { node: node?.id ?? null });
    } catch {
      return []; // the server restarts or stops: it says when the tree changed again
    }
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.url ? `${node.label}: ${node.description}. Opens the first letter citing it.` : `${node.label} ${node.description}`;
    if (node.place) {
      const uri = vscode.Uri.parse(node.place.uri);
      const r = node.place.range;
      const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      item.resourceUri = node.id.startsWith('letter:') ? uri : undefined;
      item.command = { title: 'Open', command: 'vscode.open', arguments: [uri, { selection, preview: true }] };
    }
    if (node.url) item.contextValue = 'kamerstukken.cited';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The panel, its refresh on the server's word and by hand, and "open on officielebekendmakingen.nl" for a cited stuk. */
export function registerCorpusTree(context: vscode.ExtensionContext, client: LanguageClient): CorpusTreeProvider {
  const provider = new CorpusTreeProvider(client);
  context.subscriptions.push(
    provider,
    vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true }),
    client.onNotification(CORPUS_CHANGED_NOTIFICATION, () => provider.refresh()),
    vscode.commands.registerCommand(UserCommands.refreshCorpus, () => provider.refresh()),
    vscode.commands.registerCommand(UserCommands.openCitedOnline, (node: CorpusNode | undefined) => {
      if (node?.url) return vscode.commands.executeCommand(ServerCommands.openExternal, node.url);
      return undefined;
    }),
  );
  return provider;
}
