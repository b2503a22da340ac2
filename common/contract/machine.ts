// The office PC's side of the app, for the administrator: where the data lives, whether an old
// per-user database is waiting for a decision, the log folder and in-app updates.
import { z } from 'zod';
import { call, type Role } from './define';

export type MigrationState =
  | { state: 'none' }
  | { state: 'moved' | 'conflict'; legacyDbFile: string; dbFile: string }
  | {
      state: 'failed';
      legacyDbFile: string;
      dbFile: string;
      reason: 'legacy_key_unavailable' | 'move_failed';
    };

export interface MachineStatus {
  dataDir: string;
  /** Where the folder came from: the default, PRIVACY_DESK_DATA_DIR, or the installer's config.json. */
  dataDirSource: 'default' | 'env' | 'config' | 'custom';
  logDir: string | null;
  migration: MigrationState;
  /** Whether this shell can install updates (the packaged desktop app with an update source set). */
  updates: { supported: boolean; source: string | null };
}

export type UpdateCheckState = 'not_configured' | 'unsupported' | 'up_to_date' | 'downloaded' | 'error';

export interface UpdateCheck {
  state: UpdateCheckState;
  currentVersion: string;
  /** The version found at the update source (when newer). */
  version?: string;
  /** Machine code when state is 'error' (e.g. sha512_mismatch, unreachable). */
  errorCode?: string;
}

const ADMIN: readonly Role[] = ['admin'];

export const machineCalls = {
  'machine.status': call<MachineStatus>()({ input: z.strictObject({}), roles: ADMIN }),
  /** Opens the log folder in Explorer (desktop); the headless shell only returns the path. */
  'machine.openLogFolder': call<{ path: string | null; opened: boolean }>()({
    input: z.strictObject({}),
    roles: ADMIN,
  }),
  /** Checks the administrator's update source; a verified update installs when the app quits. */
  'machine.checkForUpdates': call<UpdateCheck>()({ input: z.strictObject({}), roles: ADMIN }),
} as const;
