// Recognition on real sentences: the opening words of each part (data/import.json, each entry
// with the real sentences it was made from), the party block in the shapes published decisions
// print, the title and 文号, the penalty and the signing date.
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import fc from 'fast-check';
import data from '../../data/import.json';
import schema from '../../schemas/import.schema.json';
import { findDocType } from '../../server/src/core/doctypes';
import { printedParagraphs } from '../../server/src/core/export';
import { importDocument } from '../../server/src/core/import';
import { escapeLine } from '../../server/src/core/import/emit';
import { readParties } from '../../server/src/core/import/party';
import { readPenalty } from '../../server/src/core/import/penalty';
import { openingsOf, recogniseTitle } from '../../server/src/core/import/shapes';
import type { SourceParagraph } from '../../server/src/core/import/source';
import { parseMarkdown } from '../../server/src/core/markdown';

const paras = (lines: string[]): SourceParagraph[] =>
  lines.map((text, i) => ({ n: i + 1, text, kind: 'paragraph' }));
const txt = (lines: string[]) => importDocument('x.txt', Buffer.from(lines.join('\n')));

describe('import: recognition', () => {
  it('data/import.json meets schemas/import.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(data), JSON.stringify(validate.errors));
  });

  describe('opening words (data/import.json, from real sentences)', () => {
    for (const entry of data.sectionOpenings) {
      for (const example of entry.examples) {
        it(`${entry.section.join('/')}: 「${example.slice(0, 24)}…」`, () => {
          const doctype = ['行政处罚决定书', '不予行政处罚决定书', '行政处罚告知书']
            .map((n) => findDocType(n)!)
            .find((d) =>
              entry.section.some((s) =>
                [...d.requiredSections, '案件来源与调查经过', '其他事项'].includes(s),
              ),
            )!;
          const sections = new Set([...doctype.requiredSections, '案件来源与调查经过', '其他事项']);
          assert.ok(openingsOf(example, sections).includes(entry.section.find((s) => sections.has(s))!));
        });
      }
    }

    it('words that only look like an opening open nothing', () => {
      const all = new Set([
        '案件来源与调查经过',
        '违法事实',
        '法律依据与处罚决定',
        '履行方式和期限',
        '救济途径',
      ]);
      for (const text of [
        '根据《张家港市环境监测站监测报告》（张环监〔2023〕12号），当事人废水排放口化学需氧量超标。',
        '当事人主要从事精密机械零部件的加工制造。',
        '2025年9月9日，沅陵县筲箕湾镇应急办工作人员巡查时发现……',
      ])
        assert.deepEqual(openingsOf(text, all), [], text);
    });
  });

  describe('the head', () => {
    const cases: [string, string, string | undefined, string | undefined][] = [
      ['行政处罚决定书', '行政处罚决定书', undefined, undefined],
      ['行 政 处 罚 决 定 书', '行政处罚决定书', undefined, undefined],
      ['天津港保税区应急管理局行政处罚决定书', '行政处罚决定书', '天津港保税区应急管理局', undefined],
      [
        '安全生产行政执法文书行政处罚决定书（湘怀沅）应急罚〔2025〕执法二中队-9号',
        '行政处罚决定书',
        '安全生产行政执法文书',
        '（湘怀沅）应急罚〔2025〕执法二中队-9号',
      ],
      [
        '云南尚源包装有限公司不予行政处罚决定书（昆生环不罚〔2025〕17-07号）',
        '不予行政处罚决定书',
        '云南尚源包装有限公司',
        '昆生环不罚〔2025〕17-07号',
      ],
      ['扬州市仪征生态环境局行政处罚事先（听证）告知书', '行政处罚告知书', '扬州市仪征生态环境局', undefined],
    ];
    for (const [line, doctype, issuer, docNumber] of cases)
      it(`「${line}」`, () => {
        const t = recogniseTitle(line)!;
        assert.equal(t.doctype.name, doctype);
        assert.equal(t.issuer, issuer);
        assert.equal(t.docNumber, docNumber);
      });

    it('a sentence naming a decision is no title', () => {
      assert.equal(recogniseTitle('本局于2023年5月23日向你单位送达了行政处罚决定书'), undefined);
      assert.equal(recogniseTitle('以上事实，有行政处罚告知书为证。'), undefined);
    });

    it('the issuing body above the title, the 文号 above or below it; 机关 from the signing block', async () => {
      const d = await txt([
        '岳环罚决字〔2021〕136号',
        '行政处罚决定书',
        '汨罗市恒锋新材料有限公司：',
        '统一社会信用代码：91430681XXXXXXXXXX',
        '经查，……',
        '岳阳市生态环境局',
        '2021年8月2日',
      ]);
      assert.equal(d.model.facts.文号, '岳环罚决字〔2021〕136号');
      assert.equal(d.model.facts.机关, '岳阳市生态环境局');
      assert.equal(d.model.facts.程序?.决定, '2021-08-02');
    });

    it('a date in Chinese numerals (二〇二三年二月十三日, 二0二三年…) is read', async () => {
      for (const date of ['二〇二三年二月十三日', '二0二三年二月十三日'])
        assert.equal(
          (await txt(['行政处罚决定书', '经查，……', '某县林业和草原局', date])).model.facts.程序?.决定,
          '2023-02-13',
        );
    });
  });

  describe('the parts', () => {
    const decision = (label: string) =>
      txt([
        '行政处罚决定书',
        '某某有限公司：',
        '经查，你单位未取得建设工程规划许可证建房。',
        '根据《中华人民共和国城乡规划法》第六十四条，决定处罚款人民币1200元。',
        label,
        '你应当自收到本决定书之日起十五日内缴纳罚款。',
      ]);

    it('a label line of its own (「行政处罚履行方式和期限：」) opens its part and is printed as written', async () => {
      const d = await decision('行政处罚履行方式和期限：');
      assert.match(d.text, /<!-- casedraft-section: 履行方式和期限 -->\n\n行政处罚履行方式和期限：\n/);
      const part = d.model.sections.find((s) => s.name === '履行方式和期限');
      assert.ok(part?.implied);
      assert.ok(printedParagraphs(d.model).includes('行政处罚履行方式和期限：'));
    });

    it('a label standing for two parts names both; a heading with its ordinal stays a `##` heading', async () => {
      const two = await decision('行政处罚的依据、种类及其履行方式、期限：');
      const part = two.model.sections.find((s) => s.names.includes('履行方式和期限'));
      assert.deepEqual(part?.names, ['法律依据与处罚决定', '履行方式和期限']);
      assert.ok(printedParagraphs(two.model).includes('行政处罚的依据、种类及其履行方式、期限：'));
      const ordinal = await decision('三、行政处罚的履行方式和期限');
      assert.match(ordinal.text, /\n## 三、行政处罚的履行方式和期限\n/);
      assert.ok(printedParagraphs(ordinal.model).includes('三、行政处罚的履行方式和期限'));
    });
  });

  describe('records', () => {
    it('询问笔录: the labelled head, the questions and answers, the signatures; no addressee taken for a party', async () => {
      const d = await txt([
        '询问笔录',
        '询问时间：2025年3月2日',
        '询问地点：某县应急管理局',
        '被询问人：张某，男，身份证号码：430102199001011234',
        '问：我们是某县应急管理局的执法人员，现向你出示执法证件。你是否看清？',
        '答：看清了。',
        '被询问人：张某',
        '执法人员：李某、王某',
      ]);
      assert.deepEqual(
        d.model.sections.map((s) => [
          s.name,
          s.text.split('\n').filter((l) => l && !l.startsWith('<!--')).length,
        ]),
        [
          ['基本情况', 3],
          ['问答', 2],
          ['签名', 2],
        ],
      );
      assert.equal(d.model.facts.当事人, undefined);
    });

    it('现场检查笔录: the account of the inspection between the head and the signatures', async () => {
      const d = await txt([
        '现场检查笔录',
        '检查时间：2025年3月2日',
        '检查地点：某某化工有限公司厂区',
        '执法人员出示执法证件后，对厂区进行了检查，发现：废水排放口有黑色废水流出。',
        '当事人或在场人员：赵某',
        '执法人员：李某、王某',
      ]);
      assert.deepEqual(
        d.model.sections.map((s) => s.name),
        ['基本情况', '检查情况', '签名'],
      );
    });
  });

  describe('the party block', () => {
    const party = (lines: string[]) => readParties(paras(lines), 0, true).parties;

    it('labels, a unit, its representative (whose ID number is not the unit’s)', () => {
      const [p] = party([
        '被处罚人：西山汇鑫塑料制品厂',
        '统一社会信用代码：92530112MA6KXAUR5L',
        '法定代表人（负责人）：杨X仙',
        '身份证号码：532225XXXXXXXXXXX6',
        '地址：昆明市西山区碧鸡办事处富善社区西化村',
        '西山汇鑫塑料制品厂违反《中华人民共和国环境影响评价法》一案……',
      ]);
      assert.deepEqual(
        { ...p, origin: undefined },
        {
          名称: '西山汇鑫塑料制品厂',
          统一社会信用代码: '92530112MA6KXAUR5L',
          法定代表人: '杨X仙',
          住所: '昆明市西山区碧鸡办事处富善社区西化村',
          addressIsHome: false,
          类型: '单位',
          origin: undefined,
        },
      );
      assert.equal(p!.origin.住所!.n, 5);
    });

    it('letter-spaced labels, a label in brackets, a code inside the name’s brackets', () => {
      assert.equal(party(['法 定 代 表 人：柳**'])[0], undefined, 'a block opens with a name');
      const [a] = party(['当 事 人：牟定县众乐便利店（刘威）', '组成形式：个体工商户（个人经营）']);
      assert.equal(a!.名称, '牟定县众乐便利店');
      assert.equal(a!.类型, '单位');
      const [b] = party([
        '（公司名称）：天津奥港汽车部件科技发展有限公司',
        '统一社会信用代码：91120116697415782C',
      ]);
      assert.equal(b!.名称, '天津奥港汽车部件科技发展有限公司');
      const [c] = party(['被处罚单位：沅陵鑫久矿业有限公司（统一社会信用代码：91431****2400）']);
      assert.deepEqual([c!.名称, c!.统一社会信用代码], ['沅陵鑫久矿业有限公司', '91431****2400']);
      const [d] = party([
        '当事人：常德市武陵区仕友网咖',
        '证照（证件）名称及编号（号码）：营业执照91430702MA4PLF1B97',
      ]);
      assert.equal(d!.统一社会信用代码, '91430702MA4PLF1B97');
    });

    it('the old market template’s labels with alternatives; a field marked 「/」 holds nothing', () => {
      // 津市场监管宝稽罚〔2018〕111号 and 黔江医保处罚字〔2023〕第3号.
      const [a] = party([
        '当事人姓名或者单位名称：顾振存',
        '主体资格证件名称及号码：身份证',
        '住所（经营场所）或者住址： 天津市宝坻区口东街前齐各庄村2区8排7号',
        '法定代表人（负责人）： /',
      ]);
      assert.deepEqual(
        [a!.名称, a!.住所, a!.法定代表人, a!.统一社会信用代码],
        ['顾振存', '天津市宝坻区口东街前齐各庄村2区8排7号', undefined, undefined],
      );
      const [b] = party([
        '当事人（姓名或名称）：重庆黔江盛颐东蓝医院',
        '统一社会信用代码（单位）：91500114MA5YP4B39F',
        '住所或地址：重庆市黔江区城东街道办事处新华大道中段304号',
        '单位法定代表人（主要负责人）：谢太香',
      ]);
      assert.deepEqual(
        [b!.名称, b!.统一社会信用代码, b!.住所, b!.法定代表人],
        [
          '重庆黔江盛颐东蓝医院',
          '91500114MA5YP4B39F',
          '重庆市黔江区城东街道办事处新华大道中段304号',
          '谢太香',
        ],
      );
    });

    it('an addressee line, a person with details, a notice addressed to a person', () => {
      const [a] = party([
        '内蒙古华宝固危废环境治理有限公司：',
        '统一社会信用代码：91150826578852584H',
        '法定代表人：李亮 公民身份证号码：152801********0938',
      ]);
      assert.deepEqual(
        [a!.名称, a!.法定代表人, a!.身份证号],
        ['内蒙古华宝固危废环境治理有限公司', '李亮', undefined],
      );
      const [b] = party(['戴**，男，汉族，身份证：430225********801X，住址：湖南省炎陵县 船形乡高路村']);
      assert.deepEqual(
        [b!.名称, b!.类型, b!.身份证号, b!.住所],
        ['戴**', '个人', '430225********801X', '湖南省炎陵县 船形乡高路村'],
      );
      const c = readParties(paras(['刘凤军：经现场检查发现，你租赁……']), 0, true);
      assert.deepEqual([c.parties[0]!.名称, c.parties[0]!.类型, c.end], ['刘凤军', '个人', 0]);
      // Not where the head is not: a sentence ending in a colon is no addressee.
      assert.equal(readParties(paras(['以上违法事实有下列证据予以证明：1、……']), 0, true).parties.length, 0);
    });

    it('several parties: each 当事人 label after a named party opens the next', () => {
      const ps = party([
        '当事人一：某某化工有限公司',
        '统一社会信用代码：91320582MA27RT5K3T',
        '当事人二：王某某',
        '身份证号码：320582198001011234',
      ]);
      assert.deepEqual(
        ps.map((p) => [p.名称, p.类型]),
        [
          ['某某化工有限公司', '单位'],
          ['王某某', '个人'],
        ],
      );
    });
  });

  describe('the penalty', () => {
    it('kinds and amounts from the decision clause, not from the quoted law or the payment clause', () => {
      const p = readPenalty([
        '依据《中华人民共和国水污染防治法》第八十三条第二项“……处十万元以上一百万元以下的罚款……”的规定，本局决定：',
        '一、责令当事人立即改正违法行为；',
        '二、对当事人处以罚款人民币壹拾伍万元整（¥150,000.00）；',
        '三、没收违法所得人民币叁仟元整（¥3,000.00）。',
        '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。',
      ])!;
      assert.deepEqual(p.种类, ['罚款', '没收违法所得']);
      assert.equal(p.罚款, 150000);
      assert.equal(p.没收违法所得, 3000);
    });

    it('several fines and no total: left open, the officer decides', () => {
      const p = readPenalty([
        '本局决定：对甲公司罚款人民币贰万元整（¥20,000.00），对乙罚款人民币伍仟元整（¥5,000.00）。',
      ])!;
      assert.equal(p.罚款, undefined);
      assert.equal(p.fineAmbiguous, true);
    });

    it('a decision without a decision clause states no penalty', () => {
      assert.equal(
        readPenalty(['你单位上述行为违反了《中华人民共和国环境影响评价法》第二十五条的规定。']),
        undefined,
      );
    });
  });

  describe('the text is kept as text', () => {
    it('escapes only what Markdown would read as structure, and the parser reads back the line', () => {
      assert.equal(escapeLine('张**、李**').text, '张**、李**');
      assert.equal(escapeLine('1. 现场检查笔录').text, '1\\. 现场检查笔录');
      assert.equal(escapeLine('# 不是标题').text, '\\# 不是标题');
      assert.equal(escapeLine('经查，当事人').text, '经查，当事人');
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.constantFrom(
              '*',
              '_',
              '#',
              '-',
              '1',
              '.',
              ' ',
              '[',
              ']',
              '(',
              ')',
              '<',
              '>',
              '`',
              '!',
              '经',
              '查',
              '|',
              '\\',
              '&',
              ';',
            ),
            minLength: 1,
            maxLength: 14,
          }),
          (raw) => {
            const line = raw.trim();
            if (!line) return;
            const { text, inserted } = escapeLine(line);
            const root = parseMarkdown(text);
            const p = root.children[0];
            assert.equal(root.children.length, 1, JSON.stringify(text));
            assert.equal(p!.type, 'paragraph');
            const words = (p as { children: { type: string; value?: string }[] }).children;
            assert.equal(words.map((c) => c.value ?? '').join(''), line, JSON.stringify(text));
            assert.equal(text.length, line.length + inserted.length);
          },
        ),
        { numRuns: 400, seed: 13 },
      );
    });
  });
});
