// What the language server hears of VS Code's Workspace Trust (docs/security.md): whether the
// window is trusted when it starts (initializationOptions.trusted), and casedraft/didGrantTrust
// when the officer trusts the folder later. Untrusted, the server reads no config or data file
// outside the workspace folders and no archive the folder's config names.
// Only types from `vscode` here: the tests drive it with a fake workspace and server.
import type * as vscode from 'vscode';

export const DID_GRANT_TRUST = 'casedraft/didGrantTrust';

/** The part of `vscode.workspace` read here. */
export interface TrustSource {
  readonly isTrusted: boolean;
  readonly onDidGrantWorkspaceTrust: vscode.Event<void>;
}

/** The language client, as far as trust goes. */
export interface TrustedServer {
  /**
   * Starting or running: a notification reaches it (the client holds it until the connection is
   * up). Stopped: the next start reads `isTrusted` again, so there is nothing to tell.
   */
  listening(): boolean;
  notify(method: string): Promise<void>;
}

/** Sent at each start (a function of the client's options): a restart after a grant says trusted. */
export const trustOption = (ws: TrustSource): { trusted: boolean } => ({ trusted: ws.isTrusted });

/**
 * Tells the server when the folder is trusted. Not only a running server: one still starting
 * was told "untrusted" and would stay restricted until a restart.
 */
export function forwardTrust(ws: TrustSource, server: TrustedServer): vscode.Disposable {
  return ws.onDidGrantWorkspaceTrust(() => {
    if (server.listening()) void server.notify(DID_GRANT_TRUST).catch(() => undefined);
  });
}
