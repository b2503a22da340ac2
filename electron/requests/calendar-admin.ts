// Editing the deadline data: the working-day calendar per year and the deadline rules, as the
// administrator sees and changes them. Each edit is a new version in deadline_data with its audit
// entry, and the due dates of unfinished requests follow it (recomputeDueDates, same transaction).
import { createHash } from 'node:crypto';
import { type z } from 'zod';
import {
  calendarYearSchema,
  deadlineRulesSchema,
  type CalendarYear,
  type DeadlineRules,
} from '../../common/deadlines/calendar-schema';
import { WorkingCalendar, type DayOffReason } from '../../common/deadlines/calendar';
import { isIsoDate, shiftDate, type IsoDate } from '../../common/time/almaty';
import { PdError } from '../../common/errors';
import { deadlineDataHistory, insertDeadlineData, type DeadlineDataRow } from './sql/deadline-data';
import type { Server } from '../sql/server';
import type { RecomputeSummary } from '../../common/contract/requests';
import {
  deadlineData,
  loadShipped,
  recomputeDueDates,
  type DataOrigin,
  type DeadlineData,
} from './deadlines';

// ---------------------------------------------------------------------------------------------
// Calendar years: views and administration.

export interface CalendarYearSummary {
  year: number;
  origin: DataOrigin;
  /** The stored version in use (null: the shipped file, never edited). */
  version: number | null;
  savedAt: string | null;
  savedBy: string | null;
  /** Whether resources/ ships a file for this year (reset returns to it). */
  shipped: boolean;
  workingDays: number | null;
  nonWorkingWeekdays: IsoDate[];
  workingWeekendDays: IsoDate[];
  source: string | null;
}

function summarize(data: DeadlineData, year: number): CalendarYearSummary {
  const meta = data.years.get(year) ?? {
    origin: 'missing' as const,
    version: null,
    savedAt: null,
    savedBy: null,
  };
  const has = data.calendar.hasYear(year);
  return {
    year,
    ...meta,
    origin: has ? meta.origin : 'missing',
    shipped: loadShipped().years.has(year),
    workingDays: has ? data.calendar.workingDaysInYear(year) : null,
    nonWorkingWeekdays: has ? data.calendar.nonWorkingWeekdays(year) : [],
    workingWeekendDays: has ? data.calendar.workingWeekendDays(year) : [],
    source: data.calendar.yearData(year)?.source ?? null,
  };
}

export function listCalendarYears(server: Server): CalendarYearSummary[] {
  return server.read((db) => {
    const data = deadlineData(db);
    const years = new Set<number>([...data.years.keys(), ...data.calendar.yearsLoaded()]);
    return [...years].sort((a, b) => a - b).map((y) => summarize(data, y));
  });
}

export function getCalendarYear(
  server: Server,
  year: number,
): CalendarYearSummary & { data: CalendarYear | null } {
  return server.read((db) => {
    const data = deadlineData(db);
    return { ...summarize(data, year), data: data.calendar.yearData(year) ?? null };
  });
}

export interface CalendarDay {
  date: IsoDate;
  working: boolean;
  reasons: DayOffReason[];
}

/** Day by day, for a month view or the calendar editor (at most 400 days). */
export function calendarDays(
  server: Server,
  from: IsoDate,
  to: IsoDate,
): { days: CalendarDay[]; warnings: string[] } {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to)
    throw new PdError('VALIDATION', { issues: [{ path: 'to', code: 'range_order' }] });
  return server.read((db) => {
    const { calendar } = deadlineData(db);
    const warnings = new Set<string>();
    const days: CalendarDay[] = [];
    for (let d = from, n = 0; d <= to; d = shiftDate(d, 1), n++) {
      if (n >= 400) throw new PdError('VALIDATION', { issues: [{ path: 'to', code: 'too_big' }] });
      days.push({
        date: d,
        working: calendar.isWorkingDay(d, warnings),
        reasons: calendar.dayOffReasons(d, warnings),
      });
    }
    return { days, warnings: [...warnings].sort() };
  });
}

function schemaIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  // Calendar data holds no personal data: messages may be shown as they are.
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What a change of calendar or rules did to unfinished requests. */
export interface CalendarSaveResult {
  year: CalendarYearSummary & { data: CalendarYear | null };
  recomputed: RecomputeSummary;
}

function saveCalendar(
  server: Server,
  actor: string,
  year: number,
  data: CalendarYear | null,
  origin: 'edit' | 'import' | 'reset',
): CalendarSaveResult {
  const text = data === null ? null : JSON.stringify(data);
  const recomputed = server.write(actor, (tx) => {
    if (data !== null) {
      // The new year must build together with every other year in force.
      const current = deadlineData(tx.db);
      const others = current.calendar
        .yearsLoaded()
        .filter((y) => y !== year)
        .map((y) => current.calendar.yearData(y)!);
      try {
        new WorkingCalendar([...others, data]);
      } catch (e) {
        throw new PdError('CALENDAR_INVALID', {
          issues: [{ path: '(root)', message: (e as Error).message }],
        });
      }
    }
    const row: Omit<DeadlineDataRow, 'id' | 'version'> = {
      kind: 'calendar',
      year,
      origin,
      data: text,
      sha256: text === null ? null : sha256(text),
      savedAt: tx.now.toISOString(),
      savedBy: actor,
    };
    const saved = insertDeadlineData(tx.db, row);
    tx.audit({
      action:
        origin === 'reset' ? 'calendar.reset' : origin === 'import' ? 'calendar.imported' : 'calendar.edited',
      entityType: 'calendar',
      entityId: String(year),
      summary:
        origin === 'reset'
          ? `calendar ${year} v${saved.version}: back to the shipped file`
          : `calendar ${year} v${saved.version} (${origin}), sha256 ${saved.sha256}`,
    });
    return recomputeDueDates(tx, actor);
  });
  return { year: getCalendarYear(server, year), recomputed };
}

/** Validates and stores an edited calendar year. */
export function putCalendarYear(
  server: Server,
  actor: string,
  input: { year: number; data: unknown },
): CalendarSaveResult {
  const { year, data: raw } = input;
  const parsed = calendarYearSchema.safeParse(raw);
  if (!parsed.success) throw new PdError('CALENDAR_INVALID', { issues: schemaIssues(parsed.error) });
  if (parsed.data.year !== year)
    throw new PdError('CALENDAR_YEAR_MISMATCH', { expected: year, got: parsed.data.year });
  return saveCalendar(server, actor, year, parsed.data, 'edit');
}

/** Imports a calendar file's text (<year>.json, as in resources/calendar/). */
export function importCalendarFile(
  server: Server,
  actor: string,
  input: { content: string; year?: number | null },
): CalendarSaveResult {
  const { content } = input;
  const expectedYear = input.year ?? undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PdError('CALENDAR_INVALID', {
      issues: [{ path: '(file)', message: `not valid JSON (${(e as Error).message})` }],
    });
  }
  const parsed = calendarYearSchema.safeParse(raw);
  if (!parsed.success) throw new PdError('CALENDAR_INVALID', { issues: schemaIssues(parsed.error) });
  if (expectedYear !== undefined && parsed.data.year !== expectedYear) {
    throw new PdError('CALENDAR_YEAR_MISMATCH', { expected: expectedYear, got: parsed.data.year });
  }
  return saveCalendar(server, actor, parsed.data.year, parsed.data, 'import');
}

/** Returns a year to its shipped file (or to "no data" if none ships). */
export function resetCalendarYear(
  server: Server,
  actor: string,
  input: { year: number },
): CalendarSaveResult {
  return saveCalendar(server, actor, input.year, null, 'reset');
}

export interface DeadlineDataVersion {
  version: number;
  origin: 'edit' | 'import' | 'reset';
  savedAt: string;
  savedBy: string;
  sha256: string | null;
}

export function calendarHistory(
  server: Server,
  year?: number,
): Array<DeadlineDataVersion & { year: number }> {
  return server.read((db) =>
    deadlineDataHistory(db, 'calendar', year).map((r) => ({
      year: r.year,
      version: r.version,
      origin: r.origin,
      savedAt: r.savedAt,
      savedBy: r.savedBy,
      sha256: r.sha256,
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// Deadline rules.

export interface RulesView {
  rules: DeadlineRules;
  origin: DataOrigin;
  version: number | null;
  savedAt: string | null;
  savedBy: string | null;
}

export function getRules(server: Server): RulesView {
  return server.read((db) => {
    const d = deadlineData(db);
    return { rules: d.rules, ...d.rulesOrigin };
  });
}

function saveRules(
  server: Server,
  actor: string,
  rules: DeadlineRules | null,
  origin: 'edit' | 'import' | 'reset',
): RulesView & { recomputed: RecomputeSummary } {
  const text = rules === null ? null : JSON.stringify(rules);
  const recomputed = server.write(actor, (tx) => {
    const saved = insertDeadlineData(tx.db, {
      kind: 'rules',
      year: 0,
      origin,
      data: text,
      sha256: text === null ? null : sha256(text),
      savedAt: tx.now.toISOString(),
      savedBy: actor,
    });
    tx.audit({
      action: origin === 'reset' ? 'deadlines.reset' : 'deadlines.edited',
      entityType: 'deadline_rules',
      entityId: 'rules',
      summary:
        origin === 'reset'
          ? `deadline rules v${saved.version}: back to the shipped file`
          : `deadline rules v${saved.version} (${origin}), sha256 ${saved.sha256}`,
    });
    return recomputeDueDates(tx, actor);
  });
  return { ...getRules(server), recomputed };
}

export function putRules(
  server: Server,
  actor: string,
  input: { rules: unknown },
): RulesView & { recomputed: RecomputeSummary } {
  const parsed = deadlineRulesSchema.safeParse(input.rules);
  if (!parsed.success) throw new PdError('CALENDAR_INVALID', { issues: schemaIssues(parsed.error) });
  return saveRules(server, actor, parsed.data, 'edit');
}

export function resetRules(server: Server, actor: string): RulesView & { recomputed: RecomputeSummary } {
  return saveRules(server, actor, null, 'reset');
}

export function rulesHistory(server: Server): DeadlineDataVersion[] {
  return server.read((db) =>
    deadlineDataHistory(db, 'rules').map((r) => ({
      version: r.version,
      origin: r.origin,
      savedAt: r.savedAt,
      savedBy: r.savedBy,
      sha256: r.sha256,
    })),
  );
}
