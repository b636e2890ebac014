import { isImported } from '../../core/document-data';
import { defineRule } from '../../core/rule';
import { validateFrontMatter, type SchemaProblem } from '../../core/schema';
import type { LocalizedText, MessageData, Span } from '../../core/types';

const LAW = { zh: '《中华人民共和国行政处罚法》第五十九条', en: 'Administrative Penalty Law, Art. 59' };

export default defineRule({
  meta: {
    id: 'structure/front-matter',
    severity: 'error',
    description: {
      zh: '草稿须以 YAML 前置信息开头，且符合其文书类型的格式要求',
      en: 'A draft opens with YAML front matter that fits the schema of its document type',
    },
    basis: { kind: 'law', ...LAW },
    docs: 'docs/rules/structure/front-matter.md',
  },
  messages: {
    missing: {
      zh: '草稿没有前置信息。请在第一行加入以 --- 开始和结束的 YAML 块，写明文书、机关、案由、当事人等事项。',
      en: 'The draft has no front matter. Start it with a YAML block between --- lines giving 文书, 机关, 案由, 当事人 and the other facts.',
    },
    unterminated: {
      zh: '前置信息以 --- 开始但没有结束的 --- 行。请在 YAML 块之后加一行 ---。',
      en: 'The front matter opens with --- but is never closed. Add a --- line after the YAML block.',
    },
    yaml: {
      zh: '前置信息不是有效的 YAML：{detail}。请检查缩进、冒号和引号。',
      en: 'The front matter is not valid YAML: {detail}. Check indentation, colons and quotes.',
    },
    limit: {
      zh: '前置信息被拒绝读取：{detail}。请勿使用大量别名（&/*）或过深的嵌套。',
      en: 'The front matter was refused: {detail}. Do not use many aliases (&/*) or deep nesting.',
    },
    required: {
      zh: '前置信息缺少必填项「{key}」{where}。请补充。',
      en: 'The front matter lacks the required key "{key}"{where}. Add it.',
    },
    enum: {
      zh: '「{path}」的值不在允许范围内，应为：{allowed}。',
      en: '"{path}" has a value that is not allowed; use one of: {allowed}.',
    },
    date: {
      zh: '「{path}」不是有效日期，应写作 YYYY-MM-DD（如 2023-02-16）。',
      en: '"{path}" is not a valid date; write it as YYYY-MM-DD (e.g. 2023-02-16).',
    },
    type: {
      zh: '「{path}」的类型不对，应为{expected}。',
      en: '"{path}" has the wrong type; expected {expected}.',
    },
    finite: {
      zh: '「{path}」不是有限的数（.inf、.nan 不是金额或数量）。请写出实际数值。',
      en: '"{path}" is not a finite number (.inf and .nan are no amount or count). Write the actual figure.',
    },
    maximum: {
      zh: '「{path}」的数值超出合理范围（不应超过 {limit}），多半是录入错误。请核对（金额单位为元）。',
      en: '"{path}" is beyond a plausible figure (at most {limit}); most likely a typing error. Check it (amounts are in yuan).',
    },
    minimum: {
      zh: '「{path}」的数值不应小于 {limit}。请核对。',
      en: '"{path}" must not be below {limit}. Check it.',
    },
    other: {
      zh: '「{path}」不符合格式要求（{keyword}）。',
      en: '"{path}" does not fit the format ({keyword}).',
    },
  },
  check(ctx) {
    const { frontMatter, text } = ctx.model;
    const firstLine: Span = { start: 0, end: ctx.model.lines.lineEnd(0) };
    if (frontMatter.unterminated) return ctx.report({ messageId: 'unterminated', span: firstLine });
    if (!frontMatter.span) return ctx.report({ messageId: 'missing', span: firstLine });
    for (const p of frontMatter.problems) {
      ctx.report({
        messageId: p.kind === 'limit' ? 'limit' : 'yaml',
        data: { detail: p.message },
        span: p.span,
      });
    }
    if (!frontMatter.data) return;
    const fmStart: Span = { start: 0, end: Math.min(3, text.length) };
    // A draft made from a document holds only what its text states: a key it lacks is unknown, not
    // missing (structure/imported-data names the checks that need it).
    const imported = isImported(ctx.model);
    for (const p of validateFrontMatter(frontMatter.data, ctx.model.doctype?.id)) {
      if (imported && p.keyword === 'required') continue;
      const path = p.path.map(String).join('.');
      const where =
        (p.keyword === 'required' ? frontMatter.locate(p.path, true) : frontMatter.locate(p.path)) ?? fmStart;
      ctx.report({ ...describe(p, path), span: where });
    }
  },
});

type Id = 'required' | 'enum' | 'date' | 'type' | 'finite' | 'maximum' | 'minimum' | 'other';

function describe(p: SchemaProblem, path: string): { messageId: Id; data: MessageData } {
  switch (p.keyword) {
    case 'required':
      return {
        messageId: 'required',
        data: {
          key: p.missing ?? '?',
          where: path ? { zh: `（在「${path}」下）`, en: ` under "${path}"` } : '',
        },
      };
    case 'enum':
    case 'const':
      return {
        messageId: 'enum',
        data: { path, allowed: { list: (p.allowed ?? []).map(String), join: 'enum' } },
      };
    case 'format':
      return { messageId: 'date', data: { path } };
    case 'finite':
      return { messageId: 'finite', data: { path } };
    case 'maximum':
    case 'minimum':
      return {
        messageId: p.keyword,
        data: { path, limit: (p.limit ?? 0).toLocaleString('en-US') },
      };
    case 'type':
      return { messageId: 'type', data: { path, expected: typeName(p.expected) } };
    default:
      return { messageId: 'other', data: { path, keyword: p.keyword } };
  }
}

function typeName(t: string | undefined): LocalizedText {
  const zh: Record<string, string> = {
    string: '文字',
    number: '数字',
    array: '列表',
    object: '键值结构',
    integer: '整数',
  };
  return { zh: zh[t ?? ''] ?? '其他类型', en: t ?? 'another type' };
}
