// The desktop app's 'will-download' handler with typed fakes of Electron's DownloadItem,
// WebContents, Session and App (their types come from the installed electron.d.ts, so a fake that
// drifts from Electron 45's API does not compile). What only Windows shows — the native dialog
// itself — is Electron's code, driven by the options checked here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_CHANNEL, type DownloadReport, type DownloadState } from '../../common/contract/downloads';
import {
  handleDownload,
  installDownloads,
  isLocalDownload,
  safeFileName,
  saveDialogOptions,
  type DownloadItemPart,
  type DownloadSource,
  type ReportTarget,
} from '../../electron/shell/electron/downloads';

type SaveDialogOptions = Parameters<DownloadItemPart['setSaveDialogOptions']>[0];
type DoneListener = Parameters<DownloadItemPart['once']>[1];

const DOCUMENTS = path.join(path.sep, 'home', 'clerk', 'Documents');
const DEFAULTS = { folder: DOCUMENTS, title: 'Privacy Desk' };

class FakeItem implements DownloadItemPart {
  dialog: SaveDialogOptions | null = null;
  cancelled = false;
  savePath = '';
  private done: DoneListener | null = null;
  constructor(
    private readonly url: string,
    private readonly name: string,
  ) {}
  getFilename = () => this.name;
  getURL = () => this.url;
  getSavePath = () => this.savePath;
  setSaveDialogOptions = (options: SaveDialogOptions) => {
    this.dialog = options;
  };
  setSavePath = (to: string) => {
    this.savePath = to;
  };
  cancel = () => {
    this.cancelled = true;
  };
  once(event: 'done', listener: DoneListener) {
    expect(event).toBe('done');
    this.done = listener;
    return this;
  }
  /** What Electron does when the dialog and the write are over. */
  finish(state: DownloadState, savedAs = this.savePath) {
    this.savePath = savedAs;
    this.done?.({ preventDefault: () => {}, defaultPrevented: false }, state);
  }
}

class FakeContents implements ReportTarget {
  sent: [string, DownloadReport][] = [];
  destroyed = false;
  send = (channel: string, ...args: unknown[]) => {
    this.sent.push([channel, args[0] as DownloadReport]);
  };
  isDestroyed = () => this.destroyed;
}

describe('downloads in the desktop app', () => {
  it('asks where to save a letter: its name in Documents, a DOCX filter, overwrite confirmed', () => {
    const item = new FakeItem('blob:app://privacy-desk/6f1c…', 'ИСХ-2026-000145.docx');
    const page = new FakeContents();
    handleDownload(item, page, DEFAULTS);
    expect(item.dialog).toEqual({
      title: 'Privacy Desk',
      defaultPath: path.join(DOCUMENTS, 'ИСХ-2026-000145.docx'),
      filters: [
        { name: 'DOCX', extensions: ['docx'] },
        { name: '*.*', extensions: ['*'] },
      ],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    expect(item.cancelled).toBe(false);
    expect(page.sent).toEqual([]); // nothing to say until it is over

    // Saved under another name in another folder: the page hears the name, never the folder.
    item.finish('completed', path.join(path.sep, 'home', 'clerk', 'Letters', 'reply.docx'));
    expect(page.sent).toEqual([[DOWNLOAD_CHANNEL, { state: 'completed', fileName: 'reply.docx' }]]);
  });

  it('reports a cancelled dialog and a failed write under the suggested name', () => {
    for (const state of ['cancelled', 'interrupted'] as const) {
      const item = new FakeItem('blob:app://privacy-desk/1', 'ВХ-2026-000123.csv');
      const page = new FakeContents();
      handleDownload(item, page, DEFAULTS);
      expect(item.dialog?.filters?.[0]).toEqual({ name: 'CSV', extensions: ['csv'] });
      item.finish(state);
      expect(page.sent).toEqual([[DOWNLOAD_CHANNEL, { state, fileName: 'ВХ-2026-000123.csv' }]]);
    }
  });

  it('refuses a download the app did not make, without a dialog', () => {
    const item = new FakeItem('https://example.kz/setup.exe', 'setup.exe');
    const page = new FakeContents();
    handleDownload(item, page, DEFAULTS);
    expect(item.cancelled).toBe(true);
    expect(item.dialog).toBeNull();
    expect(page.sent).toEqual([[DOWNLOAD_CHANNEL, { state: 'cancelled', fileName: 'setup.exe' }]]);
    expect(isLocalDownload('data:text/csv;base64,YQ==')).toBe(true);
    expect(isLocalDownload('app://privacy-desk/export.csv')).toBe(true);
    for (const url of ['http://127.0.0.1/x', 'file:///C:/Windows/win.ini', 'app://other/x', ''])
      expect(isLocalDownload(url), url).toBe(false);
  });

  it('says nothing to a window that is gone', () => {
    const item = new FakeItem('blob:app://privacy-desk/2', 'scan.pdf');
    const page = new FakeContents();
    handleDownload(item, page, DEFAULTS);
    page.destroyed = true;
    item.finish('completed', path.join(DOCUMENTS, 'scan.pdf'));
    expect(page.sent).toEqual([]);
  });

  it('suggests a plain file name whatever the page proposed', () => {
    expect(safeFileName('..\\..\\Windows\\evil.docx')).toBe('evil.docx');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a:b?c*.csv')).toBe('a_b_c_.csv');
    expect(safeFileName('name. ')).toBe('name');
    expect(safeFileName('')).toBe('download');
    expect(saveDialogOptions('notes', DEFAULTS).filters).toEqual([{ name: '*.*', extensions: ['*'] }]);
  });

  it('is installed on the session with Documents as the default folder', () => {
    let listener: Parameters<DownloadSource['on']>[1] | null = null;
    const session: DownloadSource = {
      on(event, l) {
        expect(event).toBe('will-download');
        listener = l;
      },
    };
    const asked: string[] = [];
    installDownloads(
      session,
      {
        getPath: (name) => {
          asked.push(name);
          return DOCUMENTS;
        },
        getName: () => 'Privacy Desk',
      },
      {},
    );
    expect(listener).not.toBeNull();
    const item = new FakeItem('blob:app://privacy-desk/3', 'export.zip');
    listener!({ preventDefault: () => {}, defaultPrevented: false }, item, new FakeContents());
    expect(asked).toEqual(['documents']);
    expect(item.dialog?.defaultPath).toBe(path.join(DOCUMENTS, 'export.zip'));
  });

  it('saves straight into PRIVACY_DESK_SAVE_DIR when set (the unattended smoke run): no dialog', () => {
    let listener: Parameters<DownloadSource['on']>[1] | null = null;
    const session: DownloadSource = { on: (_event, l) => (listener = l) };
    const app = { getPath: () => DOCUMENTS, getName: () => 'Privacy Desk' };
    const folder = path.join(path.sep, 'runner', 'saved');
    installDownloads(session, app, { PRIVACY_DESK_SAVE_DIR: folder });
    const item = new FakeItem('blob:app://privacy-desk/4', 'ИСХ-2026-000001.docx');
    const page = new FakeContents();
    listener!({ preventDefault: () => {}, defaultPrevented: false }, item, page);
    expect(item.dialog).toBeNull();
    expect(item.savePath).toBe(path.join(folder, 'ИСХ-2026-000001.docx'));
    item.finish('completed');
    expect(page.sent).toEqual([[DOWNLOAD_CHANNEL, { state: 'completed', fileName: 'ИСХ-2026-000001.docx' }]]);

    // Unset or empty: the dialog again.
    installDownloads(session, app, { PRIVACY_DESK_SAVE_DIR: '' });
    const asked = new FakeItem('blob:app://privacy-desk/5', 'a.csv');
    listener!({ preventDefault: () => {}, defaultPrevented: false }, asked, page);
    expect(asked.dialog?.defaultPath).toBe(path.join(DOCUMENTS, 'a.csv'));
    expect(asked.savePath).toBe('');
  });
});
