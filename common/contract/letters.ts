// Reply-letter calls: generate (Исх. № from the outgoing register), regenerate until sent,
// preview, download for Save As, mark sent, batch acknowledgments, templates and letterhead.
// Every input is a strict object: an unknown field is refused, never ignored.
import { z } from 'zod';
import type { ErrorPayload } from '../errors';
import type { ComposedLetter } from '../letters/compose';
import { letterBodySchema, letterheadSchema, type Letterhead } from '../letters/input';
import {
  LETTER_KINDS,
  LETTER_LANGS,
  SEND_METHODS,
  type LetterKind,
  type LetterKindInfo,
  type LetterLang,
} from '../letters/kinds';
import type { PlaceholderSpec } from '../letters/placeholders';
import type { TemplateProblem } from '../letters/template';
import { adminWrite, ALL_ROLES, call, type Role } from './define';

const OFFICERS: readonly Role[] = ['admin', 'officer'];
/** Clerks post letters, so they may mark them sent. */
const SENDERS: readonly Role[] = ['admin', 'officer', 'clerk'];
const ADMIN: readonly Role[] = ['admin'];
/** A letter's text can carry a data annex: officers and auditors read it, the mailroom does not. */
const READERS: readonly Role[] = ['admin', 'officer', 'auditor'];

const kind = z.enum(LETTER_KINDS);
const lang = z.enum(LETTER_LANGS);
const letterId = z.uuid();
const requestId = z.string().trim().min(1).max(64);
const version = z.number().int().min(1).max(1_000_000);
const noInput = z.strictObject({});
/** Template source (YAML) as the administrator edits it. */
const source = z.string().min(1).max(100_000);

export interface LetterVersionInfo {
  version: number;
  lang: LetterLang;
  templateVersion: number;
  bytes: number;
  sha256: string;
  createdAt: string;
  createdBy: string;
}

export interface LetterInfo {
  id: string;
  requestId: string | null;
  kind: LetterKind;
  lang: LetterLang;
  outgoingId: number;
  outgoingNo: string;
  /** The register date: the letter's date (YYYY-MM-DD). */
  outgoingDate: string;
  incomingNo: string;
  /** The outgoing register's status: draft (can be regenerated), sent, returned, cancelled. */
  status: string;
  method: string;
  trackingNumber: string | null;
  sentAt: string | null;
  /** The current version (what get, preview and Save As give by default). */
  version: number;
  templateVersion: number;
  bytes: number;
  sha256: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface GenerateResult extends LetterInfo {
  /** True when the call made a new version of an existing letter (same Исх. №). */
  regenerated: boolean;
}

export interface LetterFile {
  letter: LetterInfo & { versions: LetterVersionInfo[] };
  version: number;
  /** For Save As: number, kind and language; never the addressee's name. */
  fileName: string;
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  docxBase64: string;
  sha256: string;
}

export interface LetterPreview {
  letter: ComposedLetter;
  /** The same letter as plain text, top to bottom. */
  text: string;
}

export interface BatchItemResult {
  requestId?: string;
  ok: boolean;
  letterId?: string;
  outgoingNo?: string;
  error?: ErrorPayload;
}

export interface BatchResult {
  total: number;
  succeeded: number;
  failed: number;
  items: BatchItemResult[];
}

export interface TemplateListItem {
  kind: LetterKind;
  lang: LetterLang;
  /** The version new letters use. */
  version: number;
  origin: 'shipped' | 'admin';
  /** Versions stored in the database (0 while the shipped default was never used). */
  storedVersions: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The administrator edited this template and the app now ships a different default. */
  shippedUpdateAvailable: boolean;
}

export interface TemplateVersionMeta {
  version: number;
  origin: 'shipped' | 'admin';
  sha256: string;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

export interface TemplateDetail {
  kind: LetterKind;
  lang: LetterLang;
  version: number;
  origin: 'shipped' | 'admin';
  /** True while a shipped default has not been used by any letter yet. */
  stored: boolean;
  source: string;
  sha256: string;
  /** The placeholders this version uses. */
  placeholders: string[];
  history: TemplateVersionMeta[];
  /** The default the app ships (to compare or restore). */
  shippedSource: string;
}

export type TemplateCheckResult =
  { ok: true; placeholders: string[] } | { ok: false; problems: TemplateProblem[] };

/** The addressee's sex and the dative of their name, when the request cannot tell (the letter asks). */
const addresseeHints = z
  .strictObject({
    gender: z.enum(['M', 'F']).optional(),
    dativeName: z.string().trim().min(1).max(300).optional(),
  })
  .optional();

const generateInput = z
  .strictObject({
    kind,
    /** Default: the request's language, else the previous version's, else the incoming letter's (as registered), else ru. */
    lang: lang.optional(),
    requestId: requestId.optional(),
    /** The letter's data, when not built from a request (or to override it). */
    data: letterBodySchema.optional(),
    /** Regenerate this letter: same Исх. №, next version (refused once sent). */
    letterId: letterId.optional(),
    /** How it will be sent; new letters only (the register's method, default registered_mail). */
    method: z.enum(SEND_METHODS).optional(),
    addressee: addresseeHints,
  })
  .refine((v) => v.requestId !== undefined || v.data !== undefined || v.letterId !== undefined, {
    message: 'one of requestId, data or letterId',
    path: ['data'],
  });

const previewInput = z
  .strictObject({
    /** A generated letter (its current version unless version is given). */
    letterId: letterId.optional(),
    version: version.optional(),
    /** Or a letter not generated yet: the number shows as «—». */
    kind: kind.optional(),
    lang: lang.optional(),
    requestId: requestId.optional(),
    data: letterBodySchema.optional(),
    templateVersion: version.optional(),
    addressee: addresseeHints,
  })
  .refine((v) => (v.letterId !== undefined) !== (v.kind !== undefined), {
    message: 'either letterId or kind',
    path: ['letterId'],
  })
  .refine((v) => v.letterId !== undefined || v.requestId !== undefined || v.data !== undefined, {
    message: 'a draft preview needs requestId or data',
    path: ['data'],
  });

export const lettersCalls = {
  /** The letter kinds with their names in each language, and the languages. */
  'letters.kinds': call<{ kinds: LetterKindInfo[]; langs: readonly LetterLang[] }>()({
    input: noInput,
    roles: ALL_ROLES,
  }),
  /** Generates (or regenerates) a letter: register entry, DOCX and audit in one transaction. */
  'letters.generate': call<GenerateResult>()({ input: generateInput, roles: OFFICERS, writes: true }),
  /** A letter's metadata, versions and the DOCX (base64) for preview and Save As. */
  'letters.get': call<LetterFile>()({
    reads: true,
    input: z.strictObject({ letterId, version: version.optional() }),
    roles: READERS,
  }),
  'letters.list': call<{ letters: LetterInfo[] }>()({
    reads: true,
    input: z.strictObject({
      requestId: requestId.optional(),
      kind: kind.optional(),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
    }),
    roles: ALL_ROLES,
  }),
  /** The letter as structured text, so the app can show it without Word. */
  'letters.preview': call<LetterPreview>()({ input: previewInput, roles: READERS }),
  /** Records how and when it left; the register checks the tracking number (UPU S10). */
  'letters.markSent': call<LetterInfo>()({
    input: z.strictObject({
      letterId,
      at: z.string().trim().min(10).max(40).optional(),
      method: z.enum(SEND_METHODS),
      trackingNumber: z.string().trim().min(1).max(60).optional(),
      confirmWarnings: z
        .array(z.enum(['tracking_check_digit', 'tracking_format']))
        .max(2)
        .optional(),
    }),
    roles: SENDERS,
    writes: true,
  }),
  /**
   * Acknowledgments for many requests, each in its own transaction; the result lists what failed
   * and why. For a progress bar, call it with slices of the list.
   */
  'letters.batchAcknowledge': call<BatchResult>()({
    input: z.strictObject({ requestIds: z.array(requestId).min(1).max(1000), lang: lang.optional() }),
    roles: OFFICERS,
    writes: true,
  }),
  'letters.templates.list': call<{
    templates: TemplateListItem[];
    placeholders: Record<string, PlaceholderSpec>;
  }>()({ reads: true, input: noInput, roles: READERS }),
  'letters.templates.get': call<TemplateDetail>()({
    input: z.strictObject({ kind, lang, version: version.optional() }),
    roles: READERS,
  }),
  /** Checks an edit without saving it: every problem at once. */
  'letters.templates.check': call<TemplateCheckResult>()({
    input: z.strictObject({ kind, lang, source }),
    roles: ADMIN,
  }),
  /** Saves an edit as the next version; refused (VALIDATION, details.problems) when it has problems. */
  'letters.templates.save': adminWrite<TemplateDetail>()(
    z.strictObject({ kind, lang, source, note: z.string().trim().min(1).max(500).optional() }),
  ),
  'letters.letterhead.get': call<Letterhead>()({ reads: true, input: noInput, roles: ALL_ROLES }),
  'letters.letterhead.save': adminWrite<Letterhead>()(letterheadSchema),
} as const;
