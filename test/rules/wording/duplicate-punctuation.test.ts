import rule from '../../../server/src/rules/wording/duplicate-punctuation';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const S = '经查，当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'a whole sentence in brackets keeps its full stop',
      code: edit(S, `${S}（当事人对上述事实无异议。）`),
    },
    {
      name: 'a quoted whole sentence keeps its full stop',
      code: edit(S, `经查，当事人称：“培训档案系事后补填。”`),
    },
    {
      name: 'an ellipsis is not doubled punctuation',
      code: edit(S, '经查，当事人主要从事精密机械零部件的加工制造……'),
    },
  ],
  invalid: [
    {
      name: 'doubled punctuation in an evidence-table cell',
      messageId: 'doubled',
      code: edit(
        '执法人员现场制作，当事人签字确认 | 2025-03-10 | 顾文杰、沈佳怡 | 当事人生产经营',
        '执法人员现场制作⟦，，⟧当事人签字确认 | 2025-03-10 | 顾文杰、沈佳怡 | 当事人生产经营',
      ),
      output: BASE,
    },
    {
      name: 'doubled commas',
      code: edit(S, '经查⟦，，⟧当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人。'),
      messageId: 'doubled',
      output: edit(S, S),
    },
    {
      name: 'doubled full stops',
      messageId: 'doubled',
      code: edit(S, '经查，当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人⟦。。⟧'),
      output: BASE,
    },
    {
      name: 'doubled enumeration commas',
      messageId: 'doubled',
      code: edit('培训时间和内容', '培训时间⟦、、⟧内容'),
      output: edit('培训时间和内容', '培训时间、内容'),
    },
    {
      name: 'a comma and a full stop run together: a suggestion, no fix',
      code: edit(S, '经查，当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人⟦，。⟧'),
      messageId: 'mixed',
      // Which mark was meant needs the sentence: keep the comma (and write on), or the full stop.
      findings: [
        {
          suggestions: [
            edit(S, '经查，当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人，'),
            BASE,
          ],
        },
      ],
    },
    {
      name: 'a full stop inside a sentence-internal bracket',
      code: edit('周明远在接受询问时承认', '周明远（当事人法定代表人⟦。⟧）在接受询问时承认'),
      messageId: 'periodBeforeClose',
      output: edit('周明远在接受询问时承认', '周明远（当事人法定代表人）在接受询问时承认'),
    },
    {
      name: 'a full stop inside book-title marks',
      code: edit('送达了《行政处罚告知书》', '送达了《行政处罚告知书⟦。⟧》'),
      messageId: 'periodBeforeClose',
      output: BASE,
    },
  ],
});
