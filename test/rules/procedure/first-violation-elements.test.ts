import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rule from '../../../server/src/rules/procedure/first-violation-elements';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setFact } from './_drafts';

/** A no-penalty decision claiming 首违不罚 with evidence of each element (test/fixtures/prior-violation/later.case.md). */
const LATER = readFileSync(
  join(__dirname, '..', '..', 'fixtures', 'prior-violation', 'later.case.md'),
  'utf8',
);
const HEADER = '| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项 |';
/** Both elements evidence 3 proves are then missing: two diagnostics on the header. */
const marked = (text: string) => text.replace(HEADER, `⟦⟦${HEADER}⟧⟧`);

ruleTester(rule, {
  valid: [
    { name: 'every element proved, education recorded', code: LATER },
    { name: 'a penalty decision is not a first-violation claim', code: BASE },
    // 首违不罚 and the duty to educate (Art. 33 para 1 second sentence, para 3) are new in the 2021 text.
    {
      name: '2019: education not recorded, but the 2017 text had no such duty',
      code: setFact('决定', '2019-05-10', edit('本机关已于2025年3月12日对当事人进行了批评教育。', '', LATER)),
    },
  ],
  invalid: [
    {
      name: 'no evidence of a first violation',
      code: marked(
        edit(
          '| 证据3 | 违法记录查询结果 | 书证 | 本机关执法信息系统 | 2025-03-11 | 顾文杰、沈佳怡 | 当事人系初次违法，危害后果轻微 |\n',
          '',
          LATER,
        ),
      ),
      messageId: 'noEvidence',
    },
    {
      name: 'education not recorded (Art. 33 para 3)',
      code: edit('本机关已于2025年3月12日对当事人进行了批评教育。', '', LATER).replace(
        '## 不予处罚理由与依据',
        '⟦## 不予处罚理由与依据⟧',
      ),
      messageId: 'noEducation',
    },
    {
      name: '2022: education not recorded',
      code: setFact(
        '决定',
        '2022-05-10',
        edit('本机关已于2025年3月12日对当事人进行了批评教育。', '', LATER).replace(
          '## 不予处罚理由与依据',
          '⟦## 不予处罚理由与依据⟧',
        ),
      ),
      messageId: 'noEducation',
      messageIncludes: '依据：《中华人民共和国行政处罚法》第三十三条第一款、第三款',
    },
  ],
});
