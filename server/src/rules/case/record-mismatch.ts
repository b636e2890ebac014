import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import {
  caseDependency,
  caseOfModel,
  documentLabel,
  normalizeName,
  officersOf,
  recordCitations,
} from '../../core/case';
import { isIsoDate } from '../../core/facts';
import { defineRule } from '../../core/rule';

const sameNames = (a: string[], b: string[]) => {
  const norm = (xs: string[]) => [...new Set(xs.map((x) => normalizeName(x)!))].sort().join('、');
  return norm(a) === norm(b);
};

export default defineRule({
  meta: {
    id: 'case/record-mismatch',
    severity: 'error',
    description: {
      zh: '证据表列举的笔录须与案卷中的笔录一致（取得时间、收集人）',
      en: 'An evidence row citing a record of the case agrees with that record (date, officers)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十六条第二款、第五十九条第一款第二项',
      en: 'Administrative Penalty Law, Art. 46 para 2, Art. 59 para 1(ii)',
      // Art. 46 para 2 (verified evidence) is new in 2021; before it the decision still states its evidence (2017 Art. 39).
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十九条第一款第二项',
        en: 'Administrative Penalty Law (2017 text), Art. 39 para 1(ii)',
      },
    },
    docs: 'docs/rules/case/record-mismatch.md',
    fixable: true,
    crossDocument: caseDependency,
  },
  messages: {
    useRecordDate: { zh: '改为笔录日期 {date}', en: 'Use the record’s date {date}' },
    recordDate: { zh: '笔录的制作日期', en: 'The record’s date' },
    useRecordOfficers: { zh: '改为「{officers}」', en: 'Use "{officers}"' },
    recordOfficers: { zh: '笔录的执法人员', en: 'The record’s officers' },
    date: {
      zh: '「{id}」{name}的取得时间为 {row}，而案卷中的{kind} {record} 制作于 {date}。证据表应如实记载证据，请改为 {date}，或核对笔录。',
      en: '"{id}" ({name}) gives {row}, but the {kind} {record} of the case is dated {date}. The evidence table must describe its evidence truly: change it to {date}, or check the record.',
    },
    collectors: {
      zh: '「{id}」{name}的收集人为「{row}」，而案卷中的{kind} {record} 由「{officers}」制作。请改为「{officers}」，或核对笔录。',
      en: '"{id}" ({name}) names "{row}" as collectors, but the {kind} {record} of the case was made by "{officers}". Change them to "{officers}", or check the record.',
    },
  },
  check(ctx) {
    const here = caseOfModel(ctx.workspace, ctx.model);
    if (!here) return;
    for (const { row, record } of recordCitations(here.file, here.doc)) {
      const label = documentLabel(record.model);
      const kind = record.model.facts.文书 ?? '';
      const name = row.cells.名称?.text.trim() ?? '';
      const dateCell = row.cells.取得时间;
      const rowDate = dateCell?.text.trim();
      if (dateCell && rowDate && isIsoDate(rowDate) && record.date && rowDate !== record.date.iso) {
        const date = record.date.iso;
        ctx.report({
          messageId: 'date',
          data: { id: row.id, name, row: rowDate, kind, record: label, date },
          span: dateCell.span,
          fixes: [
            {
              messageId: 'useRecordDate',
              data: { date },
              edits: [{ span: dateCell.span, text: date }],
            },
          ],
          related: [
            {
              uri: record.uri,
              model: record.model,
              span: record.date.span,
              messageId: 'recordDate',
            },
          ],
        });
      }
      const officers = officersOf(record.model);
      const cell = row.cells.收集人;
      if (
        cell &&
        row.collectors.length &&
        officers.names.length &&
        !sameNames(row.collectors, officers.names)
      ) {
        const text = officers.names.join('、');
        ctx.report({
          messageId: 'collectors',
          data: { id: row.id, name, row: row.collectors.join('、'), kind, record: label, officers: text },
          span: cell.span,
          fixes: [
            {
              messageId: 'useRecordOfficers',
              data: { officers: text },
              edits: [{ span: cell.span, text }],
            },
          ],
          related: [
            {
              uri: record.uri,
              model: record.model,
              span: officers.span,
              messageId: 'recordOfficers',
            },
          ],
        });
      }
    }
  },
});
