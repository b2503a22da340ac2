// The breach register (Law 94-V Art. 25 p.2(8)): a personal-data security breach is notified to the
// authorized body within 1 working day from its detection. The due date comes from the same
// deadline engine as requests (N working days after the Almaty day of detection; the rule is the
// `breach` entry of the deadline rules). Every write commits in one transaction with its audit
// entry and a `breach` sync event (codes and dates only: the description never leaves the desk).
import { almatyDate, almatyDay } from '../../common/time/almaty';
import type { BreachDetail, BreachSummary } from '../../common/contract/breaches';
import type { BreachDataCategory, BreachState, BreachSubjectNotice } from '../../common/breaches/schemas';
import type { z } from 'zod';
import type {
  breachMeasuresSchema,
  listBreachesSchema,
  notifyAuthoritySchema,
  openBreachSchema,
  subjectsNoticeSchema,
} from '../../common/breaches/schemas';
import type { DeadlineRule } from '../../common/deadlines/calendar-schema';
import { workingPeriod } from '../../common/deadlines/deadlines';
import { PdError } from '../../common/errors';
import { countdown } from '../../common/requests/countdown';
import { syncEvent } from '../../common/sync/payloads';
import type { DB, Server, WriteTx } from '../sql/server';
import { deadlineData, shippedDeadlineData } from '../requests';
import {
  getBreachRow,
  insertBreach,
  listBreachRows,
  nextBreachId,
  updateBreach,
  type BreachRow,
} from './store';

type SyncBreachEvent = 'opened' | 'measures_updated' | 'authority_notified' | 'subjects_notice_decided';

/** The rule in force: the administrator's rules, else the shipped file's (rules saved before breaches existed). */
export function breachRule(db: DB): DeadlineRule {
  const rule = deadlineData(db).rules.breach ?? shippedDeadlineData().rules.breach;
  if (!rule) throw new PdError('VALIDATION', { issues: [{ path: 'rules.breach', code: 'missing' }] });
  return rule;
}

function requireBreach(db: DB, id: string): BreachRow {
  const row = getBreachRow(db, id);
  if (!row) throw new PdError('NOT_FOUND', { entity: 'breach', id });
  return row;
}

function summaryOf(db: DB, r: BreachRow, today: string): BreachSummary {
  const { calendar } = deadlineData(db);
  const running = r.state === 'open';
  // A breach runs like a request until the authority notice leaves.
  const cd = countdown(calendar, today, r.dueOn, r.dueOn, running ? 'in_progress' : 'closed');
  const notifiedOn = r.authorityNotifiedAt ? almatyDate(r.authorityNotifiedAt) : null;
  return {
    id: r.id,
    detectedAt: r.detectedAt,
    detectedOn: r.detectedOn,
    due: r.dueOn,
    daysLeft: cd.daysLeft,
    deadlineStatus: cd.status,
    state: r.state as BreachState,
    categories: JSON.parse(r.categories) as BreachDataCategory[],
    subjectsApprox: r.subjectsApprox,
    authorityNotifiedAt: r.authorityNotifiedAt,
    notifiedOnTime: notifiedOn === null ? null : notifiedOn <= r.dueOn,
    subjectsNotice: r.subjectsNotice as BreachSubjectNotice,
    warnings: JSON.parse(r.deadlineWarnings) as string[],
  };
}

function detailOf(db: DB, r: BreachRow, today: string): BreachDetail {
  return {
    ...summaryOf(db, r, today),
    description: r.description,
    measures: JSON.parse(r.measures) as string[],
    authorityMethod: r.authorityMethod,
    authorityReference: r.authorityReference,
    subjectsNoticeReason: r.subjectsNoticeReason,
    basis: breachRule(db).basis,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
  };
}

function emitBreach(tx: WriteTx, r: BreachRow, event: SyncBreachEvent): void {
  tx.emit(
    syncEvent('breach', r.id, {
      event,
      detectedOn: r.detectedOn,
      dueOn: r.dueOn,
      status: r.state as BreachState,
      categories: JSON.parse(r.categories) as BreachDataCategory[],
      subjectsApprox: r.subjectsApprox,
      authorityNotifiedOn: r.authorityNotifiedAt ? almatyDate(r.authorityNotifiedAt) : null,
      subjectsNotice: r.subjectsNotice as BreachSubjectNotice,
    }),
  );
}

/** Applies a change to a breach, audits it and sends the snapshot, in the caller's transaction. */
function change(
  tx: WriteTx,
  r: BreachRow,
  patch: Partial<BreachRow>,
  event: SyncBreachEvent,
  summary: string,
): void {
  const next = { ...r, ...patch, updatedAt: tx.now.toISOString() };
  updateBreach(tx.db, r.id, { ...patch, updatedAt: next.updatedAt });
  tx.audit({ action: `breach.${event}`, entityType: 'breach', entityId: r.id, summary });
  emitBreach(tx, next, event);
}

function read(server: Server, id: string): BreachDetail {
  return server.read((db) => detailOf(db, requireBreach(db, id), almatyDay(server.now())));
}

export function openBreach(
  server: Server,
  actor: string,
  input: z.output<typeof openBreachSchema>,
): BreachDetail {
  const detected = new Date(input.detectedAt);
  if (detected.getTime() > server.now().getTime() + 60_000) {
    throw new PdError(
      'VALIDATION',
      { issues: [{ path: 'detectedAt', code: 'in_future' }] },
      'errors.BREACH_DETECTED_IN_FUTURE',
    );
  }
  const id = server.write(actor, (tx) => {
    const { calendar } = deadlineData(tx.db);
    const period = workingPeriod(calendar, breachRule(tx.db), input.detectedAt);
    const year = Number(period.on.slice(0, 4));
    const { id, seq } = nextBreachId(tx.db, year);
    const now = tx.now.toISOString();
    const row: BreachRow = {
      id,
      year,
      seq,
      detectedAt: input.detectedAt,
      detectedOn: period.on,
      dueOn: period.due,
      deadlineWarnings: JSON.stringify(period.warnings),
      description: input.description,
      categories: JSON.stringify([...new Set(input.categories)]),
      subjectsApprox: input.subjectsApprox ?? null,
      measures: JSON.stringify(input.measures),
      state: 'open',
      authorityNotifiedAt: null,
      authorityMethod: null,
      authorityReference: null,
      subjectsNotice: 'undecided',
      subjectsNoticeReason: null,
      createdAt: now,
      createdBy: actor,
      updatedAt: now,
    };
    insertBreach(tx.db, row);
    // The summary names codes and dates only: the description may name people.
    tx.audit({
      action: 'breach.opened',
      entityType: 'breach',
      entityId: id,
      summary: `detected ${period.on}, notify the authorized body by ${period.due}; categories ${JSON.parse(row.categories).join(', ')}`,
    });
    emitBreach(tx, row, 'opened');
    return id;
  });
  return read(server, id);
}

export function listBreaches(
  server: Server,
  q: z.output<typeof listBreachesSchema>,
): { today: string; items: BreachSummary[] } {
  const today = almatyDay(server.now());
  return server.read((db) => ({
    today,
    items: listBreachRows(db, { states: q.state, running: q.running }).map((r) => summaryOf(db, r, today)),
  }));
}

export function getBreach(server: Server, id: string): BreachDetail {
  return read(server, id);
}

/** One change to a breach in its own transaction; answers the breach as it now stands. */
function changeBreach(
  server: Server,
  actor: string,
  id: string,
  apply: (tx: WriteTx, r: BreachRow) => void,
): BreachDetail {
  server.write(actor, (tx) => apply(tx, requireBreach(tx.db, id)));
  return read(server, id);
}

export function updateMeasures(
  server: Server,
  actor: string,
  input: z.output<typeof breachMeasuresSchema>,
): BreachDetail {
  return changeBreach(server, actor, input.id, (tx, r) => {
    if (r.state === 'closed')
      throw new PdError('CONFLICT', { id: r.id, state: r.state }, 'errors.BREACH_CLOSED');
    change(
      tx,
      r,
      { measures: JSON.stringify(input.measures) },
      'measures_updated',
      `measures: ${input.measures.length}`,
    );
  });
}

export function notifyAuthority(
  server: Server,
  actor: string,
  input: z.output<typeof notifyAuthoritySchema>,
): BreachDetail {
  return changeBreach(server, actor, input.id, (tx, r) => {
    if (r.state !== 'open')
      throw new PdError('CONFLICT', { id: r.id, state: r.state }, 'errors.BREACH_ALREADY_NOTIFIED');
    const at = input.notifiedAt ?? tx.now.toISOString();
    if (almatyDate(at) < r.detectedOn) {
      throw new PdError(
        'VALIDATION',
        { issues: [{ path: 'notifiedAt', code: 'before_detection' }] },
        'errors.BREACH_NOTIFIED_BEFORE_DETECTION',
      );
    }
    const onTime = almatyDate(at) <= r.dueOn;
    change(
      tx,
      r,
      {
        state: 'authority_notified',
        authorityNotifiedAt: at,
        authorityMethod: input.method,
        authorityReference: input.reference ?? null,
      },
      'authority_notified',
      `authorized body notified ${almatyDate(at)} (${input.method}), ${onTime ? 'on time' : `late: due ${r.dueOn}`}`,
    );
  });
}

export function decideSubjectsNotice(
  server: Server,
  actor: string,
  input: z.output<typeof subjectsNoticeSchema>,
): BreachDetail {
  return changeBreach(server, actor, input.id, (tx, r) => {
    change(
      tx,
      r,
      { subjectsNotice: input.decision, subjectsNoticeReason: input.reason ?? null },
      'subjects_notice_decided',
      `subjects notice: ${input.decision}`,
    );
  });
}
