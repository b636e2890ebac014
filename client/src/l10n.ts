// The extension's own words in the officer's language. vscode.l10n.t follows VS Code's display
// language, which is English wherever no language pack is installed; CaseDraft is Chinese unless
// the officer chose English (casedraft.locale: en). So this lookup reads the same vscode.l10n
// bundle (l10n/bundle.l10n.zh-cn.json, keyed by the English text) and honours the setting.
import * as vscode from 'vscode';
import zh from '../../l10n/bundle.l10n.zh-cn.json';

export type UiLocale = 'zh-cn' | 'en';

const bundle = zh as Record<string, string>;
/** What the language server applies under `auto`: the locale of the agency's casedraft.config.json. */
let configLocale: UiLocale | undefined;
let current: UiLocale = 'zh-cn';
const changed = new vscode.EventEmitter<UiLocale>();

/** Fires when the language of the extension's texts changes (the setting, or the config file's locale). */
export const onDidChangeLocale = changed.event;

export function uiLocale(): UiLocale {
  const setting = vscode.workspace.getConfiguration('casedraft').get<string>('locale');
  if (setting === 'en' || setting === 'zh-cn') return setting;
  return configLocale ?? 'zh-cn';
}

function refresh(): void {
  const next = uiLocale();
  if (next === current) return;
  current = next;
  changed.fire(next);
}

/** Called with the locale the server applies under `auto`. */
export function setConfigLocale(locale: UiLocale | undefined): void {
  configLocale = locale;
  refresh();
}

/** `t('Wrote {0}', name)`: the English text is the key, as in vscode.l10n bundles. */
export function t(message: string, ...args: (string | number)[]): string {
  const template = uiLocale() === 'en' ? message : (bundle[message] ?? message);
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => String(args[Number(i)] ?? whole));
}

export function registerLocale(context: vscode.ExtensionContext): void {
  current = uiLocale();
  context.subscriptions.push(
    changed,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('casedraft.locale')) refresh();
    }),
  );
}
