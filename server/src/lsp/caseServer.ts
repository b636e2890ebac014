import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  ErrorCodes,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
  MessageType,
  ShowMessageNotification,
} from 'vscode-languageserver/node';
import type { ArchivedDecision } from '../core/archive';
import { watchDependents } from '../core/dependents';
import { localize } from '../core/i18n';
import type { CaseModel } from '../core/model';
import { partyDependency } from '../core/party-index';
import type { Rule } from '../core/rule';
import { createCaseService, type CaseService } from '../core/service';
import type { Locale, TranslatedDiagnostic } from '../core/types';
import { ArchiveConfigError, loadArchive } from '../host/archive';
import { CONFIG_NAME, loadConfigFile } from '../host/config';
import { Environments, type Environment } from '../host/environment';
import { MAX_DRAFT_BYTES, type InputError } from '../host/files';
import type { DraftWorkspace } from '../host/workspace';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { completionsAt } from './completion';
import { toLspDiagnostic } from './convert';
import { DocumentStore } from './documents';
import { hoverAt } from './hover';
import { lspMessages } from './messages';
import {
  definitionAt,
  documentSymbols,
  foldingRanges,
  prepareRenameAt,
  referencesAt,
  renameAt,
  RenameError,
} from './navigation';
import { Scheduler, type Linted } from './scheduler';
import { readClientSettings, type ClientSettings } from './settings';

export interface CaseServerOptions {
  rules: readonly Rule[];
  /** The folder that holds docs/ (rule pages): one above dist/. */
  packageRoot: string;
  /** Extra requests (the timeline, import, export) that need the model of a document. */
  extend?: (server: CaseServer) => void;
}

/** The code of the diagnostic an open document too large to check gets (no rule: nothing was checked). */
export const TOO_LARGE_ID = 'casedraft/too-large';

/** The settings of drafts outside every workspace folder (and of a client that sends no scope). */
const GLOBAL = '';

/**
 * The language server's wiring: LSP requests and notifications to the document store
 * (documents.ts), the scheduler (scheduler.ts) and the core. No rule logic lives here.
 */
export class CaseServer {
  /** Files refused (a FIFO, a draft over 10 MB) and folders that could not be searched are logged, each once. */
  readonly store = new DocumentStore((p) => this.warn(p));
  readonly rulesById: Map<string, Rule>;
  private readonly scheduler: Scheduler;
  /** Config, catalogs and dictionaries, read once and rebuilt when one of their files changes. */
  private readonly environments = new Environments();
  private readonly services = new WeakMap<Environment, CaseService>();
  private folders: WorkspaceFolder[] = [];
  /** The `casedraft.*` settings of each workspace folder (its `scopeUri`), and GLOBAL. */
  private settings = new Map<string, ClientSettings>();
  private canPullConfig = false;
  private canWatch = false;
  private canFolders = false;
  /** VS Code's Workspace Trust, as the client says (initializationOptions.trusted); other clients: trusted. */
  private trusted = true;

  constructor(
    readonly connection: Connection,
    private readonly options: CaseServerOptions,
  ) {
    this.rulesById = new Map(options.rules.map((r) => [r.meta.id, r]));
    this.scheduler = new Scheduler(this.store, {
      lint: (model, only) => this.serviceFor(model.uri).lint(model, { only }),
      publish: (uri, l) => this.publish(uri, l),
      unchecked: (uri) => this.publishUnchecked(uri),
      guard: (what, fn) => this.guard(what, undefined, fn),
      // `casedraft/scan`: the editor's status says "checking N drafts…" while the queue drains.
      progress: (pending, total) =>
        void this.connection.sendNotification('casedraft/scan', { pending, total }).catch(() => undefined),
    });
    const ws = this.store.workspace;
    // A draft from disk is checked when it comes or changes; an open one when the editor's
    // text is checked. A change re-checks the drafts it affects, with the rules concerned.
    ws.onDidCreate((d) => this.fromDisk(ws, d.uri));
    ws.onDidChange((c) => this.fromDisk(ws, c.doc.uri));
    ws.onDidDelete((d) => {
      this.scheduler.forget(d.uri);
      void this.connection.sendDiagnostics({ uri: d.uri, diagnostics: [] });
    });
    watchDependents(ws, options.rules, (checks) => {
      for (const [uri, rules] of checks) this.scheduler.enqueue(uri, rules);
    });
  }

  /** The drafts of the workspace folders and the open documents, as the core's workspace. */
  get workspace(): DraftWorkspace {
    return this.store.workspace;
  }

  private fromDisk(ws: DraftWorkspace, uri: string): void {
    if (!ws.isOpen(uri)) this.scheduler.enqueue(uri, 'all');
  }

  start(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.guardAsync('initialized', () => this.initialized()));
    c.onDidChangeConfiguration((p) =>
      this.guardAsync('configuration', async () => {
        if (this.canPullConfig) await this.pullSettings();
        else
          this.settings = new Map([
            [GLOBAL, readClientSettings((p.settings as { casedraft?: unknown })?.casedraft)],
          ]);
        this.environments.settingsChanged();
        this.forgetArchives();
        this.scheduler.all();
      }),
    );
    c.onDidChangeWatchedFiles((p) =>
      this.guardAsync('watchedFiles', async () => {
        let environment = false;
        for (const ch of p.changes) {
          if (ch.uri.endsWith('.case.md'))
            await this.store.workspace.diskChanged(ch.uri, ch.type === FileChangeType.Deleted);
          // A config, catalog or dictionary file: the environments read from it are rebuilt.
          else if (ch.uri.startsWith('file:') && this.environments.changed(fileURLToPath(ch.uri)))
            environment = true;
        }
        if (environment) {
          // The archives are re-checked on next use: their cache makes that a matter of seconds.
          this.forgetArchives();
          this.scheduler.all();
        }
      }),
    );

    const docs = this.store.documents;
    docs.onDidOpen((e) => this.guard('open', undefined, () => this.scheduler.now(e.document.uri)));
    docs.onDidChangeContent((e) =>
      this.guard('change', undefined, () => this.scheduler.schedule(e.document.uri)),
    );
    docs.onDidClose((e) => this.guardAsync('close', () => this.closed(e.document.uri)));
    // The officer trusted the folder: the whole config applies now, and every draft is checked again.
    c.onNotification('casedraft/didGrantTrust', () =>
      this.guard('trust', undefined, () => {
        this.trusted = true;
        this.restrictToFolders();
        this.forgetArchives();
        this.scheduler.all();
      }),
    );

    c.onCodeAction((p, token) =>
      this.guard('codeAction', [], () => {
        const l = this.lintFor(p.textDocument.uri, token);
        if (!l) return [];
        return codeActions({
          model: l.model,
          current: l.diagnostics,
          context: p.context.diagnostics,
          only: p.context.only,
          locale: this.localeFor(p.textDocument.uri),
        });
      }),
    );
    c.onHover((p, token) =>
      this.guard('hover', null, () => {
        const m = this.modelFor(p.textDocument.uri, token);
        return m
          ? hoverAt(m, m.lines.offsetAt(p.position), {
              locale: this.localeFor(m.uri),
              config: this.serviceFor(m.uri).config,
            })
          : null;
      }),
    );
    c.onCompletion((p, token) =>
      this.guard('completion', [], () => {
        const m = this.modelFor(p.textDocument.uri, token);
        return m ? completionsAt(m, clampPosition(m, p.position), this.localeFor(m.uri)) : [];
      }),
    );
    c.onDefinition((p, token) =>
      this.guard('definition', null, () => {
        const m = this.modelFor(p.textDocument.uri, token);
        return m ? definitionAt(m, m.lines.offsetAt(p.position)) : null;
      }),
    );
    c.onReferences((p, token) =>
      this.guard('references', [], () => {
        const m = this.modelFor(p.textDocument.uri, token);
        return m ? referencesAt(m, m.lines.offsetAt(p.position), p.context.includeDeclaration) : [];
      }),
    );
    c.onPrepareRename((p, token) =>
      this.guard('prepareRename', null, () => {
        const m = this.modelFor(p.textDocument.uri, token);
        return m ? prepareRenameAt(m, m.lines.offsetAt(p.position)) : null;
      }),
    );
    c.onRenameRequest((p, token) => {
      try {
        const m = this.modelFor(p.textDocument.uri, token);
        return m ? renameAt(m, m.lines.offsetAt(p.position), p.newName, this.localeFor(m.uri)) : null;
      } catch (err) {
        // A rename the officer cannot do is explained to them, not logged as a crash.
        if (err instanceof RenameError) return new ResponseError(ErrorCodes.InvalidRequest, err.message);
        this.logError('rename', err);
        return null;
      }
    });
    c.onDocumentSymbol((p, token) =>
      this.guard('documentSymbol', [], () => {
        const m = this.modelFor(p.textDocument.uri, token);
        return m ? documentSymbols(m, this.localeFor(m.uri)) : [];
      }),
    );
    c.onFoldingRanges((p, token) =>
      this.guard('folding', [], () => {
        const m = this.modelFor(p.textDocument.uri, token);
        return m ? foldingRanges(m) : [];
      }),
    );
    this.options.extend?.(this);
    docs.listen(c);
    c.listen();
  }

  private initialize(p: InitializeParams): InitializeResult {
    this.canPullConfig = !!p.capabilities.workspace?.configuration;
    this.canWatch = !!p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.canFolders = !!p.capabilities.workspace?.workspaceFolders;
    this.folders = p.workspaceFolders ?? (p.rootUri ? [{ uri: p.rootUri, name: 'root' }] : []);
    const init = p.initializationOptions as { settings?: unknown; trusted?: unknown } | undefined;
    this.settings = new Map([[GLOBAL, readClientSettings(init?.settings)]]);
    this.trusted = init?.trusted !== false;
    this.restrictToFolders();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['[', '、', '《', '#', ' ', '|', ':'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'casedraft' },
    };
  }

  private async initialized(): Promise<void> {
    // Each step stands alone: a client that lacks one capability (or refuses a registration)
    // still gets the others, and the workspace is scanned whatever happens to the rest.
    if (this.canFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) =>
        this.guardAsync('folders', async () => {
          this.folders = [...this.folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)), ...e.added];
          if (!this.trusted) {
            this.restrictToFolders();
            this.scheduler.all();
          }
          const ws = this.store.workspace;
          for (const d of [...ws.documents()])
            if (!ws.isOpen(d.uri) && !this.inFolders(d.uri)) ws.delete(d.uri);
          if (this.canPullConfig) await this.pullSettings();
          await this.scheduler.holding(() => ws.load(ws.discover(e.added.map((f) => f.uri))));
        }),
      );
    }
    if (this.canPullConfig) {
      const before = JSON.stringify([...this.settings]);
      await this.pullSettings();
      // Drafts opened before the settings arrived were checked with the initialization options.
      if (JSON.stringify([...this.settings]) !== before) {
        this.environments.settingsChanged();
        this.scheduler.all();
      }
      this.connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'casedraft' })
        .catch((err) => this.logError('register configuration', err));
    }
    if (this.canWatch) {
      this.connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.case.md' }, { globPattern: '**/*.json' }],
        })
        .catch((err) => this.logError('register watchers', err));
    }
    const ws = this.store.workspace;
    await this.scheduler.holding(() => ws.load(ws.discover(this.folders.map((f) => f.uri))));
  }

  /** The settings of every workspace folder (`scopeUri`: multi-root workspaces differ by folder) and the global ones. */
  private async pullSettings(): Promise<void> {
    try {
      const scopes = [GLOBAL, ...this.folders.map((f) => f.uri)];
      const raw = await this.connection.workspace.getConfiguration(
        scopes.map((scopeUri) => (scopeUri ? { scopeUri, section: 'casedraft' } : { section: 'casedraft' })),
      );
      this.settings = new Map(scopes.map((s, i) => [s, readClientSettings(raw[i])]));
    } catch (err) {
      this.logError('settings', err);
    }
  }

  private async closed(uri: string): Promise<void> {
    if (this.store.closed(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    // A draft of the workspace folders keeps its diagnostics (from the disk's text); any other is cleared.
    await this.store.workspace.close(uri, this.inFolders(uri));
  }

  /** The workspace folder a document is in: the innermost, when folders nest. */
  private folderOf(uri: string): WorkspaceFolder | undefined {
    let best: WorkspaceFolder | undefined;
    for (const f of this.folders)
      if (
        uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`) &&
        (!best || f.uri.length > best.uri.length)
      )
        best = f;
    return best;
  }

  private inFolders(uri: string): boolean {
    return this.folderOf(uri) !== undefined;
  }

  /** The model of a document: parsed once per version of its text (or per read of its file). */
  modelFor(uri: string, token?: CancellationToken): CaseModel | undefined {
    if (token?.isCancellationRequested) return undefined;
    return this.store.modelFor(uri);
  }

  /** The findings for the current text, checking now if the debounced check has not run yet. */
  lintFor(uri: string, token?: CancellationToken): Linted | undefined {
    if (token?.isCancellationRequested) return undefined;
    return this.scheduler.current(uri);
  }

  private publish(uri: string, l: Linted): void {
    const service = this.serviceFor(uri);
    const locale = this.localeFor(uri);
    void this.connection.sendDiagnostics({
      uri,
      version: l.version >= 0 ? l.version : undefined,
      diagnostics: l.diagnostics.map((d) =>
        toLspDiagnostic(service.translate(d, locale), uri, this.rulesById, this.options.packageRoot),
      ),
    });
  }

  /** An open document too large to check gets one diagnostic that says so, at its start. */
  private publishUnchecked(uri: string): void {
    const bytes = this.store.oversizeOf(uri);
    if (bytes === undefined) return;
    const locale = this.localeFor(uri);
    const at = { line: 0, character: 0 };
    const diagnostic: TranslatedDiagnostic = {
      rule: TOO_LARGE_ID,
      messageId: 'tooLarge',
      severity: 'error',
      span: { start: 0, end: 0 },
      range: { start: at, end: at },
      message: localize(lspMessages.tooLarge, locale, {
        size: (bytes / 1048576).toFixed(1),
        limit: MAX_DRAFT_BYTES / 1048576,
      }),
    };
    void this.connection.sendDiagnostics({
      uri,
      version: this.store.versionOf(uri),
      diagnostics: [toLspDiagnostic(diagnostic, uri, this.rulesById, this.options.packageRoot)],
    });
  }

  private warn(p: InputError): void {
    this.connection.console.warn(`casedraft: ${p.file}: ${p.message}`);
  }

  /** The locale of messages: the `casedraft.locale` setting, else the config's, else Chinese. */
  localeFor(uri: string): Locale {
    return this.serviceFor(uri).config.locale;
  }

  /** The environment a draft is checked with: its config file, settings, catalogs, dictionaries. */
  environmentFor(uri: string): Environment {
    return this.environmentOf(uri).env;
  }

  private environmentOf(uri: string) {
    const file = uri.startsWith('file:') ? safe(() => fileURLToPath(uri)) : undefined;
    const folder = this.folderOf(uri);
    // Files named in the editor's settings are relative to the workspace folder.
    const baseDir = folder?.uri.startsWith('file:') ? fileURLToPath(folder.uri) : process.cwd();
    const values = this.settings.get(folder?.uri ?? GLOBAL) ?? this.settings.get(GLOBAL) ?? {};
    return { env: this.environments.forFile(file, { settings: { values, baseDir } }), baseDir, values };
  }

  /**
   * The service a draft is checked with: its environment (host/environment.ts) under the
   * settings of its workspace folder; one service per environment.
   */
  serviceFor(uri: string): CaseService {
    const { env, baseDir, values } = this.environmentOf(uri);
    let s = this.services.get(env);
    if (!s) {
      // A broken config or data file must not stop checking: the rest applies and the problem is logged.
      // Shown as well as logged: a refused catalog changes what is checked, and the officer should know.
      for (const p of env.problems) {
        const message = `casedraft: ${p.file}: ${p.message}`;
        this.connection.console.warn(message);
        void this.connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Warning,
          message,
        });
      }
      this.archiveOf(env.configPath, baseDir, values);
      s = createCaseService({
        rules: this.options.rules,
        config: env.config,
        catalog: env.catalog,
        workspace: this.store.workspace,
      });
      this.services.set(env, s);
    }
    return s;
  }

  /** Each archive (casedraft.config.json `archive`, or the casedraft.archive setting), by where and what. */
  private readonly archives = new Map<string, ArchivedDecision[]>();

  /**
   * The config or the settings changed: the archives are read again as they now say. Until then
   * the index holds none, so an archive the config no longer names is gone from the findings.
   */
  private forgetArchives(): void {
    this.archives.clear();
    this.workspace.setArchive([]);
  }

  /**
   * Untrusted (Restricted Mode): config and data files are read only inside the workspace folders
   * (host/environment.ts), and the folder's own config names no archive: its globs and its cache
   * folder would lead the server to read and write outside the folder.
   */
  private restrictToFolders(): void {
    const roots = this.folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    this.environments.restrict(this.trusted ? undefined : roots);
  }

  /** Starts reading the archives a config and the settings name, once each. */
  private archiveOf(configPath: string | undefined, folder: string, settings: ClientSettings): void {
    if (configPath && this.trusted) {
      const file = safe(() => loadConfigFile(configPath));
      if (file?.archive?.length) this.readArchive(dirname(configPath), file.archive, file.archiveCache);
    }
    if (settings.archive?.length) this.readArchive(folder, settings.archive, settings.archiveCache);
  }

  /**
   * Reads an archive in the background (through its cache outside the archive) and re-checks the
   * drafts when it is in. A file that cannot be read is logged, and one warning says how many.
   */
  private readArchive(baseDir: string, patterns: string[], cacheDir: string | undefined): void {
    const key = `${baseDir}\0${patterns.join('\0')}`;
    if (this.archives.has(key)) return;
    this.archives.set(key, []);
    const locale = this.localeFor(pathToFileURL(join(baseDir, CONFIG_NAME)).href);
    this.guardAsync('archive', async () => {
      try {
        const index = await loadArchive({ baseDir, patterns, cacheDir });
        if (!this.archives.has(key)) return; // the config changed meanwhile
        this.archives.set(key, index.decisions);
        const before = this.workspace.archived();
        this.workspace.setArchive([...this.archives.values()].flat());
        this.archiveChanged([...before, ...index.decisions]);
        for (const p of index.problems)
          this.connection.console.warn(`casedraft: archive: ${p.file}: ${localize(p.message, locale)}`);
        if (index.problems.length)
          void this.connection.window.showWarningMessage(
            localize(
              {
                zh: 'CaseDraft：档案中有 {n} 个文件无法读取，已跳过（详见“输出”面板）。',
                en: 'CaseDraft: {n} archive file(s) could not be read and were skipped (see the Output panel).',
              },
              locale,
              { n: index.problems.length },
            ),
          );
      } catch (err) {
        const text = err instanceof ArchiveConfigError ? localize(err.text, locale) : String(err);
        void this.connection.window.showWarningMessage(`CaseDraft: ${text}`);
      }
    });
  }

  /**
   * The archive was read (again): the drafts against the parties it had or has now are checked
   * again, with the rules that read the archive (through the party index); no other.
   */
  private archiveChanged(decisions: readonly ArchivedDecision[]): void {
    const parties = new Set(decisions.map((d) => `party:${d.partyId}`));
    const rules = new Set(
      this.options.rules.filter((r) => r.meta.crossDocument === partyDependency).map((r) => r.meta.id),
    );
    for (const d of this.workspace.documents())
      if (partyDependency.groups(d.model).some((g) => parties.has(g))) this.scheduler.enqueue(d.uri, rules);
  }

  /** Every handler runs through here: one bad draft or one bug must never take the server down. */
  guard<T>(what: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      this.logError(what, err);
      return fallback;
    }
  }

  private guardAsync(what: string, fn: () => Promise<void>): void {
    fn().catch((err) => this.logError(what, err));
  }

  logError(what: string, err: unknown): void {
    const e = err as Error;
    this.connection.console.error(`casedraft ${what}: ${e?.stack ?? String(err)}`);
  }
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Clients may send a position past the end of a line or of the document: clamp it instead of failing. */
function clampPosition(m: CaseModel, p: { line: number; character: number }) {
  return m.lines.positionAt(m.lines.offsetAt(p));
}
