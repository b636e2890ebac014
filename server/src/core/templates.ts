import templates from '../../../data/generated/templates.json';
import { DOCTYPES, type DocType } from './doctypes';

/** The template draft of a document type, by its name (行政处罚决定书) or id (penalty-decision). */
export function templateFor(doctype: string): string | undefined {
  const d = DOCTYPES.find((t) => t.name === doctype || t.id === doctype);
  return d ? (templates as Record<string, string>)[d.id] : undefined;
}

/** A section of the template, heading included, ready to insert into a draft that lacks it. */
export function sectionTemplate(doctype: DocType, section: string): string {
  const text = templateFor(doctype.id) ?? '';
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${section}`);
  if (start < 0) return `## ${section}\n\n`;
  let end = start + 1;
  while (end < lines.length && !lines[end]!.startsWith('## ')) end++;
  return lines.slice(start, end).join('\n').trimEnd() + '\n\n';
}
