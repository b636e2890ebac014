import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { catalogEntries, type CatalogEntry } from '../core/catalog';
import { validateConfigObject, type CaseDraftConfig } from '../core/config';
import { Dictionary, DictionaryError } from '../core/dictionary';
import { InputError } from './files';

export const CONFIG_NAME = 'casedraft.config.json';

/** The nearest casedraft.config.json in the folder of `file` or above it. */
export function findConfig(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfigFile(path: string): CaseDraftConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(
      path,
      `配置文件无法读取或不是有效 JSON / config cannot be read or is not valid JSON: ${(err as Error).message}`,
    );
  }
  const problems = validateConfigObject(raw);
  if (problems.length) {
    throw new InputError(
      path,
      `配置文件不符合 schemas/casedraft.config.schema.json / config does not fit its schema: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  }
  return raw as CaseDraftConfig;
}

/** Reads a JSON data file named relative to `baseDir` (a config's folder, or a workspace folder). */
export function loadDataFile(baseDir: string, rel: string): unknown {
  const path = resolve(baseDir, rel);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(path, `数据文件无法读取 / data file cannot be read: ${(err as Error).message}`);
  }
}

/** The entries of an agency's compliance-catalog file. */
export function loadCatalogFile(baseDir: string, rel: string): CatalogEntry[] {
  return catalogEntries(loadDataFile(baseDir, rel));
}

/** An agency dictionary; a schema error or a failing self-test is an input error naming the file. */
export function loadDictionaryFile(baseDir: string, rel: string): Dictionary {
  const data = loadDataFile(baseDir, rel);
  try {
    return Dictionary.fromData(data, rel);
  } catch (err) {
    if (err instanceof DictionaryError) throw new InputError(resolve(baseDir, rel), err.message);
    throw err;
  }
}
