import { describe, expect, it } from 'vitest';
import { fullJitter, parseRetryAfter, retryDelay, sleep, SyncAborted } from '../../electron/sync/backoff';
import { measureSkew } from '../../electron/sync/client';
import { classifyFetchError, classifyHttpStatus } from '../../electron/sync/errors';

describe('backoff with full jitter', () => {
  const o = { baseMs: 100, maxMs: 1000 };
  it('draws uniformly below min(max, base * 2^attempt)', () => {
    expect(fullJitter(0, o, () => 0)).toBe(0);
    expect(fullJitter(0, o, () => 0.999999)).toBe(99);
    expect(fullJitter(3, o, () => 0.5)).toBe(400);
    expect(fullJitter(10, o, () => 0.999999)).toBe(999);
    expect(fullJitter(1000, o, () => 0.5)).toBe(500); // no overflow for huge attempt numbers
  });

  it('reads Retry-After as seconds or an HTTP date, and treats it as a floor with a cap', () => {
    const now = Date.parse('2026-03-03T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Tue, 03 Mar 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 03 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(retryDelay(0, o, 3000, { random: () => 0.5 })).toBe(3000);
    expect(retryDelay(5, o, 10, { random: () => 0.5 })).toBe(500);
    expect(retryDelay(0, o, 3_600_000, { random: () => 0, maxRetryAfterMs: 60_000 })).toBe(60_000);
  });

  it('sleep stops at once when aborted', async () => {
    const ac = new AbortController();
    const p = sleep(60_000, ac.signal);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(SyncAborted);
  });
});

describe('classifying failures for the status bar', () => {
  const nodeError = (code: string) =>
    Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

  it('maps Node (undici) network errors', () => {
    expect(classifyFetchError(nodeError('ECONNREFUSED'))).toMatchObject({
      kind: 'unreachable',
      code: 'ECONNREFUSED',
      retryable: true,
    });
    expect(classifyFetchError(nodeError('ENOTFOUND'))).toMatchObject({
      kind: 'unreachable',
      code: 'ENOTFOUND',
    });
    expect(classifyFetchError(nodeError('UND_ERR_SOCKET'))).toMatchObject({ kind: 'unreachable' });
    expect(classifyFetchError(nodeError('DEPTH_ZERO_SELF_SIGNED_CERT'))).toMatchObject({
      kind: 'cert_untrusted',
      retryable: false,
    });
    expect(classifyFetchError(nodeError('CERT_HAS_EXPIRED'))).toMatchObject({ kind: 'cert_untrusted' });
    expect(classifyFetchError(nodeError('ERR_TLS_CERT_ALTNAME_INVALID'))).toMatchObject({
      kind: 'cert_untrusted',
    });
    expect(classifyFetchError(new DOMException('timed out', 'TimeoutError'))).toMatchObject({
      kind: 'unreachable',
      code: 'timeout',
    });
  });

  it("maps Electron's net.fetch (Chromium net::ERR_…) errors", () => {
    expect(classifyFetchError(new Error('net::ERR_CERT_AUTHORITY_INVALID'))).toMatchObject({
      kind: 'cert_untrusted',
      code: 'ERR_CERT_AUTHORITY_INVALID',
    });
    expect(classifyFetchError(new Error('net::ERR_CERT_DATE_INVALID'))).toMatchObject({
      kind: 'cert_untrusted',
    });
    expect(classifyFetchError(new Error('net::ERR_CONNECTION_REFUSED'))).toMatchObject({
      kind: 'unreachable',
      code: 'ERR_CONNECTION_REFUSED',
    });
    expect(classifyFetchError(new Error('net::ERR_NAME_NOT_RESOLVED'))).toMatchObject({
      kind: 'unreachable',
    });
    expect(classifyFetchError(new Error('net::ERR_TIMED_OUT'))).toMatchObject({
      kind: 'unreachable',
      code: 'timeout',
    });
    expect(classifyFetchError(new Error('net::ERR_INTERNET_DISCONNECTED'))).toMatchObject({
      kind: 'offline',
    });
    expect(classifyFetchError(new Error('net::ERR_PROXY_CONNECTION_FAILED'))).toMatchObject({
      kind: 'unreachable',
    });
  });

  it('maps HTTP statuses', () => {
    expect(classifyHttpStatus(401)).toMatchObject({ kind: 'unauthorized', retryable: false });
    expect(classifyHttpStatus(403)).toMatchObject({ kind: 'unauthorized', retryable: false });
    expect(classifyHttpStatus(500)).toMatchObject({ kind: 'server_error', retryable: true });
    expect(classifyHttpStatus(503, 2000)).toMatchObject({
      kind: 'server_error',
      retryable: true,
      retryAfterMs: 2000,
    });
    expect(classifyHttpStatus(429)).toMatchObject({ kind: 'server_error', retryable: true });
    expect(classifyHttpStatus(400)).toMatchObject({ kind: 'server_error', retryable: false });
  });

  it('measures skew against the middle of the exchange and of the Date second', () => {
    const t = Date.parse('2026-03-03T10:00:00Z');
    expect(measureSkew('Tue, 03 Mar 2026 10:10:00 GMT', t - 100, t + 100)).toBe(600_500);
    expect(measureSkew(null, t, t)).toBeNull();
    expect(measureSkew('garbage', t, t)).toBeNull();
  });
});
