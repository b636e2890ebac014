import rule from '../../../server/src/rules/citation/unknown-law';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FIRST = '违反了《中华人民共和国安全生产法》第二十八条第四款';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    { name: 'a bundled law by its short name', code: edit(FIRST, '违反了《安全生产法》第二十八条第四款') },
    {
      name: 'a bundled regulation',
      code: edit(FIRST, `${FIRST}和《中华人民共和国食品安全法实施条例》第二条`),
    },
    {
      name: 'a 《》 title that is not of a law’s form is no law (an insurer’s clauses)',
      code: edit(FIRST, `${FIRST}，并依《机动车综合商业保险示范条款》第十条`),
    },
    {
      name: 'a law whose older text was in force is known (行政处罚法 in 2019)',
      code: edit(
        '  决定: 2025-04-15',
        '  决定: 2019-04-15',
        edit(FIRST, `${FIRST}和《中华人民共和国行政处罚法》第三十一条`),
      ),
    },
  ],
  invalid: [
    {
      name: 'a law not bundled',
      code: edit(FIRST, '违反了《⟦江苏省安全生产条例⟧》第二十条'),
      messageId: 'unknown',
    },
    {
      name: 'reported once per name',
      messageId: 'unknown',
      code: edit(FIRST, '违反了《⟦江苏省安全生产条例⟧》第二十条和《江苏省安全生产条例》第二十一条'),
    },
  ],
});
