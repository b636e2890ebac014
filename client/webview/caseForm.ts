// The case information form: draws the fields the server derived from the front-matter schema,
// shows the draft's values, and sends each change back as one edit (set, add an item, remove one).
// A value typed is sent when the field is left (change event), not per keystroke. A date is typed
// (or picked) and shown beside as read, 2026年3月5日 (dates.ts says why it is no <input type=date>).
import { chineseDate, parseDate } from './dates';

type Path = (string | number)[];
type Kind = 'text' | 'number' | 'date' | 'dateOr' | 'choice' | 'words' | 'group' | 'list';

interface Field {
  key: string;
  kind: Kind;
  description?: string;
  required?: boolean;
  options?: string[];
  fields?: Field[];
  onlyFor?: '单位' | '个人';
}

interface Party {
  [key: string]: unknown;
  uri?: string;
}

interface FormMessage {
  type: 'form';
  uri: string;
  labels: Record<string, string>;
  form: { doctype: string; fields: Field[]; values: Record<string, unknown> } | null;
  parties: Party[];
  reviewChain: boolean;
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('form')!;
let shape = '';

function el<T extends HTMLElement = HTMLElement>(
  tag: string,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): T {
  const e = Object.assign(document.createElement(tag), props) as T;
  e.append(...children);
  return e;
}

const send = (edit: unknown) => vscode.postMessage({ type: 'edit', edit });
const get = (values: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    values,
  );
const text = (v: unknown) =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.join('、') : String(v);
const isDate = (v: string) => parseDate(v) !== undefined;

/** Each date field's line "2026年3月5日" (or why it is no date), redrawn when its text is set. */
const dateShown = new WeakMap<HTMLInputElement, () => string | undefined>();

/**
 * A date as text, the date read shown beside it, and the browser's calendar behind a button (its
 * own field hidden: it would show the browser's order). Sent as ISO when the field is left; what
 * is no date is not sent and stays typed, marked, until it is one.
 */
function dateField(
  name: string,
  value: string,
  labels: Record<string, string>,
  commit: (iso: string | undefined) => void,
  orWord = false,
): { field: HTMLElement; input: HTMLInputElement } {
  const input = el<HTMLInputElement>('input', {
    type: 'text',
    name,
    value,
    className: 'date',
    placeholder: labels.datePlaceholder ?? '',
  });
  // Refreshed from the text: beside a word (当场), only a date is the field's; alone, whatever it says.
  input.dataset.date = orWord ? 'or' : 'only';
  const shown = el('span', { className: 'date-shown' });
  const show = () => {
    const typed = input.value.trim();
    const iso = typed ? parseDate(typed) : undefined;
    const bad = !!typed && !iso;
    shown.textContent = iso ? chineseDate(iso) : bad ? (labels.badDate ?? '') : '';
    shown.classList.toggle('bad', bad);
    input.setAttribute('aria-invalid', String(bad));
    return iso;
  };
  dateShown.set(input, show);
  input.addEventListener('input', show);
  input.addEventListener('change', () => {
    const iso = show();
    if (input.value.trim() && !iso) {
      input.dataset.typed = 'true';
      return;
    }
    if (iso) input.value = iso;
    commit(iso);
  });
  const picker = el<HTMLInputElement>('input', { type: 'date', tabIndex: -1, className: 'picker' });
  picker.setAttribute('aria-hidden', 'true');
  // Never seen, whatever the style sheet: it would show the browser's order (mm/dd/yyyy). Still
  // rendered (1 px, transparent) where the calendar should open, since showPicker needs that.
  picker.style.cssText =
    'position:absolute;left:0;bottom:0;width:1px;height:1px;opacity:0;border:0;padding:0;';
  picker.addEventListener('change', () => {
    if (!picker.value) return;
    input.value = picker.value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const pick = el<HTMLButtonElement>('button', {
    type: 'button',
    className: 'pick',
    title: labels.pickDate ?? '',
  });
  // A word, not an emoji: a machine without an emoji font shows a box.
  pick.textContent = labels.calendar ?? '';
  pick.addEventListener('click', () => {
    picker.value = show() ?? '';
    try {
      picker.showPicker();
    } catch {
      // No picker where the browser refuses it (not shown yet): the field takes the date typed.
      input.focus();
    }
  });
  show();
  return { field: el('span', { className: 'date-field' }, input, pick, picker, shown), input };
}

/** The structure the DOM was built for: a new one (a list grew, another 类型) rebuilds it. */
function shapeOf(m: FormMessage): string {
  const v = m.form?.values ?? {};
  const lists = (m.form?.fields ?? [])
    .filter((f) => f.kind === 'list')
    .map((f) => text((get(v, [f.key]) as unknown[] | undefined)?.length));
  return JSON.stringify([m.form?.doctype, lists, get(v, ['当事人', '类型']), m.reviewChain, m.labels]);
}

function input(field: Field, path: Path, value: unknown, labels: Record<string, string>): HTMLElement {
  const id = JSON.stringify(path);
  const commit = (v: string | number | string[] | undefined) => send({ op: 'set', path, value: v });
  switch (field.kind) {
    case 'choice': {
      const s = el<HTMLSelectElement>('select', { name: id });
      s.append(
        el('option', { value: '' }, ''),
        ...(field.options ?? []).map((o) => el('option', { value: o }, o)),
      );
      s.value = text(value);
      s.addEventListener('change', () => commit(s.value || undefined));
      return s;
    }
    case 'date':
      return dateField(id, text(value), labels, commit).field;
    case 'dateOr': {
      const v = text(value);
      const s = el<HTMLSelectElement>('select', { name: `${id}#word` });
      const d = dateField(
        id,
        isDate(v) ? v : '',
        labels,
        (iso) => {
          s.value = '';
          commit(iso);
        },
        true,
      );
      s.append(
        el('option', { value: '' }, labels.date ?? ''),
        ...(field.options ?? []).map((o) => el('option', { value: o }, o)),
      );
      s.value = isDate(v) ? '' : v;
      s.addEventListener('change', () => {
        if (s.value) {
          d.input.value = '';
          dateShown.get(d.input)?.();
        }
        commit(s.value || parseDate(d.input.value) || undefined);
      });
      return el('span', { className: 'date-or' }, d.field, ` ${labels.other ?? ''} `, s);
    }
    case 'number': {
      const i = el<HTMLInputElement>('input', { type: 'number', name: id, value: text(value), min: '0' });
      i.addEventListener('change', () => commit(i.value === '' ? undefined : Number(i.value)));
      return i;
    }
    case 'words': {
      const i = el<HTMLInputElement>('input', { type: 'text', name: id, value: text(value) });
      i.addEventListener('change', () => commit(i.value.split(/[、,，\s]+/).filter(Boolean)));
      return i;
    }
    default: {
      const i = el<HTMLInputElement>('input', { type: 'text', name: id, value: text(value) });
      i.addEventListener('change', () => commit(i.value.trim() || undefined));
      return i;
    }
  }
}

function row(field: Field, path: Path, values: unknown, m: FormMessage): HTMLElement {
  const labels = m.labels;
  const control = input(field, path, get(values, path), labels);
  const label = el('label', {
    className: `row${field.required ? ' required' : ''}`,
    title: field.description ?? '',
  });
  label.append(el('span', { className: 'key' }, field.key), control);
  // The party's name completes from the parties of the workspace; choosing one fills the party.
  if (path.length === 2 && path[0] === '当事人' && (field.key === '名称' || field.key === '姓名')) {
    const list = el('datalist', { id: 'known-parties' });
    for (const p of m.parties) list.append(el('option', { value: text(p.名称 ?? p.姓名) }));
    const i = control as HTMLInputElement;
    i.setAttribute('list', 'known-parties');
    i.title = labels.knownParty ?? '';
    i.addEventListener(
      'change',
      (e) => {
        const known = m.parties.find((p) => text(p.名称 ?? p.姓名) === i.value.trim());
        if (!known) return;
        e.stopImmediatePropagation();
        // The party as that draft states it (less where it was found).
        send({
          op: 'set',
          path: ['当事人'],
          value: Object.fromEntries(Object.entries(known).filter(([k]) => k !== 'uri')),
        });
      },
      { capture: true },
    );
    label.append(list);
  }
  return label;
}

function group(field: Field, path: Path, values: unknown, m: FormMessage): HTMLElement {
  const box = el('fieldset', {}, el('legend', { title: field.description ?? '' }, field.key));
  const kind = text(get(values, [...path, '类型'])) || '单位';
  for (const f of field.fields ?? []) {
    if (f.onlyFor && f.onlyFor !== kind) continue;
    box.append(
      f.kind === 'group' ? group(f, [...path, f.key], values, m) : row(f, [...path, f.key], values, m),
    );
  }
  return box;
}

function list(field: Field, path: Path, values: unknown, m: FormMessage): HTMLElement {
  const box = el('fieldset', {}, el('legend', { title: field.description ?? '' }, field.key));
  const items = (get(values, path) as unknown[] | undefined) ?? [];
  items.forEach((_, i) => {
    const item = el('div', { className: 'item' });
    for (const f of field.fields ?? []) item.append(row(f, [...path, i, f.key], values, m));
    const remove = el('button', { type: 'button', className: 'remove' }, m.labels.remove ?? '');
    remove.addEventListener('click', () => send({ op: 'remove', path: [...path, i] }));
    item.append(remove);
    box.append(item);
  });
  const add = el('button', { type: 'button', className: 'add' }, `${m.labels.add ?? ''} ${field.key}`);
  add.addEventListener('click', () => send({ op: 'add', path }));
  box.append(add);
  return box;
}

function build(m: FormMessage): void {
  root.replaceChildren();
  if (!m.form) {
    root.append(el('p', { className: 'hint' }, m.labels.noForm ?? ''));
    return;
  }
  const values = m.form.values;
  const top = el(
    'fieldset',
    {},
    el('legend', {}, m.form.values.文书 ? String(m.form.values.文书) : m.form.doctype),
  );
  for (const f of m.form.fields) {
    if (f.key === '审核' && !m.reviewChain) continue;
    if (f.kind === 'group') root.append(group(f, [f.key], values, m));
    else if (f.kind === 'list') root.append(list(f, [f.key], values, m));
    else top.append(row(f, [f.key], values, m));
  }
  root.prepend(top);
}

// A field typed in and not yet left keeps what is typed (the text it would be refreshed from is older).
root.addEventListener('input', (e) => ((e.target as HTMLElement).dataset.typed = 'true'));
root.addEventListener('change', (e) => delete (e.target as HTMLElement).dataset.typed, { capture: true });

/** Same structure: only the values change, but not under the officer's fingers. */
function refresh(m: FormMessage): void {
  for (const c of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (c.dataset.typed) continue;
    const word = c.name.endsWith('#word');
    const path = JSON.parse(word ? c.name.slice(0, -5) : c.name) as Path;
    const v = text(get(m.form?.values, path));
    if (c instanceof HTMLInputElement && c.dataset.date) {
      c.value = c.dataset.date === 'or' && !isDate(v) ? '' : v;
      dateShown.get(c)?.();
    } else if (word) c.value = isDate(v) ? '' : v;
    else c.value = v;
  }
}

window.addEventListener('message', (e: MessageEvent<FormMessage>) => {
  const m = e.data;
  if (m.type !== 'form') return;
  vscode.setState({ uri: m.uri });
  const next = shapeOf(m);
  if (next !== shape) build(m);
  else refresh(m);
  shape = next;
  document.body.dataset.ready = 'true';
});
vscode.postMessage({ type: 'ready' });
