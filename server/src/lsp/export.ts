import { exportDocx, exportGate } from '../core/export';
import { publicTransform, servedTransform } from '../core/redact';
import type { CaseServer } from './caseServer';

export interface ExportParams {
  uri: string;
  /** The publication copy: personal data masked, every page marked 公开版. */
  public?: boolean;
  /** Export a draft that has errors anyway, every page marked 草稿 (the print preview always does). */
  force?: boolean;
}

export interface ExportResult {
  /** The DOCX, base64; null when the draft has errors and `force` was not given. */
  docx: string | null;
  /** Error-level findings of the text the document was made from: the export's gate. */
  errors: number;
  /** Every page is marked 草稿. */
  draft: boolean;
}

/**
 * `casedraft/export`: the DOCX of a draft as the editor holds it (unsaved text included), made
 * from the server's model and gated by the same findings the officer sees. The editor writes the
 * bytes (Export) or renders them as pages (the print preview), so both show one document; the
 * CLI's `casedraft export` makes the same one from the file.
 */
export function registerExport(server: CaseServer): void {
  server.connection.onRequest(
    'casedraft/export',
    async (p: ExportParams, token): Promise<ExportResult | null> => {
      try {
        const l = typeof p?.uri === 'string' ? server.lintFor(p.uri, token) : undefined;
        if (!l) return null;
        const { errors, refused, draft } = exportGate(l.diagnostics, p.force);
        if (refused) return { docx: null, errors, draft: false };
        const bytes = await exportDocx(l.model, {
          draft,
          publicCopy: !!p.public,
          // The served copy drops the trade-secret markers (〖商业秘密：…〗) and prints their content.
          transform: p.public ? publicTransform(l.model) : servedTransform,
        });
        return { docx: Buffer.from(bytes).toString('base64'), errors, draft };
      } catch (err) {
        server.logError('export', err);
        return null;
      }
    },
  );
}
