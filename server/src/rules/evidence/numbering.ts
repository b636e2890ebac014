import { evidenceOccurrences } from '../../core/evidence';
import { defineRule, replace } from '../../core/rule';

const ID = /^证据(\d+)$/;

export default defineRule({
  meta: {
    id: 'evidence/numbering',
    // House style: no article numbers evidence; a gap or a jump only makes a reader look for an
    // item that is not there, and a table out of order is hard to cite from.
    severity: 'info',
    description: {
      zh: '证据表按顺序连续编号（证据1、证据2……）',
      en: 'The evidence table is numbered in order, without gaps (证据1, 证据2 …)',
    },
    basis: {
      kind: 'house',
      zh: '证据按顺序连续编号（办案文书惯例）；决定书载明的证据与事实对应见《中华人民共和国行政处罚法》第五十九条第一款第二项',
      en: 'evidence numbered in order, without gaps (house style); the evidence a decision states matches its facts: Administrative Penalty Law, Art. 59 para 1(ii)',
    },
    docs: 'docs/rules/evidence/numbering.md',
    fixable: true,
  },
  messages: {
    gap: {
      zh: '证据编号不连续：证据表中为{ids}，缺少{missing}。请按顺序重新编号（快速修复会同时更新正文中的引用）。',
      en: 'The evidence numbers skip {missing}: the table has {ids}. Renumber them in order (the quick fix updates the citations too).',
    },
    order: {
      zh: '证据编号不按顺序：证据表中为{ids}。请按表中顺序重新编号（快速修复会同时更新正文中的引用）。',
      en: 'The evidence is not numbered in order: the table has {ids}. Renumber it in the order of the table (the quick fix updates the citations too).',
    },
    renumber: {
      zh: '按顺序重新编号证据（证据1至证据{count}），并更新所有引用',
      en: 'Renumber the evidence in order (证据1 to 证据{count}) and update every citation',
    },
  },
  check(ctx) {
    const rows = ctx.model.evidence?.rows ?? [];
    const numbers = rows.map((r) => Number(ID.exec(r.id)?.[1]));
    // Rows without a 证据N id, or one id twice, are other rules' findings: renumbering could not
    // tell which row a citation means.
    if (!rows.length || numbers.some((n) => !Number.isInteger(n)) || new Set(numbers).size !== numbers.length)
      return;
    const first = numbers.findIndex((n, i) => n !== i + 1);
    if (first < 0) return;
    const ascending = numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
    const missing = [...Array(Math.max(...numbers)).keys()]
      .map((i) => i + 1)
      .filter((n) => !numbers.includes(n));
    // Every place an id is written (citations, the 编号 cells, mentions in other rows) gets the
    // number of its row's place in the table.
    const renumbered = new Map(rows.map((r, i) => [r.id, `证据${i + 1}`]));
    const edits = evidenceOccurrences(ctx.model)
      .filter((o) => renumbered.has(o.id) && renumbered.get(o.id) !== o.id)
      .map((o) => replace(o.span, renumbered.get(o.id)!));
    const row = rows[first]!;
    ctx.report({
      messageId: ascending ? 'gap' : 'order',
      data: {
        ids: rows.map((r) => r.id).join('、'),
        missing: missing.map((n) => `证据${n}`).join('、'),
      },
      span: row.cells.编号?.span ?? row.span,
      fixes: [{ messageId: 'renumber', data: { count: rows.length }, edits }],
    });
  },
});
