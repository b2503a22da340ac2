// In-app updates for an offline office (administrator only, on request — never automatic checks).
// electron-updater's generic provider reads latest.yml from the administrator's source, downloads
// the installer and verifies its sha512 (and, when the build is signed, the publisher's Authenticode
// signature) before it is run; a mismatch is an error and nothing is installed. The verified update
// installs when the app quits (per-machine install: Windows asks for an administrator's consent).
import { app } from 'electron';
import { NsisUpdater } from 'electron-updater';
import type { UpdateCheck } from '../../../common/contract/machine';
import { describeError, logInfo, logWarn } from '../../core/log';
import { parseUpdateSource, serveUpdateFolder, type FolderFeed } from '../update-source';

export function updateChecker(source: string | null): (() => Promise<UpdateCheck>) | undefined {
  if (!app.isPackaged || process.platform !== 'win32') return undefined;
  return async () => {
    const currentVersion = app.getVersion();
    const feed = parseUpdateSource(source);
    if (!feed) return { state: 'not_configured', currentVersion };
    let folder: FolderFeed | null = null;
    try {
      if (feed.kind === 'folder') folder = await serveUpdateFolder(feed.dir);
      const updater = new NsisUpdater({
        provider: 'generic',
        url: folder ? folder.url : (feed as { url: string }).url,
      });
      updater.autoDownload = false;
      updater.autoInstallOnAppQuit = true;
      updater.allowDowngrade = false;
      // A file share is served without HTTP ranges: always fetch the whole installer.
      updater.disableDifferentialDownload = folder !== null;
      updater.logger = {
        info: (m: unknown) => logInfo(`updater: ${String(m)}`),
        warn: (m: unknown) => logWarn(`updater: ${String(m)}`),
        error: (m: unknown) => logWarn(`updater: ${String(m)}`),
        debug: () => {},
      };
      const result = await updater.checkForUpdates();
      if (!result?.isUpdateAvailable) return { state: 'up_to_date', currentVersion };
      await updater.downloadUpdate();
      logInfo(`updater: ${result.updateInfo.version} downloaded and verified; installs on exit`);
      return { state: 'downloaded', currentVersion, version: result.updateInfo.version };
    } catch (e) {
      logWarn(`updater failed: ${describeError(e)}`);
      const text = e instanceof Error ? e.message : '';
      return {
        state: 'error',
        currentVersion,
        errorCode: /sha512/i.test(text)
          ? 'sha512_mismatch'
          : /signature|publisher/i.test(text)
            ? 'signature_invalid'
            : 'unreachable',
      };
    } finally {
      await folder?.close();
    }
  };
}
