// Which central URLs the desk will talk to. The outbox carries personal data and the bearer token
// goes with every request, so plain http:// is refused unless the address is this PC itself
// (a local test central, a TLS-terminating proxy on loopback).
export type CentralUrlProblem = 'bad_url' | 'credentials_in_url' | 'plain_http';

/** localhost, 127.0.0.0/8 and ::1; a name that merely resolves to loopback is not trusted. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1') return true;
  const v4 = h.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  return Boolean(v4 && Number(v4[1]) === 127 && v4.slice(2).every((n) => Number(n) <= 255));
}

export function centralUrlProblem(raw: string): CentralUrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'bad_url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'bad_url';
  if (!url.hostname) return 'bad_url';
  if (url.username || url.password) return 'credentials_in_url';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'plain_http';
  return null;
}
