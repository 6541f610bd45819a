// Every command of the extension is registered here, one module per group.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UserCommands } from '../names';
import { registerAnnotationCommands } from './annotations';
import { registerExportCommand } from './export';
import { registerReferenceCommands } from './references';

export interface CommandContext {
  client: LanguageClient;
  outputChannel: vscode.LogOutputChannel;
  restartServer: () => Promise<void>;
}

export function registerCommands(context: vscode.ExtensionContext, commands: CommandContext): void {
  context.subscriptions.push(
    ...registerReferenceCommands(),
    ...registerAnnotationCommands(commands.client),
    registerExportCommand(context.extensionUri, commands.outputChannel),
    vscode.commands.registerCommand(UserCommands.showOutput, () => commands.outputChannel.show(true)),
    vscode.commands.registerCommand(UserCommands.restartServer, () => commands.restartServer()),
  );
}
