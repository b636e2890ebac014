import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportGuidanceDocx, guidanceEntries } from '../core/export';
import { Environments } from '../host/environment';
import { displayPath, writeAtomic } from '../host/files';
import { configOption } from './lint';
import { UsageError } from './usage';

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
  // The catalog `casedraft lint` checks with: the config's catalogs before the bundled entries.
  const env = new Environments().get({ configPath: configOption(values.config) });
  if (env.problems[0]) throw env.problems[0];
  const entries = env.catalog.entries;
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
