import rule from '../../../server/src/rules/citation/short-name';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FIRST = '违反了《中华人民共和国安全生产法》第二十八条第四款';
const SECOND = '依据《中华人民共和国安全生产法》第九十七条第四项';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    { name: 'the short name after the full name', code: edit(SECOND, '依据《安全生产法》第九十七条第四项') },
    { name: 'an unknown law is for citation/unknown-law', code: edit(FIRST, '违反了《某某条例》第二条') },
  ],
  invalid: [
    {
      name: 'the first citation uses the short name',
      code: edit(FIRST, '违反了《⟦安全生产法⟧》第二十八条第四款'),
      messageId: 'short',
      output: BASE,
    },
    {
      name: 'each law once: 行政处罚法 first cited short',
      messageId: 'short',
      code: edit('依据《中华人民共和国行政处罚法》第七十二条', '依据《⟦行政处罚法⟧》第七十二条'),
      output: BASE,
    },
  ],
});
