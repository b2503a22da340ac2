// What a decision leads to: the legal basis of a refusal, the access-fee rule and the actions
// queued for the central system (planDecision). Re-exported by ./decisions.
import {
  type BLOCK_REASONS,
  type RECTIFY_FIELDS,
  type SUPPRESS_CHANNELS,
  type ActionKind,
  type DecisionOutcome,
  type RefusalGround,
  type RequestLanguage,
  type RequestType,
} from './vocab';
import { legalBasisText } from '../letters/phrases';
import type { DecisionParsed } from './decisions';

/** Withdrawal may be refused only when it is contrary to law or an obligation is unfulfilled (Art. 8 p.2). */
export const WITHDRAWAL_REFUSAL_GROUNDS = [
  'contract_obligation_unfulfilled',
  'contrary_to_law',
  'identity_not_verified',
] as const satisfies readonly RefusalGround[];

/**
 * The legal basis recorded with a decision (and kept on the tombstone after a purge), in the
 * request's language (common/letters/phrases.ts); each letter prints it in its own language.
 */
export function legalBasisFor(
  type: RequestType,
  outcome: DecisionOutcome,
  language: RequestLanguage = 'ru',
): string {
  return legalBasisText(type, outcome, language);
}

/** The warning a fee on an access decision raises: the law requires access free of charge (Art. 25 p.2(9)). */
export const ACCESS_FEE_WARNING = 'access_fee_not_allowed';
/** On the request view: a decision stored before fees were refused still records one. */
export const ACCESS_FEE_RECORDED = 'access_fee_recorded';
/** The translated message of the VALIDATION error refusing a fee on an access decision. */
export const ACCESS_FEE_REFUSED_KEY = 'errors.ACCESS_FEE_REFUSED';

export function accessFeeWarning(fee: number | null | undefined): typeof ACCESS_FEE_WARNING | null {
  return typeof fee === 'number' && fee > 0 ? ACCESS_FEE_WARNING : null;
}

/** What planDecision needs to know about the request. */
export interface DecisionContext {
  requestType: RequestType;
  language: RequestLanguage;
  subject: { accountId: string | null; iin: string | null; phone: string | null } | null;
}

/** An action for the central system, before it is given its id (the payload of action.requested). */
export type PlannedAction =
  | { action: 'block'; subjectAccountId: string; reason: (typeof BLOCK_REASONS)[number] }
  | { action: 'unblock'; subjectAccountId: string }
  | { action: 'erase'; subjectAccountId: string; iin: string }
  | {
      action: 'rectify';
      subjectAccountId: string;
      corrections: Array<{ field: (typeof RECTIFY_FIELDS)[number]; value: string }>;
    }
  | {
      action: 'suppress';
      subjectAccountId: string | null;
      phone: string | null;
      channels: Array<(typeof SUPPRESS_CHANNELS)[number]>;
    }
  | { action: 'export'; subjectAccountId: string; language: RequestLanguage };

/** A reason the decision cannot be saved as it stands; `code` is an error code (REQUEST_*). */
export interface DecisionProblem {
  code:
    | 'REQUEST_DECISION_TYPE'
    | 'REQUEST_ACCOUNT_REQUIRED'
    | 'REQUEST_IIN_REQUIRED'
    | 'REQUEST_REFUSAL_NOT_ALLOWED';
  details: Record<string, unknown>;
}

export interface DecisionPlan {
  /** The actions that saving would queue for the central system, in order. */
  actions: PlannedAction[];
  warnings: string[];
  /** Empty when the decision can be saved. */
  problems: DecisionProblem[];
  legalBasis: string;
  /** Whether the decision erases the subject's data (the request becomes a purge candidate when closed). */
  erasure: boolean;
}

/** Which actions a decision creates, what it warns about and what stops it. Pure. */
export function planDecision(ctx: DecisionContext, d: DecisionParsed): DecisionPlan {
  const warnings: string[] = [];
  const problems: DecisionProblem[] = [];
  const wanted: Array<ActionKind> = [];
  const account = ctx.subject?.accountId ?? null;
  const iin = ctx.subject?.iin ?? null;
  if (d.type !== ctx.requestType) {
    problems.push({
      code: 'REQUEST_DECISION_TYPE',
      details: { requestType: ctx.requestType, decisionType: d.type },
    });
  }
  const acting = d.outcome !== 'refused';
  const actions: PlannedAction[] = [];
  const need = (action: ActionKind, what: { account?: boolean; iin?: boolean }): boolean => {
    let ok = true;
    if (what.account && !account) {
      problems.push({ code: 'REQUEST_ACCOUNT_REQUIRED', details: { action } });
      ok = false;
    }
    if (what.iin && !iin) {
      problems.push({ code: 'REQUEST_IIN_REQUIRED', details: { action } });
      ok = false;
    }
    return ok;
  };
  const erase = () => {
    wanted.push('erase');
    if (need('erase', { account: true, iin: true }))
      actions.push({ action: 'erase', subjectAccountId: account!, iin: iin! });
  };

  switch (d.type) {
    case 'withdrawal':
      if (d.outcome !== 'granted') {
        const ground = d.refusalGround!;
        if (!(WITHDRAWAL_REFUSAL_GROUNDS as readonly string[]).includes(ground)) {
          problems.push({
            code: 'REQUEST_REFUSAL_NOT_ALLOWED',
            details: { refusalGround: ground, allowed: [...WITHDRAWAL_REFUSAL_GROUNDS] },
          });
        } else if (ground === 'contract_obligation_unfulfilled' && !d.obligationsUnfulfilled) {
          problems.push({
            code: 'REQUEST_REFUSAL_NOT_ALLOWED',
            details: { refusalGround: ground, reason: 'obligations_fulfilled' },
          });
        }
      }
      if (d.outcome === 'granted') erase();
      break;
    case 'access': {
      const fee = accessFeeWarning(d.fee);
      if (fee) warnings.push(fee);
      if (acting && d.requestCentralExport) {
        wanted.push('export');
        if (need('export', { account: true }))
          actions.push({ action: 'export', subjectAccountId: account!, language: ctx.language });
      }
      break;
    }
    case 'rectification':
      if (acting) {
        wanted.push('rectify');
        if (need('rectify', { account: true })) {
          actions.push({
            action: 'rectify',
            subjectAccountId: account!,
            corrections: d.corrections.map((c) => ({ field: c.field, value: c.after })),
          });
        }
      }
      break;
    case 'blocking':
      if (d.operation === 'block') {
        wanted.push('block');
        if (need('block', { account: true }))
          actions.push({ action: 'block', subjectAccountId: account!, reason: d.blockReason! });
      } else if (d.operation === 'unblock') {
        wanted.push('unblock');
        if (need('unblock', { account: true }))
          actions.push({ action: 'unblock', subjectAccountId: account! });
      } else if (d.operation === 'erase') {
        erase();
      }
      break;
    case 'stop_messages':
      if (acting) {
        wanted.push('suppress');
        const phone = d.phone ?? ctx.subject?.phone ?? null;
        const byAccount = d.byAccount ? account : null;
        if (!byAccount && !phone)
          problems.push({
            code: 'REQUEST_ACCOUNT_REQUIRED',
            details: { action: 'suppress', alternative: 'phone' },
          });
        else
          actions.push({
            action: 'suppress',
            subjectAccountId: byAccount,
            phone,
            channels: [...new Set(d.channels)],
          });
      }
      break;
    case 'minor_deletion':
      if (d.outcome === 'granted') erase();
      break;
    case 'complaint':
    case 'objection':
      break;
  }
  if (problems.some((p) => p.code === 'REQUEST_ACCOUNT_REQUIRED')) warnings.push('account_missing');
  return {
    actions,
    warnings,
    problems,
    legalBasis: d.legalBasis ?? legalBasisFor(ctx.requestType, d.outcome, ctx.language),
    erasure: wanted.includes('erase'),
  };
}
