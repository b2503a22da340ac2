// KeySealer backed by Electron safeStorage (DPAPI for the current user on Windows, Keychain on
// macOS, libsecret on Linux): the fallback when the machine-scope DPAPI module is not available.
import { safeStorage } from 'electron';
import type { NamedSealer } from '../../core/sealed-key';

export const safeStorageSealer: NamedSealer = {
  scheme: 'safe-storage',
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  seal: (key) => safeStorage.encryptString(key.toString('hex')),
  unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'hex'),
};
