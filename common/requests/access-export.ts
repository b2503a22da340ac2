// Reading the central system's export of a subject's data (for an access answer). Pure, so the
// renderer can preview a chosen file before the decision is saved; the core parses it again.
//
// JSON: an array of items, or {"items": [...]}, or {"data": [...]}; an item is
//   {"category", "value", "purpose"?, "source"?, "retention"?} (also "field"/"name" for category);
//   a flat object {"phone": "+7…", "email": "…"} becomes one item per key (nested objects flattened
//   as "a.b").
// CSV: a header row naming the columns (category|field|name, value, purpose, source, retention;
//   English or Russian names), then one item per row. `,` or `;` separated; a BOM is fine.
import { parseCsv } from './csv';
import { type AccessItem } from './decisions';

export const ACCESS_EXPORT_FORMATS = ['json', 'csv'] as const;
export type AccessExportFormat = (typeof ACCESS_EXPORT_FORMATS)[number];

export const ACCESS_EXPORT_MAX_ITEMS = 2000;
const MAX = { category: 200, value: 2000, purpose: 500, source: 300, retention: 300 } as const;

export type AccessExportProblem =
  | 'not_json'
  | 'not_csv'
  | 'no_items'
  | 'too_many_items'
  | 'no_header'
  | 'missing_column'
  | 'unsupported_shape';

export type AccessExportResult =
  | { ok: true; items: AccessItem[]; skipped: number; truncated: string[] }
  | { ok: false; problem: AccessExportProblem; line?: number; column?: string };

const HEADER_ALIASES: Record<keyof typeof MAX, string[]> = {
  category: ['category', 'field', 'name', 'категория', 'поле', 'наименование', 'санат'],
  value: ['value', 'значение', 'мәні', 'мән'],
  purpose: ['purpose', 'цель', 'мақсат'],
  source: ['source', 'источник', 'көз'],
  retention: ['retention', 'срок хранения', 'срок', 'сақтау мерзімі'],
};

function cut(s: string, max: number, label: string, truncated: Set<string>): string {
  const t = s.trim();
  if (t.length <= max) return t;
  truncated.add(label);
  return t.slice(0, max);
}

function stringify(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function toItem(raw: Record<string, string | null | undefined>, truncated: Set<string>): AccessItem | null {
  const category = raw.category?.trim();
  const value = raw.value?.trim();
  if (!category || !value) return null;
  const item: AccessItem = {
    category: cut(category, MAX.category, 'category', truncated),
    value: cut(value, MAX.value, 'value', truncated),
  };
  for (const k of ['purpose', 'source', 'retention'] as const) {
    const v = raw[k]?.trim();
    if (v) item[k] = cut(v, MAX[k], k, truncated);
  }
  return item;
}

function flatten(obj: Record<string, unknown>, prefix = ''): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v))
      out.push(...flatten(v as Record<string, unknown>, key));
    else {
      const s = Array.isArray(v)
        ? v
            .map(stringify)
            .filter((x) => x !== null)
            .join('; ')
        : stringify(v);
      if (s !== null && s.trim() !== '') out.push([key, s]);
    }
  }
  return out;
}

function finish(items: Array<AccessItem | null>, truncated: Set<string>): AccessExportResult {
  const kept = items.filter((x): x is AccessItem => x !== null);
  if (kept.length === 0) return { ok: false, problem: 'no_items' };
  if (kept.length > ACCESS_EXPORT_MAX_ITEMS) return { ok: false, problem: 'too_many_items' };
  return { ok: true, items: kept, skipped: items.length - kept.length, truncated: [...truncated].sort() };
}

function parseJson(text: string): AccessExportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not_json' };
  }
  const truncated = new Set<string>();
  let list: unknown = data;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    if (Array.isArray(o.items)) list = o.items;
    else if (Array.isArray(o.data)) list = o.data;
    else
      return finish(
        flatten(o).map(([category, value]) => toItem({ category, value }, truncated)),
        truncated,
      );
  }
  if (!Array.isArray(list)) return { ok: false, problem: 'unsupported_shape' };
  if (list.length > ACCESS_EXPORT_MAX_ITEMS) return { ok: false, problem: 'too_many_items' };
  return finish(
    list.map((el) => {
      if (!el || typeof el !== 'object' || Array.isArray(el)) return null;
      const o = el as Record<string, unknown>;
      return toItem(
        {
          category: stringify(o.category ?? o.field ?? o.name),
          value: stringify(o.value),
          purpose: stringify(o.purpose),
          source: stringify(o.source),
          retention: stringify(o.retention),
        },
        truncated,
      );
    }),
    truncated,
  );
}

function parseCsvExport(text: string): AccessExportResult {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch {
    return { ok: false, problem: 'not_csv' };
  }
  const header = rows[0];
  if (!header) return { ok: false, problem: 'no_header' };
  const index: Partial<Record<keyof typeof MAX, number>> = {};
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    for (const [k, aliases] of Object.entries(HEADER_ALIASES) as Array<[keyof typeof MAX, string[]]>) {
      if (index[k] === undefined && aliases.includes(name)) index[k] = i;
    }
  });
  if (index.category === undefined)
    return { ok: false, problem: 'missing_column', line: 1, column: 'category' };
  if (index.value === undefined) return { ok: false, problem: 'missing_column', line: 1, column: 'value' };
  if (rows.length - 1 > ACCESS_EXPORT_MAX_ITEMS) return { ok: false, problem: 'too_many_items' };
  const truncated = new Set<string>();
  return finish(
    rows.slice(1).map((r) => {
      const get = (k: keyof typeof MAX) => (index[k] === undefined ? undefined : r[index[k]!]);
      return toItem(
        {
          category: get('category'),
          value: get('value'),
          purpose: get('purpose'),
          source: get('source'),
          retention: get('retention'),
        },
        truncated,
      );
    }),
    truncated,
  );
}

/** Parses a central-system export file's text into access items; never throws. */
export function parseAccessExport(format: AccessExportFormat, text: string): AccessExportResult {
  return format === 'json' ? parseJson(text) : parseCsvExport(text);
}
