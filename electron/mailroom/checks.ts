// Shared checks for register entries: issues are collected and thrown together as one VALIDATION
// error, so a form can mark every problem at once. Issues name the field and the problem, never
// the value (it may be personal data).
import type { ConfirmableWarning } from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { normalizeIin, validateIinBin, type IinResult } from '../../common/identifiers/iin';
import { checkTracking, type TrackingWarning } from '../../common/mailroom/tracking';

export interface Issue {
  path: string;
  code: string;
  [detail: string]: unknown;
}

export class Issues {
  readonly list: Issue[] = [];
  readonly unconfirmed: ConfirmableWarning[] = [];

  add(path: string, code: string, extra: Record<string, unknown> = {}): void {
    this.list.push({ path, code, ...extra });
  }

  warn(
    path: string,
    warning: ConfirmableWarning,
    confirmed: readonly ConfirmableWarning[] | undefined,
  ): boolean {
    if (confirmed?.includes(warning)) return true;
    this.unconfirmed.push(warning);
    this.add(path, warning, { confirmable: true });
    return false;
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    throw new PdError('VALIDATION', {
      issues: this.list,
      ...(this.unconfirmed.length ? { unconfirmedWarnings: this.unconfirmed } : {}),
    });
  }
}

/** Stored text is NFC, so search and duplicate keys see one form of each letter. */
export function nfc<T extends string | null | undefined>(v: T): T {
  return (typeof v === 'string' ? v.normalize('NFC') : v) as T;
}

/** Checks a tracking number; returns what to store (normalized, and the confirmed warning). */
export function trackingField(
  issues: Issues,
  path: string,
  value: string | null | undefined,
  confirmed: readonly ConfirmableWarning[] | undefined,
): { trackingNumber: string | null; trackingWarning: TrackingWarning | null } {
  if (!value) return { trackingNumber: null, trackingWarning: null };
  const c = checkTracking(value);
  if (c.status === 'empty') return { trackingNumber: null, trackingWarning: null };
  if (c.status === 'ok') return { trackingNumber: c.normalized, trackingWarning: null };
  issues.warn(path, c.warning!, confirmed);
  return { trackingNumber: c.normalized, trackingWarning: c.warning! };
}

/** An optional IIN/BIN: normalized when valid, an issue with the reason when not. */
export function iinField(
  issues: Issues,
  path: string,
  value: string | null | undefined,
  today: string,
): { iin: string | null; result?: IinResult } {
  if (!value) return { iin: null };
  const r = validateIinBin(value, today);
  if (!r.valid) {
    issues.add(path, 'iin_invalid', { reason: r.reason, kind: r.kind });
    return { iin: null };
  }
  return { iin: normalizeIin(value), result: r };
}
