import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import {
  caseDependency,
  caseOfModel,
  decisionsOf,
  documentLabel,
  noticesOf,
  recordCitations,
} from '../../core/case';
import { sectionByName } from '../../core/model';
import { factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'case/unused-record',
    severity: 'warning',
    description: {
      zh: '案卷中的笔录应被决定书（或告知书）的证据表列举',
      en: 'Every record of the case is cited by the decision’s (or notice’s) evidence table',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第二项、第四十七条',
      en: 'Administrative Penalty Law, Art. 59 para 1(ii), Art. 47',
      // Art. 47 (recording the whole procedure) is new in 2021; before it the decision still states its evidence (2017 Art. 39).
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十九条第一款第二项',
        en: 'Administrative Penalty Law (2017 text), Art. 39 para 1(ii)',
      },
    },
    docs: 'docs/rules/case/unused-record.md',
    crossDocument: caseDependency,
  },
  messages: {
    evidenceTable: { zh: '证据表', en: 'The evidence table' },
    unused: {
      zh: '本{kind}在案卷中，但{citing} {label} 的证据表没有列举它。若它是认定事实的证据，请在证据表中列入（名称、取得时间 {date}、收集人与本笔录一致）；若与本案无关，请将其移出本案卷文件夹。',
      en: 'This {kind} is in the case folder, but the evidence table of {citing} {label} does not list it. If it supports the findings, add a row for it (its name, date {date} and collectors as in the record); if it is not part of this case, move it out of the folder.',
    },
  },
  check(ctx) {
    const here = caseOfModel(ctx.workspace, ctx.model);
    if (!here || here.doc.kind !== 'record') return;
    // The table that should list the case's evidence: the decision's, or before one exists the notice's.
    const citing = decisionsOf(here.file).at(-1) ?? noticesOf(here.file).at(-1);
    if (!citing?.model.evidence) return;
    if (recordCitations(here.file, citing).some((c) => c.record === here.doc)) return;
    const kind = ctx.model.facts.文书 ?? '';
    ctx.report({
      messageId: 'unused',
      data: {
        kind,
        citing: citing.model.facts.文书 ?? '',
        label: documentLabel(citing.model),
        date: here.doc.date?.iso ?? '—',
      },
      span: ctx.model.title?.span ?? factSpan(ctx.model, ['文书']),
      related: [
        {
          uri: citing.uri,
          model: citing.model,
          span: sectionByName(citing.model, '证据')?.headingSpan ?? citing.model.evidence.span,
          messageId: 'evidenceTable',
        },
      ],
    });
  },
});
