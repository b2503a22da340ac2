import { describe, expect, it } from 'vitest';
import { decideAlert, MAX_PER_DAY, parseAlertLog, type AlertLog } from '../../renderer/src/app/due-alerts';

const day = '2026-12-03';

describe('due-date notifications', () => {
  it('tells once when requests fall due, not again for the same figures', () => {
    const first = decideAlert(null, { day, overdue: 0, dueToday: 2 });
    expect(first.notify).toEqual({ overdue: 0, dueToday: 2 });
    const again = decideAlert(first.log, { day, overdue: 0, dueToday: 2 });
    expect(again.notify).toBeNull();
  });

  it('says nothing when nothing is due', () => {
    expect(decideAlert(null, { day, overdue: 0, dueToday: 0 }).notify).toBeNull();
  });

  it('tells again when a request becomes overdue, at most a few times a day', () => {
    let log: AlertLog | null = null;
    let sent = 0;
    for (let overdue = 1; overdue <= 10; overdue++) {
      const d = decideAlert(log, { day, overdue, dueToday: 1 });
      if (d.notify) sent++;
      log = d.log;
    }
    expect(sent).toBe(MAX_PER_DAY);
  });

  it('starts afresh on a new day', () => {
    const spent: AlertLog = { day, sent: MAX_PER_DAY, overdue: 5, dueToday: 5 };
    expect(decideAlert(spent, { day: '2026-12-04', overdue: 5, dueToday: 1 }).notify).toEqual({
      overdue: 5,
      dueToday: 1,
    });
  });

  it('remembers falling figures, so a request coming back is news', () => {
    const a = decideAlert(null, { day, overdue: 1, dueToday: 0 });
    const b = decideAlert(a.log, { day, overdue: 0, dueToday: 0 });
    expect(b.notify).toBeNull();
    expect(decideAlert(b.log, { day, overdue: 1, dueToday: 0 }).notify).not.toBeNull();
  });

  it('ignores a damaged log', () => {
    expect(parseAlertLog('{not json')).toBeNull();
    expect(parseAlertLog('{"day":1}')).toBeNull();
    expect(parseAlertLog(JSON.stringify({ day, sent: 1, overdue: 2, dueToday: 3 }))).toEqual({
      day,
      sent: 1,
      overdue: 2,
      dueToday: 3,
    });
  });
});
