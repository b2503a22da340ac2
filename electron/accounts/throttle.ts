// Sign-in throttling, in memory: failures per source (the transport's address) and per username
// that has no account, and a cap on how many sign-in failures a source may add to the audit log
// per minute. Failures of real accounts are kept in the users table (the administrator sees them).
//
// Why a throttle and not a lock: a lock that anyone may trigger lets anyone keep the administrator
// out for good. Here each pause is short and bounded (1, 2, 4, then 5 minutes at most), attempts
// made during a pause are refused without checking the password and do not lengthen it, so a
// guesser gets one try per pause while the account's owner waits at most five minutes.

export const FREE_FAILURES = 5;
export const SOURCE_FREE_FAILURES = 10;
export const AUDIT_ROWS_PER_MINUTE = 10;
const BASE_PAUSE_MS = 60_000;
const ACCOUNT_MAX_PAUSE_MS = 5 * 60_000;
const SOURCE_MAX_PAUSE_MS = 15 * 60_000;
/** A source's failures are forgotten after this long without a new one. */
const SOURCE_FORGET_MS = 15 * 60_000;
const AUDIT_WINDOW_MS = 60_000;
/** Bounds memory whatever an attacker sends: the oldest entries are dropped first. */
const MAX_ENTRIES = 10_000;

export interface FailureState {
  failures: number;
  /** Epoch ms until which attempts are refused unchecked; 0 when not paused. */
  until: number;
}

/** The pause after `failures` consecutive failures: none for the first free ones, then doubling. */
export function pauseAfter(failures: number, free: number, maxMs: number): number {
  if (failures < free) return 0;
  return Math.min(BASE_PAUSE_MS * 2 ** Math.min(failures - free, 20), maxMs);
}

export function accountPause(failures: number): number {
  return pauseAfter(failures, FREE_FAILURES, ACCOUNT_MAX_PAUSE_MS);
}

export interface AuditSummary {
  source: string;
  count: number;
  from: number;
  to: number;
}

interface SourceState extends FailureState {
  lastAt: number;
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}

export class SignInGuard {
  private readonly unknownUsers = new Map<string, FailureState>();
  private readonly sources = new Map<string, SourceState>();
  private readonly auditWindows = new Map<
    string,
    { start: number; written: number; suppressed: number; last: number }
  >();

  /** Usernames with no account are counted like real ones, so a pause does not reveal which exist. */
  unknownUser(username: string): FailureState {
    return this.unknownUsers.get(username.toLowerCase()) ?? { failures: 0, until: 0 };
  }

  setUnknownUser(username: string, state: FailureState): void {
    remember(this.unknownUsers, username.toLowerCase(), state);
  }

  /** Until when a source is paused (0: not paused). */
  sourceUntil(source: string, now: number): number {
    const s = this.sources.get(source);
    return s && s.until > now ? s.until : 0;
  }

  recordSourceFailure(source: string, now: number): void {
    const prev = this.sources.get(source);
    const failures = prev && now - prev.lastAt < SOURCE_FORGET_MS ? prev.failures + 1 : 1;
    const pause = pauseAfter(failures, SOURCE_FREE_FAILURES, SOURCE_MAX_PAUSE_MS);
    remember(this.sources, source, { failures, until: pause ? now + pause : 0, lastAt: now });
  }

  /**
   * Whether one more failure row from this source may go into the audit log now. Past the cap the
   * attempt is only counted, and one summary row says how many there were (takeSummaries).
   */
  admitAuditRow(source: string, now: number): boolean {
    let w = this.auditWindows.get(source);
    if (!w || now - w.start >= AUDIT_WINDOW_MS) {
      w = { start: now, written: 0, suppressed: 0, last: now };
      remember(this.auditWindows, source, w);
    }
    w.last = now;
    if (w.written < AUDIT_ROWS_PER_MINUTE) {
      w.written++;
      return true;
    }
    w.suppressed++;
    return false;
  }

  /** Summaries of the windows that have ended (all of them when the database closes). */
  takeSummaries(now: number, all = false): AuditSummary[] {
    const out: AuditSummary[] = [];
    for (const [source, w] of this.auditWindows) {
      if (!all && now - w.start < AUDIT_WINDOW_MS) continue;
      this.auditWindows.delete(source);
      if (w.suppressed > 0) out.push({ source, count: w.suppressed, from: w.start, to: w.last });
    }
    return out;
  }
}
