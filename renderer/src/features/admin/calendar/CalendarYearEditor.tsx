// One year's holidays, extra days off and extra working days, each with its name in Kazakh,
// Russian and English, edited and saved as a new version — the due dates of open requests follow,
// and the screen says which moved — or reset to the shipped file.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSaveView } from '../../../../../common/contract/requests';
import type { CalendarYear, DayTransfer, Holiday } from '../../../../../common/deadlines/calendar-schema';
import type { ErrorPayload } from '../../../../../common/errors';
import { api, toPayload } from '../../../api/client';
import { useCall } from '../../../api/hooks';
import { href } from '../../../app/router';
import { useAuth } from '../../../auth/context';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { formatDateTime } from '../../../format/dates';
import { downloadText } from '../../audit';
import { formatDay } from '../../requests';
import { AdminPage } from '../AdminPage';
import { DataProblems } from '../Problems';
import { ProvisionalHolidays } from '../ProvisionalHolidays';
import { CalendarImport } from './CalendarImport';
import { History, OriginPill, SaveOutcome, type ListName } from './common';
import { EntryList } from './EntryList';

function emptyYear(year: number): CalendarYear {
  return { year, holidays: [], extraDaysOff: [], extraWorkingDays: [], source: '' };
}

function byDate<T extends { date: string }>(a: T, b: T): number {
  return a.date.localeCompare(b.date);
}

/** The year as saved and the draft being edited, with saving and resetting to the shipped file. */
function useYearDraft(year: number) {
  const cal = useCall('calendar.get', { year });
  const hist = useCall('calendar.history', { year });
  const [draft, setDraft] = useState<CalendarYear | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [saved, setSaved] = useState<CalendarSaveView | null>(null);

  const base = useMemo(() => (cal.data ? (cal.data.data ?? emptyYear(year)) : null), [cal.data, year]);
  useEffect(() => {
    if (base) setDraft(structuredClone(base));
  }, [base]);
  const dirty = draft !== null && base !== null && JSON.stringify(draft) !== JSON.stringify(base);

  const reloadAll = () => {
    cal.reload();
    hist.reload();
  };
  const update = (list: ListName, entries: Array<Holiday | DayTransfer>) =>
    setDraft((d) => (d ? ({ ...d, [list]: [...entries].sort(byDate) } as CalendarYear) : d));

  /** Saving or resetting: the outcome (which due dates moved) or the core's problems. */
  const write = async (call: () => Promise<CalendarSaveView>) => {
    setSaving(true);
    setError(undefined);
    setSaved(null);
    try {
      setSaved(await call());
      reloadAll();
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setSaving(false);
    }
  };
  const save = () =>
    draft && write(() => api.call('calendar.put', { year, data: { ...draft, source: draft.source.trim() } }));
  const reset = () => write(() => api.call('calendar.reset', { year }));
  const discard = () => base && setDraft(structuredClone(base));

  return { cal, hist, draft, setDraft, dirty, saving, error, saved, reloadAll, update, save, reset, discard };
}

type YearDraft = ReturnType<typeof useYearDraft>;

export function CalendarYearEditor({ year }: { year: number }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const y = useYearDraft(year);
  const { cal, hist, draft, update } = y;
  const mayEdit = can('calendar.put');
  const info = cal.data;

  return (
    <AdminPage
      title={t('calendarAdmin.yearTitle', { year })}
      lead={t('calendarAdmin.yearLead')}
      requires="calendar.put"
      back={href('settings', 'calendar')}
      backLabel={t('calendarAdmin.allYears')}
      wide
    >
      {cal.error && <ErrorMessage error={cal.error} />}
      {info && draft && (
        <>
          <YearFacts year={year} info={info} />
          <ProvisionalHolidays
            draft={draft}
            readOnly={!mayEdit}
            onEnter={(h) => update('holidays', [...draft.holidays, h])}
          />
          {LISTS.map(([list, title, hint]) => (
            <EntryList
              key={list}
              list={list}
              year={year}
              title={t(title)}
              hint={t(hint)}
              entries={draft[list]}
              onChange={(e) => update(list, e)}
              readOnly={!mayEdit}
            />
          ))}
          <SaveCard year={year} info={info} draft={draft} y={y} mayEdit={mayEdit} />
          <CalendarImport year={year} onImported={() => y.reloadAll()} />
          <section className="card" aria-labelledby="cal-year-history">
            <h2 id="cal-year-history">{t('calendarAdmin.history')}</h2>
            <History rows={hist.data} error={hist.error} />
          </section>
        </>
      )}
      {!info && !cal.error && <p className="muted">{t('common.loading')}</p>}
      {info && !draft && <p className="muted">{t('common.loading')}</p>}
    </AdminPage>
  );
}

/** The three lists with their titles and hints. */
const LISTS: ReadonlyArray<readonly [ListName, string, string]> = [
  ['holidays', 'calendarAdmin.holidays', 'calendarAdmin.holidaysHint'],
  ['extraDaysOff', 'calendarAdmin.extraDaysOff', 'calendarAdmin.extraDaysOffHint'],
  ['extraWorkingDays', 'calendarAdmin.extraWorkingDays', 'calendarAdmin.extraWorkingDaysHint'],
];

type YearInfo = NonNullable<YearDraft['cal']['data']>;

/** The year in force: where it comes from, its working days, and the days that differ from the week. */
function YearFacts({ year, info }: { year: number; info: YearInfo }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section className="card" aria-labelledby="cal-facts">
      <h2 id="cal-facts">{t('calendarAdmin.inForce')}</h2>
      {info.origin === 'missing' && (
        <p className="alert alert-warn" role="alert">
          {t('calendarAdmin.noData', { year })}
        </p>
      )}
      <dl className="facts admin-facts">
        <dt>{t('calendarAdmin.source')}</dt>
        <dd>
          <OriginPill origin={info.origin} />{' '}
          {info.version !== null && t('calendarAdmin.versionN', { version: info.version })}
          {info.savedAt && (
            <span className="muted">
              {' · '}
              {formatDateTime(info.savedAt, lng)} · {info.savedBy}
            </span>
          )}
        </dd>
        <dt>{t('calendarAdmin.workingDays')}</dt>
        <dd data-testid="calendar-working-days">{info.workingDays ?? '—'}</dd>
        <dt>{t('calendarAdmin.offWeekdays')}</dt>
        <dd className="admin-chips">
          {info.nonWorkingWeekdays.length === 0
            ? '—'
            : info.nonWorkingWeekdays.map((d) => (
                <span key={d} className="admin-chip">
                  {formatDay(d, lng)}
                </span>
              ))}
        </dd>
        <dt>{t('calendarAdmin.workingWeekends')}</dt>
        <dd className="admin-chips">
          {info.workingWeekendDays.length === 0
            ? '—'
            : info.workingWeekendDays.map((d) => (
                <span key={d} className="admin-chip">
                  {formatDay(d, lng)}
                </span>
              ))}
        </dd>
      </dl>
    </section>
  );
}

/** The source text, save / discard / download / reset, and the reset's confirmation. */
function SaveCard({
  year,
  info,
  draft,
  y,
  mayEdit,
}: {
  year: number;
  info: YearInfo;
  draft: CalendarYear;
  y: YearDraft;
  mayEdit: boolean;
}) {
  const { t } = useTranslation();
  const sourceId = useId();
  const [confirmReset, setConfirmReset] = useState(false);
  const { setDraft, dirty, saving, error, saved } = y;
  return (
    <>
      <section className="card" aria-labelledby="cal-save">
        <h2 id="cal-save">{t('calendarAdmin.saveTitle')}</h2>
        <div className="field field-wide">
          <label htmlFor={sourceId}>{t('calendarAdmin.sourceText')}</label>
          <textarea
            id={sourceId}
            rows={3}
            value={draft.source}
            readOnly={!mayEdit}
            onChange={(e) => setDraft((d) => (d ? { ...d, source: e.target.value } : d))}
          />
          <p className="field-hint">{t('calendarAdmin.sourceHint')}</p>
        </div>
        {dirty && (
          <p className="alert alert-info" role="status">
            {t('calendarAdmin.unsaved')}
          </p>
        )}
        {error && <DataProblems error={error} testId="calendar-problems" />}
        {saved && <SaveOutcome result={saved} />}
        <div className="actions">
          {mayEdit && (
            <button
              type="button"
              className="button button-primary"
              disabled={!dirty || saving || !draft.source.trim()}
              onClick={() => void y.save()}
              data-testid="calendar-save"
            >
              {t('calendarAdmin.save', { year })}
            </button>
          )}
          {dirty && (
            <button type="button" className="button" onClick={y.discard}>
              {t('calendarAdmin.discard')}
            </button>
          )}
          {info.origin !== 'missing' && (
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  `${year}.json`,
                  `${JSON.stringify(draft, null, 2)}\n`,
                  'application/json;charset=utf-8',
                )
              }
            >
              {t('calendarAdmin.download')}
            </button>
          )}
          {mayEdit && (info.origin === 'edit' || info.origin === 'import') && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setConfirmReset(true)}
              disabled={saving}
            >
              {info.shipped ? t('calendarAdmin.reset') : t('calendarAdmin.resetNone')}
            </button>
          )}
        </div>
        {!draft.source.trim() && <p className="field-hint">{t('calendarAdmin.sourceRequired')}</p>}
      </section>
      <Dialog
        open={confirmReset}
        title={t('calendarAdmin.resetTitle', { year })}
        onClose={() => setConfirmReset(false)}
        onSubmit={() => {
          setConfirmReset(false);
          void y.reset();
        }}
        actions={
          <>
            <button type="button" className="button" onClick={() => setConfirmReset(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" data-autofocus>
              {info.shipped ? t('calendarAdmin.reset') : t('calendarAdmin.resetNone')}
            </button>
          </>
        }
      >
        <p>
          {info.shipped ? t('calendarAdmin.resetText', { year }) : t('calendarAdmin.resetNoneText', { year })}
        </p>
      </Dialog>
    </>
  );
}
