import rule from '../../../server/src/rules/wording/punctuation';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base (¥20,000.00 keeps its comma)', code: BASE },
    { name: '¥150,000.00', code: edit('（¥20,000.00）', '（¥150,000.00）') },
    {
      name: 'a standards code with an em dash in half-width brackets',
      code: edit(FACT, `${FACT.slice(0, -1)}，执行《污水综合排放标准》(GB 8978—1996)。`),
    },
    { name: '(HJ 91.1—2019)', code: edit(FACT, `采样依照(HJ 91.1—2019)进行。${FACT}`) },
    { name: 'a URL', code: edit(FACT, `${FACT}公示网址：https://www.gsxt.gov.cn/index.html?a=1,b=2`) },
    { name: 'a time 10:30 and units', code: edit(FACT, `当日10:30检查，浓度180 mg/L。${FACT}`) },
    { name: 'the front matter is not text', code: edit('  裁量: 一般', '  裁量: 一般\n  # 说明,无') },
    { name: 'the evidence table pipes', code: BASE },
  ],
  invalid: [
    {
      name: 'a half-width comma',
      code: edit('经查，当事人', '经查⟦,⟧当事人'),
      messageId: 'mark',
      output: BASE,
    },
    {
      name: 'a colon and a semicolon',
      messageId: 'mark',
      code: edit('本机关决定：', '本机关决定⟦:⟧'),
      output: BASE,
    },
    {
      name: 'straight quotes around Chinese',
      messageId: 'pair',
      code: edit(FACT, `${FACT}当事人称⟦"已补训"⟧。`),
      output: edit(FACT, `${FACT}当事人称“已补训”。`),
    },
    {
      name: 'the brackets of ¥20,000.00 after the uppercase form, the number untouched',
      messageId: 'pair',
      code: edit('（¥20,000.00）', '⟦(¥20,000.00)⟧'),
      output: BASE,
    },
    {
      name: 'brackets in a paragraph',
      messageId: 'pair',
      code: edit(FACT, `当事人⟦(单位)⟧${FACT}`),
      output: edit(FACT, `当事人（单位）${FACT}`),
    },
  ],
});
