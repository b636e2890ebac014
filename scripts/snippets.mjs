// Writes snippets/casedraft.code-snippets: one snippet per document type (from data/templates/)
// and the standard clauses (from data/clauses.json, the wording the rules check against), so a
// snippet never drifts from what CaseDraft accepts. Placeholders of the form （…） and {名称}
// become tab stops. Usage: node scripts/snippets.mjs [--check]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as prettier from 'prettier';

const doctypes = JSON.parse(readFileSync('data/doctypes.json', 'utf8')).doctypes;
const clauses = JSON.parse(readFileSync('data/clauses.json', 'utf8')).clauses;

/** Snippet syntax reserves $, } and \; （…） and {…} placeholders become ${n:…} tab stops. */
function toSnippet(text) {
  let n = 0;
  const escaped = text.replace(/[$}\\]/g, (c) => `\\${c}`);
  return escaped.replace(/（([^（）\n]{1,20})）|\{([^{}\n]{1,20})\\\}/g, (whole, paren, brace) => {
    n++;
    return paren !== undefined ? `\${${n}:（${paren}）}` : `\${${n}:${brace}}`;
  });
}

const out = {};
for (const d of doctypes) {
  const path = `data/templates/${d.id}.case.md`;
  if (!existsSync(path)) continue;
  out[d.name] = {
    prefix: [`cd-${d.id}`, d.name],
    description: `新建${d.name}（CaseDraft 模板 ${path}）`,
    isFileTemplate: true,
    body: toSnippet(readFileSync(path, 'utf8')).split('\n'),
  };
}

out['证据行'] = {
  prefix: ['cd-evidence-row', '证据行'],
  description:
    '证据表的一行：编号、名称、种类（法定种类，行政处罚法第四十六条）、来源、取得时间、收集人（两人）、证明事项',
  body: [
    '| 证据${1:N} | ${2:名称} | ${3|书证,物证,视听资料,电子数据,证人证言,当事人的陈述,鉴定意见,勘验笔录,现场笔录|} | ${4:来源} | ${5:YYYY-MM-DD} | ${6:收集人甲}、${7:收集人乙} | ${8:证明事项} |',
  ],
};
const clauseSnippets = {
  payment: 'cd-payment',
  surcharge: 'cd-surcharge',
  remedy: 'cd-remedy',
  publication: 'cd-publication',
};
for (const [key, prefix] of Object.entries(clauseSnippets)) {
  const c = clauses[key];
  if (!c) continue;
  out[c.title] = {
    prefix: [prefix, c.title],
    description: `${c.title}（${c.law}）`,
    body: [toSnippet(c.text.replace(/\{([^{}]+)\}/g, '（$1全称）'))],
  };
}
out['落款'] = {
  prefix: ['cd-signing', '落款'],
  description: '落款：作出决定的机关全称、日期、印章（行政处罚法第五十九条第二款）',
  body: [
    '## 落款',
    '',
    '${1:（作出决定的行政机关全称）}',
    '',
    '${2:YYYY}年${3:M}月${4:D}日',
    '',
    '（印章）',
    '$0',
  ],
};

const target = 'snippets/casedraft.code-snippets';
// Formatted as `npm run format` would, so the two never fight over the file.
const text = await prettier.format(JSON.stringify(out), {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    console.error(`${target} is stale: run node scripts/snippets.mjs`);
    process.exit(1);
  }
} else writeFileSync(target, text);
