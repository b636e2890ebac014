import type { CaseServer } from './caseServer';
import type { Locale } from '../core/types';

export interface StatusParams {
  uri: string;
}

/** `casedraft/status`: what the server applies to a draft, for the editor's language status item. */
export interface StatusResult {
  /** The casedraft.config.json in force (a file path), or null: the defaults. */
  config: string | null;
  /** What could not be applied: a broken config file, a dictionary or catalog it names. */
  problems: string[];
  /** The language of the messages (the setting, else the config's, else Chinese). */
  locale: Locale;
}

/**
 * `casedraft/status` (request) and `casedraft/scan` (notification, sent by the scan itself:
 * `{ pending, total }` drafts of the workspace still to check). Editors show them where the
 * officer looks for "which configuration applies, and is it broken".
 */
export function registerStatus(server: CaseServer): void {
  server.connection.onRequest('casedraft/status', (p: StatusParams) =>
    server.guard<StatusResult | null>('status', null, () => {
      if (typeof p?.uri !== 'string') return null;
      const env = server.environmentFor(p.uri);
      return {
        config: env.configPath ?? null,
        problems: env.problems.map((e) => `${e.file}: ${e.message}`),
        locale: server.localeFor(p.uri),
      };
    }),
  );
}
