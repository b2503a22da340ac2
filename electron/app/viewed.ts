// Who saw whose data: opening a record with personal data, viewing a scan and exporting each
// leave an audit entry (ids only, never the data).
import type { Server } from '../sql/server';

export function readAudited<T>(
  server: Server,
  actor: string,
  what: { action: string; entityType: string; entityId: (value: T) => string },
  read: () => T,
): T {
  return server.write(actor, (tx) => {
    const value = read();
    tx.audit({ action: what.action, entityType: what.entityType, entityId: what.entityId(value), summary: 'viewed' });
    return value;
  });
}
