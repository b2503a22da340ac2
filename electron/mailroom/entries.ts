// What both registers' services do alike, from the register's descriptor: find a live entry,
// cancel one keeping its number.
import type { RegisterDescriptor } from '../../common/mailroom/registers';
import { PdError } from '../../common/errors';
import type { DB, Server, WriteTx } from '../sql/server';
import { cancelRow } from './sql/register';
import { nfc } from './checks';

interface Entry {
  uid: string;
  status: string;
}

/** The entry, or NOT_FOUND; CONFLICT when it is cancelled (`reason` says why that matters). */
export function liveEntry<E extends Entry>(
  d: RegisterDescriptor,
  entry: E | null,
  reason: 'cancelled' | 'already_cancelled' = 'cancelled',
): E {
  if (!entry) throw new PdError('NOT_FOUND', { entity: d.entity });
  if (entry.status === 'cancelled') throw new PdError('CONFLICT', { reason });
  return entry;
}

/**
 * The register's cancel service: it keeps the entry's number, marked cancelled with the reason,
 * in one write with its audit entry; `then` runs after the row is marked (e.g. the answered
 * letter is recomputed). Built from the descriptor so both registers cancel the same way.
 */
export function entryCanceller<E extends Entry>(
  d: RegisterDescriptor,
  get: (db: DB, id: number) => E | null,
  then?: (tx: WriteTx, entry: E) => void,
): (server: Server, actor: string, input: { id: number; reason: string }) => E {
  return (server, actor, input) =>
    server.write(actor, (tx) => {
      const entry = liveEntry(d, get(tx.db, input.id), 'already_cancelled');
      cancelRow(tx.db, d, input.id, tx.now.toISOString(), actor, nfc(input.reason.trim()));
      then?.(tx, entry);
      const number = (entry as unknown as Record<string, string>)[d.numberField];
      tx.audit({
        action: `${d.action}.cancel`,
        entityType: d.entity,
        entityId: entry.uid,
        summary: `${number} cancelled; number kept`,
      });
      return get(tx.db, input.id)!;
    });
}
