// The session security settings an administrator sets: the idle lock and the longest session.
// Each change commits with its audit entry; the running app reads them through AppCore.
import { putSetting } from '../sql/settings';
import type { Server } from '../sql/server';
import { IDLE_SETTING, SESSION_MAX_SETTING } from '../app/core';

function saveSetting(server: Server, actor: string, key: string, value: number, summary: string): void {
  server.write(actor, (tx) => {
    putSetting(tx.db, key, String(value));
    tx.audit({ action: 'settings.changed', entityType: 'setting', entityId: key, summary });
  });
}

export function setIdleLock(server: Server, actor: string, input: { minutes: number }): void {
  saveSetting(server, actor, IDLE_SETTING, input.minutes, `idle lock ${input.minutes} min`);
}

export function setSessionMaxHours(server: Server, actor: string, input: { hours: number }): void {
  saveSetting(server, actor, SESSION_MAX_SETTING, input.hours, `session max ${input.hours} h`);
}

/** The audit entry of a sign-out (the session itself is dropped by the caller). */
export function recordSignOut(server: Server, username: string): void {
  server.write(username, (tx) =>
    tx.audit({ action: 'auth.logout', entityType: 'user', entityId: username, summary: 'signed out' }),
  );
}
