// KeySealer backed by Windows DPAPI in the LOCAL MACHINE scope (@primno/dpapi, a prebuilt N-API
// binary): any user of this PC can unseal, so the folder ACL decides who can read the file at all.
// Loaded lazily and only on Windows; null when the module is missing or fails to load, and the
// caller falls back to safeStorage.
import { createRequire } from 'node:module';
import type { NamedSealer } from '../core/sealed-key';

interface DpapiModule {
  isPlatformSupported: boolean;
  Dpapi: {
    protectData(
      data: Uint8Array,
      entropy: Uint8Array | null,
      scope: 'CurrentUser' | 'LocalMachine',
    ): Uint8Array;
    unprotectData(
      data: Uint8Array,
      entropy: Uint8Array | null,
      scope: 'CurrentUser' | 'LocalMachine',
    ): Uint8Array;
  };
}

// Fixed per application: another program using machine-scope DPAPI cannot unseal our key by
// accident without knowing it (the ACL is the real guard).
const ENTROPY = Buffer.from('kz.ibusiness.privacydesk/db-key/v1', 'utf8');

export function dpapiMachineSealer(
  platform: NodeJS.Platform = process.platform,
  load: () => unknown = defaultLoad,
): NamedSealer | null {
  if (platform !== 'win32') return null;
  let mod: DpapiModule;
  try {
    mod = load() as DpapiModule;
  } catch {
    return null;
  }
  if (!mod?.isPlatformSupported) return null;
  return {
    scheme: 'dpapi-machine',
    isAvailable: () => true,
    seal: (key) => Buffer.from(mod.Dpapi.protectData(key, ENTROPY, 'LocalMachine')),
    unseal: (sealed) => Buffer.from(mod.Dpapi.unprotectData(sealed, ENTROPY, 'LocalMachine')),
  };
}

function defaultLoad(): unknown {
  // Kept out of the bundle (scripts/build.mjs `external`): its loader finds the .node by path.
  return createRequire(__filename)('@primno/dpapi');
}
