// Data the app ships in resources/ (calendar, deadline rules), loaded once and cached.
import path from 'node:path';
import { loadCalendarDir, resourcesDir } from '../core/calendar';

let years: number[] | null = null;

export function loadCalendarYears(): number[] {
  if (!years)
    years = loadCalendarDir(path.join(resourcesDir(), 'calendar'))
      .map((y) => y.year)
      .sort();
  return years;
}
