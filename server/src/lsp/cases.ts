/**
 * The case view's requests: the cases of the workspace (core/case) with each document's stage and
 * findings, one case's timeline, a new document of a case, and the case's 卷宗. The editor draws
 * and writes what these return; everything it shows is worded here, in the officer's language.
 */
import { caseFiles, newCaseDocument, type CaseDocument, type CaseFile } from '../core/case';
import { exportCaseFileDocx, exportGate } from '../core/export';
import { localize } from '../core/i18n';
import { servedTransform } from '../core/redact';
import { buildCaseTimeline, renderTimelineSvg } from '../core/timeline';
import type { Locale, LocalizedText, TranslatedDiagnostic } from '../core/types';
import type { CaseServer } from './caseServer';

export interface DocumentSummary {
  uri: string;
  /** The file name. */
  name: string;
  doctype: string;
  docNumber?: string;
  date?: string;
  /** The step of the procedure the document is: 调查取证, 告知, 决定 … */
  stage: string;
  errors: number;
  warnings: number;
}

export interface CaseSummary {
  id: string;
  folder: string;
  caseNo?: string;
  title: string;
  /** How far the case has come: 调查取证, 已告知, 已决定, 已送达. */
  stage: string;
  errors: number;
  warnings: number;
  documents: DocumentSummary[];
}

export type NewCaseDocumentResult = { text: string; target: string } | { error: string };
export type ExportCaseResult =
  { data: string; target: string; draft: boolean } | { error: string; errors: string[] };

const STAGES = {
  record: { zh: '调查取证', en: 'Investigation' },
  notice: { zh: '告知', en: 'Notice' },
  decision: { zh: '决定', en: 'Decision' },
  delivered: { zh: '已送达', en: 'Delivered' },
  caseRecord: { zh: '调查取证', en: 'Investigating' },
  caseNotice: { zh: '已告知', en: 'Notified' },
  caseDecision: { zh: '已决定', en: 'Decided' },
} satisfies Record<string, LocalizedText>;

const MESSAGES = {
  noCase: { zh: '找不到该案件，请刷新案件视图。', en: 'No such case; refresh the case view.' },
  noTemplate: { zh: '没有「{doctype}」的模板。', en: 'There is no template for "{doctype}".' },
  hasErrors: {
    zh: '未导出：案件文书有 {count} 个错误。请先改正，或选择导出标注“草稿”的卷宗。',
    en: 'Not exported: the documents of the case have {count} errors. Fix them, or export a copy marked 草稿 (draft).',
  },
  untitled: { zh: '（未命名案件）', en: '(untitled case)' },
} satisfies Record<string, LocalizedText>;

const delivered = (d: CaseDocument) => d.kind === 'decision' && !!d.model.facts.程序?.送达;

function caseStage(file: CaseFile): LocalizedText {
  const last = [...file.documents].sort((a, b) => rankOf(b) - rankOf(a))[0];
  if (!last) return STAGES.caseRecord;
  if (delivered(last)) return STAGES.delivered;
  return { record: STAGES.caseRecord, notice: STAGES.caseNotice, decision: STAGES.caseDecision }[last.kind];
}
const rankOf = (d: CaseDocument) => ({ record: 0, notice: 1, decision: 2 })[d.kind] + (delivered(d) ? 1 : 0);

export function registerCases(server: CaseServer): void {
  const findings = (uri: string): TranslatedDiagnostic[] => {
    const l = server.lintFor(uri);
    if (!l) return [];
    const service = server.serviceFor(uri);
    return l.diagnostics.map((d) => service.translate(d, server.localeFor(uri)));
  };
  const count = (uri: string) => {
    const l = server.lintFor(uri);
    const ds = l?.diagnostics ?? [];
    return {
      errors: ds.filter((d) => d.severity === 'error').length,
      warnings: ds.filter((d) => d.severity === 'warning').length,
    };
  };
  const find = (id: string) => caseFiles(server.workspace).find((c) => c.id === id);
  const localeOf = (file: CaseFile): Locale => server.localeFor(file.documents[0]?.uri ?? '');

  server.connection.onRequest('casedraft/cases', () =>
    server.guard<{ cases: CaseSummary[] }>('cases', { cases: [] }, () => ({
      cases: caseFiles(server.workspace).map((file): CaseSummary => {
        const locale = localeOf(file);
        const documents = file.documents.map((d): DocumentSummary => ({
          uri: d.uri,
          name: decodeURIComponent(d.uri.slice(d.uri.lastIndexOf('/') + 1)),
          doctype: d.model.facts.文书 ?? '',
          ...(d.model.facts.文号 ? { docNumber: d.model.facts.文号 } : {}),
          ...(d.date ? { date: d.date.iso } : {}),
          stage: localize(delivered(d) ? STAGES.delivered : STAGES[d.kind], locale),
          ...count(d.uri),
        }));
        return {
          id: file.id,
          folder: file.folder,
          ...(file.caseNo ? { caseNo: file.caseNo } : {}),
          title: file.title ?? localize(MESSAGES.untitled, locale),
          stage: localize(caseStage(file), locale),
          errors: documents.reduce((n, d) => n + d.errors, 0),
          warnings: documents.reduce((n, d) => n + d.warnings, 0),
          documents,
        };
      }),
    })),
  );

  server.connection.onRequest('casedraft/caseTimeline', (p: { id: string }) =>
    server.guard<{ svg: string } | null>('caseTimeline', null, () => {
      const file = find(p?.id);
      if (!file) return null;
      const locale = localeOf(file);
      const byUri = new Map(file.documents.map((d) => [d.uri, findings(d.uri)]));
      const config = server.serviceFor(file.documents[0]!.uri).config;
      const t = buildCaseTimeline(file, config, byUri, locale);
      return {
        svg: renderTimelineSvg(t, { title: [file.caseNo, file.title].filter(Boolean).join(' '), locale }),
      };
    }),
  );

  server.connection.onRequest(
    'casedraft/newCaseDocument',
    async (p: { id: string; doctype: string }): Promise<NewCaseDocumentResult> =>
      server.guard<NewCaseDocumentResult>('newCaseDocument', { error: 'internal error' }, () => {
        const file = find(p?.id);
        if (!file) return { error: localize(MESSAGES.noCase, 'zh-cn') };
        const locale = localeOf(file);
        const made = newCaseDocument(file, p.doctype);
        if (!made) return { error: localize(MESSAGES.noTemplate, locale, { doctype: p.doctype }) };
        return { text: made.text, target: `${file.folder}/${encodeURIComponent(made.fileName)}` };
      }),
  );

  server.connection.onRequest(
    'casedraft/exportCase',
    async (p: { id: string; force?: boolean }): Promise<ExportCaseResult> => {
      try {
        const file = find(p?.id);
        if (!file)
          return { error: localize(MESSAGES.noCase, 'zh-cn'), errors: [] } satisfies ExportCaseResult;
        const locale = localeOf(file);
        // The same gate the officer sees: the errors of the documents' current text.
        const found = file.documents.flatMap((d) => findings(d.uri).map((f) => ({ uri: d.uri, f })));
        const gate = exportGate(
          found.map((x) => x.f),
          p.force,
        );
        const errors = found
          .filter((x) => x.f.severity === 'error')
          .map(
            ({ uri, f }) =>
              `${decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1))}:${f.range.start.line + 1} ${f.message}`,
          );
        if (gate.refused)
          return {
            error: localize(MESSAGES.hasErrors, locale, { count: gate.errors }),
            errors,
          } satisfies ExportCaseResult;
        const bytes = await exportCaseFileDocx(file, { draft: gate.draft, transform: servedTransform });
        return {
          data: Buffer.from(bytes).toString('base64'),
          target: `${file.folder}/${encodeURIComponent('卷宗.docx')}`,
          draft: gate.draft,
        } satisfies ExportCaseResult;
      } catch (err) {
        server.logError('exportCase', err);
        return { error: String((err as Error)?.message ?? err), errors: [] } satisfies ExportCaseResult;
      }
    },
  );
}
