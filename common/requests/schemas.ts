// Input schemas of subject requests, shared by the contract (renderer ↔ core) and the CLI, so a
// JSON file given to `privacy-desk request open` uses exactly the names the contract uses.
// Every object is strict: an unknown field is refused, never ignored.
import { z } from 'zod';
import { isIsoDate } from '../time/almaty';
import { normalizeIin } from '../identifiers/iin';
import {
  AUTHORIZED_BODY_KINDS,
  DIRECT_OPEN_REASONS,
  IDENTITY_DOCUMENT_TYPES,
  NO_VERIFICATION_REASONS,
  REPRESENTATIVE_RELATIONS,
  REQUEST_LANGUAGES,
  REQUEST_STATES,
  REQUEST_TYPES,
  REQUESTER_ROLES,
} from './vocab';

export const text = (max: number) => z.string().trim().min(1).max(max);
export const isoDate = z.string().refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
/** An instant with an explicit offset (2026-11-23T10:05:00+05:00), or a bare Almaty date. */
export const instantOrDate = z
  .string()
  .trim()
  .refine((s) => isIsoDate(s) || (DATETIME_RE.test(s) && !Number.isNaN(Date.parse(s))), {
    message: 'expected YYYY-MM-DD or an ISO date-time with offset',
  });

/** The desk's request number, e.g. RQ-2026-000001. */
export const requestIdSchema = z.string().trim().min(1).max(40);

/** Phone numbers as people type them (+7 701 123-45-67) become +77011234567. */
export function normalizePhone(input: string): string {
  const t = input.trim();
  const digits = t.replace(/\D/g, '');
  if (t.startsWith('+')) return `+${digits}`;
  // Kazakhstan's domestic trunk prefix: 8 7xx … → +7 7xx …
  if (digits.length === 11 && digits.startsWith('87')) return `+7${digits.slice(1)}`;
  if (digits.length === 11 && digits.startsWith('7')) return `+${digits}`;
  return digits;
}

export const phoneSchema = z
  .string()
  .max(40)
  .transform(normalizePhone)
  .pipe(z.string().regex(/^\+?\d{10,15}$/, 'phone: 10-15 digits, optional leading +'));

/** 12 digits after spaces are removed; the check digit is checked by the core (REQUEST_IIN_INVALID). */
export const iinSchema = z
  .string()
  .max(40)
  .transform(normalizeIin)
  .pipe(z.string().regex(/^\d{12}$/, 'IIN: 12 digits'));

/** The subject's account id in the central system (the sync contract's format). */
export const accountIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, 'account id: letters, digits and . _ : - only');

export const subjectInputSchema = z.strictObject({
  name: text(200),
  iin: iinSchema.nullish(),
  phone: phoneSchema.nullish(),
  email: z.email().max(200).nullish(),
  address: text(500).nullish(),
  accountId: accountIdSchema.nullish(),
});
export type SubjectInput = z.infer<typeof subjectInputSchema>;

/** A representative's authority: which document was seen (recorded, never copied). */
export const authorityDocumentSchema = z.strictObject({
  type: text(100),
  number: text(60).nullish(),
  date: isoDate.nullish(),
  issuer: text(200).nullish(),
});

export const representativeSchema = z.strictObject({
  name: text(200),
  relation: z.enum(REPRESENTATIVE_RELATIONS),
  /** For the Russian salutation and dative (Уважаемый / Уважаемая); asked when the patronymic does not tell. */
  gender: z.enum(['M', 'F']).nullish(),
  address: text(500).nullish(),
  authorityDocument: authorityDocumentSchema,
});
export type RepresentativeInput = z.infer<typeof representativeSchema>;

export const authorizedBodySchema = z.strictObject({
  kind: z.enum(AUTHORIZED_BODY_KINDS),
  name: text(300),
  /** Their own reference (outgoing number) and date, if any. */
  reference: text(100).nullish(),
  referenceDate: isoDate.nullish(),
  /**
   * The official's position as the address block prints it, in the reply's language: Russian in the
   * dative («Председателю Комитета информационной безопасности»), Kazakh as is («Ақпараттық
   * қауіпсіздік комитетінің төрағасы»).
   */
  official: text(300).nullish(),
  /** The official's full name (surname, first name, patronymic): declined by the letter. */
  officialName: text(200).nullish(),
  officialGender: z.enum(['M', 'F']).nullish(),
  address: text(500).nullish(),
});
export type AuthorizedBodyInput = z.infer<typeof authorizedBodySchema>;

/**
 * Identity verification: which document was seen — type, the last 4 characters of its number,
 * issuer and date — never a copy (Art. 7 p.10); or why none was needed.
 */
export const verificationSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('document'),
    documentType: z.enum(IDENTITY_DOCUMENT_TYPES),
    /** At most 4 characters: the full number is never recorded. */
    numberLast4: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}]{1,4}$/u, 'the last 4 characters of the number only'),
    issuer: text(200),
    issuedOn: isoDate,
    /** Whose document it was. */
    holder: z.enum(['subject', 'representative']).default('subject'),
    note: text(1000).nullish(),
  }),
  z.strictObject({
    method: z.literal('not_required'),
    reason: z.enum(NO_VERIFICATION_REASONS),
    note: text(1000).nullish(),
  }),
]);
export type VerificationInput = z.infer<typeof verificationSchema>;

/** A letter from the incoming register: its Вх. № (e.g. ВХ-2026-000001) or its numeric id. */
export const letterRefSchema = z.union([text(60), z.number().int().positive()]);

export const directOpenSchema = z.strictObject({
  reason: z.enum(DIRECT_OPEN_REASONS),
  /** What happened, in the officer's words (kept with the subject's data, purged with it). */
  note: text(2000),
  /** When the request reached the company (default: now). Starts the deadline. */
  receivedAt: instantOrDate.nullish(),
});

export const openRequestSchema = z
  .strictObject({
    type: z.enum(REQUEST_TYPES),
    /** The incoming letters it comes from (Вх. № or id); the earliest receipt starts the clock. */
    letters: z.array(letterRefSchema).max(20).default([]),
    /** Required when there is no letter: why and when the request was received. */
    direct: directOpenSchema.nullish(),
    requesterRole: z.enum(REQUESTER_ROLES),
    representative: representativeSchema.nullish(),
    authorizedBody: authorizedBodySchema.nullish(),
    subject: subjectInputSchema,
    /** Reply language; default: the first letter's language, else ru. */
    language: z.enum(REQUEST_LANGUAGES).nullish(),
    /** Responsible officer (username). */
    officer: text(100).nullish(),
    verification: verificationSchema.nullish(),
    /** Open although possible duplicates were shown. */
    confirmDuplicates: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.letters.length === 0 && !v.direct) {
      ctx.addIssue({
        code: 'custom',
        path: ['direct'],
        message: 'a request without letters needs direct: {reason, note}',
      });
    }
    if (v.requesterRole === 'legal_representative' && !v.representative) {
      ctx.addIssue({
        code: 'custom',
        path: ['representative'],
        message: 'a legal representative needs the authority document',
      });
    }
    if (v.requesterRole === 'authorized_body' && !v.authorizedBody) {
      ctx.addIssue({
        code: 'custom',
        path: ['authorizedBody'],
        message: 'which authorized body (or akimat)',
      });
    }
  });
export type OpenRequestInput = z.input<typeof openRequestSchema>;
export type OpenRequestParsed = z.output<typeof openRequestSchema>;

/** Fields an officer can correct after opening (null clears an optional field). */
export const requestPatchSchema = z.strictObject({
  type: z.enum(REQUEST_TYPES).optional(),
  requesterRole: z.enum(REQUESTER_ROLES).optional(),
  representative: representativeSchema.nullable().optional(),
  authorizedBody: authorizedBodySchema.nullable().optional(),
  subject: z
    .strictObject({
      name: text(200).optional(),
      iin: iinSchema.nullable().optional(),
      phone: phoneSchema.nullable().optional(),
      email: z.email().max(200).nullable().optional(),
      address: text(500).nullable().optional(),
      accountId: accountIdSchema.nullable().optional(),
    })
    .optional(),
  language: z.enum(REQUEST_LANGUAGES).optional(),
  officer: text(100).nullable().optional(),
  notes: text(4000).nullable().optional(),
});
export type RequestPatch = z.infer<typeof requestPatchSchema>;

export const listRequestsSchema = z.strictObject({
  state: z.union([z.enum(REQUEST_STATES), z.array(z.enum(REQUEST_STATES)).min(1)]).optional(),
  type: z.union([z.enum(REQUEST_TYPES), z.array(z.enum(REQUEST_TYPES)).min(1)]).optional(),
  /** Only requests whose deadline is still running (no answer yet). */
  running: z.boolean().optional(),
  officer: text(100).optional(),
  /** Due (policy) on or before this date. */
  dueBefore: isoDate.optional(),
  dueFrom: isoDate.optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
  /** Request number, Вх. № or IIN (exact), or the start of the subject's name. */
  search: z.string().trim().min(1).max(200).optional(),
  includePurged: z.boolean().default(true),
  sort: z.enum(['due', 'received', 'id', 'updated']).default('due'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.int().min(1).max(1000).default(100),
  offset: z.int().min(0).default(0),
});
export type ListRequestsInput = z.infer<typeof listRequestsSchema>;
