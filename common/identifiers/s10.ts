// UPU S10 item identifiers (registered mail, EMS, parcels), e.g. RR123456785KZ:
//   2 letters service indicator + 8-digit serial + check digit + 2-letter ISO 3166 country.
// Pure code: runs in the main process and in the renderer.

export type S10Reason = 'empty' | 'length' | 'format' | 'check_digit' | 'reserved_service';

export interface S10Result {
  /** The input exactly as given. */
  input: string;
  /** Trimmed, upper-cased, inner whitespace removed. */
  normalized: string;
  valid: boolean;
  /** First failed check, in the order empty → length → format → reserved_service → check_digit. */
  reason?: S10Reason;
  /** Filled whenever the shape parses (length and format checks passed). */
  service?: string;
  serial?: string;
  checkDigit?: number;
  /** Filled only when the check digit is wrong. */
  expectedCheckDigit?: number;
  country?: string;
}

const S10_LENGTH = 13;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;
const S10_SHAPE = /^([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})$/;
/** Service indicators starting with these letters are reserved by the UPU and not issued. */
const RESERVED_FIRST_LETTERS = new Set(['J', 'K', 'S', 'T', 'W']);

/** Trim, upper-case and drop all inner whitespace (a scanner or a typist may insert spaces). */
export function normalizeS10(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '');
}

/**
 * Check digit of an 8-digit S10 serial: weights 8 6 4 2 3 5 9 7, C = 11 - (sum mod 11),
 * where 10 becomes 0 and 11 becomes 5. Throws a RangeError when serial8 is not 8 ASCII digits.
 */
export function s10CheckDigit(serial8: string): number {
  if (!/^[0-9]{8}$/.test(serial8)) {
    throw new RangeError(`S10 serial must be 8 digits, got ${JSON.stringify(serial8)}`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial8[i]) * S10_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  if (c === 10) return 0;
  if (c === 11) return 5;
  return c;
}

export function validateS10(input: string): S10Result {
  const normalized = normalizeS10(input);
  const result: S10Result = { input, normalized, valid: false };
  if (normalized.length === 0) return { ...result, reason: 'empty' };
  if (normalized.length !== S10_LENGTH) return { ...result, reason: 'length' };
  const m = S10_SHAPE.exec(normalized);
  if (!m) return { ...result, reason: 'format' };

  const service = m[1]!;
  const serial = m[2]!;
  const checkDigit = Number(m[3]);
  const country = m[4]!;
  const expected = s10CheckDigit(serial);
  const parsed: S10Result = { ...result, service, serial, checkDigit, country };
  if (expected !== checkDigit) parsed.expectedCheckDigit = expected;

  if (RESERVED_FIRST_LETTERS.has(service[0]!)) return { ...parsed, reason: 'reserved_service' };
  if (expected !== checkDigit) return { ...parsed, reason: 'check_digit' };
  return { ...parsed, valid: true };
}

/** Kind of item by the first letter of the service indicator (R registered, E EMS, C parcel). */
export function describeS10Service(service: string): 'registered' | 'ems' | 'parcel' | 'other' {
  switch (service.trim().toUpperCase()[0]) {
    case 'R':
      return 'registered';
    case 'E':
      return 'ems';
    case 'C':
      return 'parcel';
    default:
      return 'other';
  }
}
