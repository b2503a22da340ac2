// Settings of subject requests (the settings table).
import type { RequestSettings } from '../../common/contract/requests';
import type { Server } from '../sql/server';
import { putSetting } from '../sql/settings';

export const REQUEST_SETTING_KEYS = {
  /** Days after a request closes with erasure before the desk's copy is purged. */
  retentionDays: 'requests.purgeRetentionDays',
} as const;

export const DEFAULT_RETENTION_DAYS = 30;

export function getRequestSettings(server: Server): RequestSettings {
  const raw = server.read(() => server.getSetting(REQUEST_SETTING_KEYS.retentionDays));
  const n = Number(raw);
  return { retentionDays: raw !== undefined && Number.isInteger(n) && n >= 0 ? n : DEFAULT_RETENTION_DAYS };
}

export function setRequestSettings(server: Server, actor: string, s: RequestSettings): RequestSettings {
  server.write(actor, (tx) => {
    putSetting(tx.db, REQUEST_SETTING_KEYS.retentionDays, String(s.retentionDays));
    tx.audit({
      action: 'settings.changed',
      entityType: 'settings',
      entityId: REQUEST_SETTING_KEYS.retentionDays,
      summary: `purge retention ${s.retentionDays} days`,
    });
  });
  return getRequestSettings(server);
}
