// Every date the app shows is in Asia/Almaty (the office's legal clock: deadlines count from the
// day of receipt in Almaty), whatever the computer's own time zone, in the interface language.
import { format, type Locale } from 'date-fns';
import { almatyDay, inAlmaty, type DateInput } from '../../../common/time/almaty';
import { enGB } from 'date-fns/locale/en-GB';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import { formatLongCalendarDate } from '../../../common/dates/long-date';

// The Almaty clock is common/time/almaty.ts (shared with the core); this module formats.
export { OFFICE_TIME_ZONE, almatyDay, inAlmaty, type DateInput } from '../../../common/time/almaty';

export type DateLanguage = 'kk' | 'ru' | 'en';

const LOCALES: Record<DateLanguage, Locale> = { kk, ru, en: enGB };

/** Patterns per language. Kazakh office style puts the year first: «2025 жылғы 6 маусым». */
const PATTERNS: Record<DateLanguage, { longWeekday: string; short: string; time: string }> = {
  kk: {
    longWeekday: "yyyy 'жылғы' d MMMM, EEEE",
    short: 'dd.MM.yyyy',
    time: 'HH:mm',
  },
  ru: { longWeekday: "EEEE, d MMMM yyyy 'г.'", short: 'dd.MM.yyyy', time: 'HH:mm' },
  en: { longWeekday: 'EEEE, d MMMM yyyy', short: 'dd.MM.yyyy', time: 'HH:mm' },
};

function lang(l: string): DateLanguage {
  return l === 'kk' || l === 'en' ? l : 'ru';
}

function fmt(
  value: DateInput,
  language: string,
  pick: (p: (typeof PATTERNS)[DateLanguage]) => string,
): string {
  const d = inAlmaty(value);
  if (!d) return '';
  const l = lang(language);
  return format(d, pick(PATTERNS[l]), { locale: LOCALES[l] });
}

/** 06.06.2025 */
export const formatDate = (v: DateInput, language: string) => fmt(v, language, (p) => p.short);
/** 06.06.2025 14:05 */
export const formatDateTime = (v: DateInput, language: string) =>
  fmt(v, language, (p) => `${p.short} ${p.time}`);
/** 14:05 */
export const formatTime = (v: DateInput, language: string) => fmt(v, language, (p) => p.time);
/** 6 июня 2025 г. · 2025 жылғы 6 маусым · 6 June 2025 */
// The same formatter the letters use, so a date reads alike on screen and on paper.
export const formatLongDate = (v: DateInput, language: string) => {
  const day = almatyDay(v);
  return day ? formatLongCalendarDate(day, lang(language)) : '';
};
/** пятница, 6 июня 2025 г. · 2025 жылғы 6 маусым, жұма · Friday, 6 June 2025 */
export const formatLongDateWeekday = (v: DateInput, language: string) =>
  capitalize(fmt(v, language, (p) => p.longWeekday));

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
