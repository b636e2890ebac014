// Which sums of money in the body are the fine: wording/amount-mismatch and wording/amount-format share it.
import { isSection, type Amount, type CaseModel } from './model';

/** 罚款 (or the wrong 罚金) right before the amount, with at most 人民币 and a few words between. */
const FINE_BEFORE = /(?:罚款|罚金)(?:数额|金额)?(?:为|计)?(?:人民币)?\s*$/;

/** The amounts that state the fine imposed: `处以罚款人民币贰万元整（¥20,000.00）`. */
export function fineAmounts(model: CaseModel): Amount[] {
  return model.amounts.filter((a) => {
    // The facts may tell of another fine (an earlier decision's 罚款39.86万元): not this one.
    if (isSection(a.block.section, '违法事实')) return false;
    const before = model.text.slice(Math.max(a.block.span.start, a.span.start - 12), a.span.start);
    return FINE_BEFORE.test(before) || (a.currency && /(?:罚款|罚金)$/.test(before));
  });
}
