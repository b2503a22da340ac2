// Calls about the app itself: database state, first-run setup, recovery, status bar.
import { z } from 'zod';
import type { ErrorPayload } from '../errors';
import type { DownloadReport } from './downloads';
import { newAdminSchema } from './auth-schemas';
import { ALL_ROLES, call } from './define';

export type AppPhase = 'setup' | 'ready' | 'error';

export interface AppState {
  phase: AppPhase;
  /** Why the database could not be opened (wrong key, corrupt, …), when phase is 'error'. */
  error?: ErrorPayload;
  version: string;
  schemaVersion?: number;
  shell: 'electron' | 'headless';
  dataDir: string;
  /** Whether a recovery key can be entered to open the database (phase 'error' with a key problem). */
  canRecover: boolean;
}

export interface AppStatus {
  db: 'open' | 'closed';
  online: boolean;
  sync: { state: string; pending: number; needsAttention: number; lastSyncAt: string | null };
  now: string;
}

export interface AboutInfo {
  version: string;
  schemaVersion: number | null;
  calendarYears: number[];
  dataDir: string;
  dbFile: string;
  shell: 'electron' | 'headless';
  node: string;
}

/**
 * The first-setup checklist on the administrator's dashboard: whether each part of the office's
 * setup is done, as booleans only (no names, addresses or tokens).
 */
export interface SetupChecklist {
  /** The organisation's details on the letterhead, with a phone or e-mail to reply to. */
  letterhead: boolean;
  /** Who signs the letters (in Kazakh and Russian) and the executor named at their foot. */
  signatory: boolean;
  /** At least one active clerk and one active privacy officer. */
  staff: boolean;
  /** The central server's address and the desk's token. */
  sync: boolean;
  /** Scheduled backups into a folder. */
  backups: boolean;
}

export const appCalls = {
  'app.state': call<AppState>()({
    input: z.object({}).strict(),
    roles: ALL_ROLES,
    beforeOpen: true,
    public: true,
  }),
  /** First run: creates the database and its first administrator, and signs them in. */
  'app.setup': call<{ recoveryKey: string | null; sessionToken: string; state: AppState }>()({
    input: z.strictObject({ admin: newAdminSchema }),
    roles: ALL_ROLES,
    beforeOpen: true,
    public: true,
    writes: true,
  }),
  'app.recover': call<{ state: AppState }>()({
    input: z.object({ recoveryKey: z.string().trim().min(64).max(200) }).strict(),
    roles: ALL_ROLES,
    beforeOpen: true,
    public: true,
    writes: true,
  }),
  'app.status': call<AppStatus>()({
    input: z.object({}).strict(),
    roles: ALL_ROLES,
    beforeOpen: true,
    public: true,
  }),
  'app.about': call<AboutInfo>()({
    input: z.object({}).strict(),
    roles: ALL_ROLES,
    beforeOpen: true,
    public: true,
  }),
  /**
   * "Save as PDF" in the desktop app: the shell prints the app window's print sheet to a PDF and asks
   * where to save it (electron/shell/electron/print-pdf.ts). The outcome also reaches the page as a
   * download report. PDF_UNSUPPORTED where the shell cannot (the headless shell): the page opens
   * the browser's print dialog instead, whose "Save as PDF" destination does the same.
   */
  'app.savePdf': call<DownloadReport>()({
    input: z.strictObject({ fileName: z.string().trim().min(1).max(200) }),
    roles: ALL_ROLES,
  }),
  'setup.checklist': call<SetupChecklist>()({
    reads: true,
    input: z.strictObject({}),
    roles: ['admin'],
  }),
} as const;
