// What both registers' services do alike, from the register's descriptor: find a live entry,
// cancel one keeping its number.
import type { RegisterDescriptor } from '../../common/mailroom/registers';
import { PdError } from '../../common/errors';
import type { DB, WriteTx } from '../sql/server';
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
 * Cancels an entry inside the caller's transaction: it keeps its number, marked cancelled with
 * the reason; `then` runs after the row is marked (e.g. the answered letter is recomputed).
 */
export function cancelEntryInTx<E extends Entry>(
  tx: WriteTx,
  actor: string,
  d: RegisterDescriptor,
  input: { id: number; reason: string },
  get: (db: DB, id: number) => E | null,
  then?: (entry: E) => void,
): E {
  const entry = liveEntry(d, get(tx.db, input.id), 'already_cancelled');
  cancelRow(tx.db, d, input.id, tx.now.toISOString(), actor, nfc(input.reason.trim()));
  then?.(entry);
  const number = (entry as unknown as Record<string, string>)[d.numberField];
  tx.audit({
    action: `${d.action}.cancel`,
    entityType: d.entity,
    entityId: entry.uid,
    summary: `${number} cancelled; number kept`,
  });
  return get(tx.db, input.id)!;
}
