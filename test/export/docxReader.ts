import JSZip from 'jszip';

/** A DOCX opened for assertions: its parts as XML strings, and a few readers over them. */
export interface OpenedDocx {
  files: string[];
  xml(path: string): string;
  /** The text of each `w:p` of a part, runs concatenated. */
  paragraphs(path?: string): string[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

export function paragraphsOf(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    let text = '';
    for (const t of p[1]!.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\s*\/>/g))
      text += unescape(t[1] ?? '');
    out.push(text);
  }
  return out;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.file(name)!.async('string'));
  }
  const xml = (path: string) => {
    const x = parts.get(path);
    if (x === undefined) throw new Error(`no part ${path} in the DOCX (has ${[...parts.keys()].join(', ')})`);
    return x;
  };
  return {
    files: [...parts.keys()],
    xml,
    paragraphs: (path = 'word/document.xml') => paragraphsOf(xml(path)),
  };
}

/** Attributes of the first element `<tag …>` in xml, as a record. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}(\\s[^>]*?)/?>`).exec(xml);
  if (!m) throw new Error(`no <${tag}> in ${xml.slice(0, 200)}…`);
  return Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)]));
}

/** The part a section's header/footer reference of a type points to, through document.xml.rels. */
export function referencedPart(
  doc: OpenedDocx,
  kind: 'header' | 'footer',
  type: 'default' | 'even' | 'first',
): string | undefined {
  const ref = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"`).exec(
    doc.xml('word/document.xml'),
  );
  if (!ref) return undefined;
  const rel = new RegExp(`<Relationship[^>]*Id="${ref[1]}"[^>]*>`).exec(
    doc.xml('word/_rels/document.xml.rels'),
  );
  const target = rel && /Target="([^"]+)"/.exec(rel[0])?.[1];
  return target ? `word/${target.replace(/^\/?word\//, '')}` : undefined;
}
