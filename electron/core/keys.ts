// Database keys: a random 256-bit key, shown to the administrator once as a printable
// recovery key (hex in groups of four plus a short checksum group to catch typing errors).
import { createHash, randomBytes } from 'node:crypto';
import { MAX_TEXT_BYTES, readBoundedText } from './read-bounded';
import { PdError } from '../../common/errors';

export const KEY_BYTES = 32;

export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

function checksum(hex: string): string {
  return createHash('sha256').update(hex, 'utf8').digest('hex').slice(0, 4).toUpperCase();
}

export function formatRecoveryKey(key: Buffer): string {
  const hex = key.toString('hex').toUpperCase();
  const all = hex + checksum(hex);
  return all.match(/.{4}/g)!.join('-');
}

/** Accepts a raw 64-digit hex key or the recovery form (with or without its separators). */
export function parseKey(text: string): Buffer {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-F]+$/.test(compact)) throw new PdError('KEY_INVALID', { reason: 'not_hex' });
  if (compact.length === KEY_BYTES * 2) return Buffer.from(compact, 'hex');
  if (compact.length === KEY_BYTES * 2 + 4) {
    const hex = compact.slice(0, KEY_BYTES * 2);
    if (checksum(hex) !== compact.slice(KEY_BYTES * 2))
      throw new PdError('KEY_INVALID', { reason: 'checksum' });
    return Buffer.from(hex, 'hex');
  }
  throw new PdError('KEY_INVALID', { reason: 'length' });
}

export function readKeyFile(file: string): Buffer {
  let text: string;
  try {
    text = readBoundedText(file, MAX_TEXT_BYTES);
  } catch {
    throw new PdError('KEY_MISSING', { reason: 'key_file_unreadable' });
  }
  return parseKey(text);
}

/** Outside Electron (CLI, headless shell, tests) the key comes from a key file or PRIVACY_DESK_KEY. */
export function resolveKey(opts: { keyFile?: string; env?: NodeJS.ProcessEnv }): Buffer {
  if (opts.keyFile) return readKeyFile(opts.keyFile);
  const fromEnv = (opts.env ?? process.env).PRIVACY_DESK_KEY;
  if (fromEnv) return parseKey(fromEnv);
  throw new PdError('KEY_MISSING', { reason: 'no_key_file_or_env' });
}

/** Seals the key at rest; in the desktop app this is Electron safeStorage (DPAPI on Windows). */
export interface KeySealer {
  isAvailable(): boolean;
  seal(key: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}
