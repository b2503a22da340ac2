// Where the desk keeps its database key between runs.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PdError } from '../../common/errors';
import { formatRecoveryKey, parseKey } from './keys';
import { decodeSealedKey, encodeSealedKey, type NamedSealer, type SealScheme } from './sealed-key';

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

/**
 * The desktop app: the key sealed by the OS (DPAPI machine scope on Windows, else Electron
 * safeStorage), in the envelope of sealed-key.ts. A key sealed by a fallback or by an older version
 * is sealed again with the preferred mechanism once it has been opened, so a key migrated from a
 * user's profile becomes readable by the other users of the PC.
 */
export class SealedKeyStore implements KeyStore {
  readonly kind = 'sealed' as const;
  private readonly sealers: NamedSealer[];
  constructor(
    readonly file: string,
    sealers: NamedSealer | NamedSealer[],
  ) {
    this.sealers = Array.isArray(sealers) ? sealers : [sealers];
    if (this.sealers.length === 0) throw new Error('SealedKeyStore needs a sealer');
  }
  exists(): boolean {
    return existsSync(this.file);
  }
  /** The mechanism that seals new keys here. */
  get scheme(): SealScheme {
    return this.sealers[0]!.scheme;
  }
  load(): Buffer {
    if (!this.exists()) throw new PdError('KEY_MISSING');
    let key: Buffer;
    let stale: boolean;
    try {
      const decoded = decodeSealedKey(readFileSync(this.file));
      const sealer = this.sealers.find((s) => s.scheme === decoded.scheme);
      if (!sealer) throw new Error(`no sealer for ${decoded.scheme}`);
      key = sealer.unseal(decoded.sealed);
      stale = decoded.legacy || decoded.scheme !== this.scheme;
    } catch {
      throw new PdError('KEY_INVALID', { reason: 'unseal_failed' });
    }
    if (stale) this.resealQuietly(key);
    return key;
  }
  save(key: Buffer): void {
    const sealer = this.sealers[0]!;
    if (!sealer.isAvailable()) throw new PdError('KEY_MISSING', { reason: 'os_keystore_unavailable' });
    writeAtomic(this.file, encodeSealedKey(sealer.scheme, sealer.seal(key)));
  }
  private resealQuietly(key: Buffer): void {
    try {
      this.save(key);
    } catch {
      // The old seal still works for this user; the next start tries again.
    }
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
