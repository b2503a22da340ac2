// The desktop app on a shared office PC: resolves the machine folder, turns on the log file,
// seals the key machine-wide, and moves an old per-user database in (once). Kept out of main.ts.
import { app } from 'electron';
import { readFileSync } from 'node:fs';
import type { MigrationState } from '../../../common/contract/machine';
import { migrateLegacyData } from '../../app/migrate-data';
import type { MachineHost } from '../../app/machine';
import { SealedKeyStore } from '../../core/keystore';
import { configureLogFile, logError, logInfo, logWarn } from '../../core/log';
import { probeDataFolder } from '../../core/data-folder';
import { legacyUserPaths, resolveMachinePaths, type MachinePaths } from '../../core/paths';
import { selectSealers } from '../../core/sealed-key';
import { dpapiMachineSealer } from '../dpapi-sealer';
import { safeStorageSealer } from './safe-storage';

export interface OfficeSetup {
  paths: MachinePaths;
  keyStore: SealedKeyStore;
  machine: MachineHost;
}

/** Reads config.json once: dataDir (machine folder), updateUrl, helpHosts. */
function readMachineConfig(file: string): { updateUrl?: unknown; helpHosts?: unknown } {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as {
      updateUrl?: unknown;
      helpHosts?: unknown;
    };
  } catch {
    return {};
  }
}

export function setupOffice(userData: string): OfficeSetup & { helpHosts: string[] } {
  const env = process.env;
  // Linux/macOS run the desktop app for development only: there the "machine" folder is userData.
  const paths =
    process.platform === 'win32' || env.PRIVACY_DESK_DATA_DIR
      ? resolveMachinePaths({ env, platform: process.platform })
      : {
          ...resolveMachinePaths({
            env: { ...env, PRIVACY_DESK_DATA_DIR: userData },
            platform: process.platform,
          }),
          source: 'default' as const,
        };
  const folderAccess = probeDataFolder(paths.dataDir);
  configureLogFile({ dir: paths.logDir });
  if (folderAccess === 'denied')
    logWarn('this Windows user may not use the machine data folder (not in "Privacy Desk Users")');
  logInfo(`starting ${app.getVersion()}; data folder from ${paths.source}`);

  const sealers = selectSealers(process.platform, {
    dpapiMachine: () => dpapiMachineSealer(),
    safeStorage: safeStorageSealer,
  });
  if (process.platform === 'win32' && sealers[0]!.scheme !== 'dpapi-machine')
    logWarn('machine-scope DPAPI unavailable: the key is sealed for this Windows user only');
  const keyStore = new SealedKeyStore(paths.sealedKeyFile, sealers);

  const legacy = legacyUserPaths(userData);
  const migrationInput = {
    legacyDbFile: legacy.dbFile,
    legacyKeyStore: new SealedKeyStore(legacy.sealedKeyFile, [safeStorageSealer]),
    dbFile: paths.dbFile,
    keyStore,
  };
  let migration: MigrationState;
  try {
    migration = migrateLegacyData(migrationInput);
  } catch (e) {
    logError('moving the per-user database', e);
    migration = { state: 'failed', legacyDbFile: legacy.dbFile, dbFile: paths.dbFile, reason: 'move_failed' };
  }
  if (migration.state !== 'none')
    logWarn(
      `per-user database: ${migration.state}${migration.state === 'failed' ? ` (${migration.reason})` : ''}`,
    );

  const config = readMachineConfig(paths.configFile);
  const updateUrl =
    typeof env.PRIVACY_DESK_UPDATE_URL === 'string' && env.PRIVACY_DESK_UPDATE_URL
      ? env.PRIVACY_DESK_UPDATE_URL
      : typeof config.updateUrl === 'string'
        ? config.updateUrl
        : null;
  const helpHosts = Array.isArray(config.helpHosts)
    ? config.helpHosts.filter((h): h is string => typeof h === 'string')
    : [];
  return {
    paths,
    keyStore,
    helpHosts,
    machine: {
      dataDirSource: paths.source,
      logDir: paths.logDir,
      migration,
      updateSource: updateUrl,
      folderAccess,
    },
  };
}
