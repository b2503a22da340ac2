// Conversions the register forms' fields share (react-hook-form setValueAs).
import type { Channel } from '../../../../common/contract/mailroom';

/** An empty choice or date is null, as the contract has it. */
export const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** Sheets: empty is null, a number is a number, anything else stays as typed for the schema to refuse. */
export const toSheets = (v: unknown) => {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isNaN(n) ? v : n;
};

/** Channels whose letters carry a tracking number. */
export function hasTracking(channel: Channel): boolean {
  return channel === 'registered_mail' || channel === 'courier';
}

/** What a channel does not use is sent as null: tracking numbers, the courier's details. */
export function clearUnusedChannelFields(
  input: { trackingNumber?: string | null; courierCompany?: string | null; waybill?: string | null },
  channel: Channel,
): void {
  if (!hasTracking(channel)) input.trackingNumber = null;
  if (channel !== 'courier') {
    input.courierCompany = null;
    input.waybill = null;
  }
}
