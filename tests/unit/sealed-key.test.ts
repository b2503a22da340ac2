// The sealed key file and the choice of sealer: DPAPI machine scope first on Windows, Electron
// safeStorage otherwise; an old per-user seal is opened once and sealed again machine-wide.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateKey } from '../../electron/core/keys';
import { SealedKeyStore } from '../../electron/core/keystore';
import {
  decodeSealedKey,
  encodeSealedKey,
  selectSealers,
  type NamedSealer,
  type SealScheme,
} from '../../electron/core/sealed-key';
import { dpapiMachineSealer } from '../../electron/shell/dpapi-sealer';
import { tmpDir } from '../helpers/tmpdb';
import { rmSync } from 'node:fs';

/** A reversible test sealer: XOR with a per-scheme pad, and a marker so a wrong sealer fails. */
function fakeSealer(scheme: SealScheme, available = true): NamedSealer {
  const pad = scheme === 'dpapi-machine' ? 0x5a : 0xa5;
  return {
    scheme,
    isAvailable: () => available,
    seal: (key) => Buffer.concat([Buffer.from(scheme), Buffer.from(key.map((b) => b ^ pad))]),
    unseal: (sealed) => {
      if (!sealed.subarray(0, scheme.length).equals(Buffer.from(scheme))) throw new Error('not mine');
      return Buffer.from(sealed.subarray(scheme.length).map((b) => b ^ pad));
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('sealed key file', () => {
  it('round-trips through a JSON envelope naming its scheme', () => {
    const sealed = Buffer.from([1, 2, 3, 250]);
    const file = encodeSealedKey('dpapi-machine', sealed);
    expect(JSON.parse(file.toString('utf8'))).toMatchObject({
      format: 'privacy-desk/sealed-key',
      version: 1,
      scheme: 'dpapi-machine',
    });
    expect(decodeSealedKey(file)).toEqual({ scheme: 'dpapi-machine', sealed, legacy: false });
  });

  it('reads the raw safeStorage bytes older versions wrote', () => {
    const raw = Buffer.from('v10\x01\x02binary', 'latin1');
    expect(decodeSealedKey(raw)).toEqual({ scheme: 'safe-storage', sealed: raw, legacy: true });
  });

  it('refuses an envelope it does not understand', () => {
    const bad = (o: unknown) => Buffer.from(JSON.stringify(o));
    expect(() => decodeSealedKey(Buffer.from('{not json'))).toThrow(/JSON/);
    expect(() =>
      decodeSealedKey(bad({ format: 'other', version: 1, scheme: 'safe-storage', sealed: 'AA==' })),
    ).toThrow(/format/);
    expect(() =>
      decodeSealedKey(
        bad({ format: 'privacy-desk/sealed-key', version: 2, scheme: 'safe-storage', sealed: 'AA==' }),
      ),
    ).toThrow(/version/);
    expect(() =>
      decodeSealedKey(
        bad({ format: 'privacy-desk/sealed-key', version: 1, scheme: 'rot13', sealed: 'AA==' }),
      ),
    ).toThrow(/scheme/);
    expect(() =>
      decodeSealedKey(
        bad({ format: 'privacy-desk/sealed-key', version: 1, scheme: 'safe-storage', sealed: '$$' }),
      ),
    ).toThrow(/payload/);
  });
});

describe('sealer selection', () => {
  const safe = fakeSealer('safe-storage');
  it('prefers machine-scope DPAPI on Windows and keeps safeStorage to open old seals', () => {
    expect(
      selectSealers('win32', { dpapiMachine: () => fakeSealer('dpapi-machine'), safeStorage: safe }).map(
        (s) => s.scheme,
      ),
    ).toEqual(['dpapi-machine', 'safe-storage']);
  });
  it('falls back to safeStorage when the DPAPI module is missing or unusable', () => {
    expect(
      selectSealers('win32', { dpapiMachine: () => null, safeStorage: safe }).map((s) => s.scheme),
    ).toEqual(['safe-storage']);
    expect(
      selectSealers('win32', {
        dpapiMachine: () => fakeSealer('dpapi-machine', false),
        safeStorage: safe,
      }).map((s) => s.scheme),
    ).toEqual(['safe-storage']);
  });
  it('never asks for DPAPI off Windows', () => {
    let asked = false;
    const sealers = selectSealers('linux', {
      dpapiMachine: () => {
        asked = true;
        return fakeSealer('dpapi-machine');
      },
      safeStorage: safe,
    });
    expect(asked).toBe(false);
    expect(sealers.map((s) => s.scheme)).toEqual(['safe-storage']);
  });

  it('loads @primno/dpapi only on Windows, and seals with the LocalMachine scope and our entropy', () => {
    let loaded = false;
    expect(dpapiMachineSealer('linux', () => (loaded = true))).toBeNull();
    expect(loaded).toBe(false);
    expect(
      dpapiMachineSealer('win32', () => {
        throw new Error('module not found');
      }),
    ).toBeNull();
    expect(dpapiMachineSealer('win32', () => ({ isPlatformSupported: false }))).toBeNull();
    const calls: string[] = [];
    const sealer = dpapiMachineSealer('win32', () => ({
      isPlatformSupported: true,
      Dpapi: {
        protectData: (d: Uint8Array, e: Uint8Array | null, scope: string) => {
          calls.push(`protect ${scope} ${Buffer.from(e ?? []).toString()}`);
          return Buffer.from(d).reverse();
        },
        unprotectData: (d: Uint8Array, _e: Uint8Array | null, scope: string) => {
          calls.push(`unprotect ${scope}`);
          return Buffer.from(d).reverse();
        },
      },
    }))!;
    const key = generateKey();
    expect(sealer.scheme).toBe('dpapi-machine');
    expect(sealer.unseal(sealer.seal(key)).equals(key)).toBe(true);
    expect(calls).toEqual([
      'protect LocalMachine kz.ibusiness.privacydesk/db-key/v1',
      'unprotect LocalMachine',
    ]);
  });
});

describe('SealedKeyStore', () => {
  it('seals with the preferred scheme and opens it again', () => {
    const dir = tmpDir();
    dirs.push(dir);
    const store = new SealedKeyStore(path.join(dir, 'k.sealed'), [
      fakeSealer('dpapi-machine'),
      fakeSealer('safe-storage'),
    ]);
    const key = generateKey();
    store.save(key);
    expect(decodeSealedKey(readFileSync(store.file)).scheme).toBe('dpapi-machine');
    expect(readFileSync(store.file).includes(key)).toBe(false);
    expect(store.load().equals(key)).toBe(true);
  });

  it('opens an old per-user seal and seals it again machine-wide', () => {
    const dir = tmpDir();
    dirs.push(dir);
    const file = path.join(dir, 'k.sealed');
    const key = generateKey();
    writeFileSync(file, fakeSealer('safe-storage').seal(key)); // the raw format of older versions
    const store = new SealedKeyStore(file, [fakeSealer('dpapi-machine'), fakeSealer('safe-storage')]);
    expect(store.load().equals(key)).toBe(true);
    const now = decodeSealedKey(readFileSync(file));
    expect(now).toMatchObject({ scheme: 'dpapi-machine', legacy: false });
    expect(new SealedKeyStore(file, [fakeSealer('dpapi-machine')]).load().equals(key)).toBe(true);
  });

  it('says KEY_INVALID when no sealer here can open the file (another PC, another user)', () => {
    const dir = tmpDir();
    dirs.push(dir);
    const file = path.join(dir, 'k.sealed');
    new SealedKeyStore(file, [fakeSealer('dpapi-machine')]).save(generateKey());
    expect(() => new SealedKeyStore(file, [fakeSealer('safe-storage')]).load()).toThrow(
      expect.objectContaining({ code: 'KEY_INVALID' }),
    );
    expect(() => new SealedKeyStore(path.join(dir, 'none'), [fakeSealer('safe-storage')]).load()).toThrow(
      expect.objectContaining({ code: 'KEY_MISSING' }),
    );
    expect(() => new SealedKeyStore(file, [fakeSealer('dpapi-machine', false)]).save(generateKey())).toThrow(
      expect.objectContaining({ code: 'KEY_MISSING' }),
    );
  });
});
