import rule from '../../../server/src/rules/citation/quotation';
import { BASE, edit, ruleTester, undated } from '../../helpers/ruleTester';

const CITED = '违反了《中华人民共和国安全生产法》第二十八条第四款的规定';
const ART =
  '生产经营单位应当建立安全生产教育和培训档案，如实记录安全生产教育和培训的时间、内容、参加人员以及考核结果等情况。';
/** The paragraph with one word changed (和 for 以及). */
const CHANGED = ART.replace('以及考核', '和考核');
/** The base's characterisation with the article quoted: 「……第二十八条第四款规定：“……”」. */
const quoting = (words: string, open = '“', close = '”') =>
  edit(CITED, `违反了《中华人民共和国安全生产法》第二十八条第四款规定：${open}${words}${close}`);

ruleTester(rule, {
  valid: [
    { name: 'no quotation', code: BASE },
    { name: 'the paragraph as written', code: quoting(ART) },
    { name: 'in 「」', code: quoting(ART, '「', '」') },
    // Real decisions quote in their own form: widths, spaces, a clause only, gaps marked 「……」.
    {
      name: 'half-width punctuation and spaces',
      code: quoting(
        '生产经营单位应当建立安全生产教育和培训档案, 如实记录安全生产教育和培训的时间、内容、参加人员以及考核结果等情况',
      ),
    },
    { name: 'one clause of it', code: quoting('生产经营单位应当建立安全生产教育和培训档案') },
    {
      name: 'with a gap',
      code: quoting('生产经营单位应当建立安全生产教育和培训档案，……以及考核结果等情况。'),
    },
    {
      name: 'an article the bundle does not hold is not judged',
      code: edit(CITED, '违反了《生产安全事故应急预案管理办法》第四十五条规定：“生产经营单位应当如实记录”'),
    },
    {
      name: 'undated, made on or after 2019: the 2014 text (not bundled) can apply, so it is not judged',
      code: undated(quoting(CHANGED), '2019'),
    },
  ],
  invalid: [
    {
      name: 'undated, every date it states in 2025: only the 2021 text can apply',
      code: undated(quoting(`⟦${CHANGED}⟧`)),
      messageId: 'misquote',
      output: undated(quoting(ART)),
    },
    {
      name: 'a word changed',
      code: quoting(
        '⟦生产经营单位应当建立安全生产教育和培训档案，如实记录安全生产教育和培训的时间、内容、参加人员和考核结果等情况。⟧',
      ),
      messageId: 'misquote',
      messageIncludes: ['第二十八条第四款', '以及考核结果'],
      output: quoting(ART),
    },
    {
      // As published (test/corpus/real/08): 「或审查后不予批准」 for the law's 「或者审查后未予批准」.
      name: 'a clause of another law, misquoted',
      code: edit(
        CITED,
        '违反了《中华人民共和国环境影响评价法》第二十五条规定：“⟦建设项目的环境影响评价文件未依法经审批部门审查或审查后不予批准的，建设单位不得开工建设。⟧”',
      ),
      messageId: 'misquote',
      output: edit(
        CITED,
        '违反了《中华人民共和国环境影响评价法》第二十五条规定：“建设项目的环境影响评价文件未依法经审批部门审查或者审查后未予批准的，建设单位不得开工建设。”',
      ),
    },
  ],
});
