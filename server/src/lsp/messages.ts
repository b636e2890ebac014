import type { LocalizedText } from '../core/types';

/** The language server's own words (code action titles, hover labels): one table, both languages. */
export const lspMessages = {
  fixAllRule: {
    zh: '修复本文件中所有「{rule}」问题（{count} 处）',
    en: 'Fix all "{rule}" problems in this file ({count})',
  },
  fixAll: { zh: '修复本文件中所有可自动修复的问题', en: 'Fix all auto-fixable problems in this file' },
  suggestion: { zh: '建议：{title}', en: 'Suggestion: {title}' },
  disableNextLine: {
    zh: '在下一行停用「{rule}」（添加注释）',
    en: 'Disable "{rule}" for the next line (add a comment)',
  },
  disableTable: {
    zh: '在此表格中停用「{rule}」（添加注释）',
    en: 'Disable "{rule}" for this table (add comments)',
  },
  tooLarge: {
    zh: '此草稿 {size} MB，超过 {limit} MB 的上限，CaseDraft 未检查它（命令行同样拒绝这样的文件）。请拆分为几份文书，或删去粘贴进来的大段内容后再保存。',
    en: 'This draft is {size} MB, over the {limit} MB limit, so CaseDraft did not check it (the CLI refuses such files too). Split it into several documents, or remove large pasted content, and save again.',
  },
  evidenceMissing: { zh: '「{id}」不在证据表中。', en: '"{id}" is not listed in the evidence table.' },
  evidenceCitedBy: { zh: '被引用 {count} 次', en: 'Cited {count} time(s)' },
  lawUnknown: {
    zh: 'CaseDraft 的法条库未收录此条文，请以官方公布的文本为准。',
    en: "This article is not in CaseDraft's law database; check the officially published text.",
  },
  lawArticle: { zh: '第{n}条', en: 'Art. {n}' },
  fineRanges: { zh: '**罚款幅度**（据上文条文）：', en: '**Fine range** (read from the article above):' },
  fineBetween: { zh: '{min}以上{max}以下', en: '{min} to {max}' },
  fineAtMost: { zh: '{max}以下', en: 'up to {max}' },
  fineAtLeast: { zh: '{min}以上', en: 'from {min}' },
  fineFor: { zh: '{who}：', en: '{who}: ' },
  fineWhen: { zh: '{when}，', en: '{when}: ' },
  procedureDate: { zh: '程序：{step} — {date}', en: 'Procedure: {step} — {date}' },
  renameInvalid: {
    zh: '证据编号须为「证据」加数字，如「证据5」。',
    en: 'An evidence id is 证据 followed by a number, e.g. 证据5.',
  },
  renameTaken: { zh: '「{id}」已在证据表中。', en: '"{id}" is already in the evidence table.' },
  renameNothing: { zh: '此处没有证据编号。', en: 'There is no evidence id here.' },
  sectionMissing: { zh: '本文书要求的部分（尚未写）', en: 'Required section (not yet written)' },
  sectionRequired: { zh: '本文书要求的部分', en: 'Required section' },
  sectionOptional: { zh: '可选部分', en: 'Optional section' },
  statutoryKind: {
    zh: '法定证据种类（行政处罚法第四十六条）',
    en: 'Statutory kind of evidence (Administrative Penalty Law, Art. 46)',
  },
  citedNotListed: { zh: '正文已引用、证据表尚未列出', en: 'Cited in the body, not yet in the table' },
  nextEvidenceId: { zh: '下一个证据编号', en: 'Next evidence id' },
  evidenceTable: { zh: '证据表', en: 'Evidence table' },
  frontMatter: { zh: '文书要素（front matter）', en: 'Front matter' },
} satisfies Record<string, LocalizedText>;
