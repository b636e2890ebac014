import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKING_DAY_PERIODS } from '../../server/src/core/calendar';
import { DEFAULTS } from '../../server/src/core/config';
import { articleText, lawById } from '../../server/src/core/laws';
import { toChineseInteger } from '../../server/src/core/numerals';
import {
  DECISION_DAYS as LIMIT_DAYS,
  DELIVERY_DAYS,
  HEARING_REQUEST_DAYS,
} from '../../server/src/core/deadlines';
import { LIMITS as SIMPLE_LIMITS } from '../../server/src/rules/procedure/simple-procedure';

// Every statutory figure a procedure rule computes with, found in the article it comes from in the
// bundled law texts (data/laws/). A changed constant or a wrong transcription of a law fails here.
const text = (law: string, article: number, paragraph?: number, item?: number): string => {
  const l = lawById(law);
  assert.ok(l, `law ${law} is bundled`);
  const t = articleText(l, article, paragraph, item);
  assert.ok(t, `${law} Art. ${article} exists`);
  return t;
};
const CHUFA = 'xingzheng-chufa-fa-2021';
const cn = toChineseInteger;

describe('statutory figures of the procedure rules, against the law texts', () => {
  it('simple procedure: 个人 200 yuan, 单位 3,000 yuan (行政处罚法 Art. 51)', () => {
    assert.ok(
      text(CHUFA, 51).includes(
        `对公民处以${cn(SIMPLE_LIMITS.个人)}元以下、对法人或者其他组织处以${cn(SIMPLE_LIMITS.单位)}元以下罚款或者警告`,
      ),
    );
  });

  it('decision within 90 days of 立案 (Art. 60)', () => {
    assert.ok(text(CHUFA, 60).includes(`立案之日起${cn(LIMIT_DAYS)}日内作出行政处罚决定`));
  });

  it('delivery within 7 days (Art. 61), a hearing requested within 5 days (Art. 64 (一))', () => {
    assert.ok(text(CHUFA, 61).includes(`在${cn(DELIVERY_DAYS)}日内`));
    assert.ok(text(CHUFA, 64).includes(`告知后${cn(HEARING_REQUEST_DAYS)}日内提出`));
    assert.equal(DEFAULTS.statementPeriodWorkingDays, HEARING_REQUEST_DAYS);
  });

  it('the 2, 3, 5 and 7-day periods are working days (Art. 85)', () => {
    const art85 = text(CHUFA, 85);
    for (const d of WORKING_DAY_PERIODS) assert.ok(art85.includes(`“${cn(d)}日”`), `Art. 85 names ${d}`);
    assert.ok(art85.includes('是指工作日'));
  });

  it('limitation: two years, five for life, health and financial safety (Art. 36)', () => {
    assert.ok(text(CHUFA, 36).includes('二年内未被发现的，不再给予行政处罚'));
    assert.ok(text(CHUFA, 36).includes('上述期限延长至五年'));
  });

  it('payment within fifteen days, 3 % a day capped at the fine (Art. 67 para 3, Art. 72 para 1 (一))', () => {
    assert.ok(text(CHUFA, 67, 3).includes('当事人应当自收到行政处罚决定书之日起十五日内'));
    assert.ok(
      text(CHUFA, 72, 1, 1).includes('每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额'),
    );
  });

  it('the 2021 text and the 2023 Reconsideration Law take effect on the dates the rules use', () => {
    const renumbering = JSON.parse(
      readFileSync(join(__dirname, '../../data/chufa-fa-renumbering.json'), 'utf8'),
    );
    const [y, m, d] = renumbering.inForceFrom.split('-').map(Number);
    assert.ok(text(CHUFA, 86).includes(`本法自${y}年${m}月${d}日起施行`));
    const [ry, rm, rd] = lawById('xingzheng-fuyi-fa-2023')!.inForce!.split('-').map(Number);
    assert.ok(text('xingzheng-fuyi-fa-2023', 90).includes(`本法自${ry}年${rm}月${rd}日起施行`));
  });

  it('remedy: 六十日 for reconsideration, 六个月 for litigation', () => {
    assert.ok(text('xingzheng-fuyi-fa-2023', 20).includes('之日起六十日内提出行政复议申请'));
    assert.ok(text('xingzheng-susong-fa', 46).includes('之日起六个月内提出'));
  });
});
