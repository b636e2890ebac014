/**
 * What the core needs to check a draft, built from the files an agency keeps: casedraft.config.json
 * (found by the nearest folder, or given), the catalogs and dictionaries it names, and the editor's
 * settings laid over it. One function builds it for the CLI, its workers and the language server,
 * so `lint`, `export`, `timeline`, `guidance` and the editor see the same rules.
 *
 * Adding a part (holidays, presets, the archive index): read its files in `build` through `read`,
 * so that they are cached by path and a change to one of them rebuilds the environments that
 * read it, and add what it yields to `Environment` (or attach it to the config, as dictionaries are).
 */
import { dirname, resolve } from 'node:path';
import { builtinCatalog } from '../core/builtin-catalog';
import { Catalog, CatalogError, catalogEntries, type CatalogEntry } from '../core/catalog';
import { overlayConfig, resolveConfig, type CaseDraftConfig, type ResolvedConfig } from '../core/config';
import { attachDictionaries, Dictionary, DictionaryError } from '../core/dictionary';
import { CONFIG_NAME, ConfigFinder, loadConfigFile } from './config';
import { InputError, isWithin, readJson } from './files';

export interface Environment {
  /** The config file's values with the settings over them, resolved, the agency's dictionaries attached. */
  config: ResolvedConfig;
  /** The agency's catalog entries before the bundled ones. */
  catalog: Catalog;
  /** The casedraft.config.json it was built from, if any. */
  configPath?: string;
  /**
   * Files that could not be used, each with its message. What could be read still applies: the
   * server logs these and goes on; the CLI reports the first as an input error (exit 2).
   */
  problems: readonly InputError[];
}

export interface EnvironmentRequest {
  /** The config file that applies (see ConfigFinder); none: CaseDraft's defaults. */
  configPath?: string;
  /**
   * The editor's settings for the draft's folder, laid over the file's values. Their catalogs
   * replace the file's; their dictionaries add to the file's. File names in them are relative
   * to `baseDir` (the workspace folder).
   */
  settings?: { values: CaseDraftConfig; baseDir: string };
}

/** Values made from data files (parsed, compiled), by kind and path; a changed file's are dropped. */
class Reader {
  private readonly cache = new Map<string, Map<string, unknown>>();

  cached<T>(kind: string, path: string, make: (path: string) => T): T {
    let byKind = this.cache.get(path);
    if (!byKind) this.cache.set(path, (byKind = new Map()));
    if (byKind.has(kind)) return byKind.get(kind) as T;
    const value = make(path);
    byKind.set(kind, value);
    return value;
  }

  forget(path: string): void {
    this.cache.delete(path);
  }
}

interface Built {
  env: Environment;
  /** Every file read to build it. */
  files: Set<string>;
}

/**
 * Environments by request, each built once and rebuilt after a change to one of its files
 * (`changed`), so that the server's typing path never reads the disk.
 */
export class Environments {
  private readonly reader = new Reader();
  private readonly built = new Map<string, Built>();
  readonly configs = new ConfigFinder();
  private roots: readonly string[] | undefined;

  /**
   * An untrusted folder (VS Code's Restricted Mode): no config is looked for above these folders,
   * and a config file, or a catalog or dictionary a config file names, outside them is not read
   * (a problem says so). Files the editor's settings name stay readable: in Restricted Mode VS Code
   * passes on only the officer's own (user) values of those settings. `undefined`: trusted.
   */
  restrict(roots: readonly string[] | undefined): void {
    this.roots = roots;
    this.configs.restrict(roots);
    this.built.clear();
  }

  get(request: EnvironmentRequest = {}): Environment {
    const key = JSON.stringify([request.configPath ?? null, request.settings ?? null]);
    let b = this.built.get(key);
    if (!b) {
      b = build(request, this.reader, this.roots);
      this.built.set(key, b);
    }
    return b.env;
  }

  /** The environment of a draft on disk (or of none: `file` undefined), its nearest config applying. */
  forFile(file: string | undefined, request: Omit<EnvironmentRequest, 'configPath'> = {}): Environment {
    return this.get({ ...request, configPath: file ? this.configs.find(file) : undefined });
  }

  /**
   * A file changed, appeared or went away: what was built from it is built again on next use.
   * True when that is anything (a config file anywhere, or a file an environment read).
   */
  changed(path: string): boolean {
    const abs = resolve(path);
    const config = abs.endsWith(CONFIG_NAME);
    if (config) this.configs.forget();
    this.reader.forget(abs);
    let dropped = false;
    for (const [key, b] of this.built) {
      if (!config && !b.files.has(abs)) continue;
      this.built.delete(key);
      dropped = true;
    }
    return config || dropped;
  }

  /** The settings changed: every environment is built again on next use (data files stay cached). */
  settingsChanged(): void {
    this.built.clear();
  }
}

function build(request: EnvironmentRequest, reader: Reader, roots: readonly string[] | undefined): Built {
  const files = new Set<string>();
  const problems: InputError[] = [];
  const attempt = <T>(fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(err);
      return fallback;
    }
  };
  const read = <T>(kind: string, path: string, make: (path: string) => T): T => {
    files.add(path);
    return reader.cached(kind, path, make);
  };
  // What the folder's own config leads to: inside the workspace folders only, when restricted.
  const readBounded = <T>(kind: string, path: string, make: (path: string) => T): T => {
    if (roots && !isWithin(path, roots)) throw new InputError(path, OUTSIDE);
    return read(kind, path, make);
  };

  const { configPath, settings } = request;
  const fileValues: CaseDraftConfig = configPath
    ? attempt({}, () => readBounded('config', configPath, loadConfigFile))
    : {};
  const configDir = configPath ? dirname(configPath) : process.cwd();
  const catalogFiles = (base: string, names: readonly string[], from: typeof read) =>
    names.flatMap((n) => {
      const path = resolve(base, n);
      return attempt([], () => from('catalog', path, (p) => loadCatalog(p, n)));
    });
  const dictionaryFiles = (base: string, names: readonly string[], from: typeof read) =>
    names.flatMap((n) => {
      const path = resolve(base, n);
      return attempt([], () => [from('dictionary', path, (p) => loadDictionary(p, n))]);
    });

  const agencyEntries = settings?.values.catalogs
    ? catalogFiles(settings.baseDir, settings.values.catalogs, read)
    : catalogFiles(configDir, fileValues.catalogs ?? [], readBounded);
  const dictionaries = [
    ...dictionaryFiles(configDir, fileValues.dictionaries ?? [], readBounded),
    ...(settings ? dictionaryFiles(settings.baseDir, settings.values.dictionaries ?? [], read) : []),
  ];
  const values = settings ? overlayConfig(fileValues, settings.values) : fileValues;
  return {
    env: {
      config: attachDictionaries(resolveConfig(values), dictionaries),
      catalog: Catalog.merge(new Catalog(agencyEntries), builtinCatalog()),
      configPath,
      problems,
    },
    files,
  };
}

const OUTSIDE =
  '在工作区文件夹之外：受限模式（不受信任的文件夹）下不读取 / outside the workspace folder: not read in Restricted Mode (an untrusted folder)';
const CATALOG = { zh: '合规目录文件', en: 'catalog file' };
const DICTIONARY = { zh: '词表文件', en: 'dictionary file' };

/** An agency's catalog file; a schema error is an input error naming the file. */
function loadCatalog(path: string, name: string): CatalogEntry[] {
  const data = readJson(path, CATALOG);
  try {
    return catalogEntries(data, name);
  } catch (err) {
    if (err instanceof CatalogError) throw new InputError(path, err.message);
    throw err;
  }
}

/** An agency dictionary; a schema error or a failing self-test is an input error naming the file. */
function loadDictionary(path: string, name: string): Dictionary {
  const data = readJson(path, DICTIONARY);
  try {
    return Dictionary.fromData(data, name);
  } catch (err) {
    if (err instanceof DictionaryError) throw new InputError(path, err.message);
    throw err;
  }
}
