// The key the renderer encrypts intake drafts with (AES-GCM, WebCrypto) before they go to
// IndexedDB: 256 random bits, made on first use and kept in the encrypted database's settings,
// so drafts are unreadable without the database key and survive restarts.
import { randomBytes } from 'node:crypto';
import { SETTING_KEYS } from './sql/settings';
import { putSettingOnce, readSetting } from '../sql/settings';
import type { Server } from '../sql/server';

export function draftsKey(server: Server, actor: string): { key: string; algorithm: 'AES-GCM'; bits: 256 } {
  let key = server.read((db) => readSetting(db, SETTING_KEYS.draftsKey));
  if (!key) {
    key = server.write(actor, (tx) => {
      const existing = readSetting(tx.db, SETTING_KEYS.draftsKey);
      if (existing) {
        // Another process made it between our read and our write: keep theirs.
        tx.audit({
          action: 'drafts.key',
          entityType: 'settings',
          entityId: SETTING_KEYS.draftsKey,
          summary: 'drafts key already present',
        });
        return existing;
      }
      const stored = putSettingOnce(tx.db, SETTING_KEYS.draftsKey, randomBytes(32).toString('base64'));
      tx.audit({
        action: 'drafts.key',
        entityType: 'settings',
        entityId: SETTING_KEYS.draftsKey,
        summary: 'drafts encryption key created',
      });
      return stored;
    });
  }
  return { key, algorithm: 'AES-GCM', bits: 256 };
}
