import { factSpan, isPenaltyDecision, yuan } from '../../core/procedure';
import { quoted } from '../../core/i18n';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'penalty/discretion-band',
    severity: 'warning',
    description: {
      zh: '罚款须落在所主张裁量档次的裁量基准幅度内',
      en: 'The fine lies in the discretion band claimed',
    },
    basis: {
      kind: 'agency',
      zh: '公布的行政处罚裁量基准（合规清单的裁量档次）；《中华人民共和国行政处罚法》第三十四条要求行政机关依法制定并公布裁量基准',
      en: "the agency's published discretion benchmarks (the catalog's bands); Administrative Penalty Law, Art. 34 has agencies set and publish them",
    },
    docs: 'docs/rules/penalty/discretion-band.md',
  },
  messages: {
    outside: {
      zh: '罚款 {fine} 元不在「{violation}」{band}档次的裁量基准 {min}–{max} 元内{example}。请调整罚款或裁量档次，并在决定中说明裁量理由。',
      en: 'The fine of {fine} yuan is outside the {band} band of {min}–{max} yuan for "{violation}"{example}. Adjust the fine or the band and give the reasons.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isPenaltyDecision(model)) return;
    const pen = model.facts.处罚;
    const entry = ctx.catalog.find(model.facts.违法行为);
    if (pen?.罚款 === undefined || !pen.裁量 || !entry?.discretion) return;
    const b = entry.discretion.bands[pen.裁量];
    if (!b || (pen.罚款 >= b.min && pen.罚款 <= b.max)) return;
    const example = entry.discretion.example
      ? {
          zh: '（此为 CaseDraft 内置的示例裁量基准，不是任何机关的政策；请在 casedraft.config.json 的 catalogs 中换成本机关公布的裁量基准）',
          en: ' (CaseDraft\'s EXAMPLE benchmark, not an agency\'s policy: replace it with your own through "catalogs" in casedraft.config.json)',
        }
      : { zh: `（${entry.discretion.source}）`, en: ` (${entry.discretion.source})` };
    ctx.report({
      messageId: 'outside',
      data: {
        fine: yuan(pen.罚款),
        violation: entry.name,
        band: quoted(pen.裁量),
        min: yuan(b.min),
        max: yuan(b.max),
        example,
      },
      span: factSpan(model, ['处罚', '罚款']),
    });
  },
});
