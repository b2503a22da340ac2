// Password hashing with scrypt from node:crypto and a per-user random salt.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 10;
// N=2^15 costs ~50 ms here: slow for guessing, unnoticeable at login. maxmem must allow 128·N·r bytes.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEYLEN = 32;

function encode(salt: Buffer, hash: Buffer): string {
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/**
 * A well-formed hash with the same parameters as real ones and a hash no password produces:
 * checking a password against it costs exactly one scrypt run, so an unknown username takes as
 * long as a known one with a wrong password (the old dummy lacked a field and skipped scrypt).
 */
export const DUMMY_HASH = encode(Buffer.alloc(16), Buffer.alloc(KEYLEN));

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return encode(salt, scryptSync(password.normalize('NFC'), salt, KEYLEN, PARAMS));
}

export function verifyPassword(password: string, stored: string): boolean {
  const fields = stored.split('$');
  const wellFormed = fields.length === 6 && fields[0] === 'scrypt' && fields.every(Boolean);
  // A malformed stored hash still costs one scrypt run (on the dummy), then fails.
  const [, n, r, p, salt, hash] = wellFormed ? fields : DUMMY_HASH.split('$');
  const expected = Buffer.from(hash!, 'base64');
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt!, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return wellFormed && actual.length === expected.length && timingSafeEqual(actual, expected);
}
