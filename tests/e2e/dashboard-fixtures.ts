// Requests for the dashboard, list, report and admin-data tests, made through the API with receipt
// times relative to today in Almaty (the core's clock), so the tests hold on any date.
import { expect, type Desk } from './fixtures';

interface Day {
  date: string;
  working: boolean;
}

export function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** Today in Almaty (the core's clock) and the working days around it; a non-working today is made a working day. */
export async function workingToday(desk: Desk): Promise<{ today: string; previous: string; days: Day[] }> {
  const s = desk.adminSession;
  const { today } = await desk.value<{ today: string }>('requests.list', { limit: 1 }, s);
  const load = () =>
    desk
      .value<{ days: Day[] }>('calendar.days', { from: shiftDay(today, -20), to: today }, s)
      .then((r) => r.days);
  let days = await load();
  if (!days[days.length - 1]!.working) {
    // Nothing is due on a day off: make today a working day in this test's calendar.
    const year = Number(today.slice(0, 4));
    const cal = await desk.value<{ data: Record<string, unknown[]> | null }>('calendar.get', { year }, s);
    const data = (cal.data ?? {
      year,
      holidays: [],
      extraDaysOff: [],
      extraWorkingDays: [],
      source: 'e2e',
    }) as {
      holidays: Array<{ date: string }>;
      extraDaysOff: Array<{ date: string }>;
      extraWorkingDays: Array<{ date: string; reason?: Record<string, string> }>;
    };
    data.holidays = data.holidays.filter((h) => h.date !== today);
    data.extraDaysOff = data.extraDaysOff.filter((h) => h.date !== today);
    data.extraWorkingDays.push({ date: today, reason: { kk: 'Тест', ru: 'Тест', en: 'Test' } });
    await desk.value('calendar.put', { year, data }, s);
    days = await load();
    expect(days[days.length - 1]!.working).toBe(true);
  }
  const previous = [...days].reverse().find((d) => d.working && d.date < today)!.date;
  return { today, previous, days };
}

let seq = 0;

/** Registers an incoming letter at an Almaty date and time (null: now); returns its Вх. №. */
export async function letter(
  desk: Desk,
  day: string | null,
  type: string,
  time = '10:00',
): Promise<{ id: number; incomingNo: string }> {
  seq += 1;
  return desk.value(
    'intake.create',
    {
      ...(day ? { receivedAt: `${day}T${time}:00+05:00` } : {}),
      channel: 'by_hand',
      sender: { kind: 'person', name: `Тест Жіберуші ${seq}`, address: `Алматы қ., Абай даңғылы ${seq}` },
      documentType: type,
      language: 'ru',
      summary: `Обращение ${seq}`,
    },
    desk.adminSession,
  );
}

/** Opens a request from a registered letter. */
export async function openRequest(
  desk: Desk,
  incomingNo: string,
  type: string,
  subject: { name: string; iin?: string },
): Promise<{ id: string; due: string }> {
  return desk.value(
    'requests.open',
    {
      type,
      letters: [incomingNo],
      requesterRole: 'subject',
      subject: { ...subject, address: `Алматы қ., ${subject.name}` },
      confirmDuplicates: true,
    },
    desk.adminSession,
  );
}
