// Which links may leave the app for the system browser. A link in a letter or a record is data,
// not navigation: only the office's own central system and the app's help sources open, over
// https (plain http only for a central on this PC), never with credentials in the URL.
import { isLoopbackHost } from '../sync';

/** The law the desk implements (Law of the RK No. 94-V "On personal data and their protection"), linked from Help. */
export const HELP_URL = 'https://adilet.zan.kz/rus/docs/Z1300000094';
export const HELP_HOSTS: readonly string[] = ['adilet.zan.kz'];

export interface ExternalPolicy {
  /** The administrator's central system URL (sync settings), if set. */
  centralUrl: string | null;
  /** Extra help hosts from the machine config (helpHosts), e.g. the office's intranet wiki. */
  extraHosts?: readonly string[];
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export function isAllowedExternalUrl(raw: string, policy: ExternalPolicy): boolean {
  const u = parse(raw);
  if (!u || u.username || u.password || !u.hostname) return false;
  const central = policy.centralUrl ? parse(policy.centralUrl) : null;
  if (central && u.host.toLowerCase() === central.host.toLowerCase()) {
    if (u.protocol === 'https:') return true;
    return u.protocol === 'http:' && central.protocol === 'http:' && isLoopbackHost(u.hostname);
  }
  if (u.protocol !== 'https:') return false;
  const host = u.hostname.toLowerCase();
  return [...HELP_HOSTS, ...(policy.extraHosts ?? [])].some((h) => h.toLowerCase() === host);
}
