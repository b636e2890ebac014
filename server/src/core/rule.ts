import type { Catalog } from './catalog';
import type { ResolvedConfig } from './config';
import type { MessageArgs } from './i18n';
import type { CaseModel } from './model';
import type { Locale, LocalizedText, Severity, Span } from './types';
import type { Workspace } from './workspace';

export interface RuleMeta {
  /** The id of ../spec/rules.md, e.g. `evidence/uncited-fact`. */
  id: string;
  severity: Severity;
  description: LocalizedText;
  /** The article(s) of law behind the rule; appended to every message. */
  law: LocalizedText;
  /** Path of the rule's docs page, relative to the package root. */
  docs: string;
  fixable?: boolean;
  /** Reads other drafts of the workspace. */
  crossDocument?: boolean;
}

/** One edit by source offsets. Insert: start === end. Delete: text ''. */
export interface Edit {
  span: Span;
  text: string;
}

export interface FixSpec {
  title: LocalizedText;
  data?: MessageArgs;
  edits: Edit[];
}

export interface RelatedSpec {
  uri?: string;
  /** Offsets in this draft, or in the other draft when `uri` is given (then `model` too). */
  span: Span;
  model?: CaseModel;
  message: LocalizedText;
  data?: MessageArgs;
}

export interface Report<M extends string = string> {
  messageId: M;
  data?: MessageArgs;
  span: Span;
  fixes?: FixSpec[];
  suggestions?: FixSpec[];
  related?: RelatedSpec[];
}

export interface RuleContext<M extends string = string> {
  readonly model: CaseModel;
  readonly config: ResolvedConfig;
  readonly workspace: Workspace;
  readonly catalog: Catalog;
  readonly locale: Locale;
  report(report: Report<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta;
  messages: Record<M, LocalizedText>;
  check(ctx: RuleContext<M>): void;
}

/** Identity, for inference: a rule's message ids are checked against its message table. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export const replace = (span: Span, text: string): Edit => ({ span, text });
export const insertAt = (offset: number, text: string): Edit => ({
  span: { start: offset, end: offset },
  text,
});
export const remove = (span: Span): Edit => ({ span, text: '' });
