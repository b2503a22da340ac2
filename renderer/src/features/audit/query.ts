// The audit viewer's filter: what the person picked (Almaty calendar days) → the contract's filter
// (ISO instants; `to` is exclusive, so the last day is included whole).
import { TZDate } from '@date-fns/tz';
import type { CallInput } from '../../../../common/contract';
import { OFFICE_TIME_ZONE } from '../../format/dates';

export interface AuditFilterForm {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  /** As typed: an Almaty day as DD.MM.YYYY (or YYYY-MM-DD), or '' for no bound. */
  fromDay: string;
  toDay: string;
}

export const EMPTY_FILTER: AuditFilterForm = {
  actor: '',
  action: '',
  entityType: '',
  entityId: '',
  fromDay: '',
  toDay: '',
};

export type AuditFilter = CallInput<'audit.exportCsv'>;

/** Midnight at the start of an Almaty day (YYYY-MM-DD), plus `addDays`, as a UTC ISO instant. */
export function almatyDayStart(day: string, addDays = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const d = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays, OFFICE_TIME_ZONE);
  const ms = d.getTime();
  // TZDate#toISOString keeps the +05:00 offset; the log stores UTC instants and compares text.
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * A typed day → YYYY-MM-DD, or null when it is not a real date. The office writes dates as
 * 06.06.2025 (the app shows them so in every language); ISO 2025-06-06 is accepted too.
 */
export function parseDay(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (!m) return null;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export type DayProblem = 'fromDay' | 'toDay' | 'range';

/** What is wrong with the typed dates, if anything (an empty field is no bound, not a problem). */
export function dayProblem(f: AuditFilterForm): DayProblem | null {
  const from = f.fromDay.trim() ? parseDay(f.fromDay) : '';
  const to = f.toDay.trim() ? parseDay(f.toDay) : '';
  if (from === null) return 'fromDay';
  if (to === null) return 'toDay';
  if (from && to && to < from) return 'range';
  return null;
}

export function toAuditFilter(f: AuditFilterForm): AuditFilter {
  const out: AuditFilter = {};
  if (f.actor) out.actor = f.actor;
  if (f.action) out.action = f.action;
  if (f.entityType) out.entityType = f.entityType;
  if (f.entityId.trim()) out.entityId = f.entityId.trim();
  const from = almatyDayStart(parseDay(f.fromDay) ?? '');
  const to = almatyDayStart(parseDay(f.toDay) ?? '', 1);
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}
