// Who saw whose data: opening a record with personal data, viewing a scan and exporting each
// leave an audit entry (ids only, never the data).
import { PdError } from '../../common/errors';
import type { AuditInput } from '../sql/audit';
import type { Server } from '../sql/server';

/**
 * On a reader (a query_only connection in a reader worker) the audit entry of a view cannot be
 * written where the read runs: it is collected here and written by the writer once the read has
 * answered (core-worker.ts), before the answer goes back. So a look at one request or a page of
 * the list never waits behind a long write, and nobody sees data whose viewing was not recorded.
 */
let collecting: AuditInput[] | null = null;

/** Runs a reader's call; its view entries come back beside its value for the writer to write. */
export async function collectViews<T>(run: () => T | Promise<T>): Promise<{ value: T; views: AuditInput[] }> {
  const views: AuditInput[] = [];
  const outer = collecting;
  collecting = views;
  let pending: T | Promise<T>;
  try {
    pending = run();
  } finally {
    collecting = outer;
  }
  return { value: await pending, views };
}

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
  if (server.isReader) {
    // Only inside collectViews, and only in its synchronous part: a view is never left unrecorded.
    if (!collecting) throw new PdError('INTERNAL', { reason: 'view_outside_collector' });
    const value = server.read(() => read());
    collecting.push({
      actor,
      action: what.action,
      entityType: what.entityType,
      entityId: what.entityId(value),
      summary: what.summary?.(value) ?? 'viewed',
    });
    return value;
  }
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
