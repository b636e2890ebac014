import assert from 'node:assert/strict';
import { evidenceOf } from '../../server/src/core/evidence';
import { factStatements, sentencesOf, type FactRole } from '../../server/src/core/fact-roles';
import { parseCase } from '../../server/src/core/parse';
import { edit, PUBLISHED } from '../helpers/ruleTester';

const ACT =
  '岳阳市生态环境局汨罗分局于2021年4月28日现场检查，发现你公司在未重新报批环评文件的情况下，擅自改变原材料和生产工艺。';

/** The roles of the sentences of one paragraph put in place of the published fixture's act. */
function roles(paragraph: string): FactRole[] {
  const m = parseCase(edit(ACT, paragraph, PUBLISHED));
  const f = factStatements(m).find((x) => x.block.text === paragraph)!;
  return f.sentences.map((s) => s.role);
}

describe('core/fact-roles: the sentences of 违法事实, by role (sentences of real decisions)', () => {
  const table: [string, FactRole[]][] = [
    [ACT, ['act']],
    ['以上事实，有《现场监察记录》、《调查询问笔录》、现场照片等证据为凭。', ['evidence']],
    ['你公司的上述行为违反了《中华人民共和国环境影响评价法》第二十五条的规定。', ['characterisation']],
    ['以上事实违反了《中华人民共和国安全生产法》', ['characterisation']],
    [
      '你公司“未依法报批环境影响报告表，即擅自开工建设”的环境违法行为，违反了《中华人民共和国环境影响评价法》第二十五条的规定。',
      ['characterisation'],
    ],
    ['巴彦淖尔市生态环境局杭锦后旗分局执法人员现场检查时，发现你公司实施了以下环境违法行为：', ['leadIn']],
    [
      '2021年9月25日，我局执法人员对你公司进行现场检查，发现你公司实施了以下环境违法行为：未重新报批建设项目环境影响评价文件，擅自在B料车间扩建2套反应釜。',
      ['leadIn', 'act'],
    ],
    [
      '2023年8月4日，我局对你单位下达《行政处罚告知书》（应急告[2023]k-39号），告知你单位享有陈述、申辩的权利。你单位逾期未提交陈述、申辩申请材料。',
      ['procedure', 'procedure'],
    ],
    [
      '本机关于2025年11月30日对你单位擅自开工建设的行为予以立案调查。现已查明，你单位污泥预处理车间正处于建设阶段，擅自开工建设。本机关认为你单位的上述行为违反了《中华人民共和国环境影响评价法》第二十五条的规定。有关事实有现场检查笔录、调查询问笔录、影像资料等证据证明。',
      ['procedure', 'act', 'characterisation', 'evidence'],
    ],
    ['鉴于你公司新建项目尚未全部建成，且在我局责令停止建设后，及时停止了建设。', ['circumstance']],
    ['经查，当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人。', ['background']],
    ['当事人法定代表人周明远在接受询问时承认，培训档案系事后补填。', ['statement']],
    [
      '以上事实证据有1.现场检查记录1份；2.责令限期整改指令书1份；4.调查询问笔录2份。5. 生产安全事故应急预案1份。证据6：五名离职人员明细1份。',
      ['evidence', 'evidence', 'evidence'],
    ],
    // 黔江医保处罚字〔2023〕第3号.
    [
      '以上违法事实，主要证据如下：孙美禄、张贵棉、张世纯等患者出院病历资料、现场检查情况记录表、现场检查情况确认表、调查询问笔录等。',
      ['evidence'],
    ],
    // 津市场监管宝稽罚〔2018〕111号: the evidence under a label of its own.
    [
      '主要证据：1.当事人身份证复印件；2.现场检查笔录、现场照片；3.询问调查笔录； 4.责令改正通知书5.检定证书（证书编号：2018227号）',
      ['evidence'],
    ],
    [
      '违法事实及证据：2023年6月30日，执法人员对天喜鞭炮厂成品库进行安全检查，发现该厂34号成品库内成箱产品堆码违反《烟花爆竹作业安全技术规定（GB11652-2012）第9.3.7的规定。违法事实：该厂上述行为涉嫌违反《烟花爆竹安全管理条例》第十一条的规定。',
      ['act', 'characterisation'],
    ],
  ];
  for (const [text, expected] of table)
    it(`${expected.join(', ')}: ${text.slice(0, 40)}…`, () => assert.deepEqual(roles(text), expected));

  it('a quoted article’s full stop does not end the sentence; a title left open does not swallow the next', () => {
    const quoted = '违反了第二十五条“建设单位不得开工建设。”的规定。其后一句。';
    assert.deepEqual(
      sentencesOf(quoted).map((s) => quoted.slice(s.start, s.end)),
      ['违反了第二十五条“建设单位不得开工建设。”的规定。', '其后一句。'],
    );
    const open = '堆码违反《烟花爆竹作业安全技术规定（GB11652-2012）第9.3.7的规定。该厂上述行为违反了规定。';
    assert.equal(sentencesOf(open).length, 2);
  });

  it('an evidence list runs on, item after item, until the text turns to something else', () => {
    const list = [
      '上述事实，主要由下列证据予以证明：',
      '证据一 ： 自然资源办线索',
      '证明 当事人已经擅自改变林地用途的事实',
      '7桃江县自然资源局出具的《土地分类面积表（十二大类）》以及界址点成果表；',
      '8晒篾场现场照片。',
      '你公司上述行为违反了《中华人民共和国环境影响评价法》第二十四条第一款的规定。',
    ];
    const proof =
      '以上事实，有《现场监察记录》、《调查询问笔录》、《现场勘查笔录》、营业执照复印件、现场照片等证据为凭。你公司上述行为违反了《中华人民共和国环境影响评价法》第二十四条第一款的规定。';
    const m = parseCase(edit(proof, list.join('\n\n'), PUBLISHED));
    assert.deepEqual(
      factStatements(m).map((f) => f.role),
      ['act', 'evidence', 'evidence', 'evidence', 'evidence', 'evidence', 'characterisation'],
    );
  });

  it('only the act and what someone said need evidence', () => {
    const m = parseCase(PUBLISHED);
    assert.deepEqual(
      factStatements(m).map((f) => [f.role, f.needsEvidence]),
      [
        ['act', true],
        ['evidence', false],
      ],
    );
  });
});

describe('core/evidence: evidence however the document gives it', () => {
  it('names in a sentence (以上事实，有……等证据为凭): prose, no ids', () => {
    const e = evidenceOf(parseCase(PUBLISHED))!;
    assert.equal(e.form, 'prose');
    assert.deepEqual(
      e.items.map((i) => i.name),
      ['《现场监察记录》', '《调查询问笔录》', '《现场勘查笔录》', '营业执照复印件', '现场照片'],
    );
  });

  it('numbered (主要证据有：证据1：……；证据2：……, or 1.……；2.……): a list with ids', () => {
    const proof =
      '以上事实，有《现场监察记录》、《调查询问笔录》、《现场勘查笔录》、营业执照复印件、现场照片等证据为凭。';
    for (const text of [
      '主要证据有：证据1：《营业执照》复印件1份；证据2：《现场检查记录》1份；证据3：现场检查照片3张。',
      '以上事实证据有1.现场检查记录1份；2.责令限期整改指令书1份；3. 现场检查照片3张',
    ]) {
      const e = evidenceOf(parseCase(edit(proof, text, PUBLISHED)))!;
      assert.equal(e.form, 'list');
      assert.deepEqual(
        e.items.map((i) => i.id),
        ['证据1', '证据2', '证据3'],
      );
    }
  });

  it('names after 以上违法事实，主要证据如下： (the opening is no name)', () => {
    const proof =
      '以上事实，有《现场监察记录》、《调查询问笔录》、《现场勘查笔录》、营业执照复印件、现场照片等证据为凭。';
    const e = evidenceOf(
      parseCase(
        edit(
          proof,
          '以上违法事实，主要证据如下：患者出院病历资料、现场检查情况记录表、调查询问笔录等。',
          PUBLISHED,
        ),
      ),
    )!;
    assert.deepEqual(
      e.items.map((i) => i.name),
      ['患者出院病历资料', '现场检查情况记录表', '调查询问笔录'],
    );
  });

  it('a table is a table, with its rows', () => {
    const e = evidenceOf(parseCase(edit('', '')))!;
    assert.equal(e.form, 'table');
    assert.equal(e.items[0]!.name, '现场检查笔录');
  });
});
