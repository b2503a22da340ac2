// Kazakhstan IIN (individual identification number, a person) and BIN (business
// identification number, an organization): 12 digits each.
//   IIN: YYMMDD birth date, century/sex digit, 4-digit serial, check digit.
//   BIN: YYMM registration, type digit, unit digit, 5-digit serial, check digit.
// Pure code: runs in the main process and in the renderer. An IIN is personal data:
// show it through maskIin() in lists.
import { almatyDay } from '../time/almaty';

export type IinReason =
  | 'empty'
  | 'length'
  | 'not_digits'
  | 'check_digit'
  | 'checksum_unresolvable'
  | 'birth_date'
  | 'century'
  | 'bin_month'
  | 'bin_type'
  | 'bin_unit';

export interface IinResult {
  /** The input exactly as given. */
  input: string;
  /** Trimmed, inner whitespace removed. */
  normalized: string;
  valid: boolean;
  /** First failed check, in the order empty → not_digits → length → check digit → structure. */
  reason?: IinReason;
  /** BIN when the 5th digit is 4, 5 or 6 (a day-of-month tens digit is only 0-3), else IIN. */
  kind: 'IIN' | 'BIN';
  // IIN fields, filled whenever the corresponding part decodes (even if the check digit is wrong).
  /** YYYY-MM-DD */
  birthDate?: string;
  sex?: 'M' | 'F';
  /** Whole years on the date validated against. */
  age?: number;
  minor?: boolean;
  // BIN fields, filled whenever the corresponding part decodes.
  /** YYYY-MM, the year assumed to be 20YY. */
  registered?: string;
  entityType?: 'resident' | 'non_resident' | 'joint_entrepreneur';
  unit?: 'head_office' | 'branch' | 'representative_office' | 'farm';
}

const IIN_LENGTH = 12;
const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const ADULT_AGE = 18;

const CENTURY_BY_DIGIT: Record<string, number> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};
const ENTITY_TYPE_BY_DIGIT: Record<string, NonNullable<IinResult['entityType']>> = {
  '4': 'resident',
  '5': 'non_resident',
  '6': 'joint_entrepreneur',
};
const UNIT_BY_DIGIT: Record<string, NonNullable<IinResult['unit']>> = {
  '0': 'head_office',
  '1': 'branch',
  '2': 'representative_office',
  '3': 'farm',
};

/** Trim and drop all inner whitespace. */
export function normalizeIin(input: string): string {
  return input.trim().replace(/\s+/g, '');
}

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  return sum % 11;
}

/**
 * Check digit over the first 11 digits: sum of digit_i × i (i = 1..11) mod 11; when that is 10,
 * again with weights 3,4,5,6,7,8,9,10,11,1,2; null when that is 10 as well (no valid number
 * exists with these 11 digits). Throws a RangeError when first11 is not 11 ASCII digits.
 */
export function iinCheckDigit(first11: string): number | null {
  if (!/^[0-9]{11}$/.test(first11)) {
    throw new RangeError(`IIN/BIN check digit needs 11 digits, got ${JSON.stringify(first11)}`);
  }
  const first = weightedSumMod11(first11, WEIGHTS_1);
  if (first !== 10) return first;
  const second = weightedSumMod11(first11, WEIGHTS_2);
  return second === 10 ? null : second;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function parseIsoDate(s: string): { y: number; m: number; d: number } | null {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Today's calendar date in Almaty, YYYY-MM-DD. */
/**
 * Age in whole years on `on` (both YYYY-MM-DD). A person born on 29 February turns a year
 * older on 1 March in common years. Throws a RangeError on a malformed or impossible date.
 */
export function ageOn(birthDate: string, on: string): number {
  const b = parseIsoDate(birthDate);
  const o = parseIsoDate(on);
  if (!b) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(birthDate)}`);
  if (!o) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(on)}`);
  const hadBirthday = o.m > b.m || (o.m === b.m && o.d >= b.d);
  return o.y - b.y - (hadBirthday ? 0 : 1);
}

function decodeIin(n: string, on: string, result: IinResult): IinReason | undefined {
  const century = CENTURY_BY_DIGIT[n[6]!];
  if (century === undefined) return 'century';
  result.sex = Number(n[6]) % 2 === 1 ? 'M' : 'F';
  const y = century + Number(n.slice(0, 2));
  const m = Number(n.slice(2, 4));
  const d = Number(n.slice(4, 6));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return 'birth_date';
  const birthDate = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  result.birthDate = birthDate;
  // Nobody can hold an IIN with a date of birth after the day we validate on.
  if (birthDate > on) return 'birth_date';
  result.age = ageOn(birthDate, on);
  result.minor = result.age < ADULT_AGE;
  return undefined;
}

function decodeBin(n: string, result: IinResult): IinReason | undefined {
  let reason: IinReason | undefined;
  const m = Number(n.slice(2, 4));
  if (m >= 1 && m <= 12) result.registered = `20${n.slice(0, 2)}-${n.slice(2, 4)}`;
  else reason ??= 'bin_month';
  const entityType = ENTITY_TYPE_BY_DIGIT[n[4]!];
  if (entityType) result.entityType = entityType;
  else reason ??= 'bin_type';
  const unit = UNIT_BY_DIGIT[n[5]!];
  if (unit) result.unit = unit;
  else reason ??= 'bin_unit';
  return reason;
}

/**
 * Validate an IIN or BIN. `on` (YYYY-MM-DD, default today's date in Asia/Almaty) is the date the
 * age is computed on. Order of checks: empty → not_digits → length → check digit
 * (check_digit / checksum_unresolvable) → structure (century, birth_date / bin_month, bin_type,
 * bin_unit). Throws a RangeError when `on` is given but is not a calendar date.
 */
export function validateIinBin(input: string, on?: string): IinResult {
  const day = on ?? almatyDay();
  if (!parseIsoDate(day)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(on)}`);

  const normalized = normalizeIin(input);
  const kind: IinResult['kind'] = ['4', '5', '6'].includes(normalized[4] ?? '') ? 'BIN' : 'IIN';
  const result: IinResult = { input, normalized, valid: false, kind };
  if (normalized.length === 0) return { ...result, reason: 'empty' };
  if (!/^[0-9]+$/.test(normalized)) return { ...result, reason: 'not_digits' };
  if (normalized.length !== IIN_LENGTH) return { ...result, reason: 'length' };

  // Decode the structure first so that the fields are filled even when the check digit fails;
  // the reported reason still follows the documented order.
  const structural = kind === 'BIN' ? decodeBin(normalized, result) : decodeIin(normalized, day, result);
  const expected = iinCheckDigit(normalized.slice(0, 11));
  if (expected === null) return { ...result, reason: 'checksum_unresolvable' };
  if (expected !== Number(normalized[11])) return { ...result, reason: 'check_digit' };
  if (structural) return { ...result, reason: structural };
  return { ...result, valid: true };
}

/**
 * Mask an IIN/BIN for lists: '900101300123' -> '900101•••••3' (first 6, five bullets, last 1).
 * Anything that is not 12 characters long becomes bullets of the same length.
 */
export function maskIin(value: string): string {
  const chars = Array.from(value);
  if (chars.length !== IIN_LENGTH) return '•'.repeat(chars.length);
  return `${chars.slice(0, 6).join('')}${'•'.repeat(5)}${chars[11]}`;
}
