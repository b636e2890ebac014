import {
  defaultNote,
  factSpan,
  isPenaltyDecision,
  isSimpleProcedure,
  partyType,
  partyTypeText,
  yuan,
} from '../../core/procedure';
import { under2017Text } from '../../core/renumbering';
import { defineRule } from '../../core/rule';

/** Art. 63 para 1 items (三)(四): kinds that always carry the right to a hearing. */
const HEARING_KINDS = ['降低资质等级', '吊销许可证件', '责令停产停业', '责令关闭', '限制从业'];

/**
 * The 2017 text, Art. 42 para 1: 「行政机关作出责令停产停业、吊销许可证或者执照、较大数额罚款等行政处罚
 * 决定之前,应当告知当事人有要求听证的权利」 (source [N] of the research note, as read for that row of
 * data/chufa-fa-renumbering.json): the kinds it names, under the names officers write for them, and
 * a large fine — not confiscation, which the 2021 text's Art. 63 (二) added.
 */
const HEARING_KINDS_2017 = ['责令停产停业', '吊销许可证', '吊销执照', '吊销营业执照', '吊销许可证件'];

export default defineRule({
  meta: {
    id: 'procedure/hearing-notice',
    severity: 'error',
    description: {
      zh: '较大数额罚款、吊销许可证件、责令停产停业等处罚须告知听证权利',
      en: 'Penalties that carry the right to a hearing tell the party of it',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第六十三条',
      en: 'Administrative Penalty Law, Art. 63',
    },
    docs: 'docs/rules/procedure/hearing-notice.md',
  },
  messages: {
    fine: {
      zh: '罚款或没收违法所得 {fine} 元达到{type}较大数额标准 {threshold} 元{note}，应当告知当事人有要求听证的权利，但程序.听证告知不是「是」。',
      en: 'The fine or confiscated illegal gains of {fine} yuan reach the 较大数额 threshold for a {type} of {threshold} yuan{note}: the party must be told of the right to a hearing, but 程序.听证告知 is not 是.',
    },
    fine2017: {
      zh: '罚款 {fine} 元达到{type}较大数额标准 {threshold} 元{note}：本决定作出时施行的2017年修正的《行政处罚法》第四十二条规定，作出较大数额罚款决定之前应当告知当事人有要求听证的权利，但程序.听证告知不是「是」。',
      en: 'The fine of {fine} yuan reaches the 较大数额 threshold for a {type} of {threshold} yuan{note}: under Art. 42 of the Administrative Penalty Law as amended in 2017, in force when the decision was made, the party must be told of the right to a hearing before a large fine, but 程序.听证告知 is not 是.',
    },
    kind: {
      zh: '处罚种类「{kind}」属于应当告知听证权利的处罚，但程序.听证告知不是「是」。',
      en: 'The penalty "{kind}" carries the right to a hearing, but 程序.听证告知 is not 是.',
    },
  },
  check(ctx) {
    const { model, config } = ctx;
    if (!isPenaltyDecision(model) || isSimpleProcedure(model)) return;
    const pen = model.facts.处罚;
    if (!pen || model.facts.程序?.听证告知 === '是') return;
    const span = factSpan(model, ['程序', '听证告知']);
    const under2017 = under2017Text(ctx.lawDate);
    const kind = (pen.种类 ?? []).find((k) => (under2017 ? HEARING_KINDS_2017 : HEARING_KINDS).includes(k));
    if (kind) {
      ctx.report({ messageId: 'kind', data: { kind }, span });
      return;
    }
    const type = partyType(model);
    if (!type) return;
    const threshold = config.thresholds.hearing[type];
    // Art. 63 (二): 没收较大数额违法所得 — measured against the same configured 较大数额.
    const amount = under2017 ? (pen.罚款 ?? 0) : Math.max(pen.罚款 ?? 0, pen.没收违法所得 ?? 0);
    const given = under2017
      ? pen.罚款 !== undefined
      : pen.罚款 !== undefined || pen.没收违法所得 !== undefined;
    if (given && amount >= threshold) {
      ctx.report({
        messageId: under2017 ? 'fine2017' : 'fine',
        data: {
          fine: yuan(amount),
          type: partyTypeText(type),
          threshold: yuan(threshold),
          note: defaultNote(config, 'thresholds.hearing'),
        },
        span,
      });
    }
  },
});
