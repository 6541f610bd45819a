// Commands that the server's code actions on references carry: open the source, copy a citation,
// ignore a reference in diagnostics.
import * as vscode from 'vscode';
import { planIgnore } from '../ignoreList';
import { CONFIG_SECTION, ServerCommands } from '../names';

export function registerReferenceCommands(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ServerCommands.openExternal, openExternal),
    vscode.commands.registerCommand(ServerCommands.copyCitation, copyCitation),
    vscode.commands.registerCommand(ServerCommands.ignoreReference, ignoreReference),
  ];
}

async function openExternal(url: unknown): Promise<boolean> {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    void vscode.window.showWarningMessage(`Kamerstukken: not a web address: ${String(url)}`);
    return false;
  }
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}

async function copyCitation(text: unknown): Promise<void> {
  if (typeof text !== 'string' || text === '') return;
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`Copied: ${text.length > 80 ? text.slice(0, 80) + '…' : text}`, 3000);
}

/**
 * Adds an id ("kst-29754-325") or a dossier prefix ("kst-29754-*") to the workspace's ignore list; a list of them
 * ("Ignore the 3 unresolved references in the selection") in one change of the setting.
 */
export async function ignoreReference(pattern: unknown): Promise<void> {
  const patterns = (Array.isArray(pattern) ? pattern : [pattern]).filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (patterns.length === 0) return;
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const plan = planIgnore(config.inspect<unknown>('diagnostics.ignore'), !!vscode.workspace.workspaceFolders?.length, patterns);
  if (!plan) return;
  await config.update('diagnostics.ignore', plan.list, plan.target === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}
