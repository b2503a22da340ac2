// Mailroom settings in the settings table (inside the encrypted database).
import type { DB } from './server';

export const SETTING_KEYS = {
  incomingNumberFormat: 'mailroom.incoming.numberFormat',
  outgoingNumberFormat: 'mailroom.outgoing.numberFormat',
  scanMaxBytes: 'mailroom.scans.maxBytes',
  draftsKey: 'drafts.key',
} as const;

export function readSetting(db: DB, key: string): string | undefined {
  const r = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return r?.value;
}

export function writeSetting(db: DB, key: string, value: string): void {
  db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Inserts only when the key is absent; returns the value that is stored afterwards. */
export function insertSettingOnce(db: DB, key: string, value: string): string {
  db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run(key, value);
  return readSetting(db, key)!;
}
