import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  ErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
  MessageType,
  ShowMessageNotification,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArchivedDecision } from '../core/archive';
import { localize } from '../core/i18n';
import type { CaseModel } from '../core/model';
import type { Rule } from '../core/rule';
import { createCaseService, type CaseService } from '../core/service';
import type { CaseDiagnostic, Locale } from '../core/types';
import { InMemoryWorkspace } from '../core/workspace';
import { parseCase } from '../core/parse';
import { ArchiveConfigError, loadArchive } from '../host/archive';
import { CONFIG_NAME, loadConfigFile } from '../host/config';
import { Environments, type Environment } from '../host/environment';
import { discover, exists, InputError, readDraft } from '../host/files';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { completionsAt } from './completion';
import { toLspDiagnostic } from './convert';
import { hoverAt } from './hover';
import {
  definitionAt,
  documentSymbols,
  foldingRanges,
  prepareRenameAt,
  referencesAt,
  renameAt,
  RenameError,
} from './navigation';
import { readClientSettings, type ClientSettings } from './settings';

/** Time the officer may pause between keystrokes before the draft is re-checked. */
const DEBOUNCE_MS = 150;
/** Drafts re-checked per turn of the event loop when a change affects the whole workspace. */
const BATCH = 8;

export interface CaseServerOptions {
  rules: readonly Rule[];
  /** The folder that holds docs/ (rule pages): one above dist/. */
  packageRoot: string;
  /** Extra requests (the timeline) that need the model of a document. */
  extend?: (server: CaseServer) => void;
}

interface Linted {
  version: number;
  model: CaseModel;
  diagnostics: CaseDiagnostic[];
}

/**
 * The language server: a thin adapter that keeps models of the open and workspace drafts up to
 * date and turns the core's answers into LSP. No rule logic lives here.
 */
export class CaseServer {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace = new InMemoryWorkspace();
  private readonly rulesById: Map<string, Rule>;
  private readonly crossDocument: boolean;
  /** Parsed models by uri, with the version they were parsed from (-1 for a file on disk). */
  private readonly models = new Map<string, { version: number; model: CaseModel }>();
  private readonly linted = new Map<string, Linted>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Config, catalogs and dictionaries, read once and rebuilt when one of their files changes. */
  private readonly environments = new Environments();
  private readonly services = new WeakMap<Environment, CaseService>();
  /** Files found in the workspace folders (not open): their diagnostics are published too. */
  private readonly diskFiles = new Set<string>();
  /** Files on disk refused as drafts (not regular, too large): logged the first time only. */
  private readonly refused = new Set<string>();
  private folders: WorkspaceFolder[] = [];
  private settings: ClientSettings = {};
  private canPullConfig = false;
  private canWatch = false;
  private canFolders = false;
  /** Bumped by every workspace-wide re-lint; a round in progress stops when a newer one starts. */
  private generation = 0;

  constructor(
    readonly connection: Connection,
    private readonly options: CaseServerOptions,
  ) {
    this.rulesById = new Map(options.rules.map((r) => [r.meta.id, r]));
    this.crossDocument = options.rules.some((r) => r.meta.crossDocument);
  }

  start(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.guardAsync('initialized', () => this.initialized()));
    c.onDidChangeConfiguration((p) =>
      this.guardAsync('configuration', async () => {
        this.settings = this.canPullConfig
          ? await this.pullSettings()
          : readClientSettings((p.settings as { casedraft?: unknown })?.casedraft);
        this.environments.settingsChanged();
        this.archives.clear();
        this.relintAll();
      }),
    );
    c.onDidChangeWatchedFiles((p) =>
      this.guard('watchedFiles', undefined, () => {
        let configChanged = false;
        for (const ch of p.changes) {
          if (ch.uri.endsWith('.case.md')) this.diskChanged(ch.uri, ch.type);
          // A config, catalog or dictionary file: the environments read from it are rebuilt.
          else if (ch.uri.startsWith('file:') && this.environments.changed(fileURLToPath(ch.uri)))
            configChanged = true;
        }
        if (configChanged) {
          // The archives are re-checked on next use: their cache makes that a matter of seconds.
          this.archives.clear();
          this.relintAll();
        } else this.relintDependents();
      }),
    );

    this.documents.onDidOpen((e) => this.guard('open', undefined, () => this.lintNow(e.document.uri)));
    this.documents.onDidChangeContent((e) =>
      this.guard('change', undefined, () => this.schedule(e.document.uri)),
    );
    this.documents.onDidClose((e) => this.guard('close', undefined, () => this.closed(e.document.uri)));

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
    this.documents.listen(c);
    c.listen();
  }

  private initialize(p: InitializeParams): InitializeResult {
    this.canPullConfig = !!p.capabilities.workspace?.configuration;
    this.canWatch = !!p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.canFolders = !!p.capabilities.workspace?.workspaceFolders;
    this.folders = p.workspaceFolders ?? (p.rootUri ? [{ uri: p.rootUri, name: 'root' }] : []);
    const init = p.initializationOptions as { settings?: unknown } | undefined;
    this.settings = readClientSettings(init?.settings);
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
        this.guard('folders', undefined, () => {
          this.folders = [...this.folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)), ...e.added];
          for (const removed of e.removed) {
            for (const uri of [...this.diskFiles])
              if (uri.startsWith(removed.uri)) this.diskChanged(uri, FileChangeType.Deleted);
          }
          this.scan(e.added);
        }),
      );
    }
    if (this.canPullConfig) {
      const before = JSON.stringify(this.settings);
      this.settings = await this.pullSettings();
      // Drafts opened before the settings arrived were checked with the initialization options.
      if (JSON.stringify(this.settings) !== before) {
        this.environments.settingsChanged();
        this.relintAll();
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
    this.scan(this.folders);
  }

  private async pullSettings(): Promise<ClientSettings> {
    try {
      const [raw] = await this.connection.workspace.getConfiguration([{ section: 'casedraft' }]);
      return readClientSettings(raw);
    } catch (err) {
      this.logError('settings', err);
      return this.settings;
    }
  }

  /** Reads every *.case.md of the folders into the workspace model, then checks them, a few per tick. */
  private scan(folders: readonly WorkspaceFolder[]): void {
    const paths = folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    if (!paths.length) return;
    const problems: InputError[] = [];
    const files = discover(paths, problems);
    for (const p of problems) this.connection.console.warn(`casedraft: ${p.file}: ${p.message}`);
    const queue = files.map((f) => pathToFileURL(f).href);
    const step = () =>
      this.guard('scan', undefined, () => {
        for (const uri of queue.splice(0, BATCH)) {
          if (!this.documents.get(uri)) this.readDisk(uri);
        }
        if (queue.length) setImmediate(step);
        else this.relintAll();
      });
    step();
  }

  private readDisk(uri: string): CaseModel | undefined {
    try {
      const model = parseCase(readDraft(fileURLToPath(uri)), uri);
      this.models.set(uri, { version: -1, model });
      this.workspace.set(model);
      this.diskFiles.add(uri);
      return model;
    } catch (err) {
      // A FIFO, a device, a file over 10 MB: refused by readDraft without reading it. Said once per file.
      if (err instanceof InputError && !this.refused.has(uri)) {
        this.refused.add(uri);
        this.connection.console.warn(`casedraft: ${err.file}: ${err.message}`);
      }
      this.forget(uri);
      return undefined;
    }
  }

  private forget(uri: string): void {
    this.models.delete(uri);
    this.linted.delete(uri);
    this.workspace.delete(uri);
    this.diskFiles.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private diskChanged(uri: string, type: FileChangeType): void {
    if (this.documents.get(uri)) return; // the editor's text wins over the disk's while open
    if (type === FileChangeType.Deleted) {
      this.forget(uri);
      return;
    }
    if (this.readDisk(uri)) this.lintNow(uri, false);
  }

  private closed(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    // A draft of the workspace keeps its diagnostics (from the disk's text); any other is cleared.
    const onDisk = uri.startsWith('file:') && exists(fileURLToPath(uri)) && this.inFolders(uri);
    if (onDisk && this.readDisk(uri)) this.lintNow(uri, false);
    else this.forget(uri);
    this.relintDependents(uri);
  }

  private inFolders(uri: string): boolean {
    return this.folders.some((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`));
  }

  /** The model of a document: parsed once per version of the text (or once per read of the file). */
  modelFor(uri: string, token?: CancellationToken): CaseModel | undefined {
    if (token?.isCancellationRequested) return undefined;
    const doc = this.documents.get(uri);
    const cached = this.models.get(uri);
    if (!doc) return cached?.model;
    if (cached && cached.version === doc.version) return cached.model;
    const model = parseCase(doc.getText(), uri);
    this.models.set(uri, { version: doc.version, model });
    this.workspace.set(model);
    return model;
  }

  private versionOf(uri: string): number {
    return this.documents.get(uri)?.version ?? -1;
  }

  /** The findings for the current text, linting now if the debounced run has not happened yet. */
  lintFor(uri: string, token?: CancellationToken): Linted | undefined {
    const l = this.linted.get(uri);
    if (l && l.version === this.versionOf(uri) && this.models.get(uri)?.model === l.model) return l;
    if (token?.isCancellationRequested) return undefined;
    return this.lint(uri);
  }

  private lint(uri: string): Linted | undefined {
    const model = this.modelFor(uri);
    if (!model) return undefined;
    const diagnostics = this.serviceFor(uri).lint(model);
    const l = { version: this.versionOf(uri), model, diagnostics };
    this.linted.set(uri, l);
    return l;
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

  private lintNow(uri: string, dependents = true): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    const l = this.lint(uri);
    if (l) this.publish(uri, l);
    if (dependents) this.relintDependents(uri);
  }

  /** Debounce: typing restarts the wait, so a burst of keystrokes costs one parse and one lint. */
  private schedule(uri: string): void {
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev);
    const version = this.versionOf(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        // Cancelled: a newer version arrived and has its own timer.
        if (this.versionOf(uri) !== version) return;
        this.guard('lint', undefined, () => this.lintNow(uri));
      }, DEBOUNCE_MS),
    );
  }

  /** After a change, the other drafts whose findings may depend on it (cross-document rules). */
  private relintDependents(changed?: string): void {
    if (!this.crossDocument) return;
    this.relintAll(changed);
  }

  private relintAll(except?: string): void {
    const gen = ++this.generation;
    const uris = [...new Set([...this.documents.keys(), ...this.diskFiles])].filter((u) => u !== except);
    const step = () =>
      this.guard('relint', undefined, () => {
        // A newer change restarted the round: this one is cancelled.
        if (gen !== this.generation) return;
        for (const uri of uris.splice(0, BATCH)) {
          const l = this.lint(uri);
          if (l) this.publish(uri, l);
        }
        if (uris.length) setImmediate(step);
      });
    setImmediate(step);
  }

  /** The locale of messages: the `casedraft.locale` setting, else the config file's, else Chinese. */
  localeFor(uri: string): Locale {
    return this.serviceFor(uri).config.locale;
  }

  /** The service a draft is checked with: its environment (host/environment.ts), one per environment. */
  serviceFor(uri: string): CaseService {
    const file = uri.startsWith('file:') ? safe(() => fileURLToPath(uri)) : undefined;
    const folder = this.folders.find((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`));
    // Files named in the editor's settings are relative to the workspace folder.
    const baseDir = folder?.uri.startsWith('file:') ? fileURLToPath(folder.uri) : process.cwd();
    const env = this.environments.forFile(file, { settings: { values: this.settings, baseDir } });
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
      this.archiveOf(env.configPath, baseDir);
      s = createCaseService({
        rules: this.options.rules,
        config: env.config,
        catalog: env.catalog,
        workspace: this.workspace,
      });
      this.services.set(env, s);
    }
    return s;
  }

  /** Each archive (casedraft.config.json `archive`, or the casedraft.archive setting), by where and what. */
  private readonly archives = new Map<string, ArchivedDecision[]>();

  /** Starts reading the archives a config and the settings name, once each. */
  private archiveOf(configPath: string | undefined, folder: string): void {
    if (configPath) {
      const file = safe(() => loadConfigFile(configPath));
      if (file?.archive?.length) this.readArchive(dirname(configPath), file.archive, file.archiveCache);
    }
    if (this.settings.archive?.length)
      this.readArchive(folder, this.settings.archive, this.settings.archiveCache);
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
        this.workspace.setArchive([...this.archives.values()].flat());
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
        this.relintAll();
      } catch (err) {
        const text = err instanceof ArchiveConfigError ? localize(err.text, locale) : String(err);
        void this.connection.window.showWarningMessage(`CaseDraft: ${text}`);
      }
    });
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
