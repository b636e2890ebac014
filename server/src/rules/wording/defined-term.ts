import { partyName } from '../../core/facts';
import { memoByText } from '../../core/memo';
import { ownCopy } from '../../core/text';
import type { Block } from '../../core/model';
import { defineRule, insertAt, remove, replace } from '../../core/rule';
import type { Span } from '../../core/types';
import { inside, quotedSpans, within } from '../../core/wording';

const messages = {
  beforeDefinition: {
    zh: '简称「{short}」在定义（以下简称{short}）之前就使用了。请在「{full}」第一次出现处定义简称，或在此处写全称。',
    en: 'The short name "{short}" is used before it is defined (以下简称{short}). Define it where "{full}" first appears, or write the full name here.',
  },
  definedTwice: {
    zh: '简称「{short}」重复定义。请删去这一处「（以下简称{short}）」。',
    en: 'The short name "{short}" is defined a second time. Delete this "（以下简称{short}）".',
  },
  unused: {
    zh: '定义了简称「{short}」，但后文没有使用。请在后文使用简称，或删去「（以下简称{short}）」。',
    en: 'The short name "{short}" is defined but never used. Use it below, or delete "（以下简称{short}）".',
  },
  fullAfter: {
    zh: '已定义简称「{short}」，此处又用了全称「{full}」。请改用简称。',
    en: 'The short name "{short}" was defined, yet the full name "{full}" is used again here. Use the short name.',
  },
  fixDefineEarlier: {
    zh: '在「{full}」第一次出现处定义简称「{short}」',
    en: 'Define "{short}" where "{full}" first appears',
  },
  fixRemove: { zh: '删去重复的定义', en: 'Delete the repeated definition' },
  fixRemoveUnused: { zh: '删去未使用的简称定义', en: 'Delete the unused definition' },
  definedHere: { zh: '简称在此定义', en: 'defined here' },
  fixShort: { zh: '改为「{short}」', en: 'Change to "{short}"' },
};

/** `（以下简称恒澄公司）`, `（以下简称“恒澄公司”）`, `（以下简称《保险法》）`, `（以下称…）`. */
const DEFINITION =
  /[（(]\s*以下(?:简称|称)[：:]?\s*(?:“([^”（）()\n]{1,20})”|"([^"（）()\n]{1,20})"|(《[^》（）()\n]{1,30}》)|([^“”"（）()《》，。、\s]{1,20}))\s*[)）]/g;
/** Words that may stand before a name and are not part of it. */
const LEAD = /^(?:经查|查明|当事人|被处罚人|对|向|经|由|系|为|与|和|及|即|被|将|在|据|依据|根据)+/;
const PROSE = new Set(['paragraph', 'listItem', 'blockquote']);

interface Definition {
  short: string;
  full?: string;
  /** The parenthesis, marks included. */
  span: Span;
}

export default defineRule({
  meta: {
    id: 'wording/defined-term',
    severity: 'info',
    description: {
      zh: '简称先定义后使用，只定义一次，定义后用简称',
      en: 'Short names are defined once, before use, and then used',
    },
    basis: {
      kind: 'house',
      zh: '简称按法律文本的通例使用：「（以下简称《××法》）」之后用简称',
      en: 'short names as the statutes use them: after 「（以下简称《××法》）」, the short name',
    },
    docs: 'docs/rules/wording/defined-term.md',
    hasSuggestions: true,
    fixable: true,
  },
  messages,
  check(ctx) {
    const blocks = ctx.model.blocks.filter((b) => PROSE.has(b.kind) && b.section?.name !== '落款');
    const party = partyName(ctx.model.facts);
    const defs: Definition[] = [];
    for (const b of blocks) {
      // Every definition says 以下: a paragraph without it is not searched (matchAll copies the pattern).
      if (!b.text.includes('以下')) continue;
      for (const m of b.text.matchAll(DEFINITION)) {
        const short = (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim();
        defs.push({
          short,
          full: fullNameBefore(b.text.slice(0, m.index), short, party),
          span: { start: b.span.start + m.index, end: b.span.start + m.index + m[0].length },
        });
      }
    }
    if (!defs.length) return;
    const inDefinition = (at: number) => defs.some((d) => d.span.start <= at && at < d.span.end);
    // A definition that leaves its place keeps the name it followed as a use of the short name:
    // 「张家港市恒澄精细化工有限公司（以下简称恒澄公司）」 becomes 「恒澄公司」, not the full name
    // again (which the rule would then report as used after the definition).
    const withdraw = (d: Definition, full: string | undefined, short: string) => {
      const start = d.span.start - (full?.length ?? 0);
      return full && ctx.model.text.slice(start, d.span.start) === full
        ? replace({ start, end: d.span.end }, short)
        : remove(d.span);
    };

    const byShort = new Map<string, Definition[]>();
    for (const d of defs) byShort.set(d.short, [...(byShort.get(d.short) ?? []), d]);

    for (const [short, list] of byShort) {
      const def = list[0]!;
      const full = def.full;
      for (const again of list.slice(1)) {
        ctx.report({
          messageId: 'definedTwice',
          data: { short },
          span: again.span,
          fixes: [{ messageId: 'fixRemove', edits: [withdraw(again, again.full, short)] }],
        });
      }
      const fullSpans = full ? occurrences(blocks, full).filter((s) => !inDefinition(s.start)) : [];
      const uses = occurrences(blocks, short).filter(
        // fullSpans are sorted and disjoint (one name's occurrences in order): a binary search.
        (s) => !inDefinition(s.start) && !within(fullSpans, s.start, s.end),
      );
      // A label (`当事人：`) is not a use: 「当事人：××公司（以下简称当事人）」 is a common first line.
      const early = uses.filter(
        (s) => s.start < def.span.start && !/^[：:]/.test(ctx.model.text.slice(s.end, s.end + 1)),
      );
      early.forEach((use, i) => {
        // The fix moves the definition to the full name's first appearance, when that comes first.
        const firstFull = full ? fullSpans.find((f) => f.end <= early[0]!.start) : undefined;
        const defText = ctx.model.text.slice(def.span.start, def.span.end);
        ctx.report({
          messageId: 'beforeDefinition',
          data: { short, full: full ?? short },
          span: use,
          related: [{ span: def.span, messageId: 'definedHere' }],
          fixes:
            i === 0 && firstFull && full
              ? [
                  {
                    messageId: 'fixDefineEarlier',
                    data: { short, full },
                    edits: [insertAt(firstFull.end, defText), withdraw(def, full, short)],
                  },
                ]
              : undefined,
        });
      });
      if (!uses.length) {
        ctx.report({
          messageId: 'unused',
          data: { short },
          span: def.span,
          suggestions: [{ messageId: 'fixRemoveUnused', edits: [remove(def.span)] }],
        });
      }
      if (!full) continue;
      for (const f of fullSpans) {
        // 《关于西山汇鑫塑料制品厂办理环境影响评价的复函》 names the full name as the title has it.
        if (f.start <= def.span.start || f.quoted) continue;
        // A full name that is itself defined again is the definedTwice finding.
        if (list.some((d) => d.span.start === f.end)) continue;
        ctx.report({
          messageId: 'fullAfter',
          data: { short, full },
          span: { start: f.start, end: f.end },
          fixes: [
            {
              messageId: 'fixShort',
              data: { short },
              edits: [replace({ start: f.start, end: f.end }, short)],
            },
          ],
        });
      }
    }
  },
});

/**
 * The full name a definition abbreviates: the 《…》 title right before it, the party's name when
 * the text before ends with it, or else the run of name characters before it, without leading
 * words such as 经查 or 当事人. Undefined when no name longer than the short name is found.
 */
function fullNameBefore(before: string, short: string, party: string | undefined): string | undefined {
  const title = /《[^《》]+》$/.exec(before);
  if (title) return title[0].length > short.length ? title[0] : undefined;
  if (party && before.endsWith(party)) return party;
  const run = /[\u4e00-\u9fa5A-Za-z0-9]{2,40}$/.exec(before)?.[0].replace(LEAD, '');
  return run && run.length > short.length ? run : undefined;
}

function occurrences(blocks: Block[], needle: string): (Span & { quoted: boolean })[] {
  const out: (Span & { quoted: boolean })[] = [];
  const inText = occurrencesOf(needle);
  for (const b of blocks) {
    if (!b.text.includes(needle)) continue;
    for (const o of inText(b.text))
      out.push({ start: b.span.start + o.start, end: b.span.start + o.end, quoted: o.quoted });
  }
  return out;
}

/**
 * Where a name occurs in a text and whether it is quoted there, kept by text per name: a short
 * name (当事人) is in most paragraphs of the facts, and all but the edited one are as they were.
 * A draft defines few names; past eight the memos start again.
 */
function occurrencesOf(name: string): (text: string) => readonly (Span & { quoted: boolean })[] {
  let memo = byNeedle.get(name);
  if (!memo) {
    if (byNeedle.size >= 8) byNeedle.clear();
    // Its own copy: the name is cut from a draft, which the memo must not keep alive.
    const needle = ownCopy(name);
    memo = memoByText(
      (text) => {
        const out: (Span & { quoted: boolean })[] = [];
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length))
          out.push({
            start: i,
            end: i + needle.length,
            quoted: inside(quotedSpans(text), i, i + needle.length),
          });
        return out;
      },
      { chars: 200_000 },
    );
    byNeedle.set(needle, memo);
  }
  return memo;
}
const byNeedle = new Map<string, (text: string) => readonly (Span & { quoted: boolean })[]>();
