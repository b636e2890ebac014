import assert from 'node:assert/strict';
import Ajv from 'ajv';
import data from '../../../data/clauses.json';
import schema from '../../../schemas/clauses.schema.json';
import { fillPlaceholders, templatePattern } from '../../../server/src/core/clauses';
import { LinearPattern } from '../../../server/src/core/linearPattern';
import rule from '../../../server/src/rules/wording/boilerplate';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const REMEDY =
  '当事人如不服本决定，可以自收到本决定书之日起六十日内向张家港市人民政府申请行政复议，也可以自收到本决定书之日起六个月内向张家港市人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外。';
const SURCHARGE =
  '逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。';
/** Longer than the forty characters a placeholder reads, so the organ cannot be filled in. */
const LONG_ORGAN = '张家港市人民政府或者苏州市生态环境局或者江苏省生态环境厅或者生态环境部其他有权机关';
const PAYMENT = '当事人应当自收到本决定书之日起十五日内，通过电子支付系统或者到指定银行缴纳罚款。';

describe('data/clauses.json', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(data), JSON.stringify(validate.errors));
  });
  it('a clause whose wording the law fixes quotes the law verbatim (Art. 72: 3 % a day, capped at the fine)', () => {
    for (const c of Object.values(data.clauses) as { text: string; lawText?: string; verbatim?: boolean }[]) {
      if (c.verbatim)
        for (const q of c.lawText!.split('｜')) assert.ok(c.text.includes(q), `${c.text} lacks ${q}`);
    }
    assert.ok(
      data.clauses.surcharge.text.includes(
        '每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额',
      ),
    );
  });
  it('a template without placeholders matches its own text only, as its anchored RE2 pattern would', () => {
    // Texts without a character RE2 reads as syntax, so that the pattern is the text itself.
    for (const t of [PAYMENT, SURCHARGE, '（一）按《规定》第3条：5元？']) {
      const re2 = LinearPattern.compile(`^${t}$`);
      for (const text of [t, `${t}\n`, `\n${t}`, t.slice(1), `${t}。`, t + t])
        assert.equal(templatePattern(t).test(text), re2.test(text), JSON.stringify([t, text]));
    }
  });
  it('placeholders match any organ name and are filled from the draft', () => {
    assert.ok(templatePattern(data.clauses.remedy.text).test(REMEDY));
    assert.equal(
      fillPlaceholders(data.clauses.remedy.text, REMEDY.replace('不停止执行', '停止执行')).text,
      REMEDY,
    );
  });
});

ruleTester(rule, {
  valid: [
    { name: 'the clean base keeps every standard clause', code: BASE },
    {
      name: 'another reconsideration organ and court fill the placeholders',
      code: edit(
        REMEDY,
        REMEDY.replace('张家港市人民政府', '苏州市人民政府').replace(
          '张家港市人民法院',
          '苏州市姑苏区人民法院',
        ),
      ),
    },
    {
      name: 'an agency template from casedraft.config.json',
      code: edit(PAYMENT, '当事人应当自收到本决定书之日起十五日内到指定的银行或者通过电子支付系统缴纳罚款。'),
      config: {
        templates: {
          payment: '当事人应当自收到本决定书之日起十五日内到指定的银行或者通过电子支付系统缴纳罚款。',
        },
      },
    },
    {
      name: 'a clause that is absent is another rule’s finding',
      code: edit(`${PAYMENT}${SURCHARGE}`, '当事人应当按期缴纳罚款。'),
    },
    {
      name: 'a notice has no standard clauses',
      code: edit(
        '文书: 行政处罚决定书',
        '文书: 行政处罚告知书',
        edit(REMEDY, REMEDY.replace('不停止执行', '停止执行')),
      ),
    },
  ],
  invalid: [
    {
      name: 'a remedy clause that differs from the template by one word',
      code: edit(REMEDY, `⟦${REMEDY.replace('申请行政复议，', '提起行政复议，')}⟧`),
      messageId: 'differs',
      messageIncludes: ['「提起」', '「申请」'],
      output: BASE,
    },
    {
      name: 'the surcharge clause with a changed rate',
      messageId: 'differs',
      code: edit(SURCHARGE, `⟦${SURCHARGE.replace('百分之三', '百分之五')}⟧`),
      output: BASE,
    },
    {
      name: 'the surcharge clause without its cap: the words left out are named',
      messageId: 'lacks',
      messageIncludes: '少了「，加处罚款的数额不得超出罚款的数额」',
      code: edit(SURCHARGE, `⟦${SURCHARGE.replace('，加处罚款的数额不得超出罚款的数额', '')}⟧`),
      output: BASE,
    },
    {
      // 2024-fh-017 (test/fixtures/shared/examples): 「本决定不停止执行。」 without Art. 73's proviso.
      name: 'the remedy clause without 「，法律另有规定的除外」',
      messageId: 'lacks',
      code: edit(REMEDY, `⟦${REMEDY.replace('，法律另有规定的除外', '')}⟧`),
      messageIncludes: '少了「，法律另有规定的除外」',
      output: BASE,
    },
    {
      name: 'words added to the clause are named',
      messageId: 'adds',
      code: edit(
        SURCHARGE,
        `⟦${SURCHARGE.replace('每日按罚款数额的百分之三加处罚款', '每日按罚款数额的百分之三依法加处罚款')}⟧`,
      ),
      messageIncludes: '多了「依法」',
      output: BASE,
    },
    {
      name: 'an agency’s own template is the measure',
      messageId: 'differs',
      code: edit(PAYMENT, `⟦${PAYMENT}⟧`),
      config: {
        templates: {
          payment: '当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。',
        },
      },
      messageIncludes: 'casedraft.config.json',
      output: edit(
        PAYMENT,
        '当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。',
      ),
    },
    {
      name: 'an organ name the template cannot read back: a suggestion keeps the placeholder, no fix',
      messageId: 'differs',
      code: edit(
        REMEDY,
        `⟦${REMEDY.replace('张家港市人民政府', LONG_ORGAN).replace('不停止执行', '停止执行')}⟧`,
      ),
      findings: [{ suggestions: [edit(REMEDY, REMEDY.replace('张家港市人民政府', '{复议机关}'))] }],
    },
  ],
});
