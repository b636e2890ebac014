// The webview panels beside a draft (case form, print preview, timeline): one panel per draft (or
// case), opened by a command or revealed if open, restored after a reload by a serializer from
// the state its script saved, and whatever it listens to ends when it is closed.
import * as vscode from 'vscode';
import { targetDraft } from './exportDocx';
import { t } from './l10n';

export interface PanelKind<S> {
  viewType: string;
  /** The webview's options (scripts only from dist/webview) and the panel's. */
  options: vscode.WebviewOptions & vscode.WebviewPanelOptions;
  /** Focus stays in the editor when the panel opens or is revealed. */
  preserveFocus: boolean;
  /** What one panel is for: the same key reveals the panel already open. */
  key(shown: S): string;
  /** What a restored panel showed, from the state its script saved; undefined closes it. */
  restore(state: unknown): S | undefined;
  /** Fills a panel and wires it; what it returns is disposed when the panel is closed. */
  attach(panel: vscode.WebviewPanel, shown: S): vscode.Disposable[];
}

/** The open panels of one kind, and its serializer. */
export class DraftPanels<S> implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly serializer: vscode.Disposable;

  constructor(private readonly kind: PanelKind<S>) {
    this.serializer = vscode.window.registerWebviewPanelSerializer(kind.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        const shown = kind.restore(state);
        if (shown === undefined) return panel.dispose();
        panel.webview.options = kind.options;
        this.attach(panel, shown);
      },
    });
  }

  isOpen(shown: S): boolean {
    return this.panels.has(this.kind.key(shown));
  }

  /** The panel of `shown`: revealed if open, else opened beside the editor with this title. */
  show(shown: S, title: string): void {
    const open = this.panels.get(this.kind.key(shown));
    if (open) return open.reveal(undefined, this.kind.preserveFocus);
    const panel = vscode.window.createWebviewPanel(
      this.kind.viewType,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: this.kind.preserveFocus },
      this.kind.options,
    );
    this.attach(panel, shown);
  }

  dispose(): void {
    this.serializer.dispose();
  }

  private attach(panel: vscode.WebviewPanel, shown: S): void {
    const key = this.kind.key(shown);
    this.panels.set(key, panel);
    const subs = this.kind.attach(panel, shown);
    panel.onDidDispose(() => {
      for (const s of subs) s.dispose();
      this.panels.delete(key);
    });
  }
}

/** The `uri` a draft panel's script saved (vscode.setState), if any. */
export const savedUri = (state: unknown): string | undefined => {
  const uri = (state as { uri?: unknown } | undefined)?.uri;
  return typeof uri === 'string' && uri ? uri : undefined;
};

/**
 * `fn` once calls stop for `ms`: a burst of keystrokes costs one run. Disposing it (with its
 * panel) cancels a run still waiting.
 */
export function debounced(ms: number, fn: () => void): (() => void) & vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const call = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  return Object.assign(call, { dispose: () => timer && clearTimeout(timer) });
}

/** A command on the draft it was invoked on (Explorer, editor title) or the active one; else a warning. */
export function draftCommand(
  id: string,
  run: (doc: vscode.TextDocument, target: vscode.Uri | undefined) => unknown,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (target?: vscode.Uri) => {
    const doc = await targetDraft(target);
    if (!doc) {
      void vscode.window.showWarningMessage(t('Open a .case.md draft first.'));
      return;
    }
    return run(doc, target);
  });
}
