import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeLocale } from '../core/i18n';
import { buildTimeline, renderTimelineSvg } from '../core/timeline';
import type { Locale } from '../core/types';
import { allRules } from '../rules';
import { lintModel } from '../core/engine';
import { parseCase } from '../core/parse';
import { translator } from '../core/translate';
import { Environments } from '../host/environment';
import { InputError, readDraft, writeAtomic } from '../host/files';
import { configOption, environmentOf, pathToUri } from './lint';
import { UsageError } from './usage';

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
  // The draft's environment, as `casedraft lint` checks it: its config, the agency's catalogs
  // and dictionaries. The findings it gives are marked on the steps.
  const env = environmentOf(new Environments(), abs, configOption(values.config));
  if (env instanceof InputError) throw env;
  const translate = translator(allRules);
  const diagnostics = lintModel(model, { rules: allRules, config: env.config, catalog: env.catalog }).map(
    (d) => translate(d, loc),
  );
  const timeline = buildTimeline(model, env.config, diagnostics, loc);
  const svg = renderTimelineSvg(timeline, { title: model.facts.案由 ?? model.facts.文号, locale: loc });
  if (!values.output) {
    process.stdout.write(svg + '\n');
    return 0;
  }
  writeAtomic(resolve(values.output), svg + '\n');
  process.stderr.write(`已生成 / wrote ${values.output}\n`);
  return 0;
}
