// Personal numbers written the ways officers and OCR write them: full-width, spaced, hyphenated.
// The public copy masks them all; a long number nothing classifies is named, and --public refuses.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintModel } from '../../server/src/core/engine';
import { translator } from '../../server/src/core/translate';
import { parseCase } from '../../server/src/core/parse';
import {
  findRedactionsInText,
  publicParagraphs,
  unclassifiedNumbersInText,
  type RedactionContext,
} from '../../server/src/core/redact';
import rule from '../../server/src/rules/structure/redaction-preview';
import { cli } from '../cli/run';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'individual-decision.case.md'), 'utf8');
const PERSON: RedactionContext = { individual: true, ids: [], phones: [], homes: [] };
const COMPANY: RedactionContext = { individual: false, ids: [], phones: [], homes: [] };

const masked = (text: string, ctx = PERSON) =>
  findRedactionsInText(text, ctx).map((r) => [r.kind, r.original, r.replacement]);

describe('hostile input: the publication copy', function () {
  this.timeout(30000);

  const forms: [string, string, string, string][] = [
    [
      'an ID in full-width digits',
      '身份证号：３２０５８２１９９００３０７１２３２',
      'idCard',
      '３２０５８２************',
    ],
    [
      'an ID with a full-width Ｘ',
      '身份证号：３２０５８２１９９００３０７１２３Ｘ',
      'idCard',
      '３２０５８２************',
    ],
    ['an ID in groups', '身份证号 320582 19900307 1232', 'idCard', '320582 ******** ****'],
    ['an ID with hyphens', '公民身份号码320582-1990-0307-1232', 'idCard', '320582-****-****-****'],
    [
      'an unlabelled ID split by an ideographic space',
      '其320582　199003071232的',
      'idCard',
      '320582　************',
    ],
    ['a mobile in full-width digits', '联系电话１３９１２３４５６７８', 'phone', '１３９********'],
    ['a mobile in groups', '手机 139 1234 5678。', 'phone', '139 **** ****'],
    ['a mobile with en dashes', '手机139–1234–5678。', 'phone', '139–****–****'],
    [
      'a landline with a full-width hyphen',
      '联系电话０５１２－５８６８１２３４',
      'phone',
      '０５１２－********',
    ],
    [
      'an account in groups of full-width digits',
      '银行账号：６２２２ ０２１１ ０２０３ ４５６７ ８９０',
      'bankAccount',
      '**** **** **** ***７ ８９０',
    ],
  ];
  for (const [name, text, kind, replacement] of forms) {
    it(`${name} is masked as written`, () => {
      const found = masked(text);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]![0], kind);
      assert.equal(found[0]![2], replacement);
      assert.ok(text.includes(found[0]![1]!));
    });
  }

  it('the front matter’s own number is found however the body writes it', () => {
    const ctx = { ...PERSON, ids: ['320582199003071232'], phones: ['13912345678'] };
    assert.deepEqual(
      masked('其号码为３２０５８２ １９９００３０７ １２３２，电话139-1234-5678', ctx).map((m) => m[0]),
      ['idCard', 'phone'],
    );
  });

  it('dates, amounts, document and certificate numbers are left alone and not called unclassified', () => {
    for (const text of [
      '2025-03-10 10:30',
      '罚款人民币20000000000元',
      '执法证号 32058225011',
      '统一社会信用代码：91320582MA27RT5K3T',
      '文号：张应急罚决字〔2025〕8号',
    ]) {
      assert.deepEqual(masked(text), [], text);
      assert.deepEqual(unclassifiedNumbersInText(text, PERSON), [], text);
    }
    // An organisation's own account is not personal data.
    assert.deepEqual(unclassifiedNumbersInText('银行账号：6222021102034567890', COMPANY), []);
    // From the real corpus (test/corpus/real 14, 18, 31): officers' certificates in brackets, the
    // account a person pays the fine into, an ID the published copy masked already.
    for (const text of [
      '执法人员胡旺杰（湘09001700106）、杨飞虎（湘09001700171）在该网吧检查',
      '到 中国农业银行寻甸支行 银行（账号：24219301040009986 ）缴纳。',
      '身份证号码：43232519750××××XXX工作单位：桃江县竹XXX农',
    ])
      assert.deepEqual(unclassifiedNumbersInText(text, PERSON), [], text);
    // …while the same digits in the party's own words stay unclassified.
    assert.equal(unclassifiedNumbersInText('其会员积分码24219301040009986', PERSON).length, 1);
  });

  it('a long number nothing classifies is named by the preview', () => {
    const text = FIXTURE.replace(
      '违法所得人民币叁拾元整',
      '违法所得人民币叁拾元整，其会员卡4417 1234 5678 9113',
    );
    const model = parseCase(text, 'file:///p/d.case.md');
    const ds = lintModel(model, { rules: [rule] }).map((d) => translator([rule])(d, 'zh-cn'));
    const un = ds.filter((d) => d.message.includes('无法判断'));
    assert.equal(un.length, 1, JSON.stringify(ds.map((d) => d.message)));
    assert.match(un[0]!.message, /4417 1234 5678 9113/);
  });

  it('the CLI: --public refuses such a draft (exit 1, nothing written), and exports it once the number is labelled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-public-'));
    try {
      const f = join(dir, 'd.case.md');
      const out = join(dir, 'd.public.docx');
      writeFileSync(
        f,
        FIXTURE.replace('违法所得人民币叁拾元整', '违法所得人民币叁拾元整，其会员卡4417 1234 5678 9113'),
      );
      const r = cli(['export', '--public', '--locale', 'en', f, '-o', out]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /4417 1234 5678 9113/);
      assert.ok(!existsSync(out));
      writeFileSync(
        f,
        FIXTURE.replace('违法所得人民币叁拾元整', '违法所得人民币叁拾元整，其会员卡编号4417 1234 5678 9113'),
      );
      const ok = cli(['export', '--public', f, '-o', out]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.ok(existsSync(out));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the public copy of a draft that writes its party’s numbers full-width and spaced shows none of their digits', () => {
    const text = FIXTURE.replace(
      '身份证号：320582199003071232',
      '身份证号：３２０５８２ １９９００３０７ １２３２',
    ).replace('联系电话：13912345678', '联系电话：139 1234 5678');
    const pub = publicParagraphs(parseCase(text, 'file:///p/d.case.md')).join('\n');
    assert.doesNotMatch(pub, /１９９００３０７|1234 5678|19900307|12345678/);
  });
});
