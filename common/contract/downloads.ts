// What the desktop app tells the page when a download it offered ends (the Save dialog's outcome).
// Sent by electron/shell/electron/downloads.ts on DOWNLOAD_CHANNEL; the preload exposes it as
// window.api.onDownload. The headless shell has no such event: the browser shows its own.

export const DOWNLOAD_CHANNEL = 'pd:download';

export const DOWNLOAD_STATES = ['completed', 'cancelled', 'interrupted'] as const;
export type DownloadState = (typeof DOWNLOAD_STATES)[number];

/** The outcome and the file's name, never its folder (a path may name a person). */
export interface DownloadReport {
  state: DownloadState;
  fileName: string;
}
