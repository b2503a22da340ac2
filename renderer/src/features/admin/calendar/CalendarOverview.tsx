// The years in force: where each comes from, the years deadlines may need that have no data,
// opening another year, importing a file, and the history of every change.
import { HeadTable } from '../../../app/HeadTable';
import { useState } from 'react';
import { InputField } from '../../../ui/controls';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../../api/hooks';
import { href, navigate } from '../../../app/router';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { almatyDay, formatDateTime } from '../../../format/dates';
import { AdminPage } from '../AdminPage';
import { CalendarImport } from './CalendarImport';
import { History, missingYears, OriginPill } from './common';

// ---------------------------------------------------------------------------------------------
// The years in force.

export function CalendarOverview() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const years = useCall('calendar.years', {});
  const history = useCall('calendar.history', {});
  const today = almatyDay();
  const missing = years.data ? missingYears(years.data, today) : [];

  const reload = () => {
    years.reload();
    history.reload();
  };

  return (
    <AdminPage title={t('calendarAdmin.title')} lead={t('calendarAdmin.lead')} requires="calendar.put">
      {missing.length > 0 && (
        <div className="alert alert-warn" role="alert" data-testid="calendar-missing">
          <p>{t('calendarAdmin.missing', { years: missing.join(', ') })}</p>
          <p>
            {missing.map((y) => (
              <a key={y} className="admin-inline-link" href={href('settings', 'calendar', String(y))}>
                {t('calendarAdmin.enterYear', { year: y })}
              </a>
            ))}
          </p>
        </div>
      )}
      <section className="card" aria-labelledby="cal-years">
        <h2 id="cal-years">{t('calendarAdmin.years')}</h2>
        {years.error && <ErrorMessage error={years.error} />}
        {years.data && (
          <HeadTable
            className="data-table"
            data-testid="calendar-years"
            head={[
              t('calendarAdmin.year'),
              t('calendarAdmin.source'),
              { label: t('calendarAdmin.version'), className: 'num' },
              { label: t('calendarAdmin.workingDays'), className: 'num' },
              { label: t('calendarAdmin.offWeekdays'), className: 'num' },
              t('calendarAdmin.saved'),
              { label: <span className="admin-vh">{t('calendarAdmin.open')}</span> },
            ]}
          >
            {years.data.map((y) => (
              <tr key={y.year} data-year={y.year}>
                <th scope="row">{y.year}</th>
                <td>
                  <OriginPill origin={y.origin} />
                </td>
                <td className="num">{y.version ?? '—'}</td>
                <td className="num">{y.workingDays ?? '—'}</td>
                <td className="num">{y.origin === 'missing' ? '—' : y.nonWorkingWeekdays.length}</td>
                <td>
                  {y.savedAt ? (
                    <span className="cell-sub">
                      {formatDateTime(y.savedAt, lng)} · {y.savedBy}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="cell-actions">
                  <a className="button button-small" href={href('settings', 'calendar', String(y.year))}>
                    {t('calendarAdmin.edit', { year: y.year })}
                  </a>
                </td>
              </tr>
            ))}
          </HeadTable>
        )}
        <OpenYearForm initial={String(Number(today.slice(0, 4)) + 1)} />
      </section>

      <CalendarImport onImported={reload} />

      <section className="card" aria-labelledby="cal-history">
        <h2 id="cal-history">{t('calendarAdmin.history')}</h2>
        <History rows={history.data} error={history.error} showYear />
      </section>
    </AdminPage>
  );
}

/** Opening a year that is not in the list (2000–2100). */
function OpenYearForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const [add, setAdd] = useState(initial);
  return (
    <form
      className="form-inline admin-add-year"
      onSubmit={(e) => {
        e.preventDefault();
        if (/^\d{4}$/.test(add) && Number(add) >= 2000 && Number(add) <= 2100)
          navigate('settings', 'calendar', add);
      }}
    >
      <InputField
        fieldClassName="field-short"
        label={t('calendarAdmin.otherYear')}
        type="number"
        min={2000}
        max={2100}
        inputMode="numeric"
        value={add}
        onChange={setAdd}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('calendarAdmin.openYear')}
        </button>
      </div>
    </form>
  );
}
