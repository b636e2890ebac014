import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caseForm,
  formEditToText,
  formFields,
  knownParties,
  partyBlock,
  type FormEdit,
} from '../../server/src/core/case-form';
import { parseCase } from '../../server/src/core/parse';
import type { Edit } from '../../server/src/core/rule';
import { templateFor } from '../../server/src/core/templates';
import { InMemoryWorkspace } from '../../server/src/core/workspace';

const ROOT = join(__dirname, '..', '..');
const CLEAN = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
const TEMPLATE = templateFor('penalty-decision')!;

function apply(text: string, edits: Edit[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((t, e) => t.slice(0, e.span.start) + e.text + t.slice(e.span.end), text);
}

/** The draft after an edit in the form, re-read as the server would. */
function edited(text: string, ...edits: FormEdit[]): string {
  for (const e of edits) {
    const out = formEditToText(parseCase(text), e);
    assert.ok(out, `the form could not make ${JSON.stringify(e)}`);
    text = apply(text, out);
  }
  return text;
}

/** The lines of `b` that are not the line at the same place in `a` (texts of equal line count). */
const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  return b.split('\n').filter((l, i) => l !== x[i]);
};

describe('case form: fields from the front-matter schema', () => {
  it('a decision: the base fields, with what a decision requires marked, and the right kind of input each', () => {
    const f = formFields('penalty-decision');
    const by = (k: string) => f.find((x) => x.key === k)!;
    assert.equal(by('文号').required, true);
    assert.equal(by('领域').required, undefined);
    const party = by('当事人');
    assert.equal(party.kind, 'group');
    assert.deepEqual(party.fields!.find((x) => x.key === '类型')!.options, ['单位', '个人']);
    assert.equal(party.fields!.find((x) => x.key === '名称')!.onlyFor, '单位');
    assert.equal(party.fields!.find((x) => x.key === '身份证号')!.onlyFor, '个人');
    assert.equal(by('执法人员').kind, 'list');
    const steps = by('程序').fields!;
    assert.equal(steps.find((x) => x.key === '立案')!.kind, 'date');
    assert.equal(steps.find((x) => x.key === '决定')!.required, true, 'a decision needs its date');
    assert.deepEqual(steps.find((x) => x.key === '陈述申辩')!.options, ['未提出', '放弃', '未申请']);
    const penalty = by('处罚').fields!;
    assert.equal(penalty.find((x) => x.key === '罚款')!.kind, 'number');
    assert.equal(penalty.find((x) => x.key === '种类')!.kind, 'words');
  });

  it('a record asks for its officers but not for a 文号 or a penalty', () => {
    const f = formFields('inquiry-record');
    assert.equal(f.find((x) => x.key === '执法人员')!.required, true);
    assert.equal(f.find((x) => x.key === '文号')!.required, undefined);
    assert.equal(f.find((x) => x.key === '处罚')!.required, undefined);
  });

  it('reads the values of a draft; none for a draft without front matter or with broken YAML', () => {
    const form = caseForm(parseCase(CLEAN))!;
    assert.equal(form.doctype, 'penalty-decision');
    assert.equal((form.values.当事人 as Record<string, string>).名称, '张家港市锦帆精密机械有限公司');
    assert.equal((form.values.程序 as Record<string, string>).立案, '2025-03-11');
    assert.equal(caseForm(parseCase('# 行政处罚决定书\n')), undefined);
    assert.equal(caseForm(parseCase(CLEAN.replace('案由: ', '案由: [unclosed '))), undefined);
  });
});

describe('case form: edits of the YAML', () => {
  it('a value changes its own line and nothing else; comments, quotes and flow lists stay as written', () => {
    const text = CLEAN.replace('程序:\n', '# 日期以送达回证为准\n程序:\n');
    const out = edited(text, { op: 'set', path: ['程序', '立案'], value: '2025-03-12' });
    assert.deepEqual(changedLines(text, out), ['  立案: 2025-03-12']);
    assert.match(out, /# 日期以送达回证为准/);
    assert.match(out, /种类: \[罚款\]/);
    assert.match(out, /证号: "32058225011"/);
  });

  it('a number is written as a number, an emptied field is removed, a new key is added in its group', () => {
    let out = edited(TEMPLATE, { op: 'set', path: ['处罚', '罚款'], value: 20000 });
    assert.match(out, /^ {2}罚款: 20000$/m);
    out = edited(out, { op: 'set', path: ['领域'], value: '' });
    assert.doesNotMatch(out, /^领域:/m);
    out = edited(out, { op: 'set', path: ['程序', '听证'], value: '2025-02-01' });
    assert.equal(parseCase(out).facts.程序?.听证, '2025-02-01');
  });

  it('adds an officer and fills it in as a block mapping; removes one', () => {
    let out = edited(
      TEMPLATE,
      { op: 'add', path: ['执法人员'] },
      { op: 'set', path: ['执法人员', 2, '姓名'], value: '王五' },
    );
    assert.match(out, /^ {2}- 姓名: 王五$/m);
    assert.equal((parseCase(out).frontMatter.data!.执法人员 as unknown[]).length, 3);
    out = edited(out, { op: 'remove', path: ['执法人员', 0] });
    assert.equal((parseCase(out).frontMatter.data!.执法人员 as unknown[]).length, 2);
  });

  it('refuses what it cannot do: a broken front matter, a path through a value', () => {
    assert.equal(
      formEditToText(parseCase(CLEAN.replace('案由: ', '案由: [x ')), {
        op: 'set',
        path: ['机关'],
        value: 'x',
      }),
      undefined,
    );
    assert.equal(
      formEditToText(parseCase(CLEAN), { op: 'set', path: ['机关', '名称'], value: 'x' }),
      undefined,
    );
    assert.equal(formEditToText(parseCase(CLEAN), { op: 'remove', path: ['没有'] }), undefined);
  });
});

describe('case form: the body’s 当事人 block follows the party', () => {
  it('the template’s placeholder block is filled from the party as it is typed in the form', () => {
    const out = edited(
      TEMPLATE,
      { op: 'set', path: ['当事人', '名称'], value: '恒达建设有限公司' },
      { op: 'set', path: ['当事人', '住所'], value: '张家港市杨舍镇人民路1号' },
    );
    const section = out.slice(out.indexOf('## 当事人'), out.indexOf('## 违法事实'));
    assert.equal(
      section.trim(),
      '## 当事人\n\n当事人：恒达建设有限公司\n\n统一社会信用代码：（18位代码）\n\n住所：张家港市杨舍镇人民路1号\n\n法定代表人：（姓名）',
    );
    // Nothing typed twice: the checker reads the same name in both places.
    assert.equal(parseCase(out).facts.当事人?.名称, '恒达建设有限公司');
  });

  it('a block that says what the front matter said is rewritten; one the officer wrote otherwise is left alone', () => {
    const moved = edited(CLEAN, { op: 'set', path: ['当事人', '住所'], value: '张家港市新址路2号' });
    assert.match(moved, /^住所：张家港市新址路2号$/m);
    const own = CLEAN.replace('法定代表人：周明远', '法定代表人：周明远（总经理）');
    const kept = edited(own, { op: 'set', path: ['当事人', '住所'], value: '张家港市新址路2号' });
    assert.match(kept, /^住所：张家港市杨舍镇塘市工业园锦塘路9号$/m);
    assert.match(kept, /^ {2}住所: 张家港市新址路2号$/m);
  });

  it('a person’s block names 身份证号, 住址 and 联系电话', () => {
    assert.equal(
      partyBlock({
        类型: '个人',
        姓名: '沈一鸣',
        身份证号: '320582199003071232',
        住址: '长江村三组18号',
        电话: '13912345678',
      }),
      '当事人：沈一鸣\n\n身份证号：320582199003071232\n\n住址：长江村三组18号\n\n联系电话：13912345678',
    );
  });

  it('choosing a known party sets the whole party', () => {
    const party = { 类型: '个人', 姓名: '沈一鸣', 身份证号: '320582199003071232', 住址: '长江村三组18号' };
    const out = edited(TEMPLATE, { op: 'set', path: ['当事人'], value: party });
    assert.deepEqual(parseCase(out).frontMatter.data!.当事人, party);
    assert.match(out, /^当事人：沈一鸣$/m);
  });
});

describe('case form: parties known in the workspace', () => {
  it('one per name, the fullest record, without template placeholders, in name order', () => {
    const person = readFileSync(join(ROOT, 'test/fixtures/individual-decision.case.md'), 'utf8');
    const ws = new InMemoryWorkspace([
      parseCase(CLEAN, 'file:///a.case.md'),
      parseCase(CLEAN.replace(/^ {2}住所: .*\n/m, ''), 'file:///b.case.md'),
      parseCase(person, 'file:///c.case.md'),
      parseCase(TEMPLATE, 'file:///t.case.md'),
    ]);
    const parties = knownParties(ws);
    assert.deepEqual(
      parties.map((p) => p.名称 ?? p.姓名),
      ['沈一鸣', '张家港市锦帆精密机械有限公司'].sort((a, b) => a.localeCompare(b, 'zh')),
    );
    assert.equal(parties.find((p) => p.名称)!.住所, '张家港市杨舍镇塘市工业园锦塘路9号');
  });
});
