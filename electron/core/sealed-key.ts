// The sealed key file: which OS mechanism sealed the database key, and the sealed bytes.
// On a shared office PC the key is sealed with DPAPI in the LOCAL MACHINE scope, so every Windows
// user of this PC can unseal it; who may read the file at all is decided by the folder's ACL
// (the "Privacy Desk Users" group, administrators and SYSTEM). Electron safeStorage (DPAPI for the
// CURRENT USER on Windows) is the fallback when the DPAPI module cannot load, and the format older
// versions wrote. The printed recovery key stays the way back whatever happens to this file.
import type { KeySealer } from './keys';

export type SealScheme = 'dpapi-machine' | 'safe-storage';

export interface NamedSealer extends KeySealer {
  readonly scheme: SealScheme;
}

export const SEALED_KEY_FORMAT = 'privacy-desk/sealed-key';
export const SEALED_KEY_VERSION = 1;

interface Envelope {
  format: typeof SEALED_KEY_FORMAT;
  version: number;
  scheme: SealScheme;
  sealed: string;
}

export interface DecodedSealedKey {
  scheme: SealScheme;
  sealed: Buffer;
  /** Written by a version before the envelope: raw safeStorage bytes. */
  legacy: boolean;
}

/** A small JSON envelope, so a support person can see which mechanism sealed the key. */
export function encodeSealedKey(scheme: SealScheme, sealed: Buffer): Buffer {
  const envelope: Envelope = {
    format: SEALED_KEY_FORMAT,
    version: SEALED_KEY_VERSION,
    scheme,
    sealed: sealed.toString('base64'),
  };
  return Buffer.from(JSON.stringify(envelope) + '\n', 'utf8');
}

const SCHEMES: readonly SealScheme[] = ['dpapi-machine', 'safe-storage'];

export function decodeSealedKey(file: Buffer): DecodedSealedKey {
  // safeStorage output is binary and never starts with '{'; anything else is the old raw format.
  if (file[0] !== 0x7b) return { scheme: 'safe-storage', sealed: file, legacy: true };
  let parsed: Partial<Envelope>;
  try {
    parsed = JSON.parse(file.toString('utf8')) as Partial<Envelope>;
  } catch {
    throw new Error('sealed key file: not valid JSON');
  }
  if (parsed.format !== SEALED_KEY_FORMAT) throw new Error('sealed key file: unknown format');
  if (parsed.version !== SEALED_KEY_VERSION)
    throw new Error(`sealed key file: unsupported version ${String(parsed.version)}`);
  if (!parsed.scheme || !SCHEMES.includes(parsed.scheme)) throw new Error('sealed key file: unknown scheme');
  if (typeof parsed.sealed !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(parsed.sealed))
    throw new Error('sealed key file: bad payload');
  return { scheme: parsed.scheme, sealed: Buffer.from(parsed.sealed, 'base64'), legacy: false };
}

/**
 * The sealers in order of preference: the first available one seals new keys; any of them may
 * unseal a file it wrote. On Windows the machine-scope DPAPI comes first; elsewhere (development,
 * tests) only safeStorage exists.
 */
export function selectSealers(
  platform: NodeJS.Platform,
  candidates: { dpapiMachine: () => NamedSealer | null; safeStorage: NamedSealer },
): NamedSealer[] {
  const out: NamedSealer[] = [];
  if (platform === 'win32') {
    const dpapi = candidates.dpapiMachine();
    if (dpapi?.isAvailable()) out.push(dpapi);
  }
  out.push(candidates.safeStorage);
  return out;
}
