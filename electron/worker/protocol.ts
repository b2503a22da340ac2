// What the host thread (Electron main, the headless shell) and the core worker say to each other.
// Only data crosses: functions the core needs from the host (Electron's net.fetch, shell.openPath,
// the updater, the sealed key store) are operations the host answers.
import type { AppState } from '../../common/contract/app';
import type { KeyStore } from '../core/keystore';
import type { MachineHost } from '../app/machine';
import type { SyncBridgeEnds } from './sync-bridge';

/** The machine facts without the functions (openFolder, checkForUpdates become host operations). */
export type MachineFacts = Omit<MachineHost, 'openFolder' | 'checkForUpdates' | 'savePdf'>;

export interface CoreInit {
  dbFile: string;
  shell: 'electron' | 'headless';
  version: string;
  idleLockSecondsOverride?: number;
  keyStoreKind: KeyStore['kind'];
  machine: MachineFacts | null;
  /** Which host operations exist: the core falls back to Node's own where one does not. */
  host: {
    openFolder: boolean;
    checkForUpdates: boolean;
    savePdf?: boolean;
    fetch: boolean;
    isOnline: boolean;
  };
  sync: { intervalMs?: number; retryBaseMs?: number };
  /** Read-only connections in reader workers; 0 runs every call on the writer. */
  readers: number;
  logDir: string | null;
  bridge: SyncBridgeEnds;
  /**
   * Modules loaded into the core and reader workers at start, each exporting
   * `register({ contract, handlers })`. Only tests pass any (a deliberately slow read).
   */
  extensions: string[];
}

export interface CallRequest {
  name: string;
  input: unknown;
  sessionToken?: string;
  source?: string;
}

/** What the reader runs: the gate already passed in the core worker; no session crosses. */
export interface ReadRequest {
  name: string;
  input: unknown;
  actor: string;
  role: string | null;
  source: string;
}

/** Facts the host needs synchronously (main's window-open handler asks for the central address). */
export interface CoreFacts {
  state: AppState;
  centralUrl: string | null;
  /** The background quick_check after opening is still reading the file (a minute or two at a million letters). */
  integrityChecking: boolean;
}

/** A fetch answer as data (Electron's net.fetch runs in the main process). */
export interface FetchAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** A fetch failure as data: the chain of name/code/message the sync classifier reads. */
export interface FetchFailure {
  failed: { name?: string; code?: string; message?: string }[];
}
