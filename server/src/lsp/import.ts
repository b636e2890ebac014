import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { localize } from '../core/i18n';
import { draftFileName, ImportError, importDocument, importFormatOf } from '../core/import';
import { InputError, readImportSource } from '../host/files';
import type { CaseServer } from './caseServer';

export interface ImportParams {
  /** The original document (.docx, .html, .htm, .txt), a file: URI. */
  uri: string;
}

export type ImportResult =
  | {
      /** The draft's text; the editor writes it (asking before it replaces a file) and opens it. */
      text: string;
      /** Where it goes: X.case.md beside the original. */
      target: string;
      /** What the original does not state (the draft's front-matter comment lists the same). */
      missing: string[];
    }
  | { error: string };

/**
 * `casedraft/import`: reads an original the officer picked and returns its draft. The server
 * reads the bytes (one reader for CLI and server); the client writes the draft, so the editor
 * asks before it replaces a file and opens what it wrote.
 */
export function registerImport(server: CaseServer): void {
  server.connection.onRequest('casedraft/import', async (p: ImportParams): Promise<ImportResult> => {
    const locale = server.localeFor(p?.uri ?? '');
    try {
      if (!p?.uri?.startsWith('file:')) throw new InputError(String(p?.uri), 'not a file');
      const path = fileURLToPath(p.uri);
      if (!importFormatOf(path))
        return {
          error: localize(
            {
              zh: '不支持此文件类型：可导入 .docx、.html、.htm、.txt',
              en: 'import .docx, .html, .htm or .txt',
            },
            locale,
          ),
        };
      const target = pathToFileURL(join(dirname(path), draftFileName(path))).href;
      const draft = await importDocument(basename(path), readImportSource(path), target);
      return { text: draft.text, target, missing: draft.missing };
    } catch (err) {
      if (err instanceof ImportError) return { error: localize(err.text, locale) };
      if (err instanceof InputError) return { error: err.message };
      server.logError('import', err);
      return { error: String((err as Error)?.message ?? err) };
    }
  });
}
