import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CaseModel } from '../core/model';
import { parseCase } from '../core/parse';
import { MAX_DRAFT_BYTES, type InputError } from '../host/files';
import { DraftWorkspace } from '../host/workspace';

/**
 * The documents the server knows: the editor's open ones (LSP text sync) over the workspace's
 * drafts from disk. A model is parsed once per version of a text, when something first asks for
 * it, and put in the workspace then, which tells the caches and the scheduler.
 */
export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace: DraftWorkspace;
  /** The version each open document's model in the workspace was parsed from. */
  private readonly parsed = new Map<string, number>();
  /** Open documents over the draft limit (their size in bytes): not parsed, not checked. */
  private readonly oversized = new Map<string, number>();

  /** `warn` is told why a file of the workspace folders could not be read. */
  constructor(warn?: (problem: InputError) => void) {
    this.workspace = new DraftWorkspace(warn);
  }

  /** The version of the editor's text, or -1 for a draft known only from disk. */
  versionOf(uri: string): number {
    return this.documents.get(uri)?.version ?? -1;
  }

  /**
   * The model of a document's current text (open) or of its file (workspace); undefined if
   * unknown or if the open text is over the limit a draft file has (host/files.ts): the CLI
   * refuses such a file, and the editor does not spend minutes on it either.
   */
  modelFor(uri: string): CaseModel | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return this.workspace.get(uri)?.model;
    if (this.parsed.get(uri) !== doc.version || !this.workspace.isOpen(uri)) {
      const text = doc.getText();
      // A UTF-8 character is at most 3 bytes per UTF-16 unit: most texts need no count.
      const bytes = text.length * 3 > MAX_DRAFT_BYTES ? Buffer.byteLength(text, 'utf8') : text.length;
      this.parsed.set(uri, doc.version);
      if (bytes > MAX_DRAFT_BYTES) {
        this.oversized.set(uri, bytes);
        this.workspace.setOpenUnchecked(uri);
      } else {
        this.oversized.delete(uri);
        this.workspace.setOpen(parseCase(text, uri));
      }
    }
    return this.workspace.get(uri)?.model;
  }

  /** The size in bytes of an open document too large to check, else undefined. */
  oversizeOf(uri: string): number | undefined {
    return this.documents.get(uri) ? this.oversized.get(uri) : undefined;
  }

  /** Every document a workspace-wide check covers: the open ones and the drafts of the folders. */
  uris(): string[] {
    return [...new Set([...this.documents.keys(), ...[...this.workspace.documents()].map((d) => d.uri)])];
  }

  /** The editor closed a document; true if it was too large to check (nothing else clears what it was told). */
  closed(uri: string): boolean {
    this.parsed.delete(uri);
    return this.oversized.delete(uri);
  }
}
