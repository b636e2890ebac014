import rule from '../../../server/src/rules/wording/unbalanced-marks';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

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

ruleTester(rule, {
  valid: [
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
