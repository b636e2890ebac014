import rule from '../../../server/src/rules/wording/law-usage';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const STATEMENT = '当事人在法定期限内未提出陈述、申辩意见，也未要求听证。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    { name: '做出显著成绩 is a commendation', code: edit(STATEMENT, `${STATEMENT}当事人曾做出显著成绩。`) },
    {
      name: '罚金 is a term of law (wording/nonstandard-term), not usage',
      code: edit('处以罚款人民币', '处以罚金人民币'),
    },
    {
      name: 'inside an insurer’s clauses (《……条款》) or a quotation',
      code: edit(
        STATEMENT,
        `${STATEMENT}《机动车综合商业保险示范条款（其它费用险）》、当事人所称“做出了整改”的说明。`,
      ),
    },
  ],
  invalid: [
    // Real published decisions (test/corpus/real/ 22, 14): a hint on them too, and no defect.
    {
      name: '其它 in the evidence list of a published decision (「其它证据」)',
      messageId: 'found',
      code: edit('营业执照复印件', '⟦其它⟧证据', PUBLISHED),
      output: edit('营业执照复印件', '其他证据', PUBLISHED),
    },
    {
      name: '做出 in a published decision (「依法做出如下处理」)',
      messageId: 'found',
      code: edit('责令你公司停止项目建设', '依法⟦做出⟧如下处理：责令你公司停止项目建设', PUBLISHED),
      output: edit('责令你公司停止项目建设', '依法作出如下处理：责令你公司停止项目建设', PUBLISHED),
    },
    {
      name: '做出 in a template draft',
      messageId: 'found',
      code: edit('本机关决定：', '本机关⟦做出⟧如下决定：'),
      output: edit('本机关决定：', '本机关作出如下决定：'),
      messageIncludes: ['《中华人民共和国行政处罚法》第五十九条', 'CaseDraft 写法约定'],
    },
    {
      name: '其它 (「其它证据」, as 22-environment-yichuan-ammonia writes it) in a template draft',
      messageId: 'found',
      code: edit(STATEMENT, `${STATEMENT}另有⟦其它⟧证据。`),
      output: edit(STATEMENT, `${STATEMENT}另有其他证据。`),
    },
    {
      name: 'a misspelling (申辨)',
      messageId: 'found',
      code: edit(STATEMENT, `${STATEMENT}当事人放弃⟦申辨⟧。`),
      output: edit(STATEMENT, `${STATEMENT}当事人放弃申辩。`),
    },
    {
      name: 'in English too',
      messageId: 'found',
      code: edit(STATEMENT, `${STATEMENT}另有⟦其它⟧证据。`),
      locale: 'en',
      messageIncludes: 'CaseDraft follows them',
      output: edit(STATEMENT, `${STATEMENT}另有其他证据。`),
    },
  ],
});
