// Exposes window.api to the app's own pages only. The renderer gets one function, never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';

const CHANNEL = 'pd:call';

if (window.location.protocol === 'app:' && window.location.host === 'privacy-desk') {
  contextBridge.exposeInMainWorld('api', {
    shell: 'electron',
    invoke: (name: string, input: unknown, session?: string) =>
      ipcRenderer.invoke(CHANNEL, String(name), input, typeof session === 'string' ? session : undefined),
    // A download's outcome, sent by electron/shell/electron/downloads.ts on 'pd:download'.
    onDownload: (listener: (report: unknown) => void) => {
      const relay = (_event: unknown, report: unknown) => listener(report);
      ipcRenderer.on('pd:download', relay);
      return () => void ipcRenderer.removeListener('pd:download', relay);
    },
  });
}
