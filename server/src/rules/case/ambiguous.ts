import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import { caseDependency, ambiguousCaseNumbers, caseFiles, caseOfModel, documentLabel } from '../../core/case';
import { factSpan } from '../../core/procedure';
import { defineRule, insertAt } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'case/ambiguous',
    severity: 'warning',
    description: {
      zh: '未填写案件编号的文书与文件夹中的多个案件都相符，无法确定所属案件',
      en: 'A document without a case number matches several cases of its folder',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十七条',
      en: 'Administrative Penalty Law, Art. 47',
      // Art. 47 is new in 2021. Before it the notice still says which checks could not run: those
      // of the case's documents against each other, resting on the 2017 text's notice, evidence
      // and hearing provisions (case/procedure-dates, case/record-mismatch).
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十一条、第三十九条第一款第二项、第四十二条第一款（同一案件的文书一并检查所依据的条文）',
        en: 'Administrative Penalty Law (2017 text), Art. 31, Art. 39 para 1(ii), Art. 42 para 1 (what the checks of a case’s documents together rest on)',
      },
    },
    docs: 'docs/rules/case/ambiguous.md',
    hasSuggestions: true,
    crossDocument: caseDependency,
  },
  messages: {
    fileUnder: { zh: '归入案件 {no}', en: 'File it under case {no}' },
    caseDoc: { zh: '案件 {no}：{doc}', en: 'Case {no}: {doc}' },
    ambiguous: {
      zh: '本文书未填写案件编号，而其当事人和违法行为与本文件夹中案件编号为 {numbers} 的案件都相符，无法确定属于哪个案件，因此没有与任何案件的文书一并检查。请填写所属案件的 案件编号。',
      en: 'This document has no case number, and its party and violation match the cases numbered {numbers} in this folder, so it belongs to none of them for certain and was checked with neither. Add the case number it belongs to.',
    },
  },
  check(ctx) {
    const numbers = ambiguousCaseNumbers(ctx.workspace, ctx.model.uri);
    const here = caseOfModel(ctx.workspace, ctx.model);
    if (!numbers?.length || !here) return;
    const candidates = caseFiles(ctx.workspace).filter(
      (c) => c.folder === here.file.folder && c.caseNo && numbers.includes(c.caseNo),
    );
    const after = factSpan(ctx.model, ['文书']).end;
    ctx.report({
      messageId: 'ambiguous',
      data: { numbers: numbers.join('、') },
      span: factSpan(ctx.model, ['文书']),
      suggestions: numbers.map((no) => ({
        messageId: 'fileUnder',
        data: { no },
        edits: [insertAt(after, `\n案件编号: ${no}`)],
      })),
      related: candidates.map((c) => ({
        uri: c.documents[0]!.uri,
        model: c.documents[0]!.model,
        span: factSpan(c.documents[0]!.model, ['案件编号']),
        messageId: 'caseDoc',
        data: { no: c.caseNo!, doc: documentLabel(c.documents[0]!.model) },
      })),
    });
  },
});
