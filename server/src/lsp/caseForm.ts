import { LSPErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver/node';
import {
  caseForm,
  formEditToText,
  knownParties,
  type CaseForm,
  type FormEdit,
  type KnownParty,
} from '../core/case-form';
import { effectiveSeverity } from '../core/engine';
import type { CaseServer } from './caseServer';

export interface CaseFormParams {
  uri: string;
}

export interface CaseFormResult {
  /** Null when the draft's front matter cannot be edited as a form (none, unknown 文书, broken YAML). */
  form: CaseForm | null;
  /** The version of the text the form was read from. */
  version: number;
  /** The parties of the workspace's drafts, for completion. */
  parties: KnownParty[];
  /** Whether the agency checks a review chain (procedure/review-chain is on), or the draft has one. */
  reviewChain: boolean;
}

export interface CaseFormEditParams {
  uri: string;
  /** The version the form showed: an edit against an older text is refused (ContentModified). */
  version: number;
  edit: FormEdit;
}

/**
 * `casedraft/caseForm`: the case information form of a draft (fields from its front-matter schema,
 * values from its front matter). `casedraft/caseFormEdit`: what an edit in the form does to the
 * text, as a WorkspaceEdit the editor applies (so undo works). core/case-form.ts does the work.
 */
export function registerCaseForm(server: CaseServer): void {
  server.connection.onRequest('casedraft/caseForm', (p: CaseFormParams, token) =>
    server.guard<CaseFormResult | null>('caseForm', null, () => {
      const model = typeof p?.uri === 'string' ? server.modelFor(p.uri, token) : undefined;
      if (!model) return null;
      const reviewRule = server.rulesById.get('procedure/review-chain');
      const severity = reviewRule ? effectiveSeverity(reviewRule, server.serviceFor(p.uri).config) : 'off';
      return {
        form: caseForm(model) ?? null,
        version: server.store.documents.get(p.uri)?.version ?? -1,
        parties: knownParties(server.workspace),
        reviewChain: severity !== 'off' || model.frontMatter.data?.['审核'] !== undefined,
      };
    }),
  );
  server.connection.onRequest('casedraft/caseFormEdit', (p: CaseFormEditParams, token) => {
    const doc = server.store.documents.get(p?.uri);
    if (!doc) return null;
    if (doc.version !== p.version)
      return new ResponseError(LSPErrorCodes.ContentModified, 'the draft changed since the form was read');
    return server.guard<WorkspaceEdit | null>('caseFormEdit', null, () => {
      const model = server.modelFor(p.uri, token);
      const edits = model && formEditToText(model, p.edit);
      if (!model || !edits) return null;
      return {
        documentChanges: [
          {
            textDocument: { uri: p.uri, version: doc.version },
            edits: edits.map((e) => ({ range: model.lines.range(e.span), newText: e.text })),
          },
        ],
      };
    });
  });
}
