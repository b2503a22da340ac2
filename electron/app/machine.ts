// What the shell tells the core about the office PC: the machine folder, the migration outcome,
// the log folder, and (desktop only) how to open a folder, look for updates and save the window as a PDF.
import type { DownloadReport } from '../../common/contract/downloads';
import type { MachineStatus, MigrationState, UpdateCheck } from '../../common/contract/machine';

export interface MachineHost {
  dataDirSource: MachineStatus['dataDirSource'];
  logDir: string | null;
  migration: MigrationState;
  /** 'denied': this Windows user may not use the machine folder (not in "Privacy Desk Users"). */
  folderAccess?: 'ok' | 'denied';
  updateSource: string | null;
  /** Electron: shell.openPath. Resolves to '' on success or an error text (never shown raw). */
  openFolder?: (dir: string) => Promise<string>;
  /** Electron: electron-updater. Absent in the headless shell and in unpackaged builds. */
  checkForUpdates?: () => Promise<UpdateCheck>;
  /** Electron: the app window's print sheet to a PDF the user saves (print-pdf.ts). Absent headless. */
  savePdf?: (fileName: string) => Promise<DownloadReport>;
}
