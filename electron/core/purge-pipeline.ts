// The one purge pipeline's shape (in core, so features describe their part without importing each
// other; app/compose.ts lists them and hands the list to the requests purge). Every feature that stores a subject's personal data declares the columns that hold it
// (personalData: { table: [columns] }) and purges its own tables here; the requests purge decides
// WHAT goes (which subject, which letters and replies) and runs every registered feature inside
// one transaction. The declarations are what the purge test checks the schema against: a column
// that receives personal data and is not declared fails it.
import { PdError } from '../../common/errors';
import type { DB, WriteTx } from '../sql/server';

export interface PurgeContext {
  tx: WriteTx;
  requestId: string;
  /** Incoming letters wiped for this request (none still serve another request). */
  letterIds: readonly number[];
  /** Outgoing letters (replies) wiped for this request. */
  outgoingIds: readonly number[];
  /** ISO instant of the purge. */
  now: string;
}

export interface PurgeFeature {
  /** The feature's name (mailroom, letters, sync, requests). */
  name: string;
  /** Every column of this feature's tables that can hold a subject's personal data (FTS tables by their virtual table). */
  personalData: Readonly<Record<string, readonly string[]>>;
  /** Removes the request's subject from those columns; counts by kind, never content. */
  purge(ctx: PurgeContext): Record<string, number>;
  /**
   * After every request, one bounded step of the run's closing upkeep (merging full-text segments),
   * called in its own short transaction (Server.maintain) until `more` is false; `tables` names
   * what it worked on.
   */
  afterRunStep?(db: DB): { tables: string[]; more: boolean };
  /** Outgoing letters this feature wrote for the request (its replies), to be wiped with it. */
  replies?(db: DB, requestId: string): number[];
}

/** Features whose tables hold subjects' data: a purge without any of them would leave data behind. */
export const REQUIRED_PURGE_FEATURES = ['requests', 'mailroom', 'letters', 'sync'] as const;

/** The composed feature list, refusing to run a partial pipeline. */
export function checkPurgeFeatures(features: readonly PurgeFeature[]): readonly PurgeFeature[] {
  const names = new Set(features.map((f) => f.name));
  const missing = REQUIRED_PURGE_FEATURES.filter((n) => !names.has(n));
  if (missing.length) throw new PdError('INTERNAL', { reason: 'purge_not_wired', missing });
  return features;
}

/** Every declared personal-data column, by table (for the schema check and documentation). */
export function declaredPersonalData(features: readonly PurgeFeature[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of checkPurgeFeatures(features))
    for (const [table, cols] of Object.entries(f.personalData))
      out[table] = [...new Set([...(out[table] ?? []), ...cols])];
  return out;
}
