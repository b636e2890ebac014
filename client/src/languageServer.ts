// Starts the CaseDraft language server (dist/server.js) for `casedraft` documents and gives the
// other modules one way to reach it. Commands: Restart Server, Show Output.
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ruleDocCommandUri } from './ruleDocs';
import { forwardTrust, trustOption } from './trust';

export const LANGUAGE = 'casedraft';

export async function startLanguageServer(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE, scheme: 'file' },
      { language: LANGUAGE, scheme: 'untitled' },
    ],
    // The server pulls `casedraft.*` with workspace/configuration and registers for their changes.
    // In Restricted Mode it reads no config or data file outside the workspace folders (trust.ts);
    // a function, so a restart after the folder was trusted says so.
    initializationOptions: () => ({
      settings: vscode.workspace.getConfiguration('casedraft'),
      ...trustOption(vscode.workspace),
    }),
    middleware: {
      // The server links each finding to its rule page (a Markdown file, for any LSP editor). Here
      // the link opens the page rendered in a webview instead: the .vsix ships it as HTML.
      handleDiagnostics(uri, diagnostics, next) {
        for (const d of diagnostics) {
          if (typeof d.code === 'object' && typeof d.code.value === 'string')
            d.code = { value: d.code.value, target: ruleDocCommandUri(d.code.value) };
        }
        next(uri, diagnostics);
      },
    },
  };
  const client = new LanguageClient('casedraft', 'CaseDraft', serverOptions, clientOptions);
  context.subscriptions.push(
    client,
    vscode.commands.registerCommand('casedraft.restartServer', () => client.restart()),
    vscode.commands.registerCommand('casedraft.showOutput', () => client.outputChannel.show(true)),
    forwardTrust(vscode.workspace, {
      listening: () => client.state === State.Starting || client.state === State.Running,
      notify: (method) => client.sendNotification(method),
    }),
  );
  await client.start();
  return client;
}
