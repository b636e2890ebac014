import assert from 'node:assert/strict';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { caseFiles, newCaseDocument } from '../../server/src/core/case';
import { resolveConfig } from '../../server/src/core/config';
import { parseCase } from '../../server/src/core/parse';
import { blanksIn } from '../../server/src/core/placeholders';
import { buildCaseTimeline, renderTimelineSvg } from '../../server/src/core/timeline';
import { translator } from '../../server/src/core/translate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { allRules } from '../../server/src/rules';
import { editFile, lintFolder, SAMPLE, uriOf, without, type Folder } from '../helpers/caseTester';

const caseOf = (folder: Folder) =>
  caseFiles(new InMemoryWorkspace(Object.entries(folder).map(([f, t]) => parseCase(t, uriOf(f)))))[0]!;
const CASE_RULES = allRules.filter((r) => r.meta.id.startsWith('case/'));

/** Every case/* finding of the folder, as "file rule". */
function caseFindings(folder: Folder): string[] {
  return [...lintFolder(CASE_RULES, folder)].flatMap(([f, ds]) => ds.map((d) => `${f} ${d.rule}`));
}

/** What is still to fill in a new draft: a template's blank, or a date the case does not know yet. */
const isPlaceholder = (s: string) => s.includes('（YYYY-MM-DD）') || blanksIn(s).length > 0;

/**
 * The folder with the new document, linted by every rule with the built-in catalog, as
 * `casedraft lint` does: the findings that are not on a placeholder, as "file rule 「text」".
 */
function findingsBesidePlaceholders(folder: Folder, made: { fileName: string; text: string }): string[] {
  const all = { ...folder, [made.fileName]: made.text };
  return [...lintFolder(allRules, all, undefined, builtinCatalog())].flatMap(([f, ds]) =>
    ds
      .map((d) => [d, all[f]!.slice(d.span.start, d.span.end)] as const)
      // structure/placeholder reports exactly the blanks, the template's 罚款: 0 among them.
      .filter(
        ([d, text]) =>
          !isPlaceholder(text) && !(d.rule === 'structure/placeholder' && d.messageId === 'zero'),
      )
      .map(([d, text]) => `${f} ${d.rule} 「${text}」`),
  );
}

describe('core/case: a new document of a case, from its earlier documents', () => {
  it('a decision from the notice: party, 案由, officers, facts, evidence, basis and proposed penalty, nothing typed twice', () => {
    const before = without(SAMPLE, 'decision.case.md');
    const made = newCaseDocument(caseOf(before), '行政处罚决定书')!;
    assert.equal(made.fileName, 'penalty-decision.case.md');
    const decision = parseCase(made.text);
    const notice = parseCase(SAMPLE['notice.case.md']!);
    for (const key of ['案件编号', '机关', '领域', '违法行为', '案由', '当事人', '执法人员'] as const)
      assert.deepEqual(decision.facts[key], notice.facts[key], key);
    assert.deepEqual(decision.facts.处罚?.种类, notice.facts.处罚?.种类);
    assert.equal(decision.facts.处罚?.罚款, 20000);
    assert.equal(decision.facts.程序?.告知, '2025-06-17');
    assert.equal(decision.facts.程序?.决定, undefined, 'the decision date is the officer’s to set');
    assert.match(made.text, /决定: （YYYY-MM-DD）/);
    assert.deepEqual(
      decision.evidence?.rows.map((r) => r.id),
      ['证据1', '证据2', '证据3', '证据4'],
    );
    assert.match(made.text, /本机关决定：/);
    assert.doesNotMatch(made.text, /拟对当事人作出/);
    assert.match(
      made.text,
      /本机关于2025年6月17日向当事人送达了《行政处罚告知书》（张应急罚告字〔2025〕37号）/,
    );
    // In the folder, the new decision agrees with the notice and the records on every case rule,
    // and every rule finds nothing in the folder but what is still to fill in.
    assert.deepEqual(caseFindings({ ...before, [made.fileName]: made.text }), []);
    assert.deepEqual(findingsBesidePlaceholders(before, made), []);
    const decided = lintFolder(
      allRules,
      { ...before, [made.fileName]: made.text },
      undefined,
      builtinCatalog(),
    );
    // The 落款's date is still to fill: a blank, reported once, by structure/placeholder (issue 15).
    const signing = made.text.lastIndexOf('## 落款');
    const found = decided.get(made.fileName)!;
    assert.ok(
      found.some((d) => d.rule === 'structure/placeholder' && d.span.start > signing),
      'the 落款’s date is still to fill',
    );
    assert.ok(!found.some((d) => d.rule === 'procedure/seal'), 'and procedure/seal does not say it again');
  });

  it('a notice from the records alone: an evidence row for each record, as the records give them', () => {
    const records = without(SAMPLE, 'decision.case.md', 'notice.case.md');
    const made = newCaseDocument(caseOf(records), '行政处罚告知书')!;
    const notice = parseCase(made.text);
    assert.deepEqual(
      notice.evidence?.rows.map((r) => [r.cells.名称?.text, r.cells.取得时间?.text, r.collectors.join('、')]),
      [
        ['现场检查笔录', '2025-06-03', '顾文杰、沈佳怡'],
        ['询问笔录', '2025-06-05', '顾文杰、沈佳怡'],
      ],
    );
    assert.match(made.text, /执法人员询问刘建国制作/);
    assert.match(made.text, /经查，（时间、地点、违法行为的事实）。\[证据1\]\[证据2\]/, 'both rows cited');
    assert.deepEqual(caseFindings({ ...records, [made.fileName]: made.text }), []);
    assert.deepEqual(findingsBesidePlaceholders(records, made), []);
  });

  it('a record before the notice: nothing but its placeholders to fill', () => {
    const records = without(SAMPLE, 'decision.case.md', 'notice.case.md');
    for (const doctype of ['询问笔录', '现场检查笔录']) {
      const made = newCaseDocument(caseOf(records), doctype)!;
      assert.equal(parseCase(made.text).facts.案件编号, '张应急立字〔2025〕37号', doctype);
      assert.deepEqual(findingsBesidePlaceholders(records, made), [], doctype);
    }
  });

  it('a record: the party and officers, the officers named in the first question, no example date', () => {
    const made = newCaseDocument(caseOf(SAMPLE), '询问笔录')!;
    assert.equal(made.fileName, 'inquiry-record.case.md');
    const record = parseCase(made.text);
    assert.equal(record.facts.当事人?.名称, '张家港市恒润五金制品有限公司');
    assert.match(made.text, /执法人员顾文杰、沈佳怡，执法证号分别为32058225011、32058225012/);
    assert.match(made.text, /询问时间：（日期）/);
    // A second of a kind the case has gets a name of its own.
    assert.equal(
      newCaseDocument(caseOf({ ...SAMPLE, 'inquiry-record.case.md': made.text }), '询问笔录')!.fileName,
      'inquiry-record-2.case.md',
    );
  });

  it('no template, no document', () => {
    assert.equal(newCaseDocument(caseOf(SAMPLE), '听证通知书'), undefined);
  });
});

describe('core/timeline: one timeline per case', () => {
  /** The sample case decided on 2025-09-29: its delivery period runs over 中秋、国庆 2025. */
  const autumn = editFile(
    editFile(SAMPLE, 'decision.case.md', '  决定: 2025-06-27', '  决定: 2025-09-29'),
    'decision.case.md',
    '  送达: 2025-06-30',
    '  送达: 2025-10-09',
  );

  it('draws every document’s date, the decision’s periods and the holidays they skip', () => {
    const t = buildCaseTimeline(caseOf(autumn), resolveConfig());
    assert.deepEqual(
      t.documents?.map((d) => [d.label, d.docNumber, d.date]),
      [
        ['现场检查笔录', undefined, '2025-06-03'],
        ['询问笔录', undefined, '2025-06-05'],
        ['行政处罚告知书', '张应急罚告字〔2025〕37号', '2025-06-17'],
        ['行政处罚决定书', '张应急罚决字〔2025〕37号', '2025-09-29'],
      ],
    );
    assert.ok(
      t.deadlines.some((d) => d.to === '送达'),
      'the delivery period',
    );
    const names = t.holidays!.filter((h) => !h.working).map((h) => h.name);
    assert.ok(
      names.some((n) => /国庆/.test(n)),
      names.join(','),
    );
    assert.ok(
      t.holidays!.some((h) => h.working),
      '调休 working weekends',
    );
    const svg = renderTimelineSvg(t, { title: '张应急立字〔2025〕37号' });
    assert.match(svg, /class="holiday"/);
    assert.match(svg, /class="holiday workday"/);
    assert.equal(svg.match(/class="document /g)?.length, 4);
  });

  it('the findings of every document of the case are listed', () => {
    const folder = editFile(SAMPLE, 'notice.case.md', '  告知: 2025-06-17', '  告知: 2025-06-16');
    const file = caseOf(folder);
    const translate = translator(CASE_RULES);
    const findings = new Map(
      file.documents.map((d) => [
        d.uri,
        lintFolder(CASE_RULES, folder)
          .get(d.uri.replace('file:///ws/', ''))!
          .map((x) => translate(x, 'zh-cn')),
      ]),
    );
    const t = buildCaseTimeline(file, resolveConfig(), findings);
    const listed = [...t.steps.flatMap((st) => st.findings), ...t.otherFindings];
    assert.equal(
      listed.filter((f) => f.rule === 'case/procedure-dates').length,
      2,
      'the notice’s and the decision’s, once each',
    );
    assert.equal(
      t.steps.find((st) => st.key === '告知')!.findings[0]?.rule,
      'case/procedure-dates',
      'the decision’s on its step',
    );
  });
});
