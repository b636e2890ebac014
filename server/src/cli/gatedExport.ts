// What `export` and `export-case` share: the gate on the lint's findings, --force, the write and
// the notice. The write is writeAtomic's (host/files.ts): a temporary file renamed into place,
// never over an input, over an earlier export only with --force.
import { exportGate } from '../core/export';
import { translator } from '../core/translate';
import type { Locale } from '../core/types';
import { displayPath, writeAtomic } from '../host/files';
import { allRules } from '../rules';
import { formatStylish, type FileResult } from './format';

export interface GatedExport {
  /** The lint of exactly the texts that are printed. */
  results: readonly FileResult[];
  force: boolean;
  locale: Locale;
  /** The line under the errors that says nothing was exported and what --force would do. */
  refusal: { zh: string; en: string };
  /**
   * The DOCX (`draft`: every page marked 草稿); undefined when it is refused for another reason,
   * which it has printed.
   */
  make(draft: boolean): Promise<Uint8Array | undefined>;
  out: string;
  /** The files read: never written over. */
  inputs: readonly string[];
  /** The line that says what was written where. */
  notice(draft: boolean, shown: string): string;
}

/** Exit 1 when refused (nothing written), 0 when written; a write that fails throws an InputError. */
export async function gatedExport(g: GatedExport): Promise<number> {
  const errors = g.results
    .map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }))
    .filter((r) => r.diagnostics.length);
  const gate = exportGate(
    errors.flatMap((r) => r.diagnostics),
    g.force,
  );
  if (gate.refused) {
    process.stderr.write(formatStylish(errors, translator(allRules), g.locale) + '\n');
    process.stderr.write(`casedraft: ${g.locale === 'en' ? g.refusal.en : g.refusal.zh}\n`);
    return 1;
  }
  const bytes = await g.make(gate.draft);
  if (!bytes) return 1;
  writeAtomic(g.out, bytes, { overwrite: g.force, inputs: g.inputs });
  process.stderr.write(g.notice(gate.draft, displayPath(g.out)) + '\n');
  return 0;
}
