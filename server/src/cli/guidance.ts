import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinCatalogEntries } from '../core/builtin-catalog';
import type { CatalogEntry } from '../core/catalog';
import { exportGuidanceDocx, guidanceEntries } from '../core/export';
import { loadCatalogFile, loadConfigFile } from './config';
import { displayPath, InputError, UsageError, writeAtomic } from './files';

export const DEFAULT_GUIDANCE_OUTPUT = '合规指导清单.docx';

/**
 * `casedraft guidance [--field 领域] [-o OUT.docx] [--config FILE] [--issuer 机关] [--date 2025年5月1日]`:
 * the compliance catalog printed as a formal list for enterprises. Entries of the config's
 * `catalogs` come first and replace bundled entries of the same id, as they do for lint.
 */
export async function guidanceCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      field: { type: 'string' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      issuer: { type: 'string' },
      date: { type: 'string' },
    },
  });
  void positionals;
  let extra: CatalogEntry[] = [];
  if (values.config) {
    if (!existsSync(values.config))
      throw new InputError(values.config, `找不到配置文件 / config not found: ${values.config}`);
    const configPath = resolve(values.config);
    const config = loadConfigFile(configPath);
    extra = (config.catalogs ?? []).flatMap((c) => loadCatalogFile(dirname(configPath), c));
  }
  const entries = [...extra, ...builtinCatalogEntries()];
  if (values.field !== undefined && !guidanceEntries(entries, values.field).size) {
    const fields = [...guidanceEntries(entries).keys()].join('、');
    throw new UsageError(
      `清单中没有领域“${values.field}” / no catalog entries for field ${values.field}; 可选 / known: ${fields}`,
    );
  }
  const out = resolve(values.output ?? DEFAULT_GUIDANCE_OUTPUT);
  if (!out.toLowerCase().endsWith('.docx'))
    throw new UsageError(`输出文件须以 .docx 结尾 / the output must end in .docx: ${values.output}`);
  const bytes = await exportGuidanceDocx(entries, {
    field: values.field,
    issuer: values.issuer,
    date: values.date,
  });
  writeAtomic(out, bytes);
  process.stderr.write(`已生成合规指导清单 / guidance list written: ${displayPath(out)}\n`);
  return 0;
}
