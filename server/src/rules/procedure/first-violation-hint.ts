import { sectionByName } from '../../core/model';
import { earlierDecision, partyDependency } from '../../core/party-index';
import { isPenaltyDecision } from '../../core/procedure';
import { defineRule } from '../../core/rule';
import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';

const FIRST = /初次|首次/;
const MINOR = /后果轻微|危害轻微|未造成(?:危害)?后果|未造成危害|无危害后果/;
const CORRECTED = /(?:已|及时|立即|当场)[^。；]{0,10}(?:改正|整改)|整改完毕|改正完毕/;

export default defineRule({
  meta: {
    id: 'procedure/first-violation-hint',
    severity: 'info',
    description: {
      zh: '事实显示初次违法、危害后果轻微并及时改正的，应考虑首违不罚',
      en: 'Facts showing a first, minor, corrected violation suggest considering no penalty',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第三十三条第一款',
      en: 'Administrative Penalty Law, Art. 33 para 1',
      // 首违不罚 (Art. 33 para 1, second sentence) is new in the 2021 text: a document dated before 2021-07-15 is not held to it.
      inForceFrom: CHUFA_2021_IN_FORCE,
    },
    docs: 'docs/rules/procedure/first-violation-hint.md',
    crossDocument: partyDependency,
  },
  messages: {
    consider: {
      zh: '违法事实写明当事人初次违法、危害后果轻微并已及时改正，但仍作出了处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚；请考虑是否适用首违不罚，并在决定中说明不适用的理由。',
      en: 'The facts state a first violation with minor consequences, corrected in time, yet a penalty is imposed. Such a violation may go unpunished; consider first-violation leniency, or state why it does not apply.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isPenaltyDecision(model)) return;
    const section = sectionByName(model, '违法事实');
    if (!section) return;
    const text = section.text;
    if (!(FIRST.test(text) && MINOR.test(text) && CORRECTED.test(text))) return;
    // An earlier decision against the party in the field (workspace or archive) makes it no first
    // violation: procedure/prior-violation says so where the draft claims one; no hint here.
    if (earlierDecision(ctx.model, ctx.workspace, ctx.catalog, ctx.config.firstViolationLookbackYears))
      return;
    ctx.report({ messageId: 'consider', span: section.headingSpan });
  },
});
