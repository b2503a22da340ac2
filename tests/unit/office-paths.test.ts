// Where a shared office PC keeps its data: the machine folder by default, an administrator's
// choice through PRIVACY_DESK_DATA_DIR or the installer's config.json, and sane fallbacks.
import { describe, expect, it } from 'vitest';
import {
  defaultDataDir,
  defaultDbFile,
  legacyUserPaths,
  machineConfigFile,
  resolveMachinePaths,
  type PathEnv,
} from '../../electron/core/paths';

const noConfig = () => {
  throw Object.assign(new Error('missing'), { code: 'ENOENT' });
};
const win = (env: NodeJS.ProcessEnv, readText: PathEnv['readText'] = noConfig): PathEnv => ({
  env,
  platform: 'win32',
  home: 'C:\\Users\\clerk',
  readText,
});

describe('machine data folder', () => {
  it('defaults to %ProgramData%\\Privacy Desk on Windows, with the database, key, backups and logs inside', () => {
    const p = resolveMachinePaths(
      win({ PROGRAMDATA: 'C:\\ProgramData', APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' }),
    );
    expect(p).toEqual({
      dataDir: 'C:\\ProgramData\\Privacy Desk',
      source: 'default',
      configFile: 'C:\\ProgramData\\Privacy Desk\\config.json',
      dbFile: 'C:\\ProgramData\\Privacy Desk\\privacy-desk.db',
      sealedKeyFile: 'C:\\ProgramData\\Privacy Desk\\privacy-desk.key.sealed',
      backupsDir: 'C:\\ProgramData\\Privacy Desk\\backups',
      logDir: 'C:\\ProgramData\\Privacy Desk\\logs',
    });
    // never the user's Roaming profile
    expect(p.dbFile).not.toContain('AppData');
  });

  it('falls back to C:\\ProgramData when the variable is missing', () => {
    expect(resolveMachinePaths(win({})).dataDir).toBe('C:\\ProgramData\\Privacy Desk');
    expect(resolveMachinePaths(win({ ALLUSERSPROFILE: 'D:\\ProgramData' })).dataDir).toBe(
      'D:\\ProgramData\\Privacy Desk',
    );
  });

  it('takes the folder from the installer-written config.json (with a BOM, as Notepad saves it)', () => {
    const reads: string[] = [];
    const p = resolveMachinePaths(
      win({ PROGRAMDATA: 'C:\\ProgramData' }, (f) => {
        reads.push(f);
        return '\uFEFF{ "dataDir": "D:\\\\PrivacyDesk\\\\data" }';
      }),
    );
    expect(reads).toEqual(['C:\\ProgramData\\Privacy Desk\\config.json']);
    expect(p.source).toBe('config');
    expect(p.dbFile).toBe('D:\\PrivacyDesk\\data\\privacy-desk.db');
    expect(p.logDir).toBe('D:\\PrivacyDesk\\data\\logs');
    // the config itself stays where every PC looks for it
    expect(p.configFile).toBe('C:\\ProgramData\\Privacy Desk\\config.json');
  });

  it('lets PRIVACY_DESK_DATA_DIR win over the config file', () => {
    const p = resolveMachinePaths(
      win(
        { PROGRAMDATA: 'C:\\ProgramData', PRIVACY_DESK_DATA_DIR: 'E:\\Desk' },
        () => '{"dataDir":"D:\\\\Other"}',
      ),
    );
    expect(p.source).toBe('env');
    expect(p.dataDir).toBe('E:\\Desk');
  });

  it('ignores a relative, empty or malformed setting and starts with the default', () => {
    for (const text of [
      '{"dataDir":"relative\\\\dir"}',
      '{"dataDir":""}',
      '{"dataDir":42}',
      'not json',
      '[]',
    ]) {
      const p = resolveMachinePaths(win({ PROGRAMDATA: 'C:\\ProgramData' }, () => text));
      expect(p.source, text).toBe('default');
      expect(p.dataDir, text).toBe('C:\\ProgramData\\Privacy Desk');
    }
    expect(
      resolveMachinePaths(win({ PROGRAMDATA: 'C:\\ProgramData', PRIVACY_DESK_DATA_DIR: 'relative' })).source,
    ).toBe('default');
  });

  it('uses a per-user folder on Linux and macOS (development and tests only)', () => {
    expect(
      resolveMachinePaths({ env: {}, platform: 'linux', home: '/home/dev', readText: noConfig }).dataDir,
    ).toBe('/home/dev/.config/privacy-desk');
    expect(
      resolveMachinePaths({
        env: { XDG_CONFIG_HOME: '/x' },
        platform: 'linux',
        home: '/home/dev',
        readText: noConfig,
      }).dbFile,
    ).toBe('/x/privacy-desk/privacy-desk.db');
    expect(
      resolveMachinePaths({
        env: { PRIVACY_DESK_DATA_DIR: '/srv/desk' },
        platform: 'darwin',
        home: '/Users/dev',
        readText: noConfig,
      }).sealedKeyFile,
    ).toBe('/srv/desk/privacy-desk.key.sealed');
    expect(machineConfigFile({ env: {}, platform: 'linux', home: '/home/dev' })).toBe(
      '/home/dev/.config/privacy-desk/config.json',
    );
  });

  it('names the old per-user files that the first start moves in', () => {
    expect(legacyUserPaths('C:\\Users\\clerk\\AppData\\Roaming\\Privacy Desk', 'win32')).toEqual({
      dbFile: 'C:\\Users\\clerk\\AppData\\Roaming\\Privacy Desk\\privacy-desk.db',
      sealedKeyFile: 'C:\\Users\\clerk\\AppData\\Roaming\\Privacy Desk\\privacy-desk.key.sealed',
    });
  });

  it('keeps PRIVACY_DESK_DATA and PRIVACY_DESK_DB for the CLI and the headless shell', () => {
    expect(defaultDataDir({ PRIVACY_DESK_DATA: '/tmp/desk' })).toBe('/tmp/desk');
    expect(defaultDbFile({ PRIVACY_DESK_DB: '/tmp/x.db' })).toBe('/tmp/x.db');
    expect(defaultDbFile({ PRIVACY_DESK_DATA_DIR: '/srv/desk' })).toBe('/srv/desk/privacy-desk.db');
  });
});
