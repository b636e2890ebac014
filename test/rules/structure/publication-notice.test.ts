import rule from '../../../server/src/rules/structure/publication-notice';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setFact } from '../procedure/_drafts';

const MARKET = edit('机关: 张家港市应急管理局', '机关: 张家港市市场监督管理局');
const NOTICE =
  '依据《市场监督管理行政处罚信息公示规定》第二条、第八条的规定，本行政处罚信息将记录于国家企业信用信息公示系统，并向社会进行公示。';
const PAY_END = '加处罚款的数额不得超出罚款的数额。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base: an 应急管理 decision, no publication configured', code: BASE },
    {
      name: 'a market-regulation decision that tells the party',
      code: edit(PAY_END, `${PAY_END}\n\n${NOTICE}`, MARKET),
    },
    {
      name: 'a warning alone is not published (Art. 2 para 2)',
      code: edit('种类: [罚款]', '种类: [警告]', MARKET),
    },
    {
      name: 'the summary procedure is not published (Art. 2: 普通程序)',
      code: edit('程序: 普通', '程序: 简易', MARKET),
    },
    { name: 'no procedure given: the rule stays silent', code: edit('  程序: 普通\n', '', MARKET) },
    // Art. 48 is new in the 2021 text (in force 2021-07-15): a 2019 decision was not bound to it.
    {
      name: '2019: a market-regulation fine without the notice',
      code: setFact('决定', '2019-05-10', MARKET),
    },
  ],
  invalid: [
    {
      name: '2022: a market-regulation fine without the notice',
      code: setFact('决定', '2022-05-10', edit('## 履行方式和期限', '⟦## 履行方式和期限⟧', MARKET)),
      messageId: 'missing',
      messageIncludes: '依据：《中华人民共和国行政处罚法》第四十八条第一款',
      findings: [
        { suggestions: [setFact('决定', '2022-05-10', edit(PAY_END, `${PAY_END}\n\n${NOTICE}`, MARKET))] },
      ],
    },
    {
      name: 'a market-regulation fine without the notice',
      code: edit('## 履行方式和期限', '⟦## 履行方式和期限⟧', MARKET),
      messageId: 'missing',
      messageIncludes: '第八条',
      // The notice is offered at the end of 履行方式和期限, as the clean decision has it.
      findings: [{ suggestions: [edit(PAY_END, `${PAY_END}\n\n${NOTICE}`, MARKET)] }],
    },
    {
      name: 'an agency that configured the publication clause',
      messageId: 'missing',
      code: edit('## 履行方式和期限', '⟦## 履行方式和期限⟧'),
      config: { templates: { publication: '本决定将依法在本机关门户网站向社会公开。' } },
      messageIncludes: '门户网站',
      findings: [{ suggestions: [edit(PAY_END, `${PAY_END}\n\n本决定将依法在本机关门户网站向社会公开。`)] }],
    },
  ],
});
