// Where the desk keeps its data when no path is given.
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRIVACY_DESK_DATA) return path.resolve(env.PRIVACY_DESK_DATA);
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Privacy Desk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'privacy-desk');
}

export function defaultDbFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRIVACY_DESK_DB) return path.resolve(env.PRIVACY_DESK_DB);
  return path.join(defaultDataDir(env), 'privacy-desk.db');
}
