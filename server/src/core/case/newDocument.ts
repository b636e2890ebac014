/**
 * A new document of a case, pre-filled from the case's earlier documents so that nothing is typed
 * twice — as the seed's agency has its templates generate the case file: the template of the
 * document type (data/templates) with the case's number, authority, party, 案由, officers and
 * known 程序 dates in its front matter; for a notice or a decision, the facts and the evidence of
 * the latest notice or decision (or, before one exists, an evidence row per record of the case);
 * for a decision, the notice's proposed penalty and legal basis, worded as decided.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { DOCTYPES, type DocType } from '../doctypes';
import { sectionByName, type CaseModel } from '../model';
import { parseCase } from '../parse';
import { templateFor } from '../templates';
import { decisionsOf, noticesOf, recordsOf, type CaseDocument, type CaseFile } from './caseFile';
import { officersOf, recordPerson } from './records';

export interface NewDocument {
  doctype: DocType;
  text: string;
  /** A file name for it in the case folder that no document of the case has. */
  fileName: string;
}

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** In place of a date the case does not know yet: structure/front-matter points the officer at it. */
const DATE_TO_FILL = '（YYYY-MM-DD）';
/** The 程序 steps a notice states too; a decision takes them from its notice. */
const NOTICE_STEPS = ['违法行为发生', '违法行为终了', '发现', '立案', '告知', '告知送达', '听证告知'];

const printedDate = (iso: string) => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');

/** The latest document of the case that gives a fact, preferring decisions, then notices, then records. */
function latestWith(file: CaseFile, has: (m: CaseModel) => unknown): CaseDocument | undefined {
  const ranked = [...decisionsOf(file), ...noticesOf(file), ...recordsOf(file)];
  return [...ranked]
    .reverse()
    .sort((a, b) => rank(b) - rank(a))
    .find((d) => has(d.model));
}
const rank = (d: CaseDocument) => ({ decision: 2, notice: 1, record: 0 })[d.kind];

function setIn(doc: Document, path: string[], value: unknown): void {
  if (value === undefined) return;
  doc.setIn(path, doc.createNode(value));
}

function frontMatter(file: CaseFile, target: DocType, template: string): string {
  const doc = parseDocument(FRONT.exec(template)?.[1] ?? '');
  const raw = (d: CaseDocument | undefined, key: string) =>
    (d?.model.frontMatter.data as Record<string, unknown> | undefined)?.[key];
  if (file.caseNo) {
    // After 文号 (or 文书), where an officer looks for the numbers.
    const map = doc.contents;
    if (isMap(map)) {
      const at = map.items.findIndex(
        (p) => isScalar(p.key) && p.key.value === (doc.has('文号') ? '文号' : '文书'),
      );
      map.items.splice(at + 1, 0, doc.createPair('案件编号', file.caseNo) as (typeof map.items)[number]);
    }
  }
  for (const key of ['机关', '领域', '违法行为', '案由', '当事人', '执法人员'] as const) {
    const source = latestWith(file, (m) => m.facts[key]);
    setIn(doc, [key], raw(source, key));
  }
  const notice = noticesOf(file).at(-1);
  if (target.kind !== 'record' && doc.has('程序')) {
    const proc = doc.get('程序');
    const known = (notice?.model.facts.程序 ?? {}) as Record<string, string | undefined>;
    if (isMap(proc))
      for (const item of [...proc.items]) {
        const key = isScalar(item.key) ? String(item.key.value) : '';
        if (NOTICE_STEPS.includes(key) && known[key] !== undefined) doc.setIn(['程序', key], known[key]);
        // A template's example date for a step the case has not reached would read as a fact.
        else if (isScalar(item.value) && ISO.test(String(item.value.value))) item.value.value = DATE_TO_FILL;
      }
  }
  // The review chain's example dates too: the steps are yet to be taken.
  const review = doc.get('审核');
  if (isSeq(review))
    for (const step of review.items) if (isMap(step) && step.has('日期')) step.set('日期', DATE_TO_FILL);
  if (target.kind === 'decision' && notice?.model.facts.处罚) {
    const proposed = raw(notice, '处罚') as Record<string, unknown>;
    for (const key of ['种类', '罚款', '没收违法所得', '裁量']) setIn(doc, ['处罚', key], proposed[key]);
  }
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n`;
}

/** The text of a section of a document, without its heading. */
function sectionBody(model: CaseModel, name: string): string | undefined {
  const s = sectionByName(model, name);
  if (!s) return undefined;
  return model.text.slice(s.headingSpan.end, s.span.end).trim();
}

function partyLines(model: CaseModel): string {
  const p = model.facts.当事人 ?? {};
  return [
    p.名称 ? `当事人：${p.名称}` : p.姓名 ? `当事人：${p.姓名}` : undefined,
    p.统一社会信用代码 ? `统一社会信用代码：${p.统一社会信用代码}` : undefined,
    p.身份证号 ? `身份证号：${p.身份证号}` : undefined,
    p.住所 ? `住所：${p.住所}` : p.住址 ? `住址：${p.住址}` : undefined,
    p.法定代表人 ? `法定代表人：${p.法定代表人}` : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** An evidence table with a row for each record of the case, as case/record-mismatch reads it. */
function recordRows(file: CaseFile, templateBody: string): string | undefined {
  const records = recordsOf(file);
  if (!records.length) return undefined;
  const head = templateBody.split('\n').slice(0, 2).join('\n');
  const rows = records.map((r, i) => {
    const kind = r.model.doctype!.id === 'inquiry-record' ? '当事人的陈述' : '现场笔录';
    const person = recordPerson(r.model);
    const source =
      r.model.doctype!.id === 'inquiry-record'
        ? `执法人员询问${person ?? '（被询问人）'}制作`
        : '执法人员现场制作';
    return `| 证据${i + 1} | ${r.model.doctype!.name} | ${kind} | ${source} | ${r.date?.iso ?? ''} | ${officersOf(r.model).names.join('、')} | （证明事项） |`;
  });
  return [head, ...rows].join('\n');
}

function body(file: CaseFile, template: CaseModel): string {
  const facts = latestWith(file, (m) => m.doctype?.kind !== 'record' && sectionByName(m, '违法事实'));
  const notice = noticesOf(file).at(-1);
  const party = latestWith(file, (m) => m.facts.当事人);
  const authority = latestWith(file, (m) => m.facts.机关)?.model.facts.机关;
  const officers = latestWith(file, (m) => m.facts.执法人员?.length)?.model.facts.执法人员 ?? [];
  const replacement = (name: string): string | undefined => {
    switch (name) {
      case '当事人':
        return (facts && sectionBody(facts.model, '当事人')) ?? (party ? partyLines(party.model) : undefined);
      case '违法事实': {
        if (facts) return sectionBody(facts.model, '违法事实');
        // Before a notice, the facts are the officer's to write; the records' rows are cited
        // where they will be, so evidence/unused has nothing to say about the rows made below.
        const rows = recordsOf(file).map((_, i) => `[证据${i + 1}]`);
        return rows.length > 1 ? sectionBody(template, name)?.replace('[证据1]', rows.join('')) : undefined;
      }
      case '证据':
        return (
          (facts && sectionBody(facts.model, '证据')) ?? recordRows(file, sectionBody(template, '证据') ?? '')
        );
      case '法律依据与处罚决定':
        return (
          notice &&
          sectionBody(notice.model, '拟作出的处罚及依据')?.replace(
            /本机关拟对当事人作出如下行政处罚[：:]/g,
            '本机关决定：',
          )
        );
      case '拟作出的处罚及依据':
        return notice && sectionBody(notice.model, '拟作出的处罚及依据');
      case '陈述申辩与听证': {
        const delivered = notice?.model.facts.程序?.告知送达 ?? notice?.model.facts.程序?.告知;
        const own = sectionBody(template, name);
        if (!own || !notice || !delivered) return undefined;
        return own
          .replace('（日期）', printedDate(delivered))
          .replace(
            '《行政处罚告知书》',
            `《行政处罚告知书》${notice.model.facts.文号 ? `（${notice.model.facts.文号}）` : ''}`,
          );
      }
      case '落款': {
        const own = sectionBody(template, name);
        if (!own) return undefined;
        // The date is the document's own, yet to be set: the template's example date would pass for it.
        const dated = own.replace(/^\d{4}年\d{1,2}月\d{1,2}日$/m, '（日期）');
        return authority ? dated.replace(/^（[^）\n]*机关[^）\n]*）$/m, authority) : dated;
      }
      case '基本情况': {
        const own = sectionBody(template, name);
        return own?.replace(/(时间[：:])\d{4}年\d{1,2}月\d{1,2}日/g, '$1（日期）');
      }
      case '问答': {
        const own = sectionBody(template, name);
        if (!own) return undefined;
        return own
          .replace('（机关）', authority ?? '（机关）')
          .replace(
            '（姓名）',
            officers
              .map((o) => o.姓名)
              .filter(Boolean)
              .join('、') || '（姓名）',
          )
          .replace(
            '（证号）',
            officers
              .map((o) => o.证号)
              .filter(Boolean)
              .join('、') || '（证号）',
          );
      }
      default:
        return undefined;
    }
  };
  let text = template.text.replace(FRONT, '');
  const offset = template.text.length - text.length;
  for (const s of [...template.sections].reverse()) {
    const content = replacement(s.name);
    if (content === undefined) continue;
    const start = s.headingSpan.end - offset;
    const end = s.span.end - offset;
    text = `${text.slice(0, start)}\n\n${content}\n\n${text.slice(end).replace(/^\n+/, '')}`;
  }
  return text.replace(/\n{3,}/g, '\n\n');
}

/** The new document of a type for the case; undefined for a type that has no template. */
export function newCaseDocument(file: CaseFile, doctypeName: string): NewDocument | undefined {
  const doctype = DOCTYPES.find((d) => d.name === doctypeName || d.id === doctypeName);
  const template = doctype && templateFor(doctype.id);
  if (!doctype || !template) return undefined;
  const model = parseCase(template);
  const text = frontMatter(file, doctype, template) + body(file, model).replace(/^\n+/, '\n');
  const taken = new Set(
    file.documents.map((d) => decodeURIComponent(d.uri.slice(d.uri.lastIndexOf('/') + 1))),
  );
  let fileName = `${doctype.id}.case.md`;
  for (let n = 2; taken.has(fileName); n++) fileName = `${doctype.id}-${n}.case.md`;
  return { doctype, text, fileName };
}
