// Where the desk keeps its data. One office PC is shared by several Windows users, so the database,
// its sealed key, backups and logs live in ONE machine-wide folder (%ProgramData%\Privacy Desk by
// default), not in each user's Roaming profile; per-user things (window state, UI language) stay in
// Electron's userData. Everything here is pure: the environment, the platform and the file reader
// are parameters, so the Windows layout is tested on any machine.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_FOLDER = 'Privacy Desk';
export const DB_FILE_NAME = 'privacy-desk.db';
export const SEALED_KEY_FILE_NAME = 'privacy-desk.key.sealed';
/** The machine data folder, set machine-wide (System environment) by an administrator or a deployment tool. */
export const DATA_DIR_ENV = 'PRIVACY_DESK_DATA_DIR';

export interface PathEnv {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home?: string;
  /** Reads a text file; throws when it is missing. Injected so tests need no real %ProgramData%. */
  readText?: (file: string) => string;
}

export type DataDirSource = 'env' | 'config' | 'default';

export interface MachinePaths {
  dataDir: string;
  source: DataDirSource;
  /** The installer-written machine config (dataDir override); always beside the default folder. */
  configFile: string;
  dbFile: string;
  sealedKeyFile: string;
  backupsDir: string;
  logDir: string;
}

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * The default machine folder. Windows: %ProgramData%\Privacy Desk, readable by every user and
 * locked down by the installer's ACL. Linux/macOS are development and test platforms only: a
 * per-user folder there, since nothing installs a machine-wide ACL on them.
 */
export function defaultMachineDir(e: PathEnv): string {
  const p = pathFor(e.platform);
  const home = e.home ?? os.homedir();
  if (e.platform === 'win32')
    return p.join(e.env.PROGRAMDATA || e.env.ALLUSERSPROFILE || 'C:\\ProgramData', PRODUCT_FOLDER);
  // The same folder the CLI and headless shell used before, so a developer's data stays put.
  return p.join(e.env.XDG_CONFIG_HOME || p.join(home, '.config'), 'privacy-desk');
}

export function machineConfigFile(e: PathEnv): string {
  return pathFor(e.platform).join(defaultMachineDir(e), 'config.json');
}

/**
 * The data folder an administrator chose (e.g. D:\PrivacyDesk on a data drive), from:
 * 1. PRIVACY_DESK_DATA_DIR — a machine environment variable (set by GPO or `setx /M`), also handy
 *    for support and tests;
 * 2. `dataDir` in %ProgramData%\Privacy Desk\config.json — written by the installer (/DATADIR=…).
 * Why a file and not HKLM: Node reads the registry only through a native module or by spawning
 * reg.exe at every start; a JSON file in the ACL'd folder is readable by every user, writable by
 * administrators only, and can be pushed by Group Policy Preferences just as well.
 */
export function resolveMachinePaths(e: PathEnv): MachinePaths {
  const p = pathFor(e.platform);
  const configFile = machineConfigFile(e);
  let dataDir = defaultMachineDir(e);
  let source: DataDirSource = 'default';
  const fromEnv = e.env[DATA_DIR_ENV]?.trim();
  const fromConfig = fromEnv ? undefined : readConfiguredDir(configFile, e);
  if (fromEnv && p.isAbsolute(fromEnv)) {
    dataDir = p.resolve(fromEnv);
    source = 'env';
  } else if (fromConfig) {
    dataDir = fromConfig;
    source = 'config';
  }
  return {
    dataDir,
    source,
    configFile,
    dbFile: p.join(dataDir, DB_FILE_NAME),
    sealedKeyFile: p.join(dataDir, SEALED_KEY_FILE_NAME),
    backupsDir: p.join(dataDir, 'backups'),
    logDir: p.join(dataDir, 'logs'),
  };
}

/** A missing, unreadable or malformed config means "use the default": the app must still start. */
function readConfiguredDir(configFile: string, e: PathEnv): string | undefined {
  const p = pathFor(e.platform);
  let text: string;
  try {
    text = (e.readText ?? ((f) => readFileSync(f, 'utf8')))(configFile);
  } catch {
    return undefined;
  }
  try {
    // Notepad saves UTF-8 with a byte-order mark; JSON.parse refuses it.
    const value = (JSON.parse(text.replace(/^\uFEFF/, '')) as { dataDir?: unknown }).dataDir;
    if (typeof value !== 'string' || !value.trim() || !p.isAbsolute(value.trim())) return undefined;
    return p.resolve(value.trim());
  } catch {
    return undefined;
  }
}

/** The old (before per-machine data) per-user files, in Electron's userData folder. */
export function legacyUserPaths(
  userData: string,
  platform: NodeJS.Platform = process.platform,
): { dbFile: string; sealedKeyFile: string } {
  const p = pathFor(platform);
  return { dbFile: p.join(userData, DB_FILE_NAME), sealedKeyFile: p.join(userData, SEALED_KEY_FILE_NAME) };
}

const here = (env: NodeJS.ProcessEnv): PathEnv => ({ env, platform: process.platform });

/** CLI and headless shell: PRIVACY_DESK_DATA (a developer's folder) first, then the machine folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRIVACY_DESK_DATA) return path.resolve(env.PRIVACY_DESK_DATA);
  return resolveMachinePaths(here(env)).dataDir;
}

export function defaultDbFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRIVACY_DESK_DB) return path.resolve(env.PRIVACY_DESK_DB);
  return path.join(defaultDataDir(env), DB_FILE_NAME);
}
