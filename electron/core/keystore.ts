// Where the desk keeps its database key between runs.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PdError } from '../../common/errors';
import { formatRecoveryKey, parseKey, type KeySealer } from './keys';

export interface KeyStore {
  readonly kind: 'file' | 'sealed' | 'env';
  exists(): boolean;
  load(): Buffer;
  save(key: Buffer): void;
}

function writeAtomic(file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}

/** A plain key file (headless shell, CLI, tests): the recovery form, readable by its owner only. */
export class FileKeyStore implements KeyStore {
  readonly kind = 'file' as const;
  constructor(readonly file: string) {}
  exists(): boolean {
    return existsSync(this.file);
  }
  load(): Buffer {
    if (!this.exists()) throw new PdError('KEY_MISSING');
    return parseKey(readFileSync(this.file, 'utf8'));
  }
  save(key: Buffer): void {
    writeAtomic(this.file, formatRecoveryKey(key) + '\n');
  }
}

/** The desktop app: the key sealed by the OS keystore (Electron safeStorage, DPAPI on Windows). */
export class SealedKeyStore implements KeyStore {
  readonly kind = 'sealed' as const;
  constructor(
    readonly file: string,
    private readonly sealer: KeySealer,
  ) {}
  exists(): boolean {
    return existsSync(this.file);
  }
  load(): Buffer {
    if (!this.exists()) throw new PdError('KEY_MISSING');
    try {
      return this.sealer.unseal(readFileSync(this.file));
    } catch {
      throw new PdError('KEY_INVALID', { reason: 'unseal_failed' });
    }
  }
  save(key: Buffer): void {
    if (!this.sealer.isAvailable()) throw new PdError('KEY_MISSING', { reason: 'os_keystore_unavailable' });
    writeAtomic(this.file, this.sealer.seal(key));
  }
}

/** PRIVACY_DESK_KEY: the key is the operator's to keep; it cannot be replaced from inside. */
export class EnvKeyStore implements KeyStore {
  readonly kind = 'env' as const;
  constructor(private readonly value: string) {}
  exists(): boolean {
    return true;
  }
  load(): Buffer {
    return parseKey(this.value);
  }
  save(key: Buffer): void {
    if (!this.load().equals(key)) throw new PdError('KEY_INVALID', { reason: 'env_key_is_fixed' });
  }
}
