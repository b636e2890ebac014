import { buildTimeline, renderTimelineSvg } from '../core/timeline';
import type { CaseServer } from './caseServer';

export interface TimelineParams {
  uri: string;
}

export interface TimelineResult {
  svg: string;
}

/**
 * `casedraft/timeline`: the procedure timeline of an open (or workspace) draft as SVG, with the
 * findings of its current text. The editor shows it in a webview; the CLI draws the same picture.
 */
export function registerTimeline(server: CaseServer): void {
  server.connection.onRequest('casedraft/timeline', (p: TimelineParams, token) =>
    server.guard<TimelineResult | null>('timeline', null, () => {
      const l = server.lintFor(p?.uri, token);
      if (!l) return null;
      const locale = server.localeFor(p.uri);
      const service = server.serviceFor(p.uri);
      const shown = l.diagnostics.map((d) => service.translate(d, locale));
      const t = buildTimeline(l.model, service.config, shown, locale);
      return { svg: renderTimelineSvg(t, { title: l.model.facts.案由 ?? l.model.facts.文号, locale }) };
    }),
  );
}
