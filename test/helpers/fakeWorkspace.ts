// A VS Code window's Workspace Trust without VS Code, for the extension's trust wiring (client/src/trust.ts).
import type { TrustSource } from '../../client/src/trust';

/** A window's workspace: untrusted until `grant()`, as VS Code fires onDidGrantWorkspaceTrust. */
export function fakeWorkspace(trusted: boolean): TrustSource & { grant(): void } {
  const listeners = new Set<() => void>();
  const ws = {
    isTrusted: trusted,
    onDidGrantWorkspaceTrust: (listener: () => void) => {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    grant() {
      ws.isTrusted = true;
      for (const l of [...listeners]) l();
    },
  };
  return ws;
}
