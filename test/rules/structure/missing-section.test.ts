import rule from '../../../server/src/rules/structure/missing-section';
import { findDocType } from '../../../server/src/core/doctypes';
import { sectionTemplate } from '../../../server/src/core/templates';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const DECISION = findDocType('行政处罚决定书')!;
/** What the fix inserts for `name`, before the text at `before`. */
const inserted = (text: string, name: string, before: string) =>
  edit(before, sectionTemplate(DECISION, name) + before, text.replace(/⟦|⟧/g, ''));

const REMEDY = BASE.slice(BASE.indexOf('## 救济途径'), BASE.indexOf('## 落款'));
const WITHOUT_REMEDY = edit(REMEDY, '');
/** The section as the template writes it, inserted by the fix before the next required section. */
const REMEDY_TEMPLATE = REMEDY.replace('张家港市人民政府', '（人民政府全称）').replace(
  '张家港市人民法院',
  '（人民法院全称）',
);
const TEMPLATE_NO_STATEMENT = PUBLISHED.replace(
  /<!-- casedraft-section: 陈述申辩与听证 -->[\s\S]*?(?=## 二、)/,
  '',
)
  .replace(/导入自: .*\n/, '')
  .replace('\n# 行政处罚决定书\n', '\n⟦# 行政处罚决定书⟧\n');
const EXCERPT_NO_EVIDENCE = PUBLISHED.slice(0, PUBLISHED.indexOf('## 三、'))
  .replace('导入自:', '节选: 是\n导入自:')
  .replace(/## 一、环境违法事实和证据/, '<!-- casedraft-section: 违法事实 -->')
  .replace(/以上事实，有《现场监察记录》[^。]*。/, '')
  .replace('\n# 行政处罚决定书\n', '\n⟦# 行政处罚决定书⟧\n');
const NO_EVIDENCE = PUBLISHED.replace(
  '## 一、环境违法事实和证据',
  '<!-- casedraft-section: 违法事实 -->',
).replace(/以上事实，有《现场监察记录》[^。]*。/, '');
const EVIDENCE_TEMPLATE =
  '## 证据\n\n| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项 |\n|---|---|---|---|---|---|---|\n| 证据1 | （证据名称） | 现场笔录 | （来源） | 2025-01-01 | （执法人员）、（执法人员） | （证明事项） |\n\n';
const STATEMENT_TEMPLATE =
  '## 陈述申辩与听证\n\n本机关于（日期）向当事人送达了《行政处罚告知书》，告知当事人拟作出行政处罚的内容及事实、理由、依据，以及当事人依法享有的陈述、申辩和要求听证的权利。当事人在法定期限内未提出陈述、申辩意见，也未要求听证。\n\n';

ruleTester(rule, {
  valid: [
    { name: 'all sections', code: BASE },
    {
      name: 'sections with Chinese ordinals',
      code: BASE.replace('## 当事人', '## 一、当事人').replace('## 违法事实', '## 二、违法事实'),
    },
    { name: 'an alias of a section name', code: edit('## 当事人\n', '## 当事人基本情况\n') },
    {
      name: 'a published decision: national-template headings and implied sections',
      code: PUBLISHED,
    },
    {
      name: 'evidence set out inside the facts (主要证据有：……) is the evidence part',
      code: PUBLISHED.replace('## 一、环境违法事实和证据', '<!-- casedraft-section: 违法事实 -->'),
    },
    {
      name: 'evidence under a label of its own (主要证据：1.……；2.……) is the evidence part',
      code: PUBLISHED.replace('## 一、环境违法事实和证据', '<!-- casedraft-section: 违法事实 -->').replace(
        '以上事实，有《现场监察记录》、《调查询问笔录》、《现场勘查笔录》、营业执照复印件、现场照片等证据为凭。',
        '主要证据：1.当事人身份证复印件；2.现场检查笔录、现场照片；3.询问调查笔录； 4.责令改正通知书5.检定证书（证书编号：2018227号）\n\n',
      ),
    },
    {
      name: 'evidence opened by 以上违法事实，主要证据如下： is the evidence part',
      code: PUBLISHED.replace('## 一、环境违法事实和证据', '<!-- casedraft-section: 违法事实 -->').replace(
        '以上事实，有《现场监察记录》、《调查询问笔录》、《现场勘查笔录》、营业执照复印件、现场照片等证据为凭。',
        '以上违法事实，主要证据如下：孙美禄、张贵棉、张世纯等患者出院病历资料、现场检查情况记录表、现场检查情况确认表、调查询问笔录等。',
      ),
    },
    {
      name: 'an unknown document type is another rule’s finding',
      code: edit('文书: 行政处罚决定书', '文书: 某某书'),
    },
    {
      name: 'the party named as the addressee opening the text is the party part (刘凤军：经现场检查发现……)',
      code: PUBLISHED.replace(
        /<!-- casedraft-section: 当事人 -->[\s\S]*?(?=<!-- casedraft-section: 案件来源与调查经过 -->)/,
        '',
      ).replace(
        '汨罗市恒锋新材料有限公司环境违法一案',
        '汨罗市恒锋新材料有限公司：汨罗市恒锋新材料有限公司环境违法一案',
      ),
    },
    {
      name: 'an excerpt: what would come after the cut is not missing',
      code: PUBLISHED.slice(0, PUBLISHED.indexOf('## 三、')).replace('导入自:', '节选: 是\n导入自:'),
    },
    {
      name: 'a document in its issuing body’s own form owes only what the law asks (no 陈述申辩 part)',
      code: PUBLISHED.replace(/<!-- casedraft-section: 陈述申辩与听证 -->[\s\S]*?(?=## 二、)/, ''),
    },
  ],
  invalid: [
    {
      name: 'a template draft without the 陈述申辩 part',
      code: TEMPLATE_NO_STATEMENT,
      messageId: 'missing',
      messageIncludes: '陈述申辩与听证',
      output: inserted(TEMPLATE_NO_STATEMENT, '陈述申辩与听证', '## 二、'),
    },
    {
      name: 'an excerpt still owes the parts before its cut',
      code: EXCERPT_NO_EVIDENCE,
      messageId: 'missing',
      messageIncludes: '证据',
      output: inserted(EXCERPT_NO_EVIDENCE, '证据', '<!-- casedraft-section: 陈述申辩与听证 -->'),
    },
    {
      name: 'a facts section with no evidence in it and no evidence section',
      messageId: 'missing',
      code: NO_EVIDENCE.replace('\n# 行政处罚决定书\n', '\n⟦# 行政处罚决定书⟧\n'),
      messageIncludes: '证据',
      // The template's evidence table goes in before the next section, an implied one here.
      output: NO_EVIDENCE.replace(
        '<!-- casedraft-section: 陈述申辩与听证 -->',
        `${EVIDENCE_TEMPLATE}<!-- casedraft-section: 陈述申辩与听证 -->`,
      ),
    },
    {
      name: 'the remedy section missing',
      code: WITHOUT_REMEDY.replace('# 行政处罚决定书\n', '⟦# 行政处罚决定书⟧\n'),
      messageId: 'missing',
      messageIncludes: '救济途径',
      output: edit(REMEDY, REMEDY_TEMPLATE),
    },
    {
      name: 'two sections missing: one diagnostic each',
      messageId: 'missing',
      code: edit('## 陈述申辩与听证', '## 陈述申辩与听证X', WITHOUT_REMEDY).replace(
        '# 行政处罚决定书\n',
        '⟦⟦# 行政处罚决定书⟧⟧\n',
      ),
      output: edit(
        '## 法律依据与处罚决定',
        `${STATEMENT_TEMPLATE}## 法律依据与处罚决定`,
        edit('## 陈述申辩与听证', '## 陈述申辩与听证X', edit(REMEDY, REMEDY_TEMPLATE)),
      ),
    },
  ],
});
