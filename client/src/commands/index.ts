// Every command of the extension is registered here, one module per group.
// Annotation commands (declare identity, define acronym, mark organisation, add note, export)
// go in their own module, e.g. ./annotations.ts, registered below in the same way.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UserCommands } from '../names';
import { registerReferenceCommands } from './references';

export interface CommandContext {
  client: LanguageClient;
  outputChannel: vscode.LogOutputChannel;
  restartServer: () => Promise<void>;
}

export function registerCommands(context: vscode.ExtensionContext, commands: CommandContext): void {
  context.subscriptions.push(
    ...registerReferenceCommands(),
    vscode.commands.registerCommand(UserCommands.showOutput, () => commands.outputChannel.show(true)),
    vscode.commands.registerCommand(UserCommands.restartServer, () => commands.restartServer()),
  );
}
