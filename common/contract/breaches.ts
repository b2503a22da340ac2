// Contract calls of the breach register (Law 94-V Art. 25 p.2(8)). Officers and the administrator
// record and notify; auditors read.
import { z } from 'zod';
import type { DeadlineStatus } from '../requests/vocab';
import {
  breachIdSchema,
  breachMeasuresSchema,
  breachNoticeSchema,
  listBreachesSchema,
  notifyAuthoritySchema,
  openBreachSchema,
  subjectsNoticeSchema,
  type BreachDataCategory,
  type BreachState,
  type BreachSubjectNotice,
} from '../breaches/schemas';
import { call, type Role } from './define';

const READERS: readonly Role[] = ['admin', 'officer', 'auditor'];
const WRITERS: readonly Role[] = ['admin', 'officer'];

export interface BreachSummary {
  id: string;
  detectedAt: string;
  detectedOn: string;
  /** Notify the authorized body by the end of this day. */
  due: string;
  daysLeft: number;
  deadlineStatus: DeadlineStatus;
  state: BreachState;
  categories: BreachDataCategory[];
  subjectsApprox: number | null;
  authorityNotifiedAt: string | null;
  /** Whether the notice left by the end of the due date (null while not notified). */
  notifiedOnTime: boolean | null;
  subjectsNotice: BreachSubjectNotice;
  /** calendar_missing:<year>, calendar_provisional:<year> */
  warnings: string[];
}

export interface BreachDetail extends BreachSummary {
  description: string;
  measures: string[];
  authorityMethod: string | null;
  authorityReference: string | null;
  subjectsNoticeReason: string | null;
  /** The legal basis of the deadline, from the deadline rules. */
  basis: { kk: string; ru: string; en: string } | null;
  createdAt: string;
  createdBy: string;
}

export interface BreachNotice {
  fileName: string;
  /** The DOCX, base64. */
  docxBase64: string;
  /** The notice as plain text (preview). */
  text: string;
}

export const breachCalls = {
  'breaches.open': call<BreachDetail>()({ input: openBreachSchema, roles: WRITERS, writes: true }),
  'breaches.list': call<{ today: string; items: BreachSummary[] }>()({
    reads: true,
    input: listBreachesSchema,
    roles: READERS,
  }),
  'breaches.get': call<BreachDetail>()({
    reads: true,
    input: z.strictObject({ id: breachIdSchema }),
    roles: READERS,
  }),
  'breaches.updateMeasures': call<BreachDetail>()({
    input: breachMeasuresSchema,
    roles: WRITERS,
    writes: true,
  }),
  'breaches.notifyAuthority': call<BreachDetail>()({
    input: notifyAuthoritySchema,
    roles: WRITERS,
    writes: true,
  }),
  'breaches.decideSubjects': call<BreachDetail>()({
    input: subjectsNoticeSchema,
    roles: WRITERS,
    writes: true,
  }),
  /** The notice to the authorized body (or to subjects) as a DOCX, in Kazakh or Russian. */
  'breaches.notice': call<BreachNotice>()({ input: breachNoticeSchema, roles: READERS }),
} as const;
