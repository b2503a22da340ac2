// One long-date formatter for the whole app: letters and the interface (status bar, lists) write a
// calendar date the same way. Kazakh puts the year first and declines the month by its role in the
// sentence: «2026 жылғы 20 наурыз» (a heading), «2026 жылғы 20 наурызда келіп түскен» (on that day),
// «2026 жылғы 18 қарашадағы № 27-02/555 хат» (of that day), «2026 жылғы 4 желтоқсанға дейін» (until).
// Russian and English dates read the same in every role: «20 марта 2026 г.», «20 March 2026».
export type DateLang = 'kk' | 'ru' | 'en';

/**
 * nom: as is; loc: «…наурызда» (on); attr: «…наурыздағы» (of); dat: «…наурызға» (until: «дейін»);
 * abl: «…наурыздан» (from: «бастап»).
 */
export const DATE_FORMS = ['nom', 'loc', 'attr', 'dat', 'abl'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

const MONTHS: Record<DateLang, readonly string[]> = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  // Genitive, as dates are written: «25 ноября 2026 г.»
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * Kazakh case endings of each month name, fixed by vowel harmony (back а/ы, front е/і) and the
 * last sound (voiceless к takes -те/-ке). Written out, not computed: twelve words, no guessing.
 */
const KK_FORMS: Record<Exclude<DateForm, 'nom'>, readonly string[]> = {
  loc: [
    'қаңтарда',
    'ақпанда',
    'наурызда',
    'сәуірде',
    'мамырда',
    'маусымда',
    'шілдеде',
    'тамызда',
    'қыркүйекте',
    'қазанда',
    'қарашада',
    'желтоқсанда',
  ],
  attr: [
    'қаңтардағы',
    'ақпандағы',
    'наурыздағы',
    'сәуірдегі',
    'мамырдағы',
    'маусымдағы',
    'шілдедегі',
    'тамыздағы',
    'қыркүйектегі',
    'қазандағы',
    'қарашадағы',
    'желтоқсандағы',
  ],
  abl: [
    'қаңтардан',
    'ақпаннан',
    'наурыздан',
    'сәуірден',
    'мамырдан',
    'маусымнан',
    'шілдеден',
    'тамыздан',
    'қыркүйектен',
    'қазаннан',
    'қарашадан',
    'желтоқсаннан',
  ],
  dat: [
    'қаңтарға',
    'ақпанға',
    'наурызға',
    'сәуірге',
    'мамырға',
    'маусымға',
    'шілдеге',
    'тамызға',
    'қыркүйекке',
    'қазанға',
    'қарашаға',
    'желтоқсанға',
  ],
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** «2026 жылғы 20 наурызда», «20 марта 2026 г.», «20 March 2026» from YYYY-MM-DD. */
export function formatLongCalendarDate(isoDate: string, lang: DateLang, form: DateForm = 'nom'): string {
  const m = DATE_RE.exec(isoDate);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const month = MONTHS[lang][mo - 1];
  if (!month || d < 1 || d > 31) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  switch (lang) {
    case 'kk':
      return `${y} жылғы ${d} ${form === 'nom' ? month : KK_FORMS[form][mo - 1]}`;
    case 'ru':
      return `${d} ${month} ${y} г.`;
    case 'en':
      return `${d} ${month} ${y}`;
  }
}
