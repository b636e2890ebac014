import rule from '../../../server/src/rules/wording/nonstandard-term';
import templates from '../../../data/generated/templates.json';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const FINE = '二、对当事人处以罚款人民币贰万元整（¥20,000.00）。';
const STATEMENT = '当事人在法定期限内未提出陈述、申辩意见，也未要求听证。';
const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    { name: '处罚金额 is not 罚金 (word boundaries)', code: edit(FINE, `${FINE}处罚金额已经集体讨论。`) },
    {
      name: '罚金 inside a quotation of 行政处罚法第三十五条',
      code: edit(
        STATEMENT,
        `${STATEMENT}《中华人民共和国行政处罚法》第三十五条第二款规定的“罚金”是人民法院判处的刑罚。`,
      ),
    },
    {
      name: '判处罚金 (criminal) is right',
      code: edit(STATEMENT, `${STATEMENT}当事人此前未被人民法院判处罚金。`),
    },
    { name: '以经营为目的 is not 以经', code: edit(FACT, `当事人以经营为目的组织培训。${FACT}`) },
    // The law texts' spelling is wording/law-usage's, not a term of law.
    { name: '做出 (usage, not a term)', code: edit('本机关决定：', '本机关做出如下决定：') },
    {
      name: 'a pre-2021 decision: 罚款收据 was the word then',
      code: edit(
        '决定: 2025-04-15',
        '决定: 2018-04-15',
        edit(STATEMENT, `${STATEMENT}执法人员出具罚款收据。`),
      ),
    },
    {
      name: 'the inquiry-record template: 执法证号 is not 执法证',
      code: (templates as Record<string, string>)['inquiry-record']!,
    },
    {
      name: 'a URL is left alone',
      code: edit(STATEMENT, `${STATEMENT}详见 https://example.gov.cn/zuochu/。`),
    },
    // Real published decisions (test/corpus/real/): a form's name is the issuer's.
    {
      name: 'a term inside the title of a form (《责令限期整改指令书》)',
      code: edit(
        '营业执照复印件',
        '执法文书（湘怀沅）应急责改〔2025〕执法二中队-4号《责令限期整改指令书》1份',
        PUBLISHED,
      ),
    },
    {
      name: 'the same form named without marks (2.责令限期整改指令书1份)',
      code: edit(
        '以上事实，有《现场监察记录》、《调查询问笔录》、《现场勘查笔录》、营业执照复印件、现场照片等证据为凭。',
        '以上事实证据有1.现场检查记录1份；2.责令限期整改指令书1份；3.调查询问笔录2份。',
        PUBLISHED,
      ),
    },
    {
      name: 'a term inside an insurer’s clauses (《……条款》) or a quotation',
      code: edit(
        '营业执照复印件',
        '《机动车综合商业保险示范条款（其它费用险）》、当事人所称“做出了整改”的说明',
        PUBLISHED,
      ),
    },
  ],
  invalid: [
    {
      name: '罚金 for an administrative fine',
      code: edit('处以罚款人民币', '处以⟦罚金⟧人民币'),
      messageId: 'found',
      output: BASE,
      messageIncludes: ['第九条', '（依据：上引法条'],
    },
    {
      name: '非法所得',
      messageId: 'found',
      code: edit(FINE, `${FINE}没收⟦非法所得⟧。`),
      output: edit(FINE, `${FINE}没收违法所得。`),
    },
    {
      name: '勒令',
      messageId: 'found',
      code: edit('一、责令当事人立即改正', '一、⟦勒令⟧当事人立即改正'),
      output: BASE,
    },
    {
      name: '嫌疑人 glued by ICU (嫌疑/人的)',
      messageId: 'found',
      code: edit(FACT, `⟦违法嫌疑人⟧的${FACT}`),
      output: edit(FACT, `当事人的${FACT}`),
    },
    {
      name: '滞纳金 is a suggestion, not a fix',
      messageId: 'found',
      code: edit('每日按罚款数额的百分之三加处罚款，', '每日按罚款数额的百分之三收取⟦滞纳金⟧，'),
      // The term is replaced; the verb around it (收取) is the officer's to reword.
      findings: [
        {
          suggestions: [edit('每日按罚款数额的百分之三加处罚款，', '每日按罚款数额的百分之三收取加处罚款，')],
        },
      ],
    },
    {
      name: '罚款收据 in a 2025 decision',
      messageId: 'found',
      code: edit(STATEMENT, `${STATEMENT}执法人员出具⟦罚款收据⟧。`),
      output: edit(STATEMENT, `${STATEMENT}执法人员出具专用票据。`),
    },
    {
      name: '纠正 in an Art. 33 context',
      messageId: 'found',
      code: edit(STATEMENT, `${STATEMENT}当事人的违法行为并非⟦轻微并及时纠正⟧。`),
      output: edit(STATEMENT, `${STATEMENT}当事人的违法行为并非轻微并及时改正。`),
    },
    {
      name: 'in an evidence-table cell',
      messageId: 'found',
      code: edit('| 当事人的主体资格 |', '| 当事人的主体资格及⟦非法所得⟧ |'),
      output: edit('| 当事人的主体资格 |', '| 当事人的主体资格及违法所得 |'),
    },
    {
      name: 'in English too',
      messageId: 'found',
      code: edit('处以罚款人民币', '处以⟦罚金⟧人民币'),
      locale: 'en',
      messageIncludes: 'criminal',
      output: BASE,
    },
  ],
});
