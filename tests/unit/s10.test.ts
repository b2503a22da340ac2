import { describe, it, expect } from 'vitest';
import { describeS10Service, normalizeS10, s10CheckDigit, validateS10 } from '../../common/identifiers';

// Independent reference implementation of the weighted sum, so the tests do not trust the code under test.
const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];
function weightedSum(serial: string): number {
  return [...serial].reduce((acc, ch, i) => acc + Number(ch) * WEIGHTS[i]!, 0);
}
function serialWithSumMod11(target: number): string {
  for (let n = 0; n < 100_000_000; n++) {
    const serial = String(n).padStart(8, '0');
    if (weightedSum(serial) % 11 === target) return serial;
  }
  throw new Error(`no serial with sum mod 11 = ${target}`);
}

describe('normalizeS10', () => {
  it('trims, upper-cases and drops inner whitespace', () => {
    expect(normalizeS10('  rr 1234 5678 5kz\t')).toBe('RR123456785KZ');
    expect(normalizeS10('RR\u00a0123456785 KZ')).toBe('RR123456785KZ');
  });
});

describe('s10CheckDigit', () => {
  it('computes the documented example', () => {
    // 1*8 + 2*6 + 3*4 + 4*2 + 5*3 + 6*5 + 7*9 + 8*7 = 204; 204 mod 11 = 6; 11 - 6 = 5
    expect(s10CheckDigit('12345678')).toBe(5);
  });

  it('maps C = 10 to 0 (sum mod 11 = 1)', () => {
    const serial = serialWithSumMod11(1);
    expect(11 - (weightedSum(serial) % 11)).toBe(10);
    expect(s10CheckDigit(serial)).toBe(0);
    expect(validateS10(`RR${serial}0KZ`).valid).toBe(true);
    expect(validateS10(`RR${serial}1KZ`)).toMatchObject({
      valid: false,
      reason: 'check_digit',
      expectedCheckDigit: 0,
    });
  });

  it('maps C = 11 to 5 (sum mod 11 = 0)', () => {
    const serial = serialWithSumMod11(0);
    expect(11 - (weightedSum(serial) % 11)).toBe(11);
    expect(s10CheckDigit(serial)).toBe(5);
    expect(s10CheckDigit('00000000')).toBe(5);
    expect(validateS10(`EE${serial}5KZ`).valid).toBe(true);
  });

  it('agrees with the reference for ordinary sums', () => {
    for (const serial of ['00000001', '98765432', '47110815', '55555555']) {
      const c = 11 - (weightedSum(serial) % 11);
      const expected = c === 10 ? 0 : c === 11 ? 5 : c;
      expect(s10CheckDigit(serial)).toBe(expected);
    }
  });

  it('rejects a serial that is not 8 digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(RangeError);
    expect(() => s10CheckDigit('1234567A')).toThrow(RangeError);
  });
});

describe('validateS10', () => {
  it('accepts a valid registered item and fills the parts', () => {
    expect(validateS10('RR123456785KZ')).toEqual({
      input: 'RR123456785KZ',
      normalized: 'RR123456785KZ',
      valid: true,
      service: 'RR',
      serial: '12345678',
      checkDigit: 5,
      country: 'KZ',
    });
  });

  it('accepts lower-case input with spaces, as typed by hand', () => {
    const r = validateS10('  rr 123 456 785 kz ');
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('RR123456785KZ');
    expect(r.input).toBe('  rr 123 456 785 kz ');
  });

  it('rejects a wrong check digit and reports the expected one', () => {
    expect(validateS10('RR123456789KZ')).toMatchObject({
      valid: false,
      reason: 'check_digit',
      service: 'RR',
      serial: '12345678',
      checkDigit: 9,
      expectedCheckDigit: 5,
      country: 'KZ',
    });
  });

  it('does not report expectedCheckDigit when the check digit is right', () => {
    expect(validateS10('RR123456785KZ').expectedCheckDigit).toBeUndefined();
  });

  it('rejects empty input', () => {
    expect(validateS10('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(validateS10('   ')).toMatchObject({ valid: false, reason: 'empty', normalized: '' });
  });

  it('rejects the wrong length', () => {
    expect(validateS10('RR12345678KZ')).toMatchObject({ valid: false, reason: 'length' });
    expect(validateS10('RR1234567855KZ')).toMatchObject({ valid: false, reason: 'length' });
    expect(validateS10('RR123456785KZ').reason).toBeUndefined();
  });

  it('rejects letters in the digit part and digits in the letter parts', () => {
    const letterInSerial = validateS10('RR12345A785KZ');
    expect(letterInSerial).toMatchObject({ valid: false, reason: 'format' });
    expect(letterInSerial.serial).toBeUndefined();
    expect(validateS10('RR12345678OKZ')).toMatchObject({ valid: false, reason: 'format' }); // letter O for 0
    expect(validateS10('R1123456785KZ')).toMatchObject({ valid: false, reason: 'format' });
    expect(validateS10('RR1234567851Z')).toMatchObject({ valid: false, reason: 'format' });
    expect(validateS10('RR-23456785KZ')).toMatchObject({ valid: false, reason: 'format' });
  });

  it('rejects reserved service indicators J, K, S, T, W even with a correct check digit', () => {
    for (const letter of ['J', 'K', 'S', 'T', 'W']) {
      const r = validateS10(`${letter}A123456785KZ`);
      expect(r).toMatchObject({
        valid: false,
        reason: 'reserved_service',
        service: `${letter}A`,
        serial: '12345678',
      });
    }
    // reserved takes precedence over a wrong check digit, but the expected digit is still reported
    expect(validateS10('KA123456789KZ')).toMatchObject({ reason: 'reserved_service', expectedCheckDigit: 5 });
    // other first letters are not reserved
    expect(validateS10('LA123456785KZ').valid).toBe(true);
  });

  it('checks in the documented order', () => {
    // wrong length beats format
    expect(validateS10('RRABC').reason).toBe('length');
    // format beats reserved
    expect(validateS10('JJ12345A785KZ').reason).toBe('format');
  });
});

describe('describeS10Service', () => {
  it('classifies by the first letter', () => {
    expect(describeS10Service('RR')).toBe('registered');
    expect(describeS10Service('RA')).toBe('registered');
    expect(describeS10Service('EE')).toBe('ems');
    expect(describeS10Service('CP')).toBe('parcel');
    expect(describeS10Service('LX')).toBe('other');
    expect(describeS10Service('')).toBe('other');
  });

  it('accepts lower case', () => {
    expect(describeS10Service('rr')).toBe('registered');
  });
});
