// What the calendar screens share: where a year's data comes from (a pill), names and weekdays
// in the interface language, the years deadlines may need that have no data, the outcome of a
// save (which open requests' due dates moved) and the history of changes.
import { HeadTable } from '../../../app/HeadTable';
import { useTranslation } from 'react-i18next';
import type {
  CalendarSaveView,
  CalendarYearView,
  DataVersion,
} from '../../../../../common/contract/requests';
import type { LocalizedText } from '../../../../../common/deadlines/calendar-schema';
import type { ErrorPayload } from '../../../../../common/errors';
import { href } from '../../../app/router';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { OFFICE_TIME_ZONE, formatDateTime } from '../../../format/dates';
import { formatDay } from '../../requests';

export type Origin = CalendarYearView['origin'] | DataVersion['origin'];
export const LANGS = ['kk', 'ru', 'en'] as const;

export function OriginPill({ origin }: { origin: Origin }) {
  const { t } = useTranslation();
  const text =
    origin === 'shipped'
      ? t('calendarAdmin.origin.shipped')
      : origin === 'edit'
        ? t('calendarAdmin.origin.edit')
        : origin === 'import'
          ? t('calendarAdmin.origin.import')
          : origin === 'reset'
            ? t('calendarAdmin.origin.reset')
            : t('calendarAdmin.origin.missing');
  const tone =
    origin === 'missing' ? 'pill-bad' : origin === 'shipped' || origin === 'reset' ? 'pill-idle' : 'pill-ok';
  return <span className={`pill ${tone}`}>{text}</span>;
}

/** The localized name in the interface language (falling back to Russian). */
export function nameIn(text: LocalizedText, lng: string): string {
  return lng === 'kk' ? text.kk : lng === 'en' ? text.en : text.ru;
}

/** The weekday of a calendar day, in the interface language (Almaty noon: no time zone moves it). */
export function weekday(day: string, lng: string): string {
  const locale = lng === 'kk' ? 'kk-KZ' : lng === 'en' ? 'en-GB' : 'ru-RU';
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: OFFICE_TIME_ZONE }).format(
    new Date(`${day}T12:00:00+05:00`),
  );
}

/** The years deadlines may reach now: this one and the next (a December request is due in January). */
export function missingYears(years: CalendarYearView[], today: string): number[] {
  const have = new Set(years.filter((y) => y.origin !== 'missing').map((y) => y.year));
  const thisYear = Number(today.slice(0, 4));
  const wanted = new Set([thisYear, thisYear + 1]);
  const loaded = [...have].sort((a, b) => a - b);
  if (loaded.length) for (let y = loaded[0]!; y <= loaded[loaded.length - 1]!; y++) wanted.add(y);
  return [...wanted].filter((y) => !have.has(y)).sort((a, b) => a - b);
}

export function SaveOutcome({
  result,
}: {
  result: CalendarSaveView | { recomputed: CalendarSaveView['recomputed']; version: number | null };
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const version = 'year' in result ? result.year.version : result.version;
  const moved = result.recomputed.changed;
  return (
    <div className="alert alert-ok" role="status" data-testid="save-outcome">
      <p>
        {'year' in result
          ? t('calendarAdmin.savedYear', { year: result.year.year, version: version ?? '—' })
          : t('rulesAdmin.saved', { version: version ?? '—' })}{' '}
        {t('calendarAdmin.recomputed', { count: result.recomputed.checked, moved: moved.length })}
      </p>
      {moved.length > 0 && (
        <ul className="admin-moved">
          {moved.map((m) => (
            <li key={m.id}>
              <a href={href('requests', m.id)}>{m.id}</a>:{' '}
              {t('calendarAdmin.movedDue', {
                from: formatDay(m.due.from, lng),
                to: formatDay(m.due.to, lng),
                sfrom: formatDay(m.statutoryDue.from, lng),
                sto: formatDay(m.statutoryDue.to, lng),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function History({
  rows,
  error,
  showYear,
}: {
  rows: Array<DataVersion & { year?: number }> | undefined;
  error: ErrorPayload | undefined;
  showYear?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (error) return <ErrorMessage error={error} />;
  if (!rows) return <p className="muted">{t('common.loading')}</p>;
  if (rows.length === 0) return <p className="muted">{t('calendarAdmin.noHistory')}</p>;
  return (
    <HeadTable
      className="data-table"
      data-testid="data-history"
      head={[
        showYear && t('calendarAdmin.year'),
        { label: t('calendarAdmin.version'), className: 'num' },
        t('calendarAdmin.change'),
        t('calendarAdmin.savedAt'),
        t('calendarAdmin.savedBy'),
        'SHA-256',
      ]}
    >
      {rows.map((h) => (
        <tr key={`${h.year ?? ''}-${h.version}`}>
          {showYear && <td>{h.year}</td>}
          <td className="num">{h.version}</td>
          <td>
            <OriginPill origin={h.origin} />
          </td>
          <td>{formatDateTime(h.savedAt, i18n.language)}</td>
          <td>{h.savedBy}</td>
          <td>
            <code title={h.sha256 ?? ''}>{h.sha256 ? h.sha256.slice(0, 12) : '—'}</code>
          </td>
        </tr>
      ))}
    </HeadTable>
  );
}

// ---------------------------------------------------------------------------------------------
// One year.

/** The three lists of a calendar year. */
export type ListName = 'holidays' | 'extraDaysOff' | 'extraWorkingDays';
