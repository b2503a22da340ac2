// Exposes window.api to the app's own pages only. The renderer gets a few functions, never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';

const CHANNEL = 'pd:call';

if (window.location.protocol === 'app:' && window.location.host === 'privacy-desk') {
  contextBridge.exposeInMainWorld('api', {
    shell: 'electron',
    // A job id (a long call the window may cancel and hears progress of) travels only when given.
    invoke: (name: string, input: unknown, session?: string, jobId?: string) =>
      ipcRenderer.invoke(
        CHANNEL,
        String(name),
        input,
        typeof session === 'string' ? session : undefined,
        ...(typeof jobId === 'string' ? [jobId] : []),
      ),
    cancel: (jobId: string) => ipcRenderer.invoke('pd:cancel', String(jobId)),
    // A job's progress, sent by electron/shell/electron/calls.ts on 'pd:progress'.
    onProgress: (listener: (report: unknown) => void) => {
      const relay = (_event: unknown, report: unknown) => listener(report);
      ipcRenderer.on('pd:progress', relay);
      return () => void ipcRenderer.removeListener('pd:progress', relay);
    },
    // A download's outcome, sent by electron/shell/electron/downloads.ts on 'pd:download'.
    onDownload: (listener: (report: unknown) => void) => {
      const relay = (_event: unknown, report: unknown) => listener(report);
      ipcRenderer.on('pd:download', relay);
      return () => void ipcRenderer.removeListener('pd:download', relay);
    },
  });
}
