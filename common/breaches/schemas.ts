// The breach register (Law 94-V Art. 25 p.2(8)): a personal-data security breach is notified to
// the authorized body within 1 working day from its detection, with the contact of the person
// responsible for organising the processing of personal data. What is recorded, as zod schemas
// shared by the contract, the CLI and the renderer's forms.
import { z } from 'zod';
import { isoDate, text } from '../requests/schemas';
import { SYNC_BREACH_CATEGORIES, SYNC_BREACH_STATES, SYNC_BREACH_SUBJECT_NOTICE } from '../sync/payloads';

/** Categories of personal data a breach concerns (codes; the UI and letters translate them). */
export const BREACH_DATA_CATEGORIES = SYNC_BREACH_CATEGORIES;
export type BreachDataCategory = (typeof BREACH_DATA_CATEGORIES)[number];

/** open → authority_notified (the notice left) → closed. */
export const BREACH_STATES = SYNC_BREACH_STATES;
export type BreachState = (typeof BREACH_STATES)[number];

/** Whether the subjects are told: decided case by case, with a reason when they are not. */
export const BREACH_SUBJECT_NOTICE = SYNC_BREACH_SUBJECT_NOTICE;
export type BreachSubjectNotice = (typeof BREACH_SUBJECT_NOTICE)[number];

export const BREACH_NOTIFY_METHODS = ['registered_mail', 'courier', 'by_hand', 'electronic'] as const;

export const breachIdSchema = z
  .string()
  .trim()
  .regex(/^BR-\d{4}-\d{4,6}$/);

/** An ISO date-time with an offset (e.g. 2026-11-23T19:30:00Z): detection is an instant. */
const instant = z.iso.datetime({ offset: true });

const measures = z.array(text(1000)).max(30);

export const openBreachSchema = z.strictObject({
  detectedAt: instant,
  /** What happened, in the officer's words. Personal data: never in logs or sync events. */
  description: text(4000),
  categories: z.array(z.enum(BREACH_DATA_CATEGORIES)).min(1).max(BREACH_DATA_CATEGORIES.length),
  /** Approximate number of subjects concerned; null when not yet known. */
  subjectsApprox: z.int().min(0).max(100_000_000).nullish(),
  measures: measures.default([]),
});
export type OpenBreachInput = z.input<typeof openBreachSchema>;

export const listBreachesSchema = z.strictObject({
  state: z.array(z.enum(BREACH_STATES)).max(BREACH_STATES.length).optional(),
  /** Only breaches whose authority notice has not left yet. */
  running: z.boolean().optional(),
});

export const breachMeasuresSchema = z.strictObject({ id: breachIdSchema, measures: measures.min(1) });

export const notifyAuthoritySchema = z.strictObject({
  id: breachIdSchema,
  /** When the notice left (default now). */
  notifiedAt: instant.nullish(),
  method: z.enum(BREACH_NOTIFY_METHODS),
  /** The Исх. № of the notice or the authority's e-filing reference. */
  reference: text(80).nullish(),
});

export const subjectsNoticeSchema = z
  .strictObject({
    id: breachIdSchema,
    decision: z.enum(['notify', 'not_required']),
    reason: text(2000).nullish(),
  })
  .refine((v) => v.decision === 'notify' || !!v.reason, {
    path: ['reason'],
    message: 'say why the subjects are not told',
  });

export const breachNoticeSchema = z.strictObject({
  id: breachIdSchema,
  kind: z.enum(['authority', 'subject']),
  lang: z.enum(['kk', 'ru']),
  /** The date printed on the notice (default today in Almaty). */
  date: isoDate.nullish(),
});
