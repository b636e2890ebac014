import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import { defineRule } from '../../core/rule';
import type { EvidenceColumn } from '../../core/model';

const REQUIRED: EvidenceColumn[] = ['编号', '名称', '种类', '来源', '取得时间', '证明事项'];

export default defineRule({
  meta: {
    id: 'evidence/missing-field',
    severity: 'error',
    description: {
      zh: '证据表的每一行须填写名称、种类、来源、取得时间和证明事项',
      en: 'Each evidence row gives its name, kind, source, date obtained and what it proves',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十六条',
      en: 'Administrative Penalty Law, Art. 46',
      // Art. 46 is new in 2021; before it the facts must still be established (2017 Art. 30) on evidence collected (Art. 36).
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十条、第三十六条',
        en: 'Administrative Penalty Law (2017 text), Arts. 30 and 36',
      },
    },
    docs: 'docs/rules/evidence/missing-field.md',
  },
  messages: {
    empty: {
      zh: '「{id}」的「{column}」为空。证据须经查证属实方可作为定案根据，请填写该项。',
      en: 'The "{column}" of "{id}" is empty. Evidence must be verified before it can support a finding; fill it in.',
    },
    column: {
      zh: '证据表缺少「{column}」列。证据表的列为：编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项。',
      en: 'The evidence table lacks the "{column}" column. Its columns are: 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项.',
    },
  },
  check(ctx) {
    const table = ctx.model.evidence;
    if (!table) return;
    for (const column of table.missingColumns)
      ctx.report({ messageId: 'column', data: { column }, span: table.headerSpan });
    table.rows.forEach((row, i) => {
      for (const column of REQUIRED) {
        if (table.missingColumns.includes(column)) continue;
        const cell = row.cells[column];
        if (cell && cell.text.trim() !== '') continue;
        ctx.report({
          messageId: 'empty',
          data: { id: row.id || `#${i + 1}`, column },
          span: cell?.span ?? row.span,
        });
      }
    });
  },
});
