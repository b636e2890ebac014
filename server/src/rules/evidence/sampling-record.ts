import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import {
  isSampledReport,
  isSamplingRecord,
  missingSamplingStatements,
  referencedIds,
} from '../../core/evidence';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/sampling-record',
    severity: 'error',
    description: {
      zh: '采样检测报告须附采样记录，采样记录须载明采样点和采样方法',
      en: 'A sampled test report comes with its sampling record, which states the sampling point and method',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十条、第四十六条第二款',
      en: 'Administrative Penalty Law, Art. 40; Art. 46 para 2',
      // Art. 46 para 2 is new in 2021; before it the facts must still be established (2017 Art. 30) on evidence collected (Art. 36).
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十条、第三十六条',
        en: 'Administrative Penalty Law (2017 text), Arts. 30 and 36',
      },
    },
    docs: 'docs/rules/evidence/sampling-record.md',
  },
  messages: {
    noRecord: {
      zh: '「{id}」（{name}）是采样检测报告，但证据表中没有采样记录。采样不合规会使报告失去证明力，请列出采样记录，并在来源中注明“依据证据N采样”。',
      en: '"{id}" ({name}) is a test report on a sample, but the table has no sampling record. An unproven sampling voids the report: list the sampling record and write “依据证据N采样” in its source.',
    },
    notRecord: {
      zh: '「{id}」称依据「{ref}」采样，但「{ref}」不是采样记录。请核对编号。',
      en: '"{id}" says it rests on the sampling of "{ref}", which is not a sampling record. Check the id.',
    },
    statements: {
      zh: '采样记录「{id}」的证明事项没有写明{missing}。请写明采样点和采样方法（如“采样点为废水总排口，采样方法为瞬时采样”）。',
      en: 'The sampling record "{id}" does not state its {missing}. State the sampling point and method (e.g. “采样点为废水总排口，采样方法为瞬时采样”).',
    },
  },
  check(ctx) {
    const rows = ctx.model.evidence?.rows ?? [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const records = rows.filter(isSamplingRecord);
    for (const row of rows) {
      if (isSamplingRecord(row)) {
        const missing = missingSamplingStatements(row);
        if (missing.length) {
          ctx.report({
            messageId: 'statements',
            data: { id: row.id, missing: { list: missing, join: 'and' } },
            span: row.cells.证明事项?.span ?? row.span,
          });
        }
        continue;
      }
      if (!isSampledReport(row)) continue;
      const refs = referencedIds(row).filter((id) => id !== row.id && byId.has(id));
      const name = row.cells.名称?.text ?? '';
      const wrong = refs.find((id) => !isSamplingRecord(byId.get(id)!));
      if (wrong)
        ctx.report({
          messageId: 'notRecord',
          data: { id: row.id, ref: wrong },
          span: row.cells.来源?.span ?? row.span,
        });
      else if (records.length === 0)
        ctx.report({
          messageId: 'noRecord',
          data: { id: row.id, name },
          span: row.cells.名称?.span ?? row.span,
        });
    }
  },
});
