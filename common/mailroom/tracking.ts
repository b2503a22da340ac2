// The tracking-number check behind the intake form: the same function answers as the clerk types
// (in the renderer, no round-trip) and guards the save (in the main process).
//   ok       a valid UPU S10 number (RR123456785KZ)
//   warning  tracking_check_digit: S10 shape, wrong check digit (a typo or a misread barcode);
//            tracking_format: anything else (domestic formats exist): allowed once confirmed
//   empty    nothing typed
import { normalizeS10, validateS10 } from '../identifiers/s10';

export const TRACKING_WARNINGS = ['tracking_check_digit', 'tracking_format'] as const;
export type TrackingWarning = (typeof TRACKING_WARNINGS)[number];

export interface TrackingCheck {
  /** Upper-cased, spaces removed: what is stored. */
  normalized: string;
  status: 'empty' | 'ok' | 'warning';
  warning?: TrackingWarning;
  /**
   * True while the input is still a proper beginning of an S10 number (e.g. "RR12345"):
   * a form checking as you type can hold back the format warning until the input is complete.
   */
  incomplete: boolean;
  /** The check digit an S10-shaped number should have had (tracking_check_digit only). */
  expectedCheckDigit?: number;
  service?: string;
  country?: string;
}

export const TRACKING_MAX_LENGTH = 40;
const S10_PREFIX = /^[A-Z]{0,2}$|^[A-Z]{2}[0-9]{1,9}$|^[A-Z]{2}[0-9]{9}[A-Z]{0,1}$/;

export function checkTracking(input: string): TrackingCheck {
  const normalized = normalizeS10(input);
  if (normalized.length === 0) return { normalized, status: 'empty', incomplete: false };
  const r = validateS10(normalized);
  if (r.valid)
    return { normalized, status: 'ok', incomplete: false, service: r.service!, country: r.country! };
  if (r.reason === 'check_digit') {
    return {
      normalized,
      status: 'warning',
      warning: 'tracking_check_digit',
      incomplete: false,
      expectedCheckDigit: r.expectedCheckDigit!,
      service: r.service!,
      country: r.country!,
    };
  }
  return {
    normalized,
    status: 'warning',
    warning: 'tracking_format',
    incomplete: normalized.length < 13 && S10_PREFIX.test(normalized),
  };
}
