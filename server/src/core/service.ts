import { Catalog } from './catalog';
import { resolveConfig, type CaseDraftConfig, type ResolvedConfig } from './config';
import { lintModel } from './engine';
import type { CaseModel } from './model';
import { parseCase } from './parse';
import type { Rule } from './rule';
import { translator, type Translate } from './translate';
import type { CaseDiagnostic, Locale } from './types';
import { InMemoryWorkspace, type Workspace } from './workspace';

export interface CaseServiceOptions {
  rules: readonly Rule[];
  config?: CaseDraftConfig | ResolvedConfig;
  catalog?: Catalog;
  workspace?: Workspace;
}

export interface CaseService {
  readonly rules: readonly Rule[];
  readonly config: ResolvedConfig;
  readonly catalog: Catalog;
  readonly workspace: Workspace;
  parse(text: string, uri?: string): CaseModel;
  lint(model: CaseModel, options?: { only?: ReadonlySet<string> }): CaseDiagnostic[];
  /** A finding in words; the language defaults to the config's. */
  translate(d: CaseDiagnostic, locale?: Locale): ReturnType<Translate>;
}

function isResolved(c: CaseDraftConfig | ResolvedConfig): c is ResolvedConfig {
  return 'explicit' in c;
}

/** The one entry point the CLI, the language server and the tests share. */
export function createCaseService(options: CaseServiceOptions): CaseService {
  const config =
    options.config && isResolved(options.config) ? options.config : resolveConfig(options.config);
  const catalog = options.catalog ?? new Catalog();
  const workspace = options.workspace ?? new InMemoryWorkspace();
  const translate = translator(options.rules);
  return {
    rules: options.rules,
    config,
    catalog,
    workspace,
    parse: (text, uri) => parseCase(text, uri),
    lint: (model, o) =>
      lintModel(model, {
        rules: options.rules,
        config,
        catalog,
        workspace,
        only: o?.only,
      }),
    translate: (d, locale) => translate(d, locale ?? config.locale),
  };
}
