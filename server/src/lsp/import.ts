import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { localize } from '../core/i18n';
import { draftFileName, ImportError, importDocument, importFormatOf } from '../core/import';
import { exists, InputError, readImportSource, writeAtomic } from '../host/files';
import type { CaseServer } from './caseServer';

export interface ImportParams {
  /** The original document (.docx, .html, .htm, .txt), a file: URI. */
  uri: string;
  /** Replace X.case.md if it exists (the officer said so); without it, an existing one is left. */
  overwrite?: boolean;
}

export type ImportResult =
  | {
      /** Written: X.case.md beside the original. */
      target: string;
      /** What the original does not state (the draft's front-matter comment lists the same). */
      missing: string[];
    }
  /** Nothing written: X.case.md exists; ask the officer, then again with `overwrite`. */
  | { exists: string }
  | { error: string };

/**
 * `casedraft/import`: reads an original the officer picked and writes its draft beside it, as
 * `casedraft import` does: through the host's writeAtomic (a temporary file created exclusively,
 * flushed and renamed: never half a draft, never over the original), replacing a file only when
 * asked. The server writes rather than the editor because it already reads the original by its
 * path: the language server runs where the files are (in code-server and remote windows too, it
 * is beside the remote extension host), and VS Code's workspace.fs can neither create a file
 * exclusively nor flush it.
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
      const file = join(dirname(path), draftFileName(path));
      const target = pathToFileURL(file).href;
      // Asked before reading: a refusal costs nothing and leaves everything as it was.
      if (!p.overwrite && exists(file)) return { exists: target };
      const draft = await importDocument(basename(path), readImportSource(path), target);
      writeAtomic(file, draft.text, { overwrite: !!p.overwrite, inputs: [path] });
      return { target, missing: draft.missing };
    } catch (err) {
      if (err instanceof ImportError) return { error: localize(err.text, locale) };
      if (err instanceof InputError) return { error: err.message };
      server.logError('import', err);
      return { error: String((err as Error)?.message ?? err) };
    }
  });
}
