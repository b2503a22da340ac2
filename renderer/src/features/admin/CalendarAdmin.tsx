// Settings → working-day calendar (administrators). #/settings/calendar: the years in force, where
// each comes from (the shipped file, an edit, an
import { CalendarOverview } from './calendar/CalendarOverview';
import { CalendarYearEditor } from './calendar/CalendarYearEditor';

export { History, SaveOutcome } from './calendar/common';

export function CalendarAdmin({ param }: { param: string | undefined }) {
  const year = param && /^\d{4}$/.test(param) ? Number(param) : null;
  return year === null ? <CalendarOverview /> : <CalendarYearEditor key={year} year={year} />;
}
