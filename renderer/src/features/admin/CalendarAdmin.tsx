// Settings → working-day calendar (administrators). #/settings/calendar: the years in force, where
// each comes from (the shipped file, an edit, an import), warnings for the years deadlines may need
// that have no data, importing a <year>.json file (validated by the core; its problems listed) and
// the history of every change. #/settings/calendar/<year>: one year's holidays, extra days off and
// extra working days, each with its name in Kazakh, Russian and English, edited and saved as a new
// version — the due dates of open requests follow, and the screen says which moved — or reset to
// the shipped file.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSaveView, CalendarYearView, DataVersion } from '../../../../common/contract/requests';
import type {
  CalendarYear,
  DayTransfer,
  Holiday,
  LocalizedText,
} from '../../../../common/deadlines/calendar-schema';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import { useAuth } from '../../auth/context';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { OFFICE_TIME_ZONE, almatyDay, formatDateTime } from '../../format/dates';
import { downloadText } from '../audit';
import { formatDay } from '../requests';
import { AdminPage } from './AdminPage';
import { DataProblems } from './Problems';
import { ProvisionalHolidays } from './ProvisionalHolidays';

type Origin = CalendarYearView['origin'] | DataVersion['origin'];
const LANGS = ['kk', 'ru', 'en'] as const;

function OriginPill({ origin }: { origin: Origin }) {
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
function nameIn(text: LocalizedText, lng: string): string {
  return lng === 'kk' ? text.kk : lng === 'en' ? text.en : text.ru;
}

/** The weekday of a calendar day, in the interface language (Almaty noon: no time zone moves it). */
function weekday(day: string, lng: string): string {
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

export function CalendarAdmin({ param }: { param: string | undefined }) {
  const year = param && /^\d{4}$/.test(param) ? Number(param) : null;
  return year === null ? <CalendarOverview /> : <CalendarYearEditor key={year} year={year} />;
}

// ---------------------------------------------------------------------------------------------
// The years in force.

function CalendarOverview() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const years = useCall('calendar.years', {});
  const history = useCall('calendar.history', {});
  const today = almatyDay();
  const missing = years.data ? missingYears(years.data, today) : [];
  const addId = useId();
  const [add, setAdd] = useState(String(Number(today.slice(0, 4)) + 1));

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
          <div className="table-wrap">
            <table className="data-table" data-testid="calendar-years">
              <thead>
                <tr>
                  <th scope="col">{t('calendarAdmin.year')}</th>
                  <th scope="col">{t('calendarAdmin.source')}</th>
                  <th scope="col" className="num">
                    {t('calendarAdmin.version')}
                  </th>
                  <th scope="col" className="num">
                    {t('calendarAdmin.workingDays')}
                  </th>
                  <th scope="col" className="num">
                    {t('calendarAdmin.offWeekdays')}
                  </th>
                  <th scope="col">{t('calendarAdmin.saved')}</th>
                  <th scope="col">
                    <span className="admin-vh">{t('calendarAdmin.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        )}
        <form
          className="form-inline admin-add-year"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d{4}$/.test(add) && Number(add) >= 2000 && Number(add) <= 2100)
              navigate('settings', 'calendar', add);
          }}
        >
          <div className="field field-short">
            <label htmlFor={addId}>{t('calendarAdmin.otherYear')}</label>
            <input
              id={addId}
              type="number"
              min={2000}
              max={2100}
              inputMode="numeric"
              value={add}
              onChange={(e) => setAdd(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t('calendarAdmin.openYear')}
            </button>
          </div>
        </form>
      </section>

      <CalendarImport onImported={reload} />

      <section className="card" aria-labelledby="cal-history">
        <h2 id="cal-history">{t('calendarAdmin.history')}</h2>
        <History rows={history.data} error={history.error} showYear />
      </section>
    </AdminPage>
  );
}

// ---------------------------------------------------------------------------------------------
// Import of a <year>.json file.

function CalendarImport({ year, onImported }: { year?: number; onImported: (r: CalendarSaveView) => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [done, setDone] = useState<CalendarSaveView | null>(null);
  const [fileName, setFileName] = useState('');

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setDone(null);
    setFileName(file.name);
    try {
      const content = await file.text();
      const r = await api.call('calendar.import', { content, ...(year ? { year } : {}) });
      setDone(r);
      onImported(r);
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="card" aria-labelledby="cal-import" data-testid="calendar-import">
      <h2 id="cal-import">{year ? t('calendarAdmin.importYear', { year }) : t('calendarAdmin.import')}</h2>
      <p className="muted">{t('calendarAdmin.importLead')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('calendarAdmin.importFile')}</label>
        <input
          ref={input}
          id={fileId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {busy && <p className="muted">{t('calendarAdmin.importing', { name: fileName })}</p>}
      {error && (
        <>
          <p className="admin-file-name">{t('calendarAdmin.importRefused', { name: fileName })}</p>
          <DataProblems error={error} testId="calendar-import-problems" />
        </>
      )}
      {done && <SaveOutcome result={done} />}
    </section>
  );
}

/** What a save did: the version in force and the open requests whose due dates moved. */
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
    <div className="table-wrap">
      <table className="data-table" data-testid="data-history">
        <thead>
          <tr>
            {showYear && <th scope="col">{t('calendarAdmin.year')}</th>}
            <th scope="col" className="num">
              {t('calendarAdmin.version')}
            </th>
            <th scope="col">{t('calendarAdmin.change')}</th>
            <th scope="col">{t('calendarAdmin.savedAt')}</th>
            <th scope="col">{t('calendarAdmin.savedBy')}</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// One year.

type ListName = 'holidays' | 'extraDaysOff' | 'extraWorkingDays';

function emptyYear(year: number): CalendarYear {
  return { year, holidays: [], extraDaysOff: [], extraWorkingDays: [], source: '' };
}

function byDate<T extends { date: string }>(a: T, b: T): number {
  return a.date.localeCompare(b.date);
}

function CalendarYearEditor({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { can } = useAuth();
  const cal = useCall('calendar.get', { year });
  const hist = useCall('calendar.history', { year });
  const [draft, setDraft] = useState<CalendarYear | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [saved, setSaved] = useState<CalendarSaveView | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const sourceId = useId();

  const base = useMemo(() => (cal.data ? (cal.data.data ?? emptyYear(year)) : null), [cal.data, year]);
  useEffect(() => {
    if (base) setDraft(structuredClone(base));
  }, [base]);

  const dirty = draft !== null && base !== null && JSON.stringify(draft) !== JSON.stringify(base);
  const mayEdit = can('calendar.put');
  const info = cal.data;

  const reloadAll = () => {
    cal.reload();
    hist.reload();
  };

  const update = (list: ListName, entries: Array<Holiday | DayTransfer>) =>
    setDraft((d) => (d ? ({ ...d, [list]: [...entries].sort(byDate) } as CalendarYear) : d));

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    setError(undefined);
    setSaved(null);
    try {
      const r = await api.call('calendar.put', { year, data: { ...draft, source: draft.source.trim() } });
      setSaved(r);
      reloadAll();
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setSaving(false);
    }
  };

  const reset = async () => {
    setConfirmReset(false);
    setSaving(true);
    setError(undefined);
    setSaved(null);
    try {
      const r = await api.call('calendar.reset', { year });
      setSaved(r);
      reloadAll();
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setSaving(false);
    }
  };

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

          <ProvisionalHolidays
            draft={draft}
            readOnly={!mayEdit}
            onEnter={(h) => update('holidays', [...draft.holidays, h])}
          />
          <EntryList
            list="holidays"
            year={year}
            title={t('calendarAdmin.holidays')}
            hint={t('calendarAdmin.holidaysHint')}
            entries={draft.holidays}
            onChange={(e) => update('holidays', e)}
            readOnly={!mayEdit}
          />
          <EntryList
            list="extraDaysOff"
            year={year}
            title={t('calendarAdmin.extraDaysOff')}
            hint={t('calendarAdmin.extraDaysOffHint')}
            entries={draft.extraDaysOff}
            onChange={(e) => update('extraDaysOff', e)}
            readOnly={!mayEdit}
          />
          <EntryList
            list="extraWorkingDays"
            year={year}
            title={t('calendarAdmin.extraWorkingDays')}
            hint={t('calendarAdmin.extraWorkingDaysHint')}
            entries={draft.extraWorkingDays}
            onChange={(e) => update('extraWorkingDays', e)}
            readOnly={!mayEdit}
          />

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
                  onClick={() => void save()}
                  data-testid="calendar-save"
                >
                  {t('calendarAdmin.save', { year })}
                </button>
              )}
              {dirty && (
                <button
                  type="button"
                  className="button"
                  onClick={() => base && setDraft(structuredClone(base))}
                >
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

          <CalendarImport year={year} onImported={() => reloadAll()} />

          <section className="card" aria-labelledby="cal-year-history">
            <h2 id="cal-year-history">{t('calendarAdmin.history')}</h2>
            <History rows={hist.data} error={hist.error} />
          </section>

          <Dialog
            open={confirmReset}
            title={t('calendarAdmin.resetTitle', { year })}
            onClose={() => setConfirmReset(false)}
            onSubmit={() => void reset()}
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
              {info.shipped
                ? t('calendarAdmin.resetText', { year })
                : t('calendarAdmin.resetNoneText', { year })}
            </p>
          </Dialog>
        </>
      )}
      {!info && !cal.error && <p className="muted">{t('common.loading')}</p>}
      {info && !draft && <p className="muted">{t('common.loading')}</p>}
    </AdminPage>
  );
}

// ---------------------------------------------------------------------------------------------
// A list of dated entries with names in three languages, and the form that adds one.

function EntryList({
  list,
  year,
  title,
  hint,
  entries,
  onChange,
  readOnly,
}: {
  list: ListName;
  year: number;
  title: string;
  hint: string;
  entries: Array<Holiday | DayTransfer>;
  onChange: (entries: Array<Holiday | DayTransfer>) => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = useId();
  const holiday = list === 'holidays';

  return (
    <section className="card" aria-labelledby={headingId} data-testid={`calendar-${list}`}>
      <h2 id={headingId}>
        {title} <span className="dash-count">{entries.length}</span>
      </h2>
      <p className="muted small">{hint}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('calendarAdmin.noEntries')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table admin-entries">
            <thead>
              <tr>
                <th scope="col">{t('calendarAdmin.date')}</th>
                <th scope="col">{holiday ? t('calendarAdmin.name') : t('calendarAdmin.reason')}</th>
                {holiday && <th scope="col">{t('calendarAdmin.moves')}</th>}
                {!readOnly && (
                  <th scope="col">
                    <span className="admin-vh">{t('calendarAdmin.remove')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => {
                const text = 'name' in e ? e.name : e.reason;
                return (
                  <tr key={`${e.date}-${i}`} data-date={e.date}>
                    <td className="admin-date">
                      <span className="cell-main">{formatDay(e.date, lng)}</span>
                      <span className="cell-sub">{weekday(e.date, lng)}</span>
                    </td>
                    <td>
                      <span className="cell-main">{nameIn(text, lng)}</span>
                      <span className="cell-sub">
                        {LANGS.filter((l) => l !== lng)
                          .map((l) => text[l])
                          .join(' · ')}
                      </span>
                    </td>
                    {holiday && (
                      <td>
                        {(e as Holiday).moveIfWeekend
                          ? t('calendarAdmin.movesYes')
                          : t('calendarAdmin.movesNo')}
                      </td>
                    )}
                    {!readOnly && (
                      <td className="cell-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('calendarAdmin.removeDate', { date: formatDay(e.date, lng) })}
                          onClick={() => onChange(entries.filter((_, j) => j !== i))}
                        >
                          {t('calendarAdmin.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!readOnly && (
        <AddEntry
          year={year}
          holiday={holiday}
          taken={entries.map((e) => e.date)}
          onAdd={(e) => onChange([...entries, e])}
        />
      )}
    </section>
  );
}

function AddEntry({
  year,
  holiday,
  taken,
  onAdd,
}: {
  year: number;
  holiday: boolean;
  taken: string[];
  onAdd: (entry: Holiday | DayTransfer) => void;
}) {
  const { t } = useTranslation();
  const ids = { date: useId(), kk: useId(), ru: useId(), en: useId(), move: useId(), err: useId() };
  const [date, setDate] = useState('');
  const [text, setText] = useState<LocalizedText>({ kk: '', ru: '', en: '' });
  const [move, setMove] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t('calendarAdmin.needDate'));
    if (!date.startsWith(`${year}-`)) return setProblem(t('calendarAdmin.wrongYear', { year }));
    if (taken.includes(date)) return setProblem(t('calendarAdmin.taken'));
    if (!text.kk.trim() || !text.ru.trim() || !text.en.trim())
      return setProblem(t('calendarAdmin.needNames'));
    const named = { kk: text.kk.trim(), ru: text.ru.trim(), en: text.en.trim() };
    onAdd(holiday ? { date, name: named, moveIfWeekend: move } : { date, reason: named });
    setDate('');
    setText({ kk: '', ru: '', en: '' });
    setMove(true);
    setProblem(null);
  };

  const label = holiday ? 'name' : 'reason';
  const described = problem ? ids.err : undefined;
  return (
    <form className="admin-add" onSubmit={submit} noValidate aria-label={t('calendarAdmin.addTitle')}>
      <div className="field admin-add-date">
        <label htmlFor={ids.date}>{t('calendarAdmin.date')}</label>
        <input
          id={ids.date}
          type="date"
          min={`${year}-01-01`}
          max={`${year}-12-31`}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-describedby={described}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.kk}>
          {label === 'name' ? t('calendarAdmin.nameKk') : t('calendarAdmin.reasonKk')}
        </label>
        <input
          id={ids.kk}
          lang="kk"
          value={text.kk}
          onChange={(e) => setText((v) => ({ ...v, kk: e.target.value }))}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.ru}>
          {label === 'name' ? t('calendarAdmin.nameRu') : t('calendarAdmin.reasonRu')}
        </label>
        <input
          id={ids.ru}
          lang="ru"
          value={text.ru}
          onChange={(e) => setText((v) => ({ ...v, ru: e.target.value }))}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.en}>
          {label === 'name' ? t('calendarAdmin.nameEn') : t('calendarAdmin.reasonEn')}
        </label>
        <input
          id={ids.en}
          lang="en"
          value={text.en}
          onChange={(e) => setText((v) => ({ ...v, en: e.target.value }))}
        />
      </div>
      {holiday && (
        <div className="check admin-add-check">
          <input id={ids.move} type="checkbox" checked={move} onChange={(e) => setMove(e.target.checked)} />
          <label htmlFor={ids.move}>{t('calendarAdmin.movesLabel')}</label>
        </div>
      )}
      <div className="admin-add-button">
        <button type="submit" className="button">
          {t('calendarAdmin.add')}
        </button>
      </div>
      {problem && (
        <p className="field-error admin-add-error" id={ids.err} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
