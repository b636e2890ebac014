// The language server's workspace: the drafts of the workspace folders as the disk has them, and
// the open ones as the editor has them (the editor's text wins while a draft is open). Its face
// is asynchronous and evented: drafts are read from disk a few per turn of the event loop, so a
// folder of thousands never blocks a keystroke, and every arrival, change and departure is an
// event that the caches and the scheduler follow (core/workspace.ts).
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CaseModel } from '../core/model';
import { parseCase } from '../core/parse';
import { InMemoryWorkspace } from '../core/workspace';
import { discover, exists, InputError, readDraft } from './files';

/** Drafts read from disk per turn of the event loop. */
const BATCH = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class DraftWorkspace extends InMemoryWorkspace {
  private readonly open = new Set<string>();
  /** Files refused as drafts (not regular, over 10 MB, not text): said the first time only. */
  private readonly refused = new Set<string>();

  /** `warn` is told why a folder or a file could not be read. */
  constructor(private readonly warn: (problem: InputError) => void = () => {}) {
    super();
  }

  /** The `*.case.md` of folders (file: URIs), sorted; what could not be searched is said. */
  discover(folderUris: readonly string[]): string[] {
    const paths = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    if (!paths.length) return [];
    const problems: InputError[] = [];
    const found = discover(paths, problems);
    for (const p of problems) this.warn(p);
    return found.map((p) => pathToFileURL(p).href);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** The editor's model of a draft. */
  setOpen(model: CaseModel): void {
    this.open.add(model.uri);
    this.set(model);
  }

  /** A draft open in the editor that is not checked (too large): it leaves the workspace while open. */
  setOpenUnchecked(uri: string): void {
    this.open.add(uri);
    this.delete(uri);
  }

  /**
   * The editor closed a draft. One of the workspace folders (`keep`) goes back to the disk's text
   * when it is still there; any other leaves the workspace.
   */
  async close(uri: string, keep: boolean): Promise<void> {
    this.open.delete(uri);
    if (keep && uri.startsWith('file:') && exists(fileURLToPath(uri))) await this.load([uri]);
    else this.delete(uri);
  }

  /**
   * Reads drafts from disk into the workspace, a few per turn; a draft open in the editor is left
   * as the editor has it, and one that cannot be read (binary, too big, gone) leaves the workspace.
   */
  async load(uris: readonly string[]): Promise<void> {
    for (let i = 0; i < uris.length; i += BATCH) {
      if (i) await nextTurn();
      for (const uri of uris.slice(i, i + BATCH)) this.readFromDisk(uri);
    }
  }

  /** A file watcher's report on a draft. */
  async diskChanged(uri: string, deleted: boolean): Promise<void> {
    if (this.open.has(uri)) return;
    if (deleted) this.delete(uri);
    else await this.load([uri]);
  }

  private readFromDisk(uri: string): void {
    if (this.open.has(uri)) return;
    let text: string;
    try {
      text = readDraft(fileURLToPath(uri));
    } catch (err) {
      // A FIFO, a device, a file over 10 MB: refused by readDraft without reading it.
      if (err instanceof InputError && !this.refused.has(uri)) {
        this.refused.add(uri);
        this.warn(err);
      }
      this.delete(uri);
      return;
    }
    this.refused.delete(uri);
    const held = this.get(uri);
    // An unchanged file (a watcher's echo of a save) is no change.
    if (held?.model.text !== text) this.set(parseCase(text, uri));
  }
}
