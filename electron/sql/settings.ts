// The one accessor of the settings table (key → text, inside the encrypted database). Features
// name their own keys; none writes SQL against the table itself.
import type { DB } from './server';

export function readSetting(db: DB, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)
    ?.value;
}

export function putSetting(db: DB, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Inserts only when the key is absent; returns the value that is stored afterwards. */
export function putSettingOnce(db: DB, key: string, value: string): string {
  db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run(key, value);
  return readSetting(db, key)!;
}

export function deleteSetting(db: DB, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
