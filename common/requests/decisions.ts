// Decisions per request type (issue 5, "Decisions and actions"): the input each decision form
// sends, the actions it creates for the central system, and its warnings. Pure: the renderer can
// show "this will queue: erase" and the fee warning before anything is saved; the core runs the
// same planDecision() when it saves.
import { z } from 'zod';
import {
  ACCESS_DELIVERY_METHODS,
  BLOCK_REASONS,
  DECISION_OUTCOMES,
  RECTIFY_FIELDS,
  REFUSAL_GROUNDS,
  REQUEST_LANGUAGES,
  SUPPRESS_CHANNELS,
  type ActionKind,
  type DecisionOutcome,
  type RefusalGround,
  type RequestLanguage,
  type RequestType,
} from './vocab';
import { isoDate, phoneSchema, text } from './schemas';
import { COMPLAINT_MEASURE_CODES, legalBasisText } from '../letters/phrases';

/** The texts of a decision a letter prints, for one letter language. */
export const letterTextsSchema = z.strictObject({
  reasons: text(4000).nullish(),
  findings: text(4000).nullish(),
  measures: z.array(text(2000)).max(20).nullish(),
  obligations: text(2000).nullish(),
});
export type LetterTexts = z.infer<typeof letterTextsSchema>;

const base = {
  outcome: z.enum(DECISION_OUTCOMES),
  /** Required unless granted in full (the sync contract's codes). */
  refusalGround: z.enum(REFUSAL_GROUNDS).nullish(),
  /** The reasons in words: required for a refusal or a partial grant. */
  reasons: text(4000).nullish(),
  /** Overrides the default legal basis recorded with the decision (see LEGAL_BASIS). */
  legalBasis: text(300).nullish(),
  /** Internal: never printed in a letter. */
  note: text(2000).nullish(),
  /** The language the texts typed on this decision are in (default: the request's language). */
  textLang: z.enum(REQUEST_LANGUAGES).nullish(),
  /**
   * The letter texts for other languages: a letter prints only text written for its own language
   * and refuses to generate when it is missing (a Russian reply never quotes the Kazakh one).
   */
  letterTexts: z.partialRecord(z.enum(REQUEST_LANGUAGES), letterTextsSchema).nullish(),
};

type BaseShape = { outcome: DecisionOutcome; refusalGround?: RefusalGround | null; reasons?: string | null };

function outcomeRules(v: BaseShape, ctx: z.RefinementCtx): void {
  if (v.outcome === 'granted') {
    if (v.refusalGround)
      ctx.addIssue({
        code: 'custom',
        path: ['refusalGround'],
        message: 'only for a refusal or a partial grant',
      });
    return;
  }
  if (!v.refusalGround)
    ctx.addIssue({
      code: 'custom',
      path: ['refusalGround'],
      message: 'required for a refusal or a partial grant',
    });
  if (!v.reasons)
    ctx.addIssue({
      code: 'custom',
      path: ['reasons'],
      message: 'reasons are required for a refusal or a partial grant',
    });
}

/** One item of the data held about the subject (the access answer's annex). */
export const accessItemSchema = z.strictObject({
  category: text(200),
  value: text(2000),
  purpose: text(500).nullish(),
  source: text(300).nullish(),
  retention: text(300).nullish(),
});
export type AccessItem = z.infer<typeof accessItemSchema>;

export const withdrawalDecisionSchema = z
  .strictObject({
    type: z.literal('withdrawal'),
    ...base,
    /** Are obligations under a contract with the subject still unfulfilled? (Art. 8 p.2) */
    obligationsUnfulfilled: z.boolean(),
    /** Which obligations (required when refusing on that ground). */
    obligations: text(2000).nullish(),
  })
  .superRefine((v, ctx) => {
    outcomeRules(v, ctx);
    if (v.outcome !== 'granted' && v.refusalGround === 'contract_obligation_unfulfilled' && !v.obligations) {
      ctx.addIssue({ code: 'custom', path: ['obligations'], message: 'name the unfulfilled obligations' });
    }
  });

export const accessDecisionSchema = z
  .strictObject({
    type: z.literal('access'),
    ...base,
    /** The data held, typed in or imported from a central-system export (parseAccessExport). */
    dataHeld: z.array(accessItemSchema).max(2000).default([]),
    dataSource: z.enum(['typed', 'central_export_json', 'central_export_csv']).default('typed'),
    purposes: z.array(text(500)).max(20).nullish(),
    sources: z.array(text(300)).max(20).nullish(),
    thirdParties: z.array(text(300)).max(20).nullish(),
    delivery: z.enum(ACCESS_DELIVERY_METHODS),
    /**
     * Access is free of charge (Art. 25 p.2(9)): a fee above zero is refused (ACCESS_FEE_REFUSED).
     * The field stays only so that such a payload gets that clear error, not "unknown key".
     */
    fee: z.number().min(0).max(1_000_000_000).nullish(),
    /** Ask the central system to prepare a copy of the subject's data (an export action). */
    requestCentralExport: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    outcomeRules(v, ctx);
    if (accessFeeWarning(v.fee)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fee'],
        message: 'access is free of charge',
        params: { messageKey: ACCESS_FEE_REFUSED_KEY },
      });
    }
    if (v.outcome !== 'refused' && v.dataHeld.length === 0 && !v.requestCentralExport) {
      ctx.addIssue({
        code: 'custom',
        path: ['dataHeld'],
        message: 'list the data held, import it, or request a central export',
      });
    }
  });

export const rectificationDecisionSchema = z
  .strictObject({
    type: z.literal('rectification'),
    ...base,
    corrections: z
      .array(
        z.strictObject({
          field: z.enum(RECTIFY_FIELDS),
          before: z.string().trim().max(1000).default(''),
          after: text(200),
        }),
      )
      .min(1)
      .max(20),
  })
  .superRefine(outcomeRules);

export const BLOCKING_OPERATIONS = ['block', 'unblock', 'erase', 'none'] as const;

export const blockingDecisionSchema = z
  .strictObject({
    type: z.literal('blocking'),
    ...base,
    /** block for the verification; unblock when not confirmed; erase when confirmed; none: nothing to do. */
    operation: z.enum(BLOCKING_OPERATIONS),
    blockReason: z.enum(BLOCK_REASONS).nullish(),
    /** The reason in words (required: block and unblock are both reasoned). */
    reasonText: text(2000),
    verificationUntil: isoDate.nullish(),
  })
  .superRefine((v, ctx) => {
    outcomeRules(v, ctx);
    if (v.operation === 'block' && !v.blockReason)
      ctx.addIssue({ code: 'custom', path: ['blockReason'], message: 'required to block' });
  });

export const stopMessagesDecisionSchema = z
  .strictObject({
    type: z.literal('stop_messages'),
    ...base,
    /** The suppression-list entry: channels to stop. */
    channels: z.array(z.enum(SUPPRESS_CHANNELS)).min(1).max(SUPPRESS_CHANNELS.length),
    /** A phone number to suppress (default: the subject's phone). */
    phone: phoneSchema.nullish(),
    /** Suppress by the subject's central account id as well (default true). */
    byAccount: z.boolean().default(true),
  })
  .superRefine(outcomeRules);

export const complaintDecisionSchema = z
  .strictObject({
    type: z.literal('complaint'),
    ...base,
    finding: z.enum(['confirmed', 'partially_confirmed', 'not_confirmed']),
    findings: text(4000),
    /** Measures typed in words (textLang); prefer measureCodes, which every letter language prints. */
    measures: z.array(text(2000)).max(20).default([]),
    /** Standard measures chosen from the localized list (COMPLAINT_MEASURES). */
    measureCodes: z
      .array(z.enum(COMPLAINT_MEASURE_CODES as [string, ...string[]]))
      .max(20)
      .default([]),
  })
  .superRefine(outcomeRules);

export const objectionDecisionSchema = z
  .strictObject({
    type: z.literal('objection'),
    ...base,
    decisionText: text(4000),
    /** Whether automated processing of the subject's data stops. */
    stopAutomatedProcessing: z.boolean(),
  })
  .superRefine(outcomeRules);

export const minorDeletionDecisionSchema = z
  .strictObject({
    type: z.literal('minor_deletion'),
    ...base,
    /** The officer checked the birth date (IIN or a document). */
    ageConfirmed: z.boolean().default(true),
  })
  .superRefine(outcomeRules);

export const decisionInputSchema = z.discriminatedUnion('type', [
  withdrawalDecisionSchema,
  accessDecisionSchema,
  rectificationDecisionSchema,
  blockingDecisionSchema,
  stopMessagesDecisionSchema,
  complaintDecisionSchema,
  objectionDecisionSchema,
  minorDeletionDecisionSchema,
]);
export type DecisionInput = z.input<typeof decisionInputSchema>;
export type DecisionParsed = z.output<typeof decisionInputSchema>;

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
