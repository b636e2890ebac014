import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportDocx, printedParagraphs } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import {
  findRedactions,
  findRedactionsInText,
  maskAccount,
  maskAddress,
  maskIdCard,
  maskPhone,
  publicParagraphs,
  publicTransform,
  redactText,
  SECRET_MASK,
  servedTransform,
  stripSecretMarkers,
  type RedactionContext,
} from '../../server/src/core/redact';
import { openDocx } from '../export/docxReader';
import { BASE, edit } from '../helpers/ruleTester';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'individual-decision.case.md'), 'utf8');
// The fictional party of the fixture.
const ID = '320582199003071232';
const PHONE = '13912345678';
const HOME = '张家港市金港镇长江村三组18号';
const PERSON: RedactionContext = { individual: true, ids: [], phones: [], homes: [] };
const COMPANY: RedactionContext = { individual: false, ids: [], phones: [], homes: [] };

describe('core/redact', () => {
  describe('masks', () => {
    it('身份证号 keeps the six-digit 行政区划 code only', () =>
      assert.equal(maskIdCard(ID), '320582************'));
    it('a mobile keeps its first three digits; a landline its area code', () => {
      assert.equal(maskPhone(PHONE), '139********');
      assert.equal(maskPhone('139-1234-5678'), '139-****-****');
      assert.equal(maskPhone('0512-58681234'), '0512-********');
    });
    it('a bank account keeps its last four digits', () =>
      assert.equal(maskAccount('6222 0211 0203 4567 890'), '**** **** **** ***7 890'));
    it('an address keeps province, city and county, and hides how long the rest was', () => {
      assert.equal(maskAddress(HOME), '张家港市****');
      assert.equal(maskAddress('江苏省苏州市姑苏区平江路12号'), '江苏省苏州市姑苏区****');
      assert.equal(maskAddress('某某村五组'), '****');
    });
  });

  describe('what is found in a paragraph', () => {
    const kinds = (text: string, ctx = PERSON) =>
      findRedactionsInText(text, ctx).map((r) => `${r.kind}:${r.original}`);
    it('an ID number with a birth date, labelled or not', () => {
      assert.deepEqual(kinds(`身份证号：${ID}`), [`idCard:${ID}`]);
      assert.deepEqual(kinds(`证件${ID}`), [`idCard:${ID}`]);
      assert.deepEqual(kinds('身份证号码：320582900307123'), ['idCard:320582900307123']);
    });
    it('not a 统一社会信用代码, a report number, a date or an amount', () => {
      assert.deepEqual(
        kinds(
          '统一社会信用代码：91320582MA27RT5K3T，检测报告（华测检字第2024031501号），2025年3月10日，¥20,000.00',
        ),
        [],
      );
    });
    it('mobile numbers always; landlines and accounts of an individual party only, after a label', () => {
      assert.deepEqual(kinds(`联系电话：${PHONE}`, COMPANY), [`phone:${PHONE}`]);
      assert.deepEqual(kinds('执法证号：13050219001'), [], 'a certificate number is not a phone');
      assert.deepEqual(kinds('联系电话：0512-58681234', COMPANY), []);
      assert.deepEqual(kinds('联系电话：0512-58681234'), ['phone:0512-58681234']);
      assert.deepEqual(kinds('银行账号：6222021102034567890'), ['bankAccount:6222021102034567890']);
      assert.deepEqual(
        kinds('罚款缴入非税收入收款账号：32001234567890123'),
        [],
        'the agency’s own account stays',
      );
      // A real decision names the account the fine is paid into after it.
      assert.deepEqual(kinds('十五日内到 中国农业银行寻甸支行 银行（账号：24219301040009986 ）缴纳。'), []);
    });
    it('a home address after a label, for an individual only; not 住所内', () => {
      assert.deepEqual(kinds(`住址：${HOME}`), [`address:${HOME}`]);
      assert.deepEqual(kinds(`住所：${HOME}`, COMPANY), []);
      assert.deepEqual(kinds('执法人员在当事人住所内检查'), []);
      // A published copy masked it already (a real decision): nothing to mask again.
      assert.deepEqual(kinds('现住址：桃江县修山镇康家村树XXX'), []);
    });
    it('the front matter’s address wherever the body repeats it', () => {
      assert.deepEqual(kinds(`在其位于${HOME}的家中`, { ...PERSON, homes: [HOME] }), [`address:${HOME}`]);
    });
    it('a trade-secret marker, and an unclosed one to the end of the paragraph', () => {
      assert.equal(
        redactText('配方为〖商业秘密：甲乙按三比一混合〗，经检验不合格。', COMPANY),
        `配方为${SECRET_MASK}，经检验不合格。`,
      );
      assert.equal(
        redactText('配方为〖商业秘密：甲乙按三比一混合，经检验不合格。', COMPANY),
        `配方为${SECRET_MASK}`,
      );
    });
    it('the served copy prints the marker’s content without the marker', () => {
      assert.equal(stripSecretMarkers('配方为〖商业秘密：甲乙按三比一混合〗。'), '配方为甲乙按三比一混合。');
      assert.equal(servedTransform({ role: 'body', text: '〖商业秘密：X〗' }).text, 'X');
      assert.equal(stripSecretMarkers('配方为〖商业秘密：甲乙按三比一混合。'), '配方为甲乙按三比一混合。');
    });
  });

  describe('the clean company decisions', () => {
    it('have nothing to mask, and their public copy is the served copy', () => {
      const model = parseCase(BASE);
      assert.deepEqual(findRedactions(model), []);
      assert.deepEqual(publicParagraphs(model), printedParagraphs(model));
    });
    it('a marked trade secret in a company decision is masked, and only that paragraph changes', () => {
      const model = parseCase(edit('实际培训学时为八学时', '实际培训学时为〖商业秘密：八学时〗'));
      assert.deepEqual(
        findRedactions(model).map((r) => r.kind),
        ['tradeSecret'],
      );
      const served = printedParagraphs(model, { transform: servedTransform });
      const pub = publicParagraphs(model);
      assert.ok(
        served.some((p) => p.includes('实际培训学时为八学时')) && !served.some((p) => p.includes('〖')),
      );
      assert.equal(pub.filter((p, i) => p !== served[i]).length, 1);
      assert.ok(pub.some((p) => p.includes(`实际培训学时为${SECRET_MASK}`)));
    });
  });

  describe('the public copy of a decision against an individual (DOCX)', () => {
    it('keeps no ID number, telephone number or home address of the person, and every other paragraph unchanged', async function () {
      this.timeout(20000);
      const model = parseCase(FIXTURE, 'file:///case/individual-decision.case.md');
      const served = await openDocx(await exportDocx(model));
      const pub = await openDocx(await exportDocx(model, { transform: publicTransform(model) }));
      const before = served.paragraphs();
      const after = pub.paragraphs();
      // Every part of the package: body, headers, footers, document properties.
      const all = pub.files.map((f) => pub.xml(f)).join('\n');

      // The served copy does hold the data: the test would otherwise prove nothing.
      for (const secret of [ID, PHONE, HOME])
        assert.ok(before.join('\n').includes(secret), `served copy lacks ${secret}`);
      for (const secret of [ID, PHONE, HOME, ID.slice(6), PHONE.slice(3), '长江村三组18号', '金港镇长江村']) {
        assert.ok(!all.includes(secret), `the public copy still holds ${secret}`);
      }

      assert.equal(after.length, before.length, 'no paragraph is added or dropped');
      const changed = before.map((p, i) => [p, after[i]!] as const).filter(([a, b]) => a !== b);
      // Exactly the paragraphs that held the person's data changed, and only by their masks.
      assert.deepEqual(
        changed.map(([a]) => a),
        before.filter((p) => [ID, PHONE, HOME].some((s) => p.includes(s))),
      );
      assert.deepEqual(
        changed.map(([, b]) => b),
        [
          '身份证号：320582************',
          '住址：张家港市****',
          '联系电话：139********',
          before.find((p) => p.includes(`联系电话${PHONE}`))!.replace(PHONE, '139********'),
        ],
      );
      // The person's name is kept: the published decision names whom it penalises (docs/publication.md).
      assert.ok(after.includes('当事人：沈一鸣'));
    });
  });
});
