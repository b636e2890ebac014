import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { effectiveSeverity } from '../core/engine';
import { exportDocx, type PrintedParagraph } from '../core/export';
import { normalizeLocale } from '../core/i18n';
import type { CaseModel } from '../core/model';
import { parseCase } from '../core/parse';
import { publicTransform, servedTransform, unclassifiedNumbers } from '../core/redact';
import type { Locale } from '../core/types';
import { allRules } from '../rules';
import { InMemoryWorkspace } from '../core/workspace';
import { Environments } from '../host/environment';
import { displayPath, InputError, readDraft } from '../host/files';
import { gatedExport } from './gatedExport';
import { configOption, environmentOf, lintIn, pathToUri } from './lint';
import { UsageError } from './usage';

/**
 * `decision.case.md` → `decision.docx` (the public copy: `decision.public.docx`, so it never
 * overwrites the served one); any other name just gets `.docx` in place of its extension.
 */
export function defaultOutput(input: string, isPublic = false): string {
  const ext = isPublic ? '.public.docx' : '.docx';
  if (/\.case\.md$/i.test(input)) return input.replace(/\.case\.md$/i, ext);
  if (/\.md$/i.test(input)) return input.replace(/\.md$/i, ext);
  return `${input}${ext}`;
}

/**
 * The public (redacted) copy: `--public` is accepted only when a masking function is registered
 * here, so the option never silently exports an unmasked "public" document. It takes the model:
 * what is personal depends on the front matter (is the party a person, what is their address).
 * Masking: core/redact.ts, docs/publication.md.
 */
export const publicCopy: { transform?: (model: CaseModel) => (p: PrintedParagraph) => PrintedParagraph } = {
  transform: publicTransform,
};

/**
 * `casedraft export FILE [-o OUT.docx] [--force]`: lints the draft with the lint command's rules
 * that are errors in its configuration; refuses (exit 1, nothing written) on any error unless
 * `--force`, which marks every page 草稿.
 */
export async function exportCommand(args: string[], locale: Locale): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      public: { type: 'boolean', default: false },
      config: { type: 'string' },
      locale: { type: 'string' },
      'restrict-to': { type: 'string', multiple: true },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      '请指定一个草稿文件 / name exactly one draft: casedraft export FILE [-o OUT.docx] [--force] [--public]',
    );
  if (values.public && !publicCopy.transform)
    throw new UsageError('--public 尚不可用 / --public is not available yet');
  const input = positionals[0]!;
  const abs = resolve(input);
  const out = resolve(values.output ?? defaultOutput(input, values.public));
  if (!out.toLowerCase().endsWith('.docx'))
    throw new UsageError(`输出文件须以 .docx 结尾 / the output must end in .docx: ${values.output}`);
  const loc = values.locale ? normalizeLocale(values.locale) : locale;

  // Read once: the text that is checked is the text that is printed.
  const model = parseCase(readDraft(abs), pathToUri(abs));
  // The errors `casedraft lint FILE` reports, in the same environment.
  const environments = new Environments();
  // From an editor in Restricted Mode: config and data files are read only inside these folders.
  const roots = values['restrict-to'];
  if (roots?.length) environments.restrict(roots.map((f) => resolve(f)));
  const env = environmentOf(environments, abs, configOption(values.config));
  if (env instanceof InputError) throw env;
  // Only errors gate the export, and only they are printed (gatedExport). A finding is at most its
  // rule's severity in the configuration, so a rule configured below error cannot decide the gate:
  // it does not run (on the 50-page decision they were most of the lint's time).
  const gating = allRules.filter((rule) => effectiveSeverity(rule, env.config) === 'error');
  const linted = lintIn(
    env,
    model,
    displayPath(abs),
    { rules: gating, locale: loc },
    new InMemoryWorkspace([model]),
  );
  // The public copy masks what it recognises; a long number it cannot classify is not published.
  const refuseUnclassified = () => {
    const unclassified = unclassifiedNumbers(model);
    if (!unclassified.length) return false;
    const where = unclassified
      .map((s) => `  ${model.lines.positionAt(s.start).line + 1}: ${model.text.slice(s.start, s.end)}`)
      .join('\n');
    process.stderr.write(
      loc === 'en'
        ? `casedraft: public copy not exported: these numbers may be personal data and would not be masked (see structure/redaction-preview):\n${where}\n`
        : `casedraft: 未导出公开版：以下号码可能是个人信息而不会被隐去（见 structure/redaction-preview）：\n${where}\n`,
    );
    return true;
  };
  return gatedExport({
    results: [linted],
    force: values.force,
    locale: loc,
    refusal: {
      zh: '未导出：草稿有错误。请先改正；或加 --force 导出每页标注“草稿”的文本。',
      en: 'not exported: the draft has errors. Fix them, or add --force for a copy marked 草稿 (draft) on every page.',
    },
    make: async (draft) =>
      values.public && refuseUnclassified()
        ? undefined
        : exportDocx(model, {
            draft,
            publicCopy: values.public,
            // The served copy drops the trade-secret markers (〖商业秘密：…〗) and prints their content.
            transform: values.public ? publicCopy.transform!(model) : servedTransform,
          }),
    // Never over the draft itself; over an earlier export only with --force.
    out,
    inputs: [abs],
    notice: (draft, shown) =>
      draft
        ? `已导出草稿（每页标注“草稿”） / exported as a draft (every page marked 草稿): ${shown}`
        : values.public
          ? `已导出公开版（每页标注“公开版”，个人信息已屏蔽） / exported the publication copy (marked 公开版, personal data masked): ${shown}`
          : `已导出 / exported: ${shown}`,
  });
}
