import rule from '../../../server/src/rules/wording/unbalanced-marks';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const LAW = '违反了《中华人民共和国安全生产法》第二十八条第四款的规定';
const AMOUNT = '对当事人处以罚款人民币贰万元整（¥20,000.00）。';

// Every pair of the rule, both ways: an opener left open and a closer with no opener.
const PAIRS = ['（）', '《》', '“”', '〔〕', '【】', '〖〗'];
const EVERY_PAIR = PAIRS.flatMap(([open, close]) => [
  {
    name: `an unclosed ${open}`,
    code: edit('二十四学时', `二十四学时⟦${open}⟧`),
    messageId: 'unclosed',
    messageIncludes: `「${close}」`,
  },
  {
    name: `a ${close} with no ${open}`,
    code: edit('二十四学时', `二十四学时⟦${close}⟧`),
    messageId: 'unopened',
    messageIncludes: `「${open}」`,
  },
]);

// A real decision's copy cut short inside the quotation of an article (test/corpus/real/09).
const CUT =
  '依据《中华人民共和国环境影响评价法》第三十一条第一款“建设单位未依法报批建设项目环境影响报告书、报告表';
const excerpt = (last: string) =>
  `${PUBLISHED.slice(0, PUBLISHED.indexOf('## 二、行政处罚的依据、种类'))}## 二、行政处罚的依据、种类\n\n${last}\n`.replace(
    '导入自:',
    '节选: 是\n导入自:',
  );

ruleTester(rule, {
  valid: [
    {
      name: 'an excerpt cut inside a quotation: what it leaves open may close after the cut',
      code: excerpt(CUT),
    },
    { name: 'the clean base', code: BASE },
    { name: 'a closed trade-secret marker', code: edit('八学时', '〖商业秘密：八学时〗') },
    {
      name: 'nested pairs',
      code: edit(AMOUNT, '对当事人处以罚款人民币贰万元整（¥20,000.00，见《缴款通知》“第一联”）。'),
    },
    { name: 'marks inside inline code are not prose', code: edit(AMOUNT, `${AMOUNT}\`（\``) },
    { name: 'a suppression comment may hold anything', code: edit(AMOUNT, `${AMOUNT}<!-- note: 《 -->`) },
  ],
  invalid: [
    {
      name: 'an excerpt’s last paragraph still owes a closer it had to give before the cut',
      code: excerpt(`依据《中华人民共和国环境影响评价法》第三十一条⟦）⟧${CUT}`),
      messageId: 'unopened',
    },
    {
      name: 'the same quotation left open in a whole document',
      code: excerpt(`依据《中华人民共和国环境影响评价法》第三十一条第一款⟦“⟧建设单位未依法报批`).replace(
        '节选: 是\n',
        '',
      ),
      messageId: 'unclosed',
    },
    ...EVERY_PAIR,
    {
      name: 'an unclosed bracket in an evidence-table cell',
      messageId: 'unclosed',
      code: edit('安全生产教育和培训档案及签到表（复印件）', '安全生产教育和培训档案及签到表⟦（⟧复印件'),
    },
    {
      name: 'an unclosed book-title mark',
      code: edit(LAW, '违反了⟦《⟧中华人民共和国安全生产法第二十八条第四款的规定'),
      messageId: 'unclosed',
    },
    {
      name: 'a closing bracket without opener',
      code: edit(AMOUNT, '对当事人处以罚款人民币贰万元整¥20,000.00⟦）⟧。'),
      messageId: 'unopened',
    },
    {
      name: 'an unclosed quote',
      code: edit(AMOUNT, '对当事人处以⟦“⟧罚款人民币贰万元整（¥20,000.00）。'),
      messageId: 'unclosed',
    },
    {
      name: 'an unclosed 〔 in a number',
      messageId: 'unclosed',
      code: edit(
        '本机关于2025年3月11日立案调查。',
        '本机关于2025年3月11日立案调查（案号张应急立⟦〔⟧2025 8号）。',
      ),
    },
    {
      name: 'unclosed 【 inside a closed （',
      code: edit(AMOUNT, '对当事人处以罚款人民币贰万元整（⟦【⟧¥20,000.00）。'),
      messageId: 'unclosed',
    },
    {
      name: 'marks do not pair across paragraphs',
      findings: [{ messageId: 'unclosed' }, { messageId: 'unopened' }],
      code: edit(AMOUNT, '对当事人处以罚款人民币贰万元整⟦（⟧¥20,000.00\n\n⟦）⟧。'),
    },
  ],
});
