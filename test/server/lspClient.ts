// Drives the real language server process (`node dist/server.js --stdio`, built by `npm run build`)
// over JSON-RPC, as an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const ROOT = resolve(__dirname, '../..');
export const SERVER = join(ROOT, 'dist/server.js');

export interface StartOptions {
  locale?: string;
  workspaceFolders?: { uri: string; name: string }[];
  /** What the client answers to workspace/configuration for the `casedraft` section. */
  settings?: Record<string, unknown>;
  /** The answer for one workspace folder (an item's `scopeUri`), where it differs from `settings`. */
  folderSettings?: Record<string, Record<string, unknown>>;
  /** Replaces the client capabilities (default: what VS Code declares for the features used). */
  capabilities?: InitializeParams['capabilities'];
  /** The script to start (default dist/server.js); bin/casedraft-server.js is the installed command. */
  script?: string;
  /** Sent as initializationOptions (the extension sends its settings and whether the window is trusted). */
  initializationOptions?: unknown;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publish, in order: which drafts the server checked. */
  readonly published: string[] = [];
  private lastPublish = Date.now();
  folderSettings: Record<string, Record<string, unknown>> = {};
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  /** window/showMessage: what the officer sees as a notification. */
  readonly shown: string[] = [];
  readonly notifications = new Map<string, unknown[]>();
  private waiters: (() => void)[] = [];
  settings: Record<string, unknown>;
  private readonly texts = new Map<string, { text: string; version: number }>();

  constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    this.connection = createProtocolConnection(
      new StreamMessageReader(proc.stdout),
      new StreamMessageWriter(proc.stdin),
    );
    proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p.uri);
      this.lastPublish = Date.now();
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (p: unknown) => {
      this.logs.push((p as { message: string }).message);
    });
    this.connection.onNotification('window/showMessage', (p: unknown) => {
      this.shown.push((p as { message: string }).message);
      this.notify();
    });
    // CaseDraft's own notifications, by method, in the order they came.
    for (const method of ['casedraft/scan']) {
      this.connection.onNotification(method, (params: unknown) => {
        this.notifications.set(method, [...(this.notifications.get(method) ?? []), params]);
        this.notify();
      });
    }
    this.connection.onRequest('workspace/configuration', (p: unknown) =>
      (p as { items: { section?: string; scopeUri?: string }[] }).items.map((i) =>
        i.section === 'casedraft' ? ((i.scopeUri && this.folderSettings[i.scopeUri]) ?? this.settings) : null,
      ),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when a window/showMessage satisfies `ok`. */
  async waitForShown(ok: (message: string) => boolean): Promise<string> {
    for (;;) {
      const m = this.shown.find(ok);
      if (m !== undefined) return m;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  /** Resolves when the latest diagnostics of `uri` satisfy `ok` (the mocha timeout bounds the wait). */
  async waitForDiagnostics(
    uri: string,
    ok: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<Diagnostic[]> {
    for (;;) {
      const p = this.diagnostics.get(uri);
      if (p && ok(p.diagnostics, p)) return p.diagnostics;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  /**
   * Resolves once no diagnostics have been published for `ms`: the server has finished the work
   * an edit queued (it checks queued drafts a few per turn, without pauses between them).
   */
  async quiet(ms = 1000): Promise<void> {
    for (;;) {
      const wait = this.lastPublish + ms - Date.now();
      if (wait <= 0) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** Resolves when a notification of `method` satisfies `ok` (the mocha timeout bounds the wait). */
  async waitForNotification<P>(method: string, ok: (p: P) => boolean = () => true): Promise<P> {
    for (;;) {
      const found = (this.notifications.get(method) ?? []).find((p) => ok(p as P));
      if (found !== undefined) return found as P;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  async initialize(o: StartOptions = {}): Promise<unknown> {
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: o.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: o.workspaceFolders ?? null,
      locale: o.locale,
      initializationOptions: o.initializationOptions,
      capabilities: o.capabilities ?? {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: {
            relatedInformation: true,
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
        },
      },
    };
    const result = await this.connection.sendRequest('initialize', params);
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string): Promise<void> {
    this.texts.set(uri, { text, version: 1 });
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'casedraft', version: 1, text },
    });
  }

  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  version(uri: string): number {
    return this.texts.get(uri)!.version;
  }

  /** Applies edits locally and sends them as incremental changes; returns the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.texts.get(uri)!;
    // Sent one by one from the last to the first, so each range refers to the text it is applied to.
    // Inserts at one position keep their order in the text (LSP): the later one is applied first.
    const sorted = edits
      .map((e, i) => ({ e, i, at: offsetAt(doc.text, e.range.start) }))
      .sort((a, b) => b.at - a.at || b.i - a.i)
      .map((x) => x.e);
    let text = doc.text;
    for (const e of sorted)
      text =
        text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
    doc.text = text;
    doc.version++;
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc.version;
  }

  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<number> {
    const [uri, edits] = Object.entries(edit.changes ?? {})[0]!;
    return this.edit(uri, edits);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let off = 0;
  for (let l = 0; l < pos.line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return off + pos.character;
}

/** The position of the `n`th occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(
  text: string,
  needle: string,
  delta = 0,
  n = 0,
): { line: number; character: number } {
  let idx = -1;
  for (let i = 0; i <= n; i++) {
    idx = text.indexOf(needle, idx + 1);
    if (idx < 0) throw new Error(`not found: ${needle}`);
  }
  const off = idx + delta;
  const before = text.slice(0, off);
  const line = before.split('\n').length - 1;
  return { line, character: off - (before.lastIndexOf('\n') + 1) };
}

export async function startServer(o: StartOptions = {}): Promise<TestClient> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  const proc = spawn(process.execPath, [o.script ?? SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
  const client = new TestClient(proc, o.settings ?? {});
  client.folderSettings = o.folderSettings ?? {};
  await client.initialize(o);
  return client;
}
