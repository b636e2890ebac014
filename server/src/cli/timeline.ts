import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinCatalog } from '../core/builtin-catalog';
import { resolveConfig } from '../core/config';
import { normalizeLocale } from '../core/i18n';
import { buildTimeline, renderTimelineSvg } from '../core/timeline';
import type { Locale } from '../core/types';
import { allRules } from '../rules';
import { lintModel } from '../core/engine';
import { parseCase } from '../core/parse';
import { translator } from '../core/translate';
import { findConfig, loadConfigFile } from './config';
import { InputError, readDraft, UsageError, writeAtomic } from './files';
import { pathToUri } from './lint';

/**
 * `casedraft timeline FILE [-o OUT.svg] [--config FILE] [--locale zh-cn|en]`: the case's procedure
 * steps on a time axis with the statutory deadlines and the procedure findings. Without `-o` the
 * SVG goes to standard output.
 */
export function timelineCommand(args: string[], locale: Locale): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      locale: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError('请指定一个草稿文件 / name one draft: casedraft timeline FILE [-o OUT.svg]');
  const loc = values.locale ? normalizeLocale(values.locale) : locale;
  const abs = resolve(file);
  const model = parseCase(readDraft(abs), pathToUri(abs));
  const configPath = values.config ? resolve(values.config) : findConfig(abs);
  if (values.config && !existsSync(configPath!))
    throw new InputError(values.config, `找不到配置文件 / config not found: ${values.config}`);
  const fileConfig = configPath ? loadConfigFile(configPath) : {};
  const config = resolveConfig({ ...fileConfig, locale: loc });
  // Linting the draft gives the findings that the timeline marks on the steps.
  const translate = translator(allRules);
  const diagnostics = lintModel(model, { rules: allRules, config, catalog: builtinCatalog() }).map((d) =>
    translate(d, loc),
  );
  const timeline = buildTimeline(model, config, diagnostics, loc);
  const svg = renderTimelineSvg(timeline, { title: model.facts.案由 ?? model.facts.文号, locale: loc });
  if (!values.output) {
    process.stdout.write(svg + '\n');
    return 0;
  }
  writeAtomic(resolve(values.output), svg + '\n');
  process.stderr.write(`已生成 / wrote ${values.output}\n`);
  return 0;
}
