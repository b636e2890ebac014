import rule from '../../../server/src/rules/structure/id-checksum';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FM_CODE = '统一社会信用代码: 91320582MA27RT5K3T';
const BODY_CODE = '统一社会信用代码：91320582MA27RT5K3T';
// A fictional person: 320582 (张家港市), born 1990-03-07, sequence 123; the check digit is 2.
const ID_OK = '320582199003071232';
const ID_BAD = '320582199003071233';
const asPerson = (id: string) => edit(FM_CODE, `身份证号: "${id}"`, edit(BODY_CODE, `身份证号：${id}`));

ruleTester(rule, {
  valid: [
    { name: 'the clean base (its code is correct)', code: BASE },
    {
      name: 'the template’s blank （18位代码） (structure/placeholder reports it)',
      code: edit(
        FM_CODE,
        '统一社会信用代码: （18位代码）',
        edit(BODY_CODE, '统一社会信用代码：（18位代码）'),
      ),
    },
    { name: 'a correct 身份证号 in the front matter and the body', code: asPerson(ID_OK) },
    { name: 'a correct 身份证号 with lower-case x', code: asPerson('11010519491231002x') },
    { name: 'an unquoted correct 身份证号', code: edit(FM_CODE, `身份证号: ${ID_OK}`) },
    {
      name: 'an 18-digit report number without a birth date is not a code',
      code: edit('证据1 | 现场检查笔录', '证据1 | 现场检查笔录（编号202503100000000001）'),
    },
    {
      name: 'a 15-digit old ID number has no check digit',
      code: edit(BODY_CODE, '身份证号：320582900307123'),
    },
    // Identifiers as published copies mask them (test/corpus/real/).
    { name: 'a masked 身份证号 (532225XXXXXXXXXXX6)', code: asPerson('532225XXXXXXXXXXX6') },
    { name: 'a masked 身份证号 (152801********0938)', code: asPerson('152801********0938') },
    { name: 'a masked 身份证号 (43012119691209XXXX)', code: asPerson('43012119691209XXXX') },
    {
      name: 'a masked code (91430281691828xxxx)',
      code: edit(
        FM_CODE,
        '统一社会信用代码: 91430281691828xxxx',
        edit(BODY_CODE, '统一社会信用代码：91430281691828xxxx'),
      ),
    },
    {
      name: 'a masked code of 13 characters (91431****2400)',
      code: edit(FM_CODE, '统一社会信用代码: 91431****2400'),
    },
    {
      name: 'a masked code (91430681XXXXXXXXXX)',
      code: edit(
        FM_CODE,
        '统一社会信用代码: 91430681XXXXXXXXXX',
        edit(BODY_CODE, '统一社会信用代码：91430681XXXXXXXXXX'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a single X is a character of the code, not a mask: its check is still verified',
      code: edit(FM_CODE, '统一社会信用代码: ⟦91320582MA27RT5K3X⟧'),
      messageId: 'uscc',
    },
    {
      name: 'a front-matter code of the wrong length',
      code: edit(FM_CODE, '统一社会信用代码: ⟦91320582MA27RT5K3⟧'),
      messageId: 'length',
      messageIncludes: '17',
    },
    {
      name: 'an unquoted 18-digit 身份证号 is read as written, not as a rounded YAML number',
      code: edit(FM_CODE, `身份证号: ⟦${ID_BAD}⟧`),
      messageId: 'idCard',
      messageIncludes: ID_BAD,
    },
    {
      name: 'a 身份证号 with a wrong check digit, in the front matter and the body',
      code: edit(FM_CODE, `身份证号: "⟦${ID_BAD}⟧"`, edit(BODY_CODE, `身份证号：⟦${ID_BAD}⟧`)),
      messageId: 'idCard',
      messageIncludes: '「2」',
    },
    {
      name: 'a 统一社会信用代码 with a wrong check character in the front matter',
      code: edit(FM_CODE, '统一社会信用代码: ⟦91320582MA27RT5K3A⟧'),
      messageId: 'uscc',
      messageIncludes: '「T」',
    },
    {
      name: 'a wrong code in the body only',
      code: edit(BODY_CODE, '统一社会信用代码：⟦91320582MA27RT5K4T⟧'),
      messageId: 'uscc',
    },
    {
      name: 'a code with a letter the standard does not use',
      code: edit(BODY_CODE, '统一社会信用代码：⟦91320582MA27RT5KIT⟧'),
      messageId: 'badUsccChars',
    },
    {
      name: 'an ID number with an impossible birth date',
      code: edit(BODY_CODE, '身份证号：⟦320582199002301238⟧'),
      messageId: 'badIdCard',
    },
    {
      name: 'an unlabelled ID number in a fact paragraph',
      messageId: 'idCard',
      code: edit(
        '当事人法定代表人周明远在接受询问时承认',
        `当事人法定代表人周明远（身份证件号码见卷内，另有员工证件⟦${ID_BAD}⟧）在接受询问时承认`,
      ),
    },
    {
      name: 'a wrong code in the evidence table',
      messageId: 'uscc',
      code: edit('| 证据4 | 营业执照复印件 |', '| 证据4 | 营业执照复印件（⟦91320582MA27RT5K3A⟧） |'),
    },
  ],
});
