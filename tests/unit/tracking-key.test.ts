// The key a barcode scanner sends is read as the tracking number's character whatever the layout.
import { describe, expect, it } from 'vitest';
import { trackingKeyChar } from '../../renderer/src/features/mailroom/keyboard';

const key = (
  k: string,
  code: string,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  key: k,
  code,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('trackingKeyChar', () => {
  it('keeps Latin letters and digits as typed', () => {
    expect(trackingKeyChar(key('R', 'KeyR'))).toBe('R');
    expect(trackingKeyChar(key('7', 'Digit7'))).toBe('7');
    expect(trackingKeyChar(key('3', 'Numpad3'))).toBe('3');
  });
  it('reads Cyrillic letters of a Russian or Kazakh layout by their key', () => {
    expect(trackingKeyChar(key('К', 'KeyR'))).toBe('R');
    expect(trackingKeyChar(key('я', 'KeyZ'))).toBe('Z');
    expect(trackingKeyChar(key('"', 'Digit2'))).toBe('2');
  });
  it('leaves Space, Enter, Tab and shortcuts alone', () => {
    expect(trackingKeyChar(key(' ', 'Space'))).toBeNull();
    expect(trackingKeyChar(key('Enter', 'Enter'))).toBeNull();
    expect(trackingKeyChar(key('Tab', 'Tab'))).toBeNull();
    expect(trackingKeyChar(key('r', 'KeyR', { ctrlKey: true }))).toBeNull();
    expect(trackingKeyChar(key('-', 'Minus'))).toBeNull();
  });
});
