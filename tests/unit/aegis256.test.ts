// The hand-written AEGIS-256 against the known-answer vectors of draft-irtf-cfrg-aegis-aead (test
// vectors 1, 2, 4 and the must-fail 6, 7, 9); the cross-check against pages SQLite3 Multiple Ciphers
// wrote is in tests/integration/file-format.test.ts.
import { describe, expect, it } from 'vitest';
import { aegis256Decrypt, aegis256Stream } from '../../electron/sql/aegis256';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const KEY = hex('1001000000000000000000000000000000000000000000000000000000000000');
const NONCE = hex('1000020000000000000000000000000000000000000000000000000000000000');

describe('AEGIS-256', () => {
  it('decrypts vector 1 (one block, no associated data) and its keystream is its ciphertext', () => {
    const ct = hex('754fc3d8c973246dcc6d741412a4b236');
    const tag = hex('1181a1d18091082bf0266f66297d167d 2e68b845f61a3b0527d31fc7b7b89f13');
    expect(aegis256Decrypt(ct, tag, NONCE, KEY)?.toString('hex')).toBe('0'.repeat(32));
    // The message is zeros, so the ciphertext is the keystream SQLite3MC derives page keys from.
    expect(aegis256Stream(16, NONCE, KEY).equals(ct)).toBe(true);
  });

  it('authenticates vector 2 (empty message)', () => {
    const tag = hex('6a348c930adbd654896e1666aad67de9 89ea75ebaa2b82fb588977b1ffec864a');
    expect(aegis256Decrypt(new Uint8Array(0), tag, NONCE, KEY)?.length).toBe(0);
  });

  it('decrypts vector 4 (a short last block, associated data)', () => {
    const ct = hex('f373079ed84b2709faee37358458');
    const tag = hex('8c1cc703c81281bee3f6d9966e14948b 4a175b2efbdc31e61a98b4465235c2d9');
    const ad = hex('0001020304050607');
    expect(aegis256Decrypt(ct, tag, NONCE, KEY, ad)?.toString('hex')).toBe('000102030405060708090a0b0c0d');
  });

  it('refuses vectors 6, 7 and 9: swapped key and nonce, a changed ciphertext bit, a changed tag bit', () => {
    const ct = hex('f373079ed84b2709faee37358458');
    const tag = hex('8c1cc703c81281bee3f6d9966e14948b 4a175b2efbdc31e61a98b4465235c2d9');
    const ad = hex('0001020304050607');
    expect(aegis256Decrypt(ct, tag, KEY, NONCE, ad)).toBeNull();
    expect(aegis256Decrypt(hex('f373079ed84b2709faee37358459'), tag, NONCE, KEY, ad)).toBeNull();
    const badTag = Buffer.from(tag);
    badTag[31]! ^= 0x03;
    expect(aegis256Decrypt(ct, badTag, NONCE, KEY, ad)).toBeNull();
  });
});
