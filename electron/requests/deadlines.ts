// The deadline service: the working-day calendar and the deadline rules as they apply now —
// the administrator's versions stored in the database first, the files shipped in resources/ as
// defaults — and everything computed from them. Calendar and rule edits are versioned in
// deadline_data and audited; after each one, the due dates of unfinished requests follow.
import path from 'node:path';
import {
  calendarYearSchema,
  deadlineRulesSchema,
  type CalendarYear,
  type DeadlineRules,
} from '../../common/deadlines/calendar-schema';
import { WorkingCalendar } from '../../common/deadlines/calendar';
import { computeDeadline, type DeadlineResult } from '../../common/deadlines/deadlines';
import type { RecomputeSummary } from '../../common/contract/requests';
import { PdError } from '../../common/errors';
import type { RequestType } from '../../common/requests/vocab';
import { loadCalendarDir, loadDeadlineRules, resourcesDir } from '../core/calendar';
import { currentDeadlineData, deadlineDataStamp } from './sql/deadline-data';
import { getSubjectRow, updateRequest, type RequestRow } from './sql/requests';
import { insertHistory, listLetterLinks } from './sql/records';
import { unfinishedRequestRows } from './sql/lists';
import { setLetterDue } from '../mailroom';
import type { DB, Server, WriteTx } from '../sql/server';
import { putSetting, readSetting } from '../sql/settings';
import { emitChanged } from './sync-events';

// ---------------------------------------------------------------------------------------------
// Shipped defaults (resources/), loaded once per process.

interface Shipped {
  years: Map<number, CalendarYear>;
  rules: DeadlineRules;
}
let shipped: Shipped | null = null;
let shippedDir: string | null = null;

/** The calendar years and rules shipped in resources/, loaded once per resources folder. */
export function loadShipped(): Shipped {
  const dir = resourcesDir();
  if (!shipped || shippedDir !== dir) {
    const years = new Map(loadCalendarDir(path.join(dir, 'calendar')).map((y) => [y.year, y]));
    shipped = { years, rules: loadDeadlineRules(path.join(dir, 'deadlines.json')) };
    shippedDir = dir;
  }
  return shipped;
}

/** Where the data in use for a year (or the rules) comes from. */
export type DataOrigin = 'shipped' | 'edit' | 'import' | 'missing';

export interface DeadlineData {
  calendar: WorkingCalendar;
  rules: DeadlineRules;
  /** Per year: where its data comes from and which stored version is in use. */
  years: Map<
    number,
    { origin: DataOrigin; version: number | null; savedAt: string | null; savedBy: string | null }
  >;
  rulesOrigin: { origin: DataOrigin; version: number | null; savedAt: string | null; savedBy: string | null };
  stamp: number;
}

const cache = new WeakMap<DB, DeadlineData>();

function build(db: DB, stamp: number): DeadlineData {
  const base = loadShipped();
  const years = new Map<number, CalendarYear>(base.years);
  const origins: DeadlineData['years'] = new Map();
  for (const y of base.years.keys())
    origins.set(y, { origin: 'shipped', version: null, savedAt: null, savedBy: null });
  let rules = base.rules;
  let rulesOrigin: DeadlineData['rulesOrigin'] = {
    origin: 'shipped',
    version: null,
    savedAt: null,
    savedBy: null,
  };
  for (const row of currentDeadlineData(db)) {
    const meta = { version: row.version, savedAt: row.savedAt, savedBy: row.savedBy };
    if (row.kind === 'rules') {
      if (row.data === null) rulesOrigin = { origin: 'shipped', ...meta };
      else {
        rules = deadlineRulesSchema.parse(JSON.parse(row.data));
        rulesOrigin = { origin: row.origin === 'import' ? 'import' : 'edit', ...meta };
      }
      continue;
    }
    if (row.data === null) {
      const fromFile = base.years.get(row.year);
      if (fromFile) {
        years.set(row.year, fromFile);
        origins.set(row.year, { origin: 'shipped', ...meta });
      } else {
        years.delete(row.year);
        origins.set(row.year, { origin: 'missing', ...meta });
      }
    } else {
      years.set(row.year, calendarYearSchema.parse(JSON.parse(row.data)));
      origins.set(row.year, { origin: row.origin === 'import' ? 'import' : 'edit', ...meta });
    }
  }
  return { calendar: new WorkingCalendar([...years.values()]), rules, years: origins, rulesOrigin, stamp };
}

/** The calendar and rules in force (cached per connection until a version is added). */
export function deadlineData(db: DB): DeadlineData {
  const stamp = deadlineDataStamp(db);
  const hit = cache.get(db);
  if (hit && hit.stamp === stamp) return hit;
  const data = build(db, stamp);
  cache.set(db, data);
  return data;
}

/** Calendar and rules from the shipped files only (no database: the CLI without --db). */
export function shippedDeadlineData(): { calendar: WorkingCalendar; rules: DeadlineRules } {
  const base = loadShipped();
  return { calendar: new WorkingCalendar([...base.years.values()]), rules: base.rules };
}

export function computeFor(db: DB | null, type: RequestType, receivedAt: string): DeadlineResult {
  const { calendar, rules } = db ? deadlineData(db) : shippedDeadlineData();
  try {
    return computeDeadline(calendar, rules, type, receivedAt);
  } catch (e) {
    if (e instanceof RangeError)
      throw new PdError('VALIDATION', { issues: [{ path: 'received', code: 'invalid_date' }] });
    throw e;
  }
}

/**
 * After a calendar or rules change, in the same transaction: every request not closed or
 * cancelled gets its due dates and warnings from the data now in force (a calendar correction, or
 * a year entered that was missing, changes the count); each move is kept in the request's history
 * and, for the policy date, sent to central as request.changed [due_on].
 */
/** The request columns a deadline computation sets (a new request, an edit, a recompute). */
export function deadlineColumns(d: DeadlineResult) {
  return {
    countedFrom: d.countedFrom,
    dueOn: d.due,
    statutoryDueOn: d.statutoryDue,
    policyDays: d.workingDays,
    statutoryDays: d.statutoryWorkingDays,
    deadlineWarnings: JSON.stringify(d.warnings),
  };
}

/** The history entry for moved due dates, so every move reads the same (old → new of both). */
export function recordDueChange(
  tx: WriteTx,
  actor: string,
  r: RequestRow,
  d: DeadlineResult,
  reasonCode: string,
): void {
  insertHistory(tx.db, {
    requestId: r.id,
    at: tx.now.toISOString(),
    actor,
    event: 'due_changed',
    fromState: r.state,
    toState: r.state,
    reasonCode,
    note: `${r.dueOn} → ${d.due}; ${r.statutoryDueOn} → ${d.statutoryDue}`,
  });
}

export function recomputeDueDates(tx: WriteTx, actor: string): RecomputeSummary {
  const changed: RecomputeSummary['changed'] = [];
  const rows = unfinishedRequestRows(tx.db);
  const now = tx.now.toISOString();
  for (const r of rows) {
    if (r.purgedAt) continue;
    const d = computeFor(tx.db, r.type as RequestType, r.receivedAt);
    const warnings = JSON.stringify(d.warnings);
    const moved = d.due !== r.dueOn || d.statutoryDue !== r.statutoryDueOn;
    if (
      !moved &&
      warnings === r.deadlineWarnings &&
      d.countedFrom === r.countedFrom &&
      d.workingDays === r.policyDays &&
      d.statutoryWorkingDays === r.statutoryDays
    )
      continue;
    updateRequest(tx.db, r.id, { ...deadlineColumns(d), updatedAt: now });
    if (!moved) continue;
    changed.push({
      id: r.id,
      due: { from: r.dueOn, to: d.due },
      statutoryDue: { from: r.statutoryDueOn, to: d.statutoryDue },
    });
    recordDueChange(tx, actor, r, d, 'calendar_or_rules_changed');
    tx.audit({
      action: 'request.due_changed',
      entityType: 'request',
      entityId: r.id,
      summary: `due ${r.dueOn} → ${d.due}, statutory ${r.statutoryDueOn} → ${d.statutoryDue} (calendar or rules changed)`,
    });
    if (d.due !== r.dueOn) {
      for (const l of listLetterLinks(tx.db, r.id)) setLetterDue(tx.db, l.letterId, d.due, null, now);
      if (r.state !== 'answered') {
        emitChanged(tx, { ...r, dueOn: d.due }, ['due_on'], getSubjectRow(tx.db, r.id)?.accountId ?? null);
      }
    }
  }
  return { checked: rows.length, changed };
}

/** The counting rule stored due dates follow (issue 14: N working days after the receipt day). */
export const COUNTING_RULE = 'after_receipt_day';
const COUNTING_KEY = 'deadlines.countingRule';

/**
 * Once per database, when it opens: due dates stored under an older counting rule (a receipt on a
 * day off counted from the next working day) are recomputed like after a calendar change —
 * history, audit and request.changed for each one that moves.
 */
export function applyCountingRule(server: Server): RecomputeSummary | null {
  if (server.read((db) => readSetting(db, COUNTING_KEY)) === COUNTING_RULE) return null;
  if (server.read((db) => unfinishedRequestRows(db).length) === 0) {
    // Nothing to recount (a new or quiet database): only the marker, which changes no record.
    putSetting(server.db, COUNTING_KEY, COUNTING_RULE);
    return { checked: 0, changed: [] };
  }
  return server.write('system', (tx) => {
    const r = recomputeDueDates(tx, 'system');
    putSetting(tx.db, COUNTING_KEY, COUNTING_RULE);
    tx.audit({
      action: 'deadlines.recounted',
      entityType: 'deadline_rules',
      entityId: 'rules',
      summary: `counting rule ${COUNTING_RULE}: ${r.changed.length} of ${r.checked} due dates moved`,
    });
    return r;
  });
}
