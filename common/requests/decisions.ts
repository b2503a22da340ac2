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
  type DecisionOutcome,
  type RefusalGround,
} from './vocab';
import { isoDate, phoneSchema, text } from './schemas';
import { COMPLAINT_MEASURE_CODES } from '../letters/phrases';
export * from './decision-plan';
import { ACCESS_FEE_REFUSED_KEY, accessFeeWarning } from './decision-plan';

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
