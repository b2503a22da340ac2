// Smaller pieces of the simulated Electron: downloads (session 'will-download' and DownloadItem,
// docs/api/download-item.md), dialogs (docs/api/dialog.md: recorded and answered with the default
// button or path, as a user accepting them would; a Save dialog's path is its defaultPath) and one Full HD screen (docs/api/screen.md).
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { Download } from '@playwright/test';
import type { SimDialog, SimDownloadItem, SimScreen } from './electron-api';
import { SimEvent } from './sim-window';

export interface DownloadRecord {
  url: string;
  filename: string;
  dialog: Electron.SaveDialogOptions | null;
  savePath: string;
  state: 'progressing' | 'completed' | 'cancelled' | 'interrupted';
}

export interface DialogRecord {
  kind: 'errorBox' | 'messageBox' | 'saveDialog';
  title: string;
  message: string;
}

/** A Playwright download as Electron's DownloadItem. Where it is saved is decided after 'will-download'. */
export class SimDownloadItemImpl extends EventEmitter implements SimDownloadItem {
  private savePath = '';
  private dialog: Electron.SaveDialogOptions = {};
  private state: DownloadRecord['state'] = 'progressing';
  private cancelled = false;

  constructor(
    private readonly download: Download,
    private readonly url: string,
    readonly record: DownloadRecord,
  ) {
    super();
  }
  getFilename(): string {
    return this.download.suggestedFilename();
  }
  getURL(): string {
    return this.url;
  }
  getSavePath(): string {
    return this.savePath;
  }
  setSavePath(p: string): void {
    this.savePath = p;
  }
  setSaveDialogOptions(options: Electron.SaveDialogOptions): void {
    this.dialog = options;
    this.record.dialog = options;
  }
  getSaveDialogOptions(): Electron.SaveDialogOptions {
    return this.dialog;
  }
  getState(): DownloadRecord['state'] {
    return this.state;
  }
  cancel(): void {
    this.cancelled = true;
  }

  /** After the listeners ran: a set path wins, else the Save dialog (accepted as proposed), else Downloads. */
  async finish(downloadsDir: string): Promise<void> {
    if (this.cancelled) {
      await this.download.cancel();
      return this.done('cancelled');
    }
    const target = this.savePath || this.dialog.defaultPath || path.join(downloadsDir, this.getFilename());
    try {
      await this.download.saveAs(target);
      this.savePath = target;
      this.done('completed');
    } catch {
      this.done('interrupted');
    }
  }
  private done(state: 'completed' | 'cancelled' | 'interrupted'): void {
    this.state = state;
    this.record.state = state;
    this.record.savePath = this.savePath;
    this.emit('done', new SimEvent(), state);
  }
}

export function simDialog(record: DialogRecord[]): SimDialog {
  const showMessageBox = async (a: unknown, b?: unknown): Promise<Electron.MessageBoxReturnValue> => {
    const options = (b ?? a) as Electron.MessageBoxOptions;
    record.push({ kind: 'messageBox', title: options.title ?? '', message: options.message });
    return { response: options.defaultId ?? 0, checkboxChecked: options.checkboxChecked ?? false };
  };
  const showSaveDialog = async (a: unknown, b?: unknown): Promise<Electron.SaveDialogReturnValue> => {
    const options = (b ?? a) as Electron.SaveDialogOptions;
    record.push({ kind: 'saveDialog', title: options.title ?? '', message: options.defaultPath ?? '' });
    return options.defaultPath
      ? { canceled: false, filePath: options.defaultPath }
      : { canceled: true, filePath: '' };
  };
  return {
    showErrorBox: (title, content) => void record.push({ kind: 'errorBox', title, message: content }),
    showMessageBox: showMessageBox as SimDialog['showMessageBox'],
    showSaveDialog: showSaveDialog as SimDialog['showSaveDialog'],
  };
}

const FULL_HD: Electron.Display = {
  id: 1,
  label: 'Generic PnP Monitor',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
  detected: true,
  monochrome: false,
  colorDepth: 24,
  colorSpace: '{primaries:BT709, transfer:SRGB, matrix:RGB, range:FULL}',
  depthPerComponent: 8,
  displayFrequency: 60,
  accelerometerSupport: 'unknown',
  touchSupport: 'unknown',
  maximumCursorSize: { width: 64, height: 64 },
  nativeOrigin: { x: 0, y: 0 },
};

export const simScreen: SimScreen = {
  getAllDisplays: () => [FULL_HD],
  getPrimaryDisplay: () => FULL_HD,
};
