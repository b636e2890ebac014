// Renders docs/**/*.md to HTML fragments in dist/docs/ (same paths, .html), for the extension: a
// finding's rule link opens its page rendered in a webview, offline, from what the .vsix ships.
// Links between pages become command: links to casedraft.showDoc with the target's docs path;
// images are not shipped (only their alt text is kept). Used by scripts/build.mjs.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

function* markdownFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (e.name.endsWith('.md')) yield p;
  }
}

/** `docs/rules/evidence/unused.md` + `../../publication.md` → `docs/publication.md` (null: not a page). */
function linkedDoc(from, href) {
  if (/^[a-z][a-z0-9+.-]*:|^#/i.test(href)) return null;
  const [path, hash = ''] = href.split('#');
  if (!path.endsWith('.md')) return null;
  return { path: posix.normalize(posix.join(posix.dirname(from), path)), hash };
}

/** Writes `<outDir>/docs/…/page.html` for every `docs/…/page.md`. */
export function renderDocs(root, outDir) {
  let count = 0;
  for (const file of markdownFiles(join(root, 'docs'))) {
    const docPath = relative(root, file).split('\\').join('/');
    let html = micromark(readFileSync(file, 'utf8'), { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    html = html
      .replace(/<img src="[^"]*" alt="([^"]*)"[^>]*>/g, '<em>$1</em>')
      .replace(/href="([^"]*)"/g, (whole, href) => {
        const target = linkedDoc(docPath, href.replace(/&amp;/g, '&'));
        if (!target) return whole;
        const args = encodeURIComponent(JSON.stringify([target.path]));
        return `href="command:casedraft.showDoc?${args}"`;
      });
    const out = join(outDir, docPath.replace(/\.md$/, '.html'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
    count++;
  }
  return count;
}
