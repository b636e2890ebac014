/**
 * The procedure timeline of a case: the 程序 steps on a time axis, the statutory deadlines that
 * run between them (core/deadlines), and the findings of the procedure rules on each step. Pure: the CLI writes
 * the SVG to a file, the language server hands it to the editor's webview.
 */
import { addDays, calendarFor, isWeekend } from './calendar';
import { decisionsOf, noticesOf, type CaseFile } from './case';
import { deadlinesOf, describeCounting, type Deadline, type DeadlineId } from './deadlines';
import { localize } from './i18n';
import type { CaseModel } from './model';
import type { ResolvedConfig } from './config';
import type { Locale, TranslatedDiagnostic } from './types';
import { own } from './own';

export interface TimelineStep {
  /** The 程序 key: 立案, 告知送达, 决定 … */
  key: string;
  date: string;
  /** Findings of the rules reported on this step's line of the front matter. */
  findings: TranslatedDiagnostic[];
}

export interface TimelineDeadline {
  id: DeadlineId;
  /** The step the period runs from, and the step it governs (none for the party's own periods). */
  from: string;
  to?: string;
  label: string;
  start: string;
  due: string;
  /** met: the step keeps the period; missed: it breaks it; open: the step has no date yet, or there is none. */
  status: 'met' | 'missed' | 'open';
  /** How the period was counted (working days, holidays), and its article of law. */
  how: string;
  basis: string;
}

export interface Timeline {
  steps: TimelineStep[];
  deadlines: TimelineDeadline[];
  /** Procedure findings that are not on a step's line. */
  otherFindings: TranslatedDiagnostic[];
  /** A case's timeline: the date of every document of the case (records, notices, decisions). */
  documents?: TimelineDocument[];
  /** The public holidays (and 调休 working weekends) in the span drawn, as the deadlines count them. */
  holidays?: TimelineHoliday[];
}

export interface TimelineDocument {
  uri: string;
  /** 文书. */
  label: string;
  docNumber?: string;
  date: string;
  kind: 'record' | 'notice' | 'decision';
  errors: number;
}

export interface TimelineHoliday {
  from: string;
  to: string;
  /** 国庆节 …; or 调休上班 for a weekend that is a working day. */
  name: string;
  working: boolean;
}

/** The order of the steps in a case (行政处罚法 chapters five and six). */
export const STEP_ORDER = [
  '违法行为发生',
  '违法行为终了',
  '立案',
  '告知',
  '告知送达',
  '陈述申辩',
  '听证申请',
  '听证',
  '法制审核',
  '集体讨论',
  '延期批准',
  '决定',
  '送达',
];

const STEP_EN: Record<string, string> = {
  违法行为发生: 'Violation',
  违法行为终了: 'Violation ended',
  立案: 'Case filed',
  告知: 'Notice',
  告知送达: 'Notice delivered',
  陈述申辩: 'Statement',
  听证申请: 'Hearing request',
  听证: 'Hearing',
  法制审核: 'Legal review',
  集体讨论: 'Collective discussion',
  延期批准: 'Extension approved',
  决定: 'Decision',
  送达: 'Delivered',
};

export function stepLabel(key: string, locale: Locale): string {
  return locale === 'en' ? (own(STEP_EN, key) ?? key) : key;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Builds the timeline from the case's 程序 and, when given, the draft's findings in the reader's words. */
export function buildTimeline(
  model: CaseModel,
  config: ResolvedConfig,
  diagnostics: readonly TranslatedDiagnostic[] = [],
  locale: Locale = config.locale,
): Timeline {
  const proc = (model.facts.程序 ?? {}) as Record<string, string | undefined>;
  const lineOf = new Map<number, string>();
  const steps: TimelineStep[] = [];
  for (const key of STEP_ORDER) {
    const date = proc[key];
    if (!date || !ISO.test(date)) continue;
    steps.push({ key, date, findings: [] });
    const span = model.frontMatter.locate(['程序', key]);
    if (span) lineOf.set(model.lines.positionAt(span.start).line, key);
  }
  const otherFindings: TranslatedDiagnostic[] = [];
  for (const d of diagnostics) {
    const key = lineOf.get(d.range.start.line);
    const step = key ? steps.find((s) => s.key === key) : undefined;
    if (step) step.findings.push(d);
    else if (d.rule.startsWith('procedure/')) otherFindings.push(d);
  }
  const deadlines = deadlinesOf(model, config).all.map((d) => toTimelineDeadline(d, locale));
  const timeline: Timeline = { steps, deadlines, otherFindings };
  timeline.holidays = holidaysIn(shownSpan(timeline), config);
  return timeline;
}

function toTimelineDeadline(d: Deadline, locale: Locale): TimelineDeadline {
  return {
    id: d.id,
    from: d.from,
    to: d.governs?.step,
    label: localize(d.label, locale),
    start: d.start,
    due: d.end,
    // A waived right (放弃) or one the party used is kept, not broken.
    status: d.status === 'moot' ? 'met' : d.status,
    how: describeCounting(d, locale),
    basis: localize(d.basis, locale),
  };
}

/**
 * One case's timeline: the 程序 of its decision (or, before one, of its latest notice) with its
 * statutory periods, every document's date, and the holidays of the span; the findings of every
 * document, keyed by uri, go to the steps and the list at the foot.
 */
export function buildCaseTimeline(
  file: CaseFile,
  config: ResolvedConfig,
  findings: ReadonlyMap<string, readonly TranslatedDiagnostic[]> = new Map(),
  locale: Locale = config.locale,
): Timeline {
  const reference = decisionsOf(file).at(-1) ?? noticesOf(file).at(-1);
  const base = reference
    ? buildTimeline(reference.model, config, findings.get(reference.uri) ?? [], locale)
    : { steps: [], deadlines: [], otherFindings: [] };
  const others = file.documents
    .filter((d) => d !== reference)
    .flatMap((d) => (findings.get(d.uri) ?? []).filter((f) => /^(procedure|case)\//.test(f.rule)));
  const onSteps = new Set(base.steps.flatMap((st) => st.findings));
  const caseFindings = (findings.get(reference?.uri ?? '') ?? []).filter(
    (f) => f.rule.startsWith('case/') && !onSteps.has(f),
  );
  const documents = file.documents.flatMap((d): TimelineDocument[] =>
    d.date
      ? [
          {
            uri: d.uri,
            label: d.model.facts.文书 ?? '',
            ...(d.model.facts.文号 ? { docNumber: d.model.facts.文号 } : {}),
            date: d.date.iso,
            kind: d.kind,
            errors: (findings.get(d.uri) ?? []).filter((f) => f.severity === 'error').length,
          },
        ]
      : [],
  );
  const timeline: Timeline = {
    ...base,
    otherFindings: [...base.otherFindings, ...caseFindings, ...others],
    documents,
  };
  timeline.holidays = holidaysIn(shownSpan(timeline), config);
  return timeline;
}

/** The first and last day the picture shows (renderTimelineSvg's axis). */
function shownSpan(t: Timeline): { from: string; to: string } | undefined {
  const days = [...t.steps.map((s) => s.date), ...(t.documents ?? []).map((d) => d.date)];
  const dues = t.deadlines
    .map((d) => d.due)
    .filter((d) => !days.length || dayNumber(d) <= Math.max(...days.map(dayNumber)) + 60);
  const all = [...days, ...dues, ...t.deadlines.map((d) => d.start)].sort();
  return all.length ? { from: all[0]!, to: all.at(-1)! } : undefined;
}

/** The holidays and working weekends between two dates, in runs, by the agency's calendar. */
function holidaysIn(
  span: { from: string; to: string } | undefined,
  config: ResolvedConfig,
): TimelineHoliday[] {
  if (!span) return [];
  const calendar = calendarFor(config.holidays);
  const out: TimelineHoliday[] = [];
  // Bounded: a case's picture spans months, not decades (the limitation period runs off the edge).
  for (let d = span.from, i = 0; d <= span.to && i < 1000; d = addDays(d, 1), i++) {
    const info = calendar.day(d);
    const holiday = !info.working && (info.holiday !== undefined || !isWeekend(d));
    const workingWeekend = info.working && isWeekend(d);
    if (!holiday && !workingWeekend) continue;
    const name = holiday ? (info.holiday ?? '节假日') : '调休上班';
    const last = out.at(-1);
    // One band per stretch of days off: a weekend inside 劳动节 does not split it, and 中秋节
    // inside 国庆节 (2025) joins it.
    if (last && !workingWeekend && !last.working && offBetween(calendar, last.to, d)) {
      last.to = d;
      if (!last.name.split('、').includes(name)) last.name += `、${name}`;
    } else if (last && workingWeekend && last.working && addDays(last.to, 1) === d) last.to = d;
    else out.push({ from: d, to: d, name, working: workingWeekend });
  }
  return out;
}

/** Whether every day strictly between two dates (at most three) is a day off. */
function offBetween(calendar: ReturnType<typeof calendarFor>, from: string, to: string): boolean {
  let d = addDays(from, 1);
  for (let i = 0; d < to; d = addDays(d, 1), i++) if (i >= 3 || calendar.day(d).working) return false;
  return true;
}

/** What a hover on a 程序 step says: the deadlines that start or end there. */
export function describeStepDeadlines(t: Timeline, step: string, locale: Locale): string[] {
  const zh = locale !== 'en';
  return t.deadlines
    .filter((d) => d.from === step || d.to === step)
    .map((d) => {
      const state = d.to
        ? zh
          ? `${stepLabel(d.to, locale)}：${{ met: '已遵守', missed: '未遵守', open: '尚未到该步骤' }[d.status]}`
          : `${stepLabel(d.to, locale)}: ${{ met: 'met', missed: 'missed', open: 'step not reached' }[d.status]}`
        : '';
      const how = [state, d.how].filter(Boolean).join(zh ? '，' : '; ');
      return zh
        ? `${d.label}：${d.start} 起算，至 ${d.due} 届满（${how}）。依据：${d.basis}`
        : `${d.label}: from ${d.start}, ends ${d.due} (${how}). Basis: ${d.basis}`;
    });
}

/** Rough rendered width at 12px: CJK glyphs are square, Latin ones about half as wide. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? 12 : 7;
  return w;
}

function fit(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(out + ch) > width - 12) break;
    out += ch;
  }
  return `${out}…`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

const LABEL_ROWS = 5;
const COLORS = {
  met: '#2e7d32',
  missed: '#c62828',
  open: '#757575',
  axis: '#37474f',
  step: '#1565c0',
  finding: '#c62828',
  document: '#6a1b9a',
  holiday: '#fff3e0',
  workday: '#e3f2fd',
};

/**
 * Draws the timeline as a standalone SVG: steps above the axis, one lane per deadline below it
 * (green met, red missed, grey open), and a red ring on a step with findings, listed at the foot.
 */
export function renderTimelineSvg(t: Timeline, options: { title?: string; locale?: Locale } = {}): string {
  const locale = options.locale ?? 'zh-cn';
  const zh = locale !== 'en';
  const width = 960;
  const left = 60;
  const right = width - 60;
  const docs = t.documents ?? [];
  const dates = [
    ...t.steps.map((s) => s.date),
    ...docs.map((d) => d.date),
    ...t.deadlines.flatMap((d) => [d.start, d.due]),
  ];
  const font = `font-family="'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif"`;
  const findings = [...t.steps.flatMap((s) => s.findings), ...t.otherFindings];
  const axisY = 60 + LABEL_ROWS * 28;
  // A case's documents get a row of their own under the axis.
  const laneTop = axisY + 40 + (docs.length ? 48 : 0);
  const laneH = 34;
  const listTop = laneTop + t.deadlines.length * laneH + 30;
  const height = dates.length ? listTop + 24 + findings.length * 20 + 20 : 100;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${font} font-size="12">`,
  );
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(
    `<text x="${left}" y="28" font-size="16" font-weight="bold">${esc(options.title ?? (zh ? '办案程序时间轴' : 'Procedure timeline'))}</text>`,
  );
  if (!dates.length) {
    out.push(
      `<text x="${left}" y="70">${esc(zh ? '草稿的 程序 中没有可读的日期。' : 'The draft gives no readable dates under 程序.')}</text>`,
      '</svg>',
    );
    return out.join('\n');
  }
  // The axis spans the steps and the short periods; a long one (the two-year limitation) would
  // squash the case into a corner, so it runs off the right edge with its end date written.
  const stepDays = [...t.steps, ...docs].map((s) => dayNumber(s.date));
  const shortDues = t.deadlines
    .map((d) => dayNumber(d.due))
    .filter((d) => !stepDays.length || d <= Math.max(...stepDays) + 60);
  const domain = [...stepDays, ...shortDues, ...t.deadlines.map((d) => dayNumber(d.start))];
  const min = Math.min(...domain);
  const max = Math.max(...domain, min + 1);
  const x = (iso: string) =>
    left + ((Math.min(dayNumber(iso), max + (max - min) * 0.02) - min) / (max - min)) * (right - left);

  // Holidays behind everything: the days the working-day periods skip, and the weekends worked (调休).
  for (const h of t.holidays ?? []) {
    const x1 = x(h.from);
    const x2 = Math.max(x(addDays(h.to, 1)), x1 + 2);
    if (x1 > right) continue;
    out.push(
      `<g class="holiday${h.working ? ' workday' : ''}" data-holiday="${esc(h.name)}"><rect x="${x1.toFixed(1)}" y="40" width="${(x2 - x1).toFixed(1)}" height="${laneTop - 40 + t.deadlines.length * laneH}" fill="${h.working ? COLORS.workday : COLORS.holiday}"/>` +
        `<text x="${((x1 + x2) / 2).toFixed(1)}" y="52" text-anchor="middle" font-size="10" fill="#8d6e63">${esc(h.working ? (zh ? '调休上班' : 'working weekend') : h.name)}</text>` +
        `<title>${esc(`${h.name} ${h.from}${h.to !== h.from ? ` – ${h.to}` : ''}`)}</title></g>`,
    );
  }
  out.push(
    `<line x1="${left}" y1="${axisY}" x2="${right}" y2="${axisY}" stroke="${COLORS.axis}" stroke-width="2"/>`,
  );
  // The documents of a case: a square on the axis, the document's name under it.
  const docRows: { from: number; to: number }[][] = [];
  for (const d of docs) {
    const dx = x(d.date);
    const half = textWidth(d.label) / 2 + 4;
    let row = docRows.findIndex((r) => r.every((b) => dx + half < b.from || dx - half > b.to));
    if (row < 0) row = docRows.length < 3 ? docRows.length : 2;
    (docRows[row] ??= []).push({ from: dx - half, to: dx + half });
    const color = d.errors ? COLORS.finding : COLORS.document;
    out.push(
      `<g class="document ${d.kind}" data-uri="${esc(d.uri)}"><rect x="${(dx - 5).toFixed(1)}" y="${axisY - 5}" width="10" height="10" fill="${color}"/>` +
        `<text x="${dx.toFixed(1)}" y="${axisY + 20 + row * 14}" text-anchor="middle" font-size="11" fill="${color}">${esc(fit(d.label, 220))}</text>` +
        `<title>${esc(`${[d.label, d.docNumber].filter(Boolean).join(' ')} ${d.date}${d.errors ? (zh ? `，${d.errors} 个错误` : `, ${d.errors} errors`) : ''}`)}</title></g>`,
    );
  }
  // Each label takes the lowest row where it overlaps no label already placed.
  const rows: { from: number; to: number }[][] = [];
  t.steps.forEach((s, i) => {
    const sx = x(s.date);
    const label = stepLabel(s.key, locale);
    const half = Math.max(textWidth(label), textWidth(s.date)) / 2 + 4;
    let row = rows.findIndex((r) => r.every((b) => sx + half < b.from || sx - half > b.to));
    if (row < 0) row = rows.length < LABEL_ROWS ? rows.length : i % LABEL_ROWS;
    (rows[row] ??= []).push({ from: sx - half, to: sx + half });
    const ly = axisY - 18 - row * 28;
    const bad = s.findings.length > 0;
    out.push(`<g class="step${bad ? ' has-findings' : ''}" data-step="${esc(s.key)}">`);
    out.push(
      `<line x1="${sx.toFixed(1)}" y1="${ly + 4}" x2="${sx.toFixed(1)}" y2="${axisY}" stroke="#b0bec5"/>`,
    );
    out.push(
      `<circle cx="${sx.toFixed(1)}" cy="${axisY}" r="6" fill="${bad ? COLORS.finding : COLORS.step}"/>`,
    );
    if (bad)
      out.push(
        `<circle cx="${sx.toFixed(1)}" cy="${axisY}" r="10" fill="none" stroke="${COLORS.finding}" stroke-width="2"/>`,
      );
    out.push(
      `<text x="${sx.toFixed(1)}" y="${ly - 12}" text-anchor="middle" font-weight="bold" fill="${bad ? COLORS.finding : '#212121'}">${esc(label)}</text>`,
    );
    out.push(
      `<text x="${sx.toFixed(1)}" y="${ly}" text-anchor="middle" fill="#455a64">${esc(s.date)}</text>`,
    );
    out.push(`</g>`);
  });
  t.deadlines.forEach((d, i) => {
    const y = laneTop + i * laneH;
    const x1 = x(d.start);
    const x2 = Math.max(x(d.due), x1 + 2);
    const color = COLORS[d.status];
    const state = zh ? { met: '已遵守', missed: '超期', open: '未到' }[d.status] : d.status;
    out.push(`<g class="deadline ${d.status}">`);
    out.push(
      `<rect x="${x1.toFixed(1)}" y="${y}" width="${(x2 - x1).toFixed(1)}" height="10" rx="3" fill="${color}" fill-opacity="0.25" stroke="${color}"/>`,
    );
    out.push(
      `<line x1="${x2.toFixed(1)}" y1="${y - 3}" x2="${x2.toFixed(1)}" y2="${y + 13}" stroke="${color}" stroke-width="2"/>`,
    );
    const label = `${d.label} → ${d.due}（${state}）`;
    const anchorRight = x1 > (left + right) / 2;
    out.push(
      `<text x="${(anchorRight ? x2 : x1).toFixed(1)}" y="${y + 24}" text-anchor="${anchorRight ? 'end' : 'start'}" fill="${color}">${esc(label)}</text>`,
    );
    out.push(`<title>${esc(`${d.how} ${d.basis}`.trim())}</title>`);
    out.push(`</g>`);
  });
  if (findings.length) {
    out.push(
      `<text x="${left}" y="${listTop}" font-weight="bold" fill="${COLORS.finding}">${esc(zh ? `程序问题（${findings.length}）` : `Procedure findings (${findings.length})`)}</text>`,
    );
    findings.forEach((f, i) => {
      out.push(
        `<text class="finding" x="${left}" y="${listTop + 22 + i * 20}" fill="${COLORS.finding}">${esc(fit(`${f.rule}：${f.message}`, right - left))}<title>${esc(f.message)}</title></text>`,
      );
    });
  }
  out.push('</svg>');
  return out.join('\n');
}
