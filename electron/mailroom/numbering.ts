// Register numbers (Вх. № / Исх. №): per register and calendar year (Almaty), gap-free, in order,
// never reused. The counter is taken inside the caller's write transaction; see sql/counters.ts.
import type { Register } from '../../common/contract/mailroom';
import {
  DEFAULT_INCOMING_FORMAT,
  DEFAULT_OUTGOING_FORMAT,
  formatRegisterNumber,
  parseNumberFormat,
} from '../../common/mailroom/number-format';
import { lastSeq, takeNextSeq, takeSeqBlock } from './sql/counters';
import { SETTING_KEYS } from './sql/settings';
import { readSetting } from '../sql/settings';
import type { DB } from '../sql/server';

export function numberFormat(db: DB, register: Register): string {
  const key = register === 'incoming' ? SETTING_KEYS.incomingNumberFormat : SETTING_KEYS.outgoingNumberFormat;
  const stored = readSetting(db, key);
  // A stored format was validated when set; fall back to the default rather than stop registering.
  if (stored && parseNumberFormat(stored).ok) return stored;
  return register === 'incoming' ? DEFAULT_INCOMING_FORMAT : DEFAULT_OUTGOING_FORMAT;
}

export interface AssignedNumber {
  year: number;
  seq: number;
  number: string;
}

/** Takes the next number of the year. Call only inside a write transaction. */
export function assignNumber(db: DB, register: Register, year: number): AssignedNumber {
  const seq = takeNextSeq(db, register, year);
  return { year, seq, number: formatRegisterNumber(numberFormat(db, register), year, seq) };
}

/** Takes `count` consecutive numbers (bulk demo loads); returns a formatter for them. */
export function assignBlock(
  db: DB,
  register: Register,
  year: number,
  count: number,
): { first: number; format: (seq: number) => string } {
  const first = takeSeqBlock(db, register, year, count);
  const pattern = numberFormat(db, register);
  return { first, format: (seq) => formatRegisterNumber(pattern, year, seq) };
}

/** What the next number of a year would look like (settings preview; takes nothing). */
export function previewNextNumber(
  db: DB,
  register: Register,
  year: number,
  pattern = numberFormat(db, register),
): string {
  return formatRegisterNumber(pattern, year, lastSeq(db, register, year) + 1);
}
