// The CaseDraft language server: `node dist/server.js --stdio` (or `casedraft-server --stdio`).
// A thin adapter over the core (server/src/core); see server/src/lsp/caseServer.ts.
import { resolve } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { allRules } from './rules';
import { CaseServer } from './lsp/caseServer';
import { registerImport } from './lsp/import';
import { registerCaseForm } from './lsp/caseForm';
import { registerExport } from './lsp/export';
import { registerStatus } from './lsp/status';
import { registerTimeline } from './lsp/timeline';
import { registerCases } from './lsp/cases';

const connection = createConnection(ProposedFeatures.all);

// Whatever slips past the handlers' guards is logged; the officer's editor keeps its server.
process.on('uncaughtException', (err) => connection.console.error(`casedraft uncaught: ${err.stack ?? err}`));
process.on('unhandledRejection', (err) =>
  connection.console.error(`casedraft unhandled: ${(err as Error)?.stack ?? err}`),
);

const server = new CaseServer(connection, {
  rules: allRules,
  // dist/server.js → the package root, where docs/rules/ lives.
  packageRoot: resolve(__dirname, '..'),
  extend: (s) => {
    registerTimeline(s);
    registerImport(s);
    registerCases(s);
    registerStatus(s);
    registerCaseForm(s);
    registerExport(s);
  },
});
server.start();
