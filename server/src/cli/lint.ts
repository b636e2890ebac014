import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Catalog, type CatalogEntry } from '../core/catalog';
import { resolveConfig, type CaseDraftConfig } from '../core/config';
import { attachDictionaries, Dictionary, DictionaryError } from '../core/dictionary';
import { lintModel } from '../core/engine';
import type { CaseModel } from '../core/model';
import { parseCase } from '../core/parse';
import type { Rule } from '../core/rule';
import type { Locale } from '../core/types';
import { InMemoryWorkspace } from '../core/workspace';
import { findConfig, loadConfigFile, loadDataFile } from './config';
import { discover, displayPath, InputError, readDraft } from './files';
import type { FileResult } from './format';

export interface LintRun {
  results: FileResult[];
  /** Inputs that could not be checked (exit code 2), each with its message. */
  inputErrors: InputError[];
}

export interface LintRunOptions {
  paths: string[];
  rules: readonly Rule[];
  configPath?: string;
  locale?: Locale;
  builtinCatalog?: Catalog;
  onProgress?: (done: number, total: number) => void;
}

interface Loaded {
  file: string;
  model: CaseModel;
  configPath?: string;
}

/**
 * Checks drafts as one workspace: every file is parsed first, so that cross-document rules
 * (an earlier decision against the same party) see all of them.
 */
export function runLint(o: LintRunOptions): LintRun {
  const inputErrors: InputError[] = [];
  const files = discover(o.paths, inputErrors);
  const loaded: Loaded[] = [];
  for (const abs of files) {
    try {
      const text = readDraft(abs);
      loaded.push({
        file: displayPath(abs),
        model: parseCase(text, pathToUri(abs)),
        configPath: o.configPath ?? findConfig(abs),
      });
    } catch (err) {
      if (err instanceof InputError) inputErrors.push(err);
      else throw err;
    }
  }
  const workspace = new InMemoryWorkspace(loaded.map((l) => l.model));
  const envs = new Map<string, { config: CaseDraftConfig; catalog: Catalog; dictionaries: Dictionary[] }>();
  const envFor = (configPath: string | undefined) => {
    const key = configPath ?? '';
    let env = envs.get(key);
    if (!env) {
      const config = configPath ? loadConfigFile(configPath) : {};
      const extra = (config.catalogs ?? []).flatMap((c) => catalogEntries(loadDataFile(configPath!, c)));
      const dictionaries = (config.dictionaries ?? []).map((d) => loadDictionary(configPath!, d));
      env = { config, catalog: Catalog.merge(new Catalog(extra), o.builtinCatalog ?? new Catalog()), dictionaries };
      envs.set(key, env);
    }
    return env;
  };
  const results: FileResult[] = [];
  loaded.forEach((l, i) => {
    let env;
    try {
      env = envFor(l.configPath);
    } catch (err) {
      if (err instanceof InputError) {
        if (!inputErrors.some((e) => e.file === err.file)) inputErrors.push(err);
        return;
      }
      throw err;
    }
    const config = attachDictionaries(resolveConfig({ ...env.config, locale: o.locale ?? env.config.locale }), env.dictionaries);
    results.push({
      file: l.file,
      diagnostics: lintModel(l.model, { rules: o.rules, config, catalog: env.catalog, workspace }),
    });
    o.onProgress?.(i + 1, loaded.length);
  });
  return { results, inputErrors };
}

/** An agency dictionary named by the config; a schema error or a failing self-test is an input error. */
function loadDictionary(configPath: string, rel: string): Dictionary {
  const data = loadDataFile(configPath, rel);
  try {
    return Dictionary.fromData(data, rel);
  } catch (err) {
    if (err instanceof DictionaryError) throw new InputError(resolve(dirname(configPath), rel), err.message);
    throw err;
  }
}

function catalogEntries(data: unknown): CatalogEntry[] {
  const entries = (data as { entries?: unknown })?.entries;
  return Array.isArray(entries) ? (entries as CatalogEntry[]) : [];
}

export function pathToUri(abs: string): string {
  return pathToFileURL(abs).href;
}
