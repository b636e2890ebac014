import { dirname, join, resolve } from 'node:path';
import { validateConfigObject, type CaseDraftConfig } from '../core/config';
import { exists, InputError, isWithin, readJson } from './files';

export const CONFIG_NAME = 'casedraft.config.json';

/**
 * Which casedraft.config.json applies to a file: the nearest one in its folder or above it (so a
 * case folder's own config wins over the agency's at the top). Looked up once per folder: every
 * keystroke asks, and walking up the folders with a stat each would put disk I/O on the typing path.
 *
 * Restricted to the workspace folders (an untrusted window, docs/security.md): the search stops
 * at the top of the workspace folder, and a file outside every one of them has no config, so a
 * folder sent by someone else cannot pick up a config planted above it.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, string | undefined>();
  private roots: readonly string[] | undefined;

  find(file: string): string | undefined {
    const dir = dirname(resolve(file));
    return this.searched(dir) ? this.inFolder(dir) : undefined;
  }

  /** Look no higher than these folders (none: anywhere, as in a trusted window). */
  restrict(roots: readonly string[] | undefined): void {
    this.roots = roots;
    this.forget();
  }

  private searched(dir: string): boolean {
    return !this.roots || isWithin(dir, this.roots);
  }

  private inFolder(dir: string): string | undefined {
    if (this.byFolder.has(dir)) return this.byFolder.get(dir);
    const candidate = join(dir, CONFIG_NAME);
    const up = dirname(dir);
    const found = exists(candidate)
      ? candidate
      : up === dir || !this.searched(up)
        ? undefined
        : this.inFolder(up);
    this.byFolder.set(dir, found);
    return found;
  }

  /** A config file appeared or went away: which one applies may have changed anywhere below it. */
  forget(): void {
    this.byFolder.clear();
  }
}

export function loadConfigFile(path: string): CaseDraftConfig {
  const raw = readJson(path, { zh: '配置文件', en: 'config' });
  const problems = validateConfigObject(raw);
  if (problems.length) {
    throw new InputError(
      path,
      `配置文件不符合 schemas/casedraft.config.schema.json / config does not fit its schema: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  }
  return raw as CaseDraftConfig;
}
