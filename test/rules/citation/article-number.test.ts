import rule from '../../../server/src/rules/citation/article-number';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'items with brackets in Chinese numerals',
      code: edit('第九十七条第四项', '第九十七条第（四）项'),
    },
    {
      name: '第1条生产线 counts production lines: no article',
      code: edit('经查，当事人主要从事', '经查，当事人第1条生产线主要从事'),
    },
    {
      name: 'an insurer’s 《……条款》 numbers its clauses its own way: no law',
      code: edit('经查，当事人主要从事', '经查，当事人依《机动车综合商业保险示范条款》第3条理赔后，主要从事'),
    },
  ],
  invalid: [
    {
      name: 'an Arabic article number',
      code: edit('第二十八条第四款', '第⟦28⟧条第四款'),
      messageId: 'arabic',
      output: BASE,
    },
    {
      name: 'article, paragraph and item',
      messageId: 'arabic',
      code: edit('第七十二条第一款第一项', '第⟦72⟧条第⟦1⟧款第⟦1⟧项'),
      output: BASE,
    },
    {
      name: 'an item in brackets',
      messageId: 'arabic',
      code: edit('第九十七条第四项', '第九十七条第(⟦4⟧)项'),
      output: edit('第九十七条第四项', '第九十七条第(四)项'),
    },
    {
      name: 'a three-digit article',
      messageId: 'arabic',
      code: edit('第九十七条第四项', '第⟦108⟧条'),
      output: edit('第九十七条第四项', '第一百零八条'),
    },
  ],
});
