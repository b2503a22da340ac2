// What the contract returns about requests: list rows (RequestSummary) and the request page
// (RequestDetail), built from the rows in one read. Action statuses are derived here from the
// outbox row of each action.requested event and the results central reported (sync_results).
import type {
  ActionCounts,
  ActionView,
  DecisionBrief,
  DecisionView,
  HistoryEntry,
  LetterView,
  RequestDetail,
  RequestSummary,
  SubjectView,
  VerificationView,
} from '../../common/contract/requests';
import { maskIin, validateIinBin } from '../../common/identifiers/iin';
import { countdown } from '../../common/requests/countdown';
import { requestTypeOfDocument } from '../../common/requests/document-types';
import { ACCESS_FEE_RECORDED, accessFeeWarning } from '../../common/requests/decisions';
import { availableSteps } from '../../common/requests/lifecycle';
import {
  isTerminalState,
  type ActionKind,
  type ActionStatus,
  type DecisionOutcome,
  type RefusalGround,
  type RequestLanguage,
  type RequestState,
  type RequestType,
  type RequesterRole,
} from '../../common/requests/vocab';
import type { WorkingCalendar } from '../../common/deadlines/calendar';
import { getSubjectRow, type RequestRow } from './sql/requests';
import {
  actionStatusCounts,
  listActionResults,
  listActions,
  listDecisions,
  listHistory,
  listLetterLinks,
  type ActionResultRow,
  type ActionRow,
} from './sql/records';
import { letterNumbersOf, subjectsOf } from './sql/lists';
import { getIncomingLetters, type IncomingLetterInfo } from '../mailroom';
import type { DB } from '../sql/server';
import { deadlineData } from './deadlines';
import { almatyDay } from '../../common/time/almaty';

/** Types whose granted decision queues an action central finds by account id. */
const NEEDS_ACCOUNT: readonly RequestType[] = ['withdrawal', 'rectification', 'blocking', 'minor_deletion'];

export function deriveActionStatus(
  outboxState: string | null,
  latestResult: string | null,
): { status: ActionStatus; failure: ActionView['failure'] } {
  if (latestResult === 'executed') return { status: 'confirmed', failure: null };
  if (latestResult === 'failed')
    return { status: 'failed', failure: { source: 'central_failed', reason: null } };
  if (latestResult === 'not_found')
    return { status: 'failed', failure: { source: 'central_not_found', reason: null } };
  if (outboxState === 'rejected')
    return { status: 'failed', failure: { source: 'central_rejected', reason: null } };
  if (outboxState === 'delivered') return { status: 'sent', failure: null };
  return { status: 'queued', failure: null };
}

function emptyCounts(): ActionCounts {
  return { total: 0, queued: 0, sent: 0, confirmed: 0, failed: 0 };
}

function decisionBrief(r: RequestRow): DecisionBrief | null {
  if (!r.decisionOutcome || !r.decidedAt) return null;
  return {
    outcome: r.decisionOutcome as DecisionOutcome,
    refusalGround: r.refusalGround as RefusalGround | null,
    legalBasis: r.legalBasis,
    decidedAt: r.decidedAt,
  };
}

function requestWarnings(r: RequestRow, subject: { accountId?: string | null } | null): string[] {
  const w: string[] = JSON.parse(r.deadlineWarnings) as string[];
  if (r.minor) w.push('subject_minor');
  if (
    subject &&
    !r.purgedAt &&
    !isTerminalState(r.state as RequestState) &&
    NEEDS_ACCOUNT.includes(r.type as RequestType) &&
    !subject.accountId
  ) {
    w.push('account_missing');
  }
  return w;
}

function summaryOf(
  r: RequestRow,
  cal: WorkingCalendar,
  today: string,
  subject: { name: string; iin: string | null; accountId?: string | null } | null,
  letters: string[],
  counts: ActionCounts,
): RequestSummary {
  const cd = countdown(cal, today, r.dueOn, r.statutoryDueOn, r.state as RequestState);
  return {
    id: r.id,
    type: r.type as RequestType,
    state: r.state as RequestState,
    pausedFrom: r.pausedFrom as RequestState | null,
    requesterRole: r.requesterRole as RequesterRole,
    origin: r.origin,
    language: r.language as RequestLanguage,
    officer: r.officer,
    minor: r.minor === 1,
    subject: subject ? { name: subject.name, iinMasked: subject.iin ? maskIin(subject.iin) : null } : null,
    letterNumbers: letters,
    receivedAt: r.receivedAt,
    receivedOn: r.receivedOn,
    due: r.dueOn,
    statutoryDue: r.statutoryDueOn,
    daysLeft: cd.daysLeft,
    statutoryDaysLeft: cd.statutoryDaysLeft,
    deadlineStatus: cd.status,
    statutoryStatus: cd.statutoryStatus,
    warnings: requestWarnings(r, subject),
    decision: decisionBrief(r),
    answeredAt: r.answeredAt,
    replyOutgoingNo: r.replyOutgoingNo,
    closedAt: r.closedAt,
    closeOutcome: r.closeOutcome as RequestSummary['closeOutcome'],
    purgedAt: r.purgedAt,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    actionCounts: counts,
  };
}

/** List rows for many requests at once (three extra queries, whatever the page size). */
export function summarize(db: DB, rows: RequestRow[], now: Date): RequestSummary[] {
  const { calendar } = deadlineData(db);
  const today = almatyDay(now);
  const ids = rows.map((r) => r.id);
  const subjects = subjectsOf(db, ids);
  const letters = letterNumbersOf(db, ids);
  const actions = actionStatusCounts(db, ids);
  return rows.map((r) => {
    const counts = emptyCounts();
    for (const a of actions.get(r.id) ?? []) {
      counts.total++;
      counts[deriveActionStatus(a.outboxState, a.result).status]++;
    }
    return summaryOf(r, calendar, today, subjects.get(r.id) ?? null, letters.get(r.id) ?? [], counts);
  });
}

function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

export function actionViews(actions: ActionRow[], results: ActionResultRow[]): ActionView[] {
  return actions.map((a) => {
    const mine = results.filter((r) => r.actionId === a.id);
    const latest = mine.at(-1) ?? null;
    const { status, failure } = deriveActionStatus(a.outboxState, latest?.status ?? null);
    return {
      id: a.id,
      action: a.action as ActionKind,
      status,
      decisionId: a.decisionId,
      createdAt: a.createdAt,
      eventId: a.eventId,
      outboxState: a.outboxState,
      attempts: a.attempts ?? 0,
      sentAt: a.deliveredAt,
      confirmedAt: status === 'confirmed' ? latest!.executedAt : null,
      failure:
        failure && failure.source === 'central_rejected'
          ? { ...failure, reason: a.rejectReason }
          : failure && latest
            ? { ...failure, reason: latest.note }
            : failure,
      results: mine.map((m) => ({
        status: m.status,
        executedAt: m.executedAt,
        note: m.note,
        receivedAt: m.receivedAt,
      })),
    };
  });
}

/** A linked incoming letter as the contract shows it (request detail, dashboard). */
export function incomingLetterView(l: IncomingLetterInfo) {
  return {
    id: l.id,
    incomingNo: l.incomingNo,
    receivedAt: l.receivedAt,
    receivedOn: l.receivedDate,
    channel: l.channel,
    status: l.status,
    documentType: l.documentType,
    documentRequestType: requestTypeOfDocument(l.documentType),
    language: l.language,
    assignedTo: l.assignedTo,
    senderRef:
      l.senderRefNumber || l.senderRefDate ? { number: l.senderRefNumber, date: l.senderRefDate } : null,
  };
}

/** The letters linked, with what the incoming register says of each. */
function letterViews(db: DB, links: ReturnType<typeof listLetterLinks>): LetterView[] {
  const letterInfo = new Map(
    getIncomingLetters(
      db,
      links.map((l) => l.letterId),
    ).map((l) => [l.id, l]),
  );
  return links.map((l) => {
    const info = letterInfo.get(l.letterId);
    return {
      id: l.letterId,
      incomingNo: l.incomingNo,
      receivedAt: l.receivedAt,
      receivedOn: info?.receivedDate ?? l.receivedAt.slice(0, 10),
      channel: info?.channel ?? null,
      status: info?.status ?? null,
      documentType: info?.documentType ?? null,
      documentRequestType: requestTypeOfDocument(info?.documentType),
      language: info?.language ?? null,
      assignedTo: info?.assignedTo ?? null,
      senderRef:
        info && (info.senderRefNumber || info.senderRefDate)
          ? { number: info.senderRefNumber, date: info.senderRefDate }
          : null,
    };
  });
}

function decisionViews(
  db: DB,
  requestId: string,
  actionRows: ReturnType<typeof listActions>,
): DecisionView[] {
  return listDecisions(db, requestId).map((d) => ({
    id: d.id,
    type: d.type as RequestType,
    outcome: d.outcome as DecisionOutcome,
    refusalGround: d.refusalGround as RefusalGround | null,
    legalBasis: d.legalBasis,
    reasons: d.reasons,
    details: parseJson<Record<string, unknown>>(d.details),
    warnings: JSON.parse(d.warnings) as string[],
    decidedAt: d.decidedAt,
    decidedBy: d.decidedBy,
    erasure: d.erasure === 1,
    actionIds: actionRows.filter((a) => a.decisionId === d.id).map((a) => a.id),
  }));
}

function historyViews(db: DB, requestId: string): HistoryEntry[] {
  return listHistory(db, requestId).map((h) => ({
    at: h.at,
    actor: h.actor,
    event: h.event,
    from: h.fromState as RequestState | null,
    to: h.toState as RequestState | null,
    reasonCode: h.reasonCode,
    note: h.note,
  }));
}

function subjectView(s: NonNullable<ReturnType<typeof getSubjectRow>>, today: string): SubjectView {
  const iinInfo = s.iin ? validateIinBin(s.iin, today) : null;
  return {
    name: s.name,
    iinMasked: s.iin ? maskIin(s.iin) : null,
    iin: s.iin,
    birthDate: s.birthDate ?? iinInfo?.birthDate ?? null,
    age: iinInfo?.age ?? null,
    sex: iinInfo?.sex ?? null,
    phone: s.phone,
    email: s.email,
    address: s.address,
    accountId: s.accountId,
  };
}

/** The request page: everything about one request, in one read. */
export function detailOf(db: DB, r: RequestRow, now: Date): RequestDetail {
  const { calendar, rules } = deadlineData(db);
  const today = almatyDay(now);
  const s = getSubjectRow(db, r.id) ?? null;
  const links = listLetterLinks(db, r.id);
  const letters = letterViews(db, links);
  const actionRows = listActions(db, r.id);
  const actions = actionViews(actionRows, listActionResults(db, r.id));
  const counts = emptyCounts();
  for (const a of actions) {
    counts.total++;
    counts[a.status]++;
  }
  const decisions = decisionViews(db, r.id, actionRows);
  const history = historyViews(db, r.id);
  const subject = s ? subjectView(s, today) : null;
  const verification = parseJson<Record<string, unknown>>(s?.verification ?? null);
  const base = summaryOf(
    r,
    calendar,
    today,
    s,
    links.map((l) => l.incomingNo),
    counts,
  );
  // Access is free (Art. 25 p.2(9)): a fee kept from before it was refused is flagged.
  if (
    decisions.some(
      (d) => d.type === 'access' && accessFeeWarning(d.details?.fee as number | null | undefined),
    )
  ) {
    base.warnings.push(ACCESS_FEE_RECORDED);
  }
  const cd = countdown(calendar, today, r.dueOn, r.statutoryDueOn, r.state as RequestState);
  const rule = rules[r.type as RequestType];
  return {
    ...base,
    subject,
    representative: parseJson(s?.representative ?? null),
    authorizedBody: parseJson(s?.authorizedBody ?? null),
    verification: verification
      ? ({ ...verification, verifiedAt: r.verifiedAt, verifiedBy: r.verifiedBy } as VerificationView)
      : null,
    directReason: r.directReason,
    directNote: s?.directNote ?? null,
    notes: s?.notes ?? null,
    deadline: {
      today,
      receivedAt: r.receivedAt,
      receivedOn: r.receivedOn,
      countedFrom: r.countedFrom,
      due: r.dueOn,
      statutoryDue: r.statutoryDueOn,
      workingDays: r.policyDays,
      statutoryWorkingDays: r.statutoryDays,
      daysLeft: cd.daysLeft,
      statutoryDaysLeft: cd.statutoryDaysLeft,
      status: cd.status,
      statutoryStatus: cd.statutoryStatus,
      warnings: JSON.parse(r.deadlineWarnings) as string[],
      basis: rule?.basis ?? null,
      paused:
        r.state === 'paused'
          ? {
              since: r.pausedAt ?? r.updatedAt,
              reason: r.pauseReason ?? 'other',
              from: r.pausedFrom as RequestState,
            }
          : null,
    },
    letters,
    history,
    decisions,
    actions,
    steps: r.purgedAt
      ? []
      : availableSteps(r.state as RequestState, {
          verified: r.verification !== 'none',
          pausedFrom: r.pausedFrom as RequestState | null,
        }),
    suggestedType:
      r.minor && r.type !== 'minor_deletion' && !isTerminalState(r.state as RequestState)
        ? 'minor_deletion'
        : null,
    tombstone: r.purgedAt
      ? {
          id: r.id,
          type: r.type as RequestType,
          receivedOn: r.receivedOn,
          due: r.dueOn,
          statutoryDue: r.statutoryDueOn,
          decision: decisionBrief(r),
          answeredAt: r.answeredAt,
          closedAt: r.closedAt,
          closeOutcome: r.closeOutcome,
          purgedAt: r.purgedAt,
          purgeId: r.purgeId,
        }
      : null,
  };
}
