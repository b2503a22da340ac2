// What the per-request calls answer: summaries, the full record with its letters, history,
// decisions and actions, prechecks and decision results. Re-exported by ./requests.
import type { LocalizedText } from '../deadlines/calendar-schema';
import type { DeadlineResult } from '../deadlines/deadlines';
import type { DecisionProblem, PlannedAction } from '../requests/decisions';
import type { TransitionKind } from '../requests/lifecycle';
import type {
  ActionKind,
  ActionStatus,
  DeadlineStatus,
  DecisionOutcome,
  RefusalGround,
  RequestLanguage,
  RequestState,
  RequestType,
  RequesterRole,
} from '../requests/vocab';

// ---------------------------------------------------------------------------------------------
// Outputs.

export interface SubjectSummary {
  name: string;
  /** 900101•••••3 — lists never show the full IIN. */
  iinMasked: string | null;
}

export interface ActionCounts {
  total: number;
  queued: number;
  sent: number;
  confirmed: number;
  failed: number;
}

export interface DecisionBrief {
  outcome: DecisionOutcome;
  refusalGround: RefusalGround | null;
  legalBasis: string | null;
  decidedAt: string;
}

/** One row of a request list (and the head of a request's page). */
export interface RequestSummary {
  /** RQ-2026-000001 */
  id: string;
  type: RequestType;
  state: RequestState;
  /** While paused: the state it returns to on resume. */
  pausedFrom: RequestState | null;
  requesterRole: RequesterRole;
  origin: 'letter' | 'direct';
  language: RequestLanguage;
  officer: string | null;
  /** The IIN shows a person under 18 (minor_deletion is proposed). */
  minor: boolean;
  /** Null once purged (the request is a tombstone). */
  subject: SubjectSummary | null;
  /** The Вх. № of the letters it comes from, earliest first. */
  letterNumbers: string[];
  receivedAt: string;
  /** Almaty date of receipt. */
  receivedOn: string;
  /** Policy (operative) due date, YYYY-MM-DD. */
  due: string;
  statutoryDue: string;
  /** Working days left (0 due today, 1 the next working day, <0 overdue). */
  daysLeft: number;
  statutoryDaysLeft: number;
  deadlineStatus: DeadlineStatus;
  statutoryStatus: DeadlineStatus;
  /** Codes: calendar_missing:<year>, subject_minor, account_missing, … (REQUEST_WARNINGS). */
  warnings: string[];
  decision: DecisionBrief | null;
  answeredAt: string | null;
  replyOutgoingNo: string | null;
  closedAt: string | null;
  closeOutcome: 'answered' | 'withdrawn' | 'duplicate' | 'cancelled' | null;
  purgedAt: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  actionCounts: ActionCounts;
}

export interface SubjectView extends SubjectSummary {
  iin: string | null;
  birthDate: string | null;
  /** Age today, from the IIN. */
  age: number | null;
  sex: 'M' | 'F' | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  accountId: string | null;
}

export interface RepresentativeView {
  name: string;
  relation: string;
  gender?: 'M' | 'F' | null;
  address: string | null;
  authorityDocument: { type: string; number: string | null; date: string | null; issuer: string | null };
}

export interface AuthorizedBodyView {
  kind: 'ministry' | 'akimat' | 'other';
  name: string;
  reference: string | null;
  referenceDate: string | null;
  official: string | null;
  officialName?: string | null;
  officialGender?: 'M' | 'F' | null;
  address: string | null;
}

export type VerificationView = (
  | {
      method: 'document';
      documentType: string;
      numberLast4: string;
      issuer: string;
      issuedOn: string;
      holder: 'subject' | 'representative';
      note: string | null;
    }
  | { method: 'not_required'; reason: string; note: string | null }
) & { verifiedAt: string | null; verifiedBy: string | null };

export interface LetterView {
  id: number;
  incomingNo: string;
  receivedAt: string;
  receivedOn: string;
  channel: string | null;
  status: string | null;
  documentType: string | null;
  /** The request type the document type names, if any. */
  documentRequestType: RequestType | null;
  language: string | null;
  assignedTo: string | null;
  senderRef: { number: string | null; date: string | null } | null;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  /** opened, verified, transition, paused, resumed, cancelled, decided, answered, closed, updated, letters_linked, due_changed, purged */
  event: string;
  from: RequestState | null;
  to: RequestState | null;
  /** Pause reason, cancel outcome, changed fields … (codes). */
  reasonCode: string | null;
  /** The officer's words (purged with the subject's data). */
  note: string | null;
}

export interface ActionResultView {
  status: 'executed' | 'failed' | 'not_found' | string;
  executedAt: string;
  note: string | null;
  receivedAt: string;
}

export interface ActionView {
  /** The action id central reports results for. */
  id: string;
  action: ActionKind;
  /** queued → sent → confirmed / failed (derived from the outbox row and central's results). */
  status: ActionStatus;
  decisionId: number;
  createdAt: string;
  eventId: string;
  outboxState: 'pending' | 'delivered' | 'rejected' | null;
  attempts: number;
  /** When central accepted the event. */
  sentAt: string | null;
  /** When central executed it (its clock). */
  confirmedAt: string | null;
  failure: {
    source: 'central_rejected' | 'central_failed' | 'central_not_found';
    reason: string | null;
  } | null;
  results: ActionResultView[];
}

export interface DecisionView {
  id: number;
  type: RequestType;
  outcome: DecisionOutcome;
  refusalGround: RefusalGround | null;
  legalBasis: string;
  reasons: string | null;
  /** The decision form as saved (type-specific); null once purged. */
  details: Record<string, unknown> | null;
  warnings: string[];
  decidedAt: string;
  decidedBy: string;
  erasure: boolean;
  actionIds: string[];
}

export interface DeadlineView {
  today: string;
  receivedAt: string;
  receivedOn: string;
  /** The working day the count starts from (receipt on a non-working day: the next working day). */
  countedFrom: string;
  due: string;
  statutoryDue: string;
  workingDays: number;
  statutoryWorkingDays: number;
  daysLeft: number;
  statutoryDaysLeft: number;
  status: DeadlineStatus;
  statutoryStatus: DeadlineStatus;
  warnings: string[];
  /** The rule's basis in the three languages (resources/deadlines.json or the administrator's version). */
  basis: LocalizedText | null;
  /** While paused: since when, why, from which state. The law has no extension: due dates do not move. */
  paused: { since: string; reason: string; from: RequestState } | null;
}

/** What remains after a purge: number, type, dates, decision, legal basis. */
export interface Tombstone {
  id: string;
  type: RequestType;
  receivedOn: string;
  due: string;
  statutoryDue: string;
  decision: DecisionBrief | null;
  answeredAt: string | null;
  closedAt: string | null;
  closeOutcome: string | null;
  purgedAt: string;
  purgeId: number | null;
}

export interface RequestDetail extends Omit<RequestSummary, 'subject'> {
  subject: SubjectView | null;
  representative: RepresentativeView | null;
  authorizedBody: AuthorizedBodyView | null;
  verification: VerificationView | null;
  directReason: string | null;
  directNote: string | null;
  notes: string | null;
  deadline: DeadlineView;
  letters: LetterView[];
  history: HistoryEntry[];
  decisions: DecisionView[];
  actions: ActionView[];
  /** The steps the request's state allows now (buttons). */
  steps: TransitionKind[];
  /** 'minor_deletion' when the IIN shows a minor and the type is another one. */
  suggestedType: RequestType | null;
  tombstone: Tombstone | null;
}

export interface PrecheckResult {
  /** Open requests of the same type for the same IIN, or the same name and address (or letter). */
  duplicates: Array<RequestSummary & { match: 'iin' | 'name_address' | 'letter' }>;
  letters: Array<{
    ref: string | number;
    found: boolean;
    cancelled: boolean;
    letter: LetterView | null;
    linkedRequests: string[];
  }>;
  iin: {
    valid: boolean;
    reason: string | null;
    birthDate: string | null;
    age: number | null;
    minor: boolean;
  } | null;
  minor: boolean;
  suggestedType: RequestType | null;
  /** The deadline opening now would give (from the earliest letter, or now for a direct request). */
  deadline: DeadlineResult | null;
  warnings: string[];
}

export interface DecisionPlanView {
  actions: PlannedAction[];
  warnings: string[];
  problems: DecisionProblem[];
  legalBasis: string;
  erasure: boolean;
}

export interface DecideResult {
  request: RequestDetail;
  decision: DecisionView;
  actions: ActionView[];
  /** e.g. access_fee_not_allowed */
  warnings: string[];
}
