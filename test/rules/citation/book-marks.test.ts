import rule from '../../../server/src/rules/citation/book-marks';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const BASIS = '违反了《中华人民共和国安全生产法》第二十八条第四款的规定';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    { name: '本法 is not a name', code: edit('本机关决定：', '本机关决定（本法第九十七条）：') },
    { name: 'a bare article after a named law', code: edit(BASIS, `${BASIS}和第九十七条`) },
  ],
  invalid: [
    {
      name: 'an unmarked short name',
      code: edit(BASIS, '违反了⟦安全生产法⟧第二十八条第四款的规定'),
      messageId: 'missing',
      output: edit(BASIS, '违反了《安全生产法》第二十八条第四款的规定'),
    },
    {
      name: 'an unmarked full name',
      messageId: 'missing',
      code: edit(BASIS, '违反了⟦中华人民共和国安全生产法⟧第二十八条第四款的规定'),
      output: BASE,
    },
    {
      name: 'Arabic article numbers still have a name',
      messageId: 'missing',
      code: edit(BASIS, '违反了⟦水污染防治法⟧第10条的规定'),
      output: edit(BASIS, '违反了《水污染防治法》第10条的规定'),
    },
  ],
});
