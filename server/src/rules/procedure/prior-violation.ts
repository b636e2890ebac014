import { earlierDecision, partyDependency } from '../../core/party-index';
import { defaultNote, factSpan } from '../../core/procedure';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';
import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';

const CLAIM = /首违不罚|初次违法/;

export default defineRule({
  meta: {
    id: 'procedure/prior-violation',
    severity: 'error',
    description: {
      zh: '同一当事人在同一领域已有在先处罚决定的，不得认定为初次违法',
      en: 'No first-violation claim when the same party has an earlier decision in the same field',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第三十三条第一款',
      en: 'Administrative Penalty Law, Art. 33 para 1',
      // 首违不罚 (Art. 33 para 1, second sentence) is new in the 2021 text: a document dated before 2021-07-15 is not held to it.
      inForceFrom: CHUFA_2021_IN_FORCE,
    },
    docs: 'docs/rules/procedure/prior-violation.md',
    crossDocument: partyDependency,
  },
  messages: {
    prior: {
      zh: '本案认定当事人初次违法，但工作区中已有对同一当事人（{id}）在{field}领域的在先决定 {docNo}（{date}，{years}年内{note}），不能认定为初次违法。请核实后改正首违认定。',
      en: 'This draft treats the violation as a first one, but the workspace holds an earlier decision against the same party ({id}) in the field {field}: {docNo} ({date}, within {years} years{note}). It is not a first violation; check and correct.',
    },
    related: { zh: '在先决定 {docNo}', en: 'Earlier decision {docNo}' },
  },
  check(ctx) {
    const { model, config } = ctx;
    if (!isDecision(model)) return;
    const claims = model.facts.首违 === '是' || model.blocks.some((b) => CLAIM.test(b.text));
    if (!claims) return;
    const found = earlierDecision(model, ctx.workspace, ctx.catalog, config.firstViolationLookbackYears);
    if (!found) return;
    const { prior, partyId: id, field } = found;
    const years = config.firstViolationLookbackYears;
    const docNo = prior.文号 ?? decodeURIComponent(prior.uri.replace(/^.*\//, ''));
    // An archived decision has no draft to point into: its file, from the top.
    const otherSpan = prior.model ? factSpan(prior.model, ['文号']) : { start: 0, end: 0 };
    ctx.report({
      messageId: 'prior',
      data: {
        id,
        field,
        docNo,
        date: prior.decided!,
        years,
        note: defaultNote(config, 'firstViolationLookbackYears'),
      },
      span: model.facts.首违 === '是' ? factSpan(model, ['首违']) : factSpan(model, ['文书']),
      related: [
        {
          uri: prior.uri,
          model: prior.model,
          span: otherSpan,
          messageId: 'related',
          data: { docNo },
        },
      ],
    });
  },
});
