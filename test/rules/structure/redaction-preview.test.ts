import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rule from '../../../server/src/rules/structure/redaction-preview';
import { BASE, decidedOn, edit, ruleTester } from '../../helpers/ruleTester';

const PERSON = readFileSync(join(__dirname, '..', '..', 'fixtures', 'individual-decision.case.md'), 'utf8');
const ID = '320582199003071232';
const PHONE = '13912345678';
const HOME = '张家港市金港镇长江村三组18号';

ruleTester(rule, {
  valid: [
    { name: 'the clean company decision: nothing personal to mask', code: BASE },
    { name: 'a record is not published', code: edit('文书: 行政处罚决定书', '文书: 询问笔录', PERSON) },
  ],
  invalid: [
    {
      name: 'a decision against an individual: ID number, home address, phone (twice), each where it is',
      code: edit(
        `联系电话${PHONE}`,
        `联系电话⟦${PHONE}⟧`,
        edit(
          `身份证号：${ID}`,
          `身份证号：⟦${ID}⟧`,
          edit(
            `住址：${HOME}`,
            `住址：⟦${HOME}⟧`,
            edit(`联系电话：${PHONE}`, `联系电话：⟦${PHONE}⟧`, PERSON),
          ),
        ),
      ),
      messageId: 'masked',
      messageIncludes: '--public',
    },
    {
      // Publishing is done now: today's law, whatever the decision's date (basis.actNow).
      name: 'a decision of 2019 published today: the 2021 text’s Art. 48, as in force now',
      code: decidedOn('2019-04-15', edit('实际培训学时为八学时', '实际培训学时为⟦〖商业秘密：八学时〗⟧')),
      messageId: 'masked',
      messageIncludes: '依据：《中华人民共和国行政处罚法》第四十八条第一款（行政处罚决定依法公开）',
    },
    {
      name: 'a trade secret the officer marked in a company decision',
      messageId: 'masked',
      code: edit('实际培训学时为八学时', '实际培训学时为⟦〖商业秘密：八学时〗⟧'),
      messageIncludes: '（涉及商业秘密，已隐去）',
    },
  ],
});
