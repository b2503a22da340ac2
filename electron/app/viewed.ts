// Who saw whose data: opening a record with personal data, viewing a scan and exporting each
// leave an audit entry (ids only, never the data).
import type { Server } from '../sql/server';

export function readAudited<T>(
  server: Server,
  actor: string,
  what: {
    action: string;
    entityType: string;
    entityId: (value: T) => string;
    summary?: (value: T) => string;
  },
  read: () => T,
): T {
  return server.write(actor, (tx) => {
    const value = read();
    tx.audit({
      action: what.action,
      entityType: what.entityType,
      entityId: what.entityId(value),
      summary: what.summary?.(value) ?? 'viewed',
    });
    return value;
  });
}

/** Opening one record by its id: audited as `<entityType>.viewed`. */
export function readOneAudited<T>(
  server: Server,
  actor: string,
  entityType: string,
  id: string,
  read: () => T,
): T {
  return readAudited(server, actor, { action: `${entityType}.viewed`, entityType, entityId: () => id }, read);
}

/** A full IIN (12 digits, spaces allowed between them) in a search text: finding a person by it is audited. */
export function holdsFullIin(text: string | undefined): boolean {
  return !!text && /(?<!\d)\d{12}(?!\d)/.test(text.replace(/(?<=\d)\s+(?=\d)/g, ''));
}

/** Ids listed, for a list's single audit entry: who saw which records, never their content. */
export function listedIds(ids: readonly (string | number)[], max = 100): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown}, … (${ids.length - max} more)` : shown;
}
