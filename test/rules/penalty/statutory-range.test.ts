import rule from '../../../server/src/rules/penalty/statutory-range';
import { builtinCatalogEntries } from '../../../server/src/core/builtin-catalog';
import { BASE, decidedOn, edit, ruleTester, undated } from '../../helpers/ruleTester';

const catalog = builtinCatalogEntries();
const fine = (n: string, text = BASE) => edit('  罚款: 20000', `  罚款: ${n}`, text);
const BASIS = '依据《中华人民共和国安全生产法》第九十七条第四项的规定';
const under = (provision: string, text = BASE) => edit(BASIS, `依据${provision}的规定`, text);
/** The base decision made in 2019, under the 2017 行政处罚法. */
const on2019 = (text: string) => decidedOn('2019-04-15', text);
const person = (text: string) => edit('  类型: 单位', '  类型: 个人', text);
/** The rate the decision says it applied, in the sentence before its decision clause. */
const rate = (words: string, text: string) => edit('本机关决定：', `${words}。本机关决定：`, text);
/** 减轻处罚 stated, with or without the ground of Art. 32. */
const mitigated = (text: string, ground = '') =>
  edit(
    '本机关决定：',
    `鉴于当事人${ground}，依据《中华人民共和国行政处罚法》第三十二条${ground ? '第一项' : ''}的规定，决定减轻处罚。本机关决定：`,
    text,
  );

// 安全生产法 第九十七条: "处十万元以下的罚款；逾期未改正的……并处十万元以上二十万元以下的罚款".
ruleTester(rule, {
  valid: [
    { name: '20,000 under 第九十七条第四项', code: BASE, catalog },
    {
      name: 'an imported draft: the law not bundled is named in structure/imported-data’s notice',
      code: edit(
        '处罚:\n',
        '导入自: source.txt\n处罚:\n',
        fine('6164.1', under('《医疗保障基金使用监督管理条例》第三十八条、第四十条')),
      ),
    },
    { name: '200,000: the upper end for 逾期未改正', code: fine('200000'), catalog },
    {
      name: 'undated, made on or after 2019-04-16: the 2014 text can apply, so 250,000 is not judged',
      code: undated(fine('250000'), '2019'),
      catalog,
    },
    {
      name: '60,000 under 大气污染防治法 Art. 115 (一万元以上十万元以下)',
      code: fine('60000', under('《中华人民共和国大气污染防治法》第一百一十五条第一款第一项')),
    },
    // Issue 16: an individual's range (消防法 Art. 60 para 2: 处警告或者五百元以下罚款).
    {
      name: 'an individual fined 400 under 消防法 Art. 60 para 1 (三): para 2 sets 五百元以下',
      code: person(fine('400', under('《中华人民共和国消防法》第六十条第一款第三项'))),
    },
    // Issue 16: 减轻处罚 below the minimum with its ground (Art. 32) is lawful.
    {
      name: 'below the minimum with 减轻处罚 and its ground',
      code: mitigated(
        fine('3000', under('《中华人民共和国消防法》第六十条第一款第三项')),
        '主动消除或者减轻违法行为危害后果',
      ),
    },
    // A fine stated as a rate of its base is checked by the rate (corpus 26: 「建设工程造价的6%」).
    {
      name: '1,200 as 建设工程造价的6% under 城乡规划法 Art. 64 (百分之五以上百分之十以下)',
      code: rate('按建设工程造价的6%进行处罚', fine('1200', under('《中华人民共和国城乡规划法》第六十四条'))),
    },
    {
      name: '90,000 as 货值金额的二倍 under 产品质量法 Art. 49 (等值以上三倍以下)',
      code: rate('按货值金额的二倍处罚', fine('90000', under('《中华人民共和国产品质量法》第四十九条'))),
    },
  ],
  invalid: [
    {
      // No 程序 dates, signed 2019年4月15日: the law of that day (安全生产法's 2014 text, not
      // bundled) sets the range, not the newest text.
      name: 'dated only by its signing block, in 2019: the text in force that day is not bundled',
      code: undated(fine('⟦250000⟧')).replace('（印章）', '2019年4月15日\n\n（印章）'),
      catalog,
      messageId: 'unread',
      severity: 'info',
      messageIncludes: '在 2019-04-15 施行的文本未收录',
    },
    {
      name: 'undated, every date it states in 2025: only the 2021 text can apply',
      code: undated(fine('⟦250000⟧')),
      catalog,
      messageId: 'above',
    },
    {
      name: '250,000 is beyond 第九十七条',
      code: fine('⟦250000⟧'),
      catalog,
      messageId: 'above',
      messageIncludes: ['第九十七条第四项', '十万元以下'],
    },
    {
      // Today's code checked only the catalog's entries: nothing else was read.
      name: '900,000 under 第九十七条 with no catalog entry',
      code: fine('⟦900000⟧'),
      messageId: 'above',
    },
    {
      // Issue 16: ¥150,000 under 大气污染防治法 Art. 115 passed silently.
      name: '150,000 under 大气污染防治法 Art. 115 (一万元以上十万元以下)',
      code: fine('⟦150000⟧', under('《中华人民共和国大气污染防治法》第一百一十五条第一款第一项')),
      messageId: 'above',
      messageIncludes: ['第一百一十五条第一款第一项', '处一万元以上十万元以下的罚款'],
    },
    {
      name: '50,000 for 超标排放水污染物: the catalog’s provision is read too (水污染防治法第八十三条)',
      messageId: 'below',
      code: edit('违法行为: 未如实记录安全生产教育和培训情况', '违法行为: 超标排放水污染物', fine('⟦50000⟧')),
      catalog,
      messageIncludes: ['《中华人民共和国水污染防治法》第八十三条第二项', '十万元以上一百万元以下'],
    },
    {
      name: 'an individual fined 800 under 消防法 Art. 60: above the individual’s 500',
      code: person(fine('⟦800⟧', under('《中华人民共和国消防法》第六十条第一款第三项'))),
      messageId: 'above',
      messageIncludes: '处警告或者五百元以下罚款',
    },
    {
      name: 'a unit fined 3,000 under 消防法 Art. 60: below 5,000, no mitigation stated',
      code: fine('⟦3000⟧', under('《中华人民共和国消防法》第六十条第一款第三项')),
      messageId: 'below',
      messageIncludes: ['5,000', '第三十二条'],
    },
    // Issue 11: the message names the 行政处罚法's article as the text in force that day numbers it:
    // 第三十二条 of the 2021 text was 第二十七条第一款 of the 2017 one (data/chufa-fa-renumbering.json).
    {
      name: 'a decision of 2019 below the minimum: the 2017 text’s 第二十七条第一款',
      code: on2019(fine('⟦5000⟧', under('《中华人民共和国大气污染防治法》第一百一十五条第一款第一项'))),
      messageId: 'below',
      messageIncludes: [
        '（《中华人民共和国行政处罚法》（2017年修正文本）第二十七条第一款）',
        '一万元以上十万元以下',
        // Art. 37 is new in 2021: the basis is the 2017 text's.
        '依据：《中华人民共和国行政处罚法》（2017年修正文本）第二十七条第一款；所引罚则条文',
      ],
    },
    {
      name: 'a decision of 2019 below the minimum, in English',
      code: on2019(fine('⟦5000⟧', under('《中华人民共和国大气污染防治法》第一百一十五条第一款第一项'))),
      locale: 'en',
      messageId: 'below',
      messageIncludes: '(Administrative Penalty Law (2017 text), Art. 27 para 1)',
    },
    {
      name: 'a decision of 2025 below the minimum: the 2021 text’s 第三十二条',
      code: fine('⟦5000⟧', under('《中华人民共和国大气污染防治法》第一百一十五条第一款第一项')),
      messageId: 'below',
      messageIncludes: '（《中华人民共和国行政处罚法》第三十二条）',
    },
    {
      // Issue 16: 减轻处罚 stated without its ground: asked for, not an error.
      name: 'below the minimum, 减轻处罚 stated without its ground',
      code: mitigated(fine('⟦3000⟧', under('《中华人民共和国消防法》第六十条第一款第三项'))),
      messageId: 'ground',
      severity: 'warning',
    },
    {
      name: 'a multiple of 货值金额, which the draft does not give: said so',
      code: fine('⟦90000⟧', under('《中华人民共和国产品质量法》第四十九条')),
      messageId: 'needsBase',
      severity: 'info',
      messageIncludes: '货值金额',
    },
    {
      name: 'a rate beyond the range: 货值金额的五倍 is above 三倍',
      code: rate('按货值金额的五倍处罚', fine('⟦90000⟧', under('《中华人民共和国产品质量法》第四十九条'))),
      messageId: 'above',
    },
    {
      name: 'a rate below the range: 货值金额的百分之五十 is below 等值',
      code: rate(
        '按货值金额的百分之五十处罚',
        fine('⟦90000⟧', under('《中华人民共和国产品质量法》第四十九条')),
      ),
      messageId: 'below',
    },
    {
      name: 'the law’s bounds quoted are no rate: the base is still wanted',
      code: rate(
        '依法应处建设工程造价百分之五以上百分之十以下的罚款',
        fine('⟦1200⟧', under('《中华人民共和国城乡规划法》第六十四条')),
      ),
      messageId: 'needsBase',
      severity: 'info',
    },
    {
      name: 'a law that is not bundled: said so',
      code: fine('⟦90000⟧', under('《生产安全事故应急预案管理办法》第四十五条第一款第五项')),
      messageId: 'unread',
      severity: 'info',
    },
    {
      // 黔江医保处罚字〔2023〕第3号: 「依据《医疗保障基金使用监督管理条例》第三十八条、第四十条」.
      name: 'two articles of one law that is not bundled: said once',
      code: fine('⟦6164.1⟧', under('《医疗保障基金使用监督管理条例》第三十八条、第四十条')),
      messageId: 'unread',
      severity: 'info',
    },
  ],
});
