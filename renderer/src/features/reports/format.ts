// The reports page's periods (Almaty dates: this month, last month, this year) and its numbers in
// the interface language.
function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

function shiftMonth(day: string, by: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 10);
}

function lastDayOfMonth(first: string): string {
  const next = shiftMonth(first, 1);
  const d = new Date(`${next}T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/** The period presets: this month, last month, this year. */
export function presets(today: string) {
  const lastMonth = shiftMonth(monthStart(today), -1);
  return {
    month: { from: monthStart(today), to: today },
    lastMonth: { from: lastMonth, to: lastDayOfMonth(lastMonth) },
    year: { from: `${today.slice(0, 4)}-01-01`, to: today },
  };
}

function locale(lng: string): string {
  return lng === 'kk' ? 'kk-KZ' : lng === 'en' ? 'en-GB' : 'ru-RU';
}

export function percent(rate: number | null, lng: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(locale(lng), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function number(n: number, lng: string): string {
  return new Intl.NumberFormat(locale(lng), { maximumFractionDigits: 1 }).format(n);
}
