import { addYears } from '../../core/calendar';
import { deadlinesOf, LIMITATION_YEARS, limitationTerms } from '../../core/deadlines';
import { factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

const ACT = {
  违法行为发生: { zh: '发生', en: 'occurred' },
  违法行为终了: { zh: '终了', en: 'ended' },
} as const;

export default defineRule({
  meta: {
    id: 'procedure/limitation',
    severity: 'error',
    description: {
      zh: '违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，为五年',
      en: 'No penalty for a violation not discovered within two years; five where it endangers life, health or financial safety and had harmful consequences',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第三十六条',
      en: 'Administrative Penalty Law, Art. 36',
    },
    docs: 'docs/rules/procedure/limitation.md',
  },
  messages: {
    expired: {
      zh: '违法行为{act} {from}，发现于 {discovered}，已超过{years}年追责期限（至 {end}）。违法行为在期限内未被发现的，不再给予行政处罚（法律另有规定的除外）；请核对日期。',
      en: 'The violation {act} on {from} and was discovered on {discovered}: past the {years}-year limitation period (to {end}). A violation not discovered within it is not penalised (unless other law provides otherwise); check the dates.',
    },
    noDiscovery: {
      zh: '违法行为{act} {from}，立案 {filed} 已在{years}年追责期限（至 {end}）之后。期限计算到违法行为被发现之日，而不是立案之日：请在前置信息中写明 程序.发现；发现也在期限之后的，不再给予行政处罚。',
      en: 'The violation {act} on {from}; the case was filed on {filed}, after the {years}-year limitation period (to {end}). The period runs to the day the violation was discovered, not to the filing: give 程序.发现; if it too is after the period, no penalty may be imposed.',
    },
    earlierLaw: {
      zh: '违法行为{act}于 {from}，早于现行《中华人民共和国行政处罚法》施行之日（{inForce}）；当时施行的文本未收录，追责期限未按其检查，请按当时的规定核对（第三十七条：实施行政处罚，适用违法行为发生时的法律、法规、规章的规定）。',
      en: 'The violation {act} on {from}, before the current Administrative Penalty Law took effect ({inForce}); the text then in force is not bundled, so the limitation period was not checked against it: check it by the rules of the time (Art. 37).',
    },
    harmUnstated: {
      zh: '违法行为{act} {from}，发现于 {discovered}，已超过二年追责期限（至 {end}）。「{field}」是本机关列为涉及公民生命健康安全、金融安全的领域，但追责期限只有同时有危害后果的才延长至五年（至 {extendedEnd}）：请在前置信息中写明 危害后果: 有 或 无。',
      en: 'The violation {act} on {from} and was discovered on {discovered}: past the two-year period (to {end}). "{field}" is a field the agency lists as endangering life, health or financial safety, but the period is five years (to {extendedEnd}) only where there were harmful consequences too: state 危害后果: 有 or 无.',
    },
  },
  check(ctx) {
    const { model, config } = ctx;
    const deadlines = deadlinesOf(model, config);
    const unread = deadlines.unknown.find((u) => u.id === 'limitation');
    if (unread?.bundledFrom) {
      ctx.report({
        messageId: 'earlierLaw',
        data: { act: ACT[unread.from as keyof typeof ACT], from: unread.start, inForce: unread.bundledFrom },
        span: factSpan(model, ['程序', unread.from]),
        atMost: 'info',
      });
      return;
    }
    const d = deadlines.get('limitation');
    if (!d || d.status !== 'missed' || !d.governs?.date) return;
    const act = ACT[d.from as keyof typeof ACT];
    const terms = limitationTerms(model, config);
    const base = {
      act,
      from: d.start,
      end: d.end,
      years: { zh: terms.years === 5 ? '五' : '二', en: String(terms.years) },
    };
    const discovered = d.governs.date;
    // Without 程序.发现 the filing stands in: past the period, discovery may still have been in it.
    if (d.governs.step === '立案') {
      ctx.report({
        messageId: 'noDiscovery',
        data: { ...base, filed: discovered },
        span: factSpan(model, ['程序', '立案']),
        atMost: 'warning',
      });
      return;
    }
    const span = factSpan(model, ['程序', '发现']);
    const extendedEnd = addYears(d.start, LIMITATION_YEARS.extended);
    if (terms.ground === 'undetermined' && discovered <= extendedEnd) {
      ctx.report({
        messageId: 'harmUnstated',
        data: { act, from: d.start, end: d.end, discovered, field: model.facts.领域!, extendedEnd },
        span,
        atMost: 'warning',
      });
      return;
    }
    ctx.report({ messageId: 'expired', data: { ...base, discovered }, span });
  },
});
