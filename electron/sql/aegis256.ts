// AEGIS-256 (draft-irtf-cfrg-aegis-aead), decryption side only, in plain TypeScript. Hand-written
// because neither Node's crypto nor a maintained npm package offers AEGIS, and the desk needs it
// outside SQLite in exactly two places: telling a wrong key from a damaged file (diagnose.ts) and
// the tests that read every page of a file as a key holder would. SQLite3 Multiple Ciphers does the
// real work in C; this code only ever reads, and a page it decrypts must also pass the 256-bit tag,
// so a slip here shows as "tag mismatch", never as wrong plaintext taken for right.

export const SBOX = buildSbox();

/** The AES S-box, derived (multiplicative inverse in GF(2^8), then the affine map) rather than typed in. */
function buildSbox(): Uint8Array {
  const box = new Uint8Array(256);
  const rotl = (x: number, n: number) => ((x << n) | (x >> (8 - n))) & 0xff;
  let p = 1;
  let q = 1;
  do {
    p = (p ^ (p << 1) ^ (p & 0x80 ? 0x1b : 0)) & 0xff; // p × 3
    q ^= q << 1; // q ÷ 3
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    box[p] = q ^ rotl(q, 1) ^ rotl(q, 2) ^ rotl(q, 3) ^ rotl(q, 4) ^ 0x63;
  } while (p !== 1);
  box[0] = 0x63;
  return box;
}

const xtime = (a: number) => ((a << 1) ^ (a & 0x80 ? 0x1b : 0)) & 0xff;

/** One AES encryption round (SubBytes, ShiftRows, MixColumns, then XOR with `rk`) into `out`. */
export function aesRound(out: Uint8Array, input: Uint8Array, rk: Uint8Array): void {
  for (let c = 0; c < 4; c++) {
    // ShiftRows: row r of column c comes from column c + r.
    const a0 = SBOX[input[4 * c]!]!;
    const a1 = SBOX[input[4 * ((c + 1) & 3) + 1]!]!;
    const a2 = SBOX[input[4 * ((c + 2) & 3) + 2]!]!;
    const a3 = SBOX[input[4 * ((c + 3) & 3) + 3]!]!;
    const all = a0 ^ a1 ^ a2 ^ a3;
    out[4 * c] = a0 ^ all ^ xtime(a0 ^ a1) ^ rk[4 * c]!;
    out[4 * c + 1] = a1 ^ all ^ xtime(a1 ^ a2) ^ rk[4 * c + 1]!;
    out[4 * c + 2] = a2 ^ all ^ xtime(a2 ^ a3) ^ rk[4 * c + 2]!;
    out[4 * c + 3] = a3 ^ all ^ xtime(a3 ^ a0) ^ rk[4 * c + 3]!;
  }
}

const C0 = Buffer.from('000101020305080d1522375990e97962', 'hex');
const C1 = Buffer.from('db3d18556dc22ff12011314273b528dd', 'hex');

function xor(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

/** The six 128-bit blocks of AEGIS-256's state. */
type Blocks = [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];

class State {
  private s: Uint8Array[];
  private next: Uint8Array[] = Array.from({ length: 6 }, () => new Uint8Array(16));

  constructor(key: Uint8Array, nonce: Uint8Array) {
    const k0 = key.subarray(0, 16);
    const k1 = key.subarray(16, 32);
    const n0 = nonce.subarray(0, 16);
    const n1 = nonce.subarray(16, 32);
    const k0n0 = xor(k0, n0);
    const k1n1 = xor(k1, n1);
    // Copies: the state's blocks are reused as scratch, the messages below must stay as they are.
    this.s = [
      Uint8Array.from(k0n0),
      Uint8Array.from(k1n1),
      Uint8Array.from(C1),
      Uint8Array.from(C0),
      xor(k0, C0),
      xor(k1, C1),
    ];
    for (let i = 0; i < 4; i++) {
      this.update(k0);
      this.update(k1);
      this.update(k0n0);
      this.update(k1n1);
    }
  }

  update(m: Uint8Array): void {
    const s = this.s;
    const t = this.next;
    aesRound(t[0]!, s[5]!, xor(s[0]!, m));
    for (let i = 1; i < 6; i++) aesRound(t[i]!, s[i - 1]!, s[i]!);
    // Swap the two sets of blocks rather than allocate: a page is ~270 updates.
    this.next = s;
    this.s = t;
  }

  /** The keystream block for the next message block: S1 ^ S4 ^ S5 ^ (S2 & S3). */
  keystream(out: Uint8Array): void {
    const [, s1, s2, s3, s4, s5] = this.s as Blocks;
    for (let i = 0; i < 16; i++) out[i] = s1[i]! ^ s4[i]! ^ s5[i]! ^ (s2[i]! & s3[i]!);
  }

  /** Decrypts `c` (any length) into `out`, absorbing the plaintext as the cipher does. */
  decrypt(out: Uint8Array, c: Uint8Array): void {
    const z = new Uint8Array(16);
    const block = new Uint8Array(16);
    for (let i = 0; i < c.length; i += 16) {
      const n = Math.min(16, c.length - i);
      this.keystream(z);
      block.fill(0);
      for (let j = 0; j < n; j++) block[j] = c[i + j]! ^ z[j]!;
      out.set(block.subarray(0, n), i);
      this.update(block); // a short last block is absorbed zero-padded
    }
  }

  /** The 256-bit tag over `adBytes` of associated data and `msgBytes` of message. */
  tag(adBytes: number, msgBytes: number): Buffer {
    const lengths = Buffer.alloc(16);
    lengths.writeBigUInt64LE(BigInt(adBytes) * 8n, 0);
    lengths.writeBigUInt64LE(BigInt(msgBytes) * 8n, 8);
    const t = xor(this.s[3]!, lengths);
    for (let i = 0; i < 7; i++) this.update(t);
    const [s0, s1, s2, s3, s4, s5] = this.s as Blocks;
    return Buffer.concat([xor(xor(s0, s1), s2), xor(xor(s3, s4), s5)]);
  }
}

/** `length` bytes of AEGIS-256 keystream: the encryption of zeros (libaegis' aegis256_stream). */
export function aegis256Stream(length: number, nonce: Uint8Array, key: Uint8Array): Buffer {
  const state = new State(key, nonce);
  const out = Buffer.alloc(Math.ceil(length / 16) * 16);
  const zero = new Uint8Array(16);
  for (let i = 0; i < out.length; i += 16) {
    state.keystream(out.subarray(i, i + 16));
    state.update(zero);
  }
  return out.subarray(0, length);
}

/** Decrypts and authenticates; null when the 32-byte tag does not match. */
export function aegis256Decrypt(
  ciphertext: Uint8Array,
  tag: Uint8Array,
  nonce: Uint8Array,
  key: Uint8Array,
  ad: Uint8Array = new Uint8Array(0),
): Buffer | null {
  const state = new State(key, nonce);
  for (let i = 0; i < ad.length; i += 16) {
    const block = new Uint8Array(16);
    block.set(ad.subarray(i, i + 16));
    state.update(block);
  }
  const plain = Buffer.alloc(ciphertext.length);
  state.decrypt(plain, ciphertext);
  return state.tag(ad.length, ciphertext.length).equals(tag) ? plain : null;
}
