// The CaseDraft extension: starts the language server and registers what only an editor can do.
// One line per module; each module owns its commands, views and their texts.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerAdoptMarkdown } from './adoptMarkdown';
import { registerCaseForm } from './caseForm';
import { registerCaseView } from './caseView';
import { registerConfiguration } from './configuration';
import { registerDocxViewer } from './docxViewer';
import { registerExport } from './exportDocx';
import { registerImport } from './import';
import { registerLocale } from './l10n';
import { startLanguageServer } from './languageServer';
import { registerNewDraft } from './newDraft';
import { registerPrintPreview } from './printPreview';
import { registerDocs } from './ruleDocs';
import { registerStatus } from './status';
import { registerTasks } from './tasks';
import { registerTimeline } from './timeline';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerLocale(context);
  registerDocs(context);
  registerNewDraft(context);
  registerAdoptMarkdown(context);
  registerDocxViewer(context);
  registerTasks(context);
  client = await startLanguageServer(context);
  registerExport(context, client);
  registerStatus(context, client);
  registerConfiguration(context, client);
  const timelines = registerTimeline(context, client);
  registerCaseForm(context, client);
  registerPrintPreview(context, client);
  context.subscriptions.push(
    registerImport(() => client),
    registerCaseView(() => client, timelines),
  );
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
