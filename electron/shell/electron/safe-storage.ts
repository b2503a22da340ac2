// KeySealer backed by Electron safeStorage (DPAPI on Windows, Keychain on macOS, libsecret on Linux).
import { safeStorage } from 'electron';
import type { KeySealer } from '../../core/keys';

export const safeStorageSealer: KeySealer = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  seal: (key) => safeStorage.encryptString(key.toString('hex')),
  unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'hex'),
};
