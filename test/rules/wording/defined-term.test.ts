import rule from '../../../server/src/rules/wording/defined-term';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

// The base with a party named so that 恒澄公司 is its natural short name.
const FULL = '张家港市恒澄精细化工有限公司';
const HC = BASE.split('张家港市锦帆精密机械有限公司').join(FULL);
const P1 = '经查，当事人主要从事';
const P3 = '当事人法定代表人周明远在接受询问时承认';
const DEF = `${FULL}（以下简称恒澄公司）`;
// A later use of the short name.
const USE = (t: string) => edit('当事人在法定期限内未提出', '恒澄公司在法定期限内未提出', t);

ruleTester(rule, {
  valid: [
    { name: 'the clean base defines nothing', code: BASE },
    {
      name: '（以下简称恒澄公司） defined, then used',
      code: edit(P3, '恒澄公司法定代表人周明远在接受询问时承认', edit(P1, `经查，${DEF}主要从事`, HC)),
    },
    {
      name: 'defined in the party block, then used',
      code: edit(
        P3,
        '恒澄公司法定代表人周明远在接受询问时承认',
        edit(`当事人：${FULL}`, `当事人：${DEF}`, HC),
      ),
    },
    {
      name: 'a law’s short name in book-title marks',
      code: edit(
        '依据《中华人民共和国安全生产法》第九十七条',
        '依据《安全生产法》第九十七条',
        edit(
          '违反了《中华人民共和国安全生产法》',
          '违反了《中华人民共和国安全生产法》（以下简称《安全生产法》）',
        ),
      ),
    },
    {
      name: '（以下简称当事人） after the party line’s label',
      code: edit(`当事人：${FULL}`, `当事人：${FULL}（以下简称当事人）`, HC),
    },
    {
      name: 'the full name inside a document’s title is the title’s (a real decision’s 《……的复函》)',
      code: edit(
        P3,
        `恒澄公司法定代表人周明远在接受询问时承认，《关于${FULL}办理环境影响评价的复函》已收到，`,
        edit(P1, `经查，${DEF}主要从事`, HC),
      ),
    },
  ],
  invalid: [
    {
      name: '恒澄公司 used before it is defined: the fix defines it at the full name’s first appearance',
      code: edit(P3, `${DEF}法定代表人周明远在接受询问时承认`, edit(P1, '经查，⟦恒澄公司⟧主要从事', HC)),
      messageId: 'beforeDefinition',
      // The definition moves to the party line; where it stood, the short name is used.
      output: edit(
        P3,
        '恒澄公司法定代表人周明远在接受询问时承认',
        edit(P1, '经查，恒澄公司主要从事', edit(`当事人：${FULL}`, `当事人：${DEF}`, HC)),
      ),
    },
    {
      name: 'defined twice',
      code: USE(
        edit(
          P3,
          `${FULL}⟦（以下简称恒澄公司）⟧法定代表人周明远在接受询问时承认`,
          edit(P1, `经查，${DEF}主要从事`, HC),
        ),
      ),
      messageId: 'definedTwice',
      // The second definition goes and its full name becomes the short name.
      output: USE(edit(P3, '恒澄公司法定代表人周明远在接受询问时承认', edit(P1, `经查，${DEF}主要从事`, HC))),
    },
    {
      name: 'a repeated definition that follows no full name is just deleted',
      code: USE(
        edit(
          P3,
          `该公司⟦（以下简称恒澄公司）⟧法定代表人周明远在接受询问时承认`,
          edit(P1, `经查，${DEF}主要从事`, HC),
        ),
      ),
      messageId: 'definedTwice',
      output: USE(edit(P3, '该公司法定代表人周明远在接受询问时承认', edit(P1, `经查，${DEF}主要从事`, HC))),
    },
    {
      name: 'defined but never used',
      code: edit(P1, `经查，${FULL}⟦（以下简称恒澄公司）⟧主要从事`, HC),
      messageId: 'unused',
      findings: [{ suggestions: [edit(P1, `经查，${FULL}主要从事`, HC)] }],
    },
    {
      name: 'the full name used again after the short name was defined',
      code: USE(edit(P3, `⟦${FULL}⟧法定代表人周明远在接受询问时承认`, edit(P1, `经查，${DEF}主要从事`, HC))),
      messageId: 'fullAfter',
      output: USE(edit(P3, '恒澄公司法定代表人周明远在接受询问时承认', edit(P1, `经查，${DEF}主要从事`, HC))),
    },
  ],
});
