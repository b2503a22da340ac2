import { describe, it, expect } from 'vitest';
import { ageOn, iinCheckDigit, maskIin, normalizeIin, validateIinBin } from '../../common/identifiers';

// Independent reference implementation, so that constructed fixtures do not trust the code under test.
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
function sumMod11(first11: string, weights: number[]): number {
  return [...first11].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0) % 11;
}
function refCheckDigit(first11: string): number | null {
  const a = sumMod11(first11, W1);
  if (a !== 10) return a;
  const b = sumMod11(first11, W2);
  return b === 10 ? null : b;
}
/** A complete 12-digit number from 11 digits; searches serials when the given prefix is unresolvable. */
function withCheck(first11: string): string {
  const c = refCheckDigit(first11);
  if (c === null) throw new Error(`unresolvable: ${first11}`);
  return first11 + c;
}
/** IIN for a birth date (YYMMDD), century/sex digit and 4-digit serial. */
function iin(yymmdd: string, centurySex: string, serial = '0012'): string {
  return withCheck(yymmdd + centurySex + serial);
}
/** Flip the check digit to a wrong one. */
function wrongCheck(n: string): string {
  return n.slice(0, 11) + ((Number(n[11]) + 1) % 10);
}
/** First 11-digit prefix (birth date + century digit + serial) for which pred holds. */
function findPrefix(pred: (first11: string) => boolean, head = '9001153'): string {
  for (let s = 0; s < 10_000; s++) {
    const first11 = head + String(s).padStart(4, '0');
    if (pred(first11)) return first11;
  }
  throw new Error('not found');
}

const ON = '2026-01-10';

describe('literal fixtures (verified by hand)', () => {
  it('900115300122 from the sample data is a valid IIN', () => {
    // 9*1 + 0*2 + 0*3 + 1*4 + 1*5 + 5*6 + 3*7 + 0*8 + 0*9 + 1*10 + 2*11 = 101; 101 mod 11 = 2
    expect(validateIinBin('900115300122', ON)).toEqual({
      input: '900115300122',
      normalized: '900115300122',
      valid: true,
      kind: 'IIN',
      birthDate: '1990-01-15',
      sex: 'M',
      age: 35,
      minor: false,
    });
    expect(iinCheckDigit('90011530012')).toBe(2);
  });

  it('the company BIN 220440001087 is a valid resident head office registered 2022-04', () => {
    // 2*1 + 2*2 + 0*3 + 4*4 + 4*5 + 0*6 + 0*7 + 0*8 + 1*9 + 0*10 + 8*11 = 139; 139 mod 11 = 7
    const r = validateIinBin('220440001087', ON);
    expect(r).toEqual({
      input: '220440001087',
      normalized: '220440001087',
      valid: true,
      kind: 'BIN',
      registered: '2022-04',
      entityType: 'resident',
      unit: 'head_office',
    });
    expect(r.birthDate).toBeUndefined();
  });

  it('a one-digit change breaks the literal fixtures', () => {
    expect(validateIinBin('900115300123', ON)).toMatchObject({ valid: false, reason: 'check_digit' });
    expect(validateIinBin('220440001088', ON)).toMatchObject({
      valid: false,
      reason: 'check_digit',
      kind: 'BIN',
    });
  });
});

describe('normalizeIin', () => {
  it('trims and drops inner whitespace', () => {
    expect(normalizeIin('  900115 300 122\n')).toBe('900115300122');
  });

  it('validates input with spaces', () => {
    const r = validateIinBin(' 900115 300122 ', ON);
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('900115300122');
  });
});

describe('iinCheckDigit', () => {
  it('agrees with the reference implementation over many prefixes', () => {
    for (let s = 0; s < 2000; s++) {
      const first11 = '8503124' + String(s).padStart(4, '0');
      expect(iinCheckDigit(first11)).toBe(refCheckDigit(first11));
    }
  });

  it('uses the second weights when the first sum is 10', () => {
    const first11 = findPrefix((p) => sumMod11(p, W1) === 10 && sumMod11(p, W2) !== 10);
    const second = sumMod11(first11, W2);
    expect(iinCheckDigit(first11)).toBe(second);
    const number = first11 + second;
    expect(validateIinBin(number, ON)).toMatchObject({ valid: true, kind: 'IIN', birthDate: '1990-01-15' });
    // every other last digit, in particular 0 (10 mod 10), is rejected
    for (let d = 0; d <= 9; d++) {
      if (d === second) continue;
      expect(validateIinBin(first11 + d, ON)).toMatchObject({ valid: false, reason: 'check_digit' });
    }
  });

  it('returns null when both sums are 10, and such numbers are invalid whatever the last digit', () => {
    const first11 = findPrefix((p) => sumMod11(p, W1) === 10 && sumMod11(p, W2) === 10);
    expect(iinCheckDigit(first11)).toBeNull();
    for (let d = 0; d <= 9; d++) {
      expect(validateIinBin(first11 + d, ON)).toMatchObject({
        valid: false,
        reason: 'checksum_unresolvable',
      });
    }
  });

  it('rejects input that is not 11 digits', () => {
    expect(() => iinCheckDigit('9001153001')).toThrow(RangeError);
    expect(() => iinCheckDigit('90011530012A')).toThrow(RangeError);
  });
});

describe('validateIinBin: shape', () => {
  it('rejects empty input', () => {
    expect(validateIinBin('', ON)).toMatchObject({ valid: false, reason: 'empty' });
    expect(validateIinBin('  ', ON)).toMatchObject({ valid: false, reason: 'empty', normalized: '' });
  });

  it('rejects letters and punctuation before the length', () => {
    expect(validateIinBin('90011530012O', ON)).toMatchObject({ valid: false, reason: 'not_digits' });
    expect(validateIinBin('900115-300122', ON)).toMatchObject({ valid: false, reason: 'not_digits' });
    expect(validateIinBin('12a', ON)).toMatchObject({ valid: false, reason: 'not_digits' });
  });

  it('rejects the wrong length', () => {
    expect(validateIinBin('90011530012', ON)).toMatchObject({ valid: false, reason: 'length' });
    expect(validateIinBin('9001153001222', ON)).toMatchObject({ valid: false, reason: 'length' });
  });

  it('decides the kind by the 5th digit', () => {
    expect(validateIinBin(iin('900130', '3'), ON).kind).toBe('IIN'); // day 30: tens digit 3
    expect(validateIinBin(withCheck('22044000108'), ON).kind).toBe('BIN');
    expect(validateIinBin(withCheck('22045100108'), ON).kind).toBe('BIN');
    expect(validateIinBin(withCheck('22046300108'), ON).kind).toBe('BIN');
  });
});

describe('validateIinBin: IIN structure', () => {
  it('reads sex and century from the 7th digit', () => {
    const cases: Array<[string, string, 'M' | 'F']> = [
      ['1', '1885-06-15', 'M'],
      ['2', '1885-06-15', 'F'],
      ['3', '1985-06-15', 'M'],
      ['4', '1985-06-15', 'F'],
      ['5', '2085-06-15', 'M'],
      ['6', '2085-06-15', 'F'],
    ];
    for (const [digit, birthDate, sex] of cases) {
      const r = validateIinBin(iin('850615', digit), '2100-01-01');
      expect(r).toMatchObject({ valid: true, kind: 'IIN', birthDate, sex });
    }
  });

  it('rejects century digits 0, 7, 8 and 9', () => {
    for (const digit of ['0', '7', '8', '9']) {
      const first11 = findPrefix((p) => refCheckDigit(p) !== null, '850615' + digit);
      const r = validateIinBin(withCheck(first11), ON);
      expect(r).toMatchObject({ valid: false, reason: 'century', kind: 'IIN' });
      expect(r.sex).toBeUndefined();
    }
  });

  it('rejects impossible birth dates even with a matching check digit', () => {
    for (const yymmdd of ['900231', '901301', '900001', '900100', '900431', '010229']) {
      const first11 = findPrefix((p) => refCheckDigit(p) !== null, yymmdd + '3');
      expect(validateIinBin(withCheck(first11), ON)).toMatchObject({ valid: false, reason: 'birth_date' });
    }
  });

  it('accepts 29 February only in leap years, with the century from the 7th digit', () => {
    expect(validateIinBin(iin('000229', '5'), ON)).toMatchObject({ valid: true, birthDate: '2000-02-29' });
    expect(validateIinBin(iin('000229', '3'), ON)).toMatchObject({ valid: false, reason: 'birth_date' }); // 1900
    expect(validateIinBin(iin('960229', '4'), ON)).toMatchObject({
      valid: true,
      birthDate: '1996-02-29',
      sex: 'F',
    });
  });

  it('rejects a birth date after the date validated on', () => {
    expect(validateIinBin(iin('260111', '5'), ON)).toMatchObject({ valid: false, reason: 'birth_date' });
    expect(validateIinBin(iin('260110', '5'), ON)).toMatchObject({ valid: true, age: 0, minor: true });
  });

  it('reports the check digit before the structure', () => {
    const first11 = findPrefix((p) => refCheckDigit(p) !== null, '900231' + '3');
    expect(validateIinBin(wrongCheck(withCheck(first11)), ON).reason).toBe('check_digit');
  });

  it('still decodes the birth date when only the check digit is wrong', () => {
    const r = validateIinBin(wrongCheck(iin('900115', '4')), ON);
    expect(r).toMatchObject({ valid: false, reason: 'check_digit', birthDate: '1990-01-15', sex: 'F' });
  });
});

describe('validateIinBin: age and minor', () => {
  const number = iin('080315', '6'); // 2008-03-15, female

  it('is a minor on the day before the 18th birthday', () => {
    expect(validateIinBin(number, '2026-03-14')).toMatchObject({
      valid: true,
      age: 17,
      minor: true,
      sex: 'F',
    });
  });

  it('is an adult on the birthday and the day after', () => {
    expect(validateIinBin(number, '2026-03-15')).toMatchObject({ age: 18, minor: false });
    expect(validateIinBin(number, '2026-03-16')).toMatchObject({ age: 18, minor: false });
  });

  it('defaults to today in Almaty', () => {
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Almaty',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
    expect(validateIinBin('900115300122').age).toBe(ageOn('1990-01-15', today));
  });

  it('rejects a malformed date to validate on', () => {
    expect(() => validateIinBin('900115300122', '2026-02-30')).toThrow(RangeError);
    expect(() => validateIinBin('900115300122', '10.01.2026')).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('1990-01-15', '2026-01-14')).toBe(35);
    expect(ageOn('1990-01-15', '2026-01-15')).toBe(36);
    expect(ageOn('1990-01-15', '2026-01-16')).toBe(36);
    expect(ageOn('1990-12-31', '2026-01-01')).toBe(35);
  });

  it('lets a 29 February birthday count on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('validateIinBin: BIN structure', () => {
  it('reads the entity type and unit', () => {
    expect(validateIinBin(withCheck('22045100108'), ON)).toMatchObject({
      valid: true,
      entityType: 'non_resident',
      unit: 'branch',
    });
    expect(validateIinBin(withCheck('15126200108'), ON)).toMatchObject({
      valid: true,
      registered: '2015-12',
      entityType: 'joint_entrepreneur',
      unit: 'representative_office',
    });
    expect(validateIinBin(withCheck('07014300108'), ON)).toMatchObject({
      valid: true,
      unit: 'farm',
      registered: '2007-01',
    });
  });

  it('rejects month 00 and months above 12', () => {
    for (const prefix of ['2200400', '2213400', '2299400']) {
      const first11 = findPrefix((p) => refCheckDigit(p) !== null, prefix);
      const r = validateIinBin(withCheck(first11), ON);
      expect(r).toMatchObject({ valid: false, reason: 'bin_month', kind: 'BIN' });
      expect(r.registered).toBeUndefined();
    }
  });

  it('rejects unit digits above 3', () => {
    for (const unit of ['4', '5', '9']) {
      const first11 = findPrefix((p) => refCheckDigit(p) !== null, '22044' + unit + '0');
      const r = validateIinBin(withCheck(first11), ON);
      expect(r).toMatchObject({ valid: false, reason: 'bin_unit', kind: 'BIN', entityType: 'resident' });
      expect(r.unit).toBeUndefined();
    }
  });
});

describe('maskIin', () => {
  it('keeps the first 6 and the last digit', () => {
    expect(maskIin('900101300123')).toBe('900101\u2022\u2022\u2022\u2022\u20223');
    expect(maskIin('900115300122')).toBe('900115•••••2');
  });

  it('masks anything not 12 characters completely, keeping the length', () => {
    expect(maskIin('90011530012')).toBe('•'.repeat(11));
    expect(maskIin('9001153001222')).toBe('•'.repeat(13));
    expect(maskIin('')).toBe('');
  });
});
