import type { Hover } from 'vscode-languageserver/node';
import { localize } from '../core/i18n';
import { resolveCitations } from '../core/citations';
import { rangesOfProvision, type ReadRange } from '../core/fine-range';
import { articleText } from '../core/laws';
import type { CaseModel } from '../core/model';
import type { ResolvedConfig } from '../core/config';
import { buildTimeline, describeStepDeadlines, stepLabel } from '../core/timeline';
import type { Locale } from '../core/types';
import { occurrenceAt, rowById } from './evidenceRefs';
import { lspMessages } from './messages';

export interface HoverContext {
  locale: Locale;
  config: ResolvedConfig;
}

const within = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

/**
 * Text from the draft (cells, names, front-matter keys and values) as literal Markdown: every
 * mark that can open an inline element escaped and line breaks folded, so a draft someone sent cannot put an
 * image (a request to a remote server), a link, HTML or a heading into the officer's hover.
 * (The law texts quoted are CaseDraft's own data and keep their formatting.)
 */
export function literal(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      // GFM links bare URLs and e-mail addresses whatever their escapes: a zero-width space keeps
      // them as they read but no longer a link.
      .replace(/:\/\//g, ':\u200B//')
      .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200B.`)
      .replace(/@/g, '@\u200B')
      // What can start an inline element mid-line (the text never starts a line of the hover).
      .replace(/[\\`*_[\]()<>!&~|]/g, '\\$&')
  );
}

export function hoverAt(model: CaseModel, offset: number, ctx: HoverContext): Hover | null {
  return (
    evidenceHover(model, offset, ctx.locale) ??
    lawHover(model, offset, ctx.locale) ??
    procedureHover(model, offset, ctx)
  );
}

function evidenceHover(model: CaseModel, offset: number, locale: Locale): Hover | null {
  const occ = occurrenceAt(model, offset);
  if (!occ) return null;
  const range = model.lines.range(occ.span);
  const row = rowById(model, occ.id);
  if (!row)
    return {
      range,
      contents: {
        kind: 'markdown',
        value: localize(lspMessages.evidenceMissing, locale, { id: literal(occ.id) }),
      },
    };
  const lines = [`**${literal(row.id)}** ${literal(row.cells.名称?.text ?? '')}`, ''];
  for (const col of ['种类', '来源', '取得时间', '收集人', '证明事项'] as const) {
    const text = row.cells[col]?.text;
    if (text) lines.push(`- ${col}：${literal(text)}`);
  }
  const cited = model.blocks
    .flatMap((b) => b.citations)
    .flatMap((c) => c.refs)
    .filter((r) => r.id === row.id).length;
  lines.push('', localize(lspMessages.evidenceCitedBy, locale, { count: cited }));
  return { range, contents: { kind: 'markdown', value: lines.join('\n') } };
}

function lawHover(model: CaseModel, offset: number, locale: Locale): Hover | null {
  // A bare 第X条 cites the law named last before it in the paragraph (core/citations).
  const resolved = resolveCitations(model).find((r) => within(offset, r.citation.span));
  if (!resolved) return null;
  const { citation, law, name } = resolved;
  const range = model.lines.range(citation.span);
  const article = citation.article?.value;
  const heading = `**《${literal(law?.name ?? name ?? '?')}》${article !== undefined ? localize(lspMessages.lawArticle, locale, { n: citation.article!.raw }) : ''}**`;
  const text =
    law && article !== undefined
      ? (articleText(law, article, citation.paragraph?.value, citation.item?.value) ??
        articleText(law, article))
      : undefined;
  const body = text
    ? text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')
    : localize(lspMessages.lawUnknown, locale);
  const source = law && text && law.version ? `\n\n_${law.name}（${law.version}）_` : '';
  const fines =
    law && article !== undefined
      ? rangesOfProvision(law, article, citation.paragraph?.value, citation.item?.value).ranges.map(
          (r) => `- ${describeFineRange(r, locale)}`,
        )
      : [];
  const fineList = fines.length ? `\n\n${localize(lspMessages.fineRanges, locale)}\n${fines.join('\n')}` : '';
  return { range, contents: { kind: 'markdown', value: `${heading}\n\n${body}${fineList}${source}` } };
}

const yuan = (n: number, locale: Locale) =>
  locale === 'en' ? `¥${n.toLocaleString('en')}` : `${n.toLocaleString('zh-CN')}元`;

/** One fine range the article sets, as read from its words (core/fine-range.ts): for whom, when, how much. */
function describeFineRange(r: ReadRange, locale: Locale): string {
  const amount = r.base
    ? r.quote
    : r.min && r.max !== undefined
      ? localize(lspMessages.fineBetween, locale, { min: yuan(r.min, locale), max: yuan(r.max, locale) })
      : r.max !== undefined
        ? localize(lspMessages.fineAtMost, locale, { max: yuan(r.max, locale) })
        : localize(lspMessages.fineAtLeast, locale, { min: yuan(r.min ?? 0, locale) });
  const who = r.target ? localize(lspMessages.fineFor, locale, { who: r.target }) : '';
  const when = r.condition ? localize(lspMessages.fineWhen, locale, { when: r.condition }) : '';
  return `${who}${when}${amount}`;
}

function procedureHover(model: CaseModel, offset: number, ctx: HoverContext): Hover | null {
  const proc = model.frontMatter.data?.['程序'];
  if (!proc || typeof proc !== 'object') return null;
  for (const step of Object.keys(proc)) {
    const valueSpan = model.frontMatter.locate(['程序', step]);
    const keySpan = model.frontMatter.locate(['程序', step], true);
    const hit = (valueSpan && within(offset, valueSpan)) || (keySpan && within(offset, keySpan));
    if (!hit) continue;
    const date = (proc as Record<string, unknown>)[step];
    const lines = [
      localize(lspMessages.procedureDate, ctx.locale, {
        step: literal(stepLabel(step, ctx.locale)),
        date: literal(String(date instanceof Date ? date.toISOString().slice(0, 10) : date)),
      }),
    ];
    // The statutory periods that start or end at this step, counted with the holiday calendar.
    const deadlines = describeStepDeadlines(
      buildTimeline(model, ctx.config, [], ctx.locale),
      step,
      ctx.locale,
    );
    for (const d of deadlines) lines.push('', `- ${d}`);
    const span = valueSpan ?? keySpan!;
    return { range: model.lines.range(span), contents: { kind: 'markdown', value: lines.join('\n') } };
  }
  return null;
}
