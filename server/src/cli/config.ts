import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateConfigObject, type CaseDraftConfig } from '../core/config';
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

/** Reads a JSON data file named by a config (a dictionary, a catalog), relative to the config. */
export function loadDataFile(configPath: string, rel: string): unknown {
  const path = resolve(dirname(configPath), rel);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(path, `数据文件无法读取 / data file cannot be read: ${(err as Error).message}`);
  }
}
