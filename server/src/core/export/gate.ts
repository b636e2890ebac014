/**
 * The export's gate, the same in the CLI (export, export-case) and the server (Export, the print
 * preview, the case file): a document whose text has an error-level finding is not exported as a
 * formal document; forced, it is exported with every page marked 草稿 (docs/export.md).
 */
export interface ExportGate {
  /** Error-level findings of the text the document is made from. */
  errors: number;
  /** Not exported: errors and no force. */
  refused: boolean;
  /** Exported with every page marked 草稿. */
  draft: boolean;
}

export function exportGate(findings: Iterable<{ severity: string }>, force = false): ExportGate {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, refused: errors > 0 && !force, draft: errors > 0 };
}
