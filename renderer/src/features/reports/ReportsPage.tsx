// Reports (#/reports): for a period of Almaty dates, requests by type and state, the on-time rate
// against the office's policy and against the statute, the median working days to answer, the
// requests still running past their due date and those answered late; CSV export of the period's
// requests (requests.reportCsv: no personal data) through a Blob link.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnTimeFigures, RequestsReport } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import {
  REQUEST_LANGUAGES,
  REQUEST_STATES,
  REQUEST_TYPES,
  type RequestLanguage,
} from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { almatyDay } from '../../format/dates';
import { BarChart } from '../dashboard';
import { barsByType } from '../dashboard';
import { downloadText } from '../audit';
import type { PageComponentProps } from '../../app/pages/types';
import { Page } from '../../ui/Page';
import { countdownText, formatDay, stateName, typeName } from '../requests';
import '../../styles/dashboard.css';
import '../../styles/requests-list.css';
import './reports.css';

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
function presets(today: string) {
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

function number(n: number, lng: string): string {
  return new Intl.NumberFormat(locale(lng), { maximumFractionDigits: 1 }).format(n);
}

export function ReportsPage(_props: PageComponentProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const today = almatyDay();
  const [period, setPeriod] = useState(() => presets(today).month);
  const ids = { from: useId(), to: useId() };
  const valid = Boolean(period.from && period.to && period.from <= period.to);
  const report = useCall('requests.report', period, { enabled: valid });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ErrorPayload>();
  const [exported, setExported] = useState<{ fileName: string; rows: number } | null>(null);
  const p = useMemo(() => presets(today), [today]);
  const r = valid ? report.data : undefined;

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    setExported(null);
    try {
      const lang: RequestLanguage = (REQUEST_LANGUAGES as readonly string[]).includes(lng)
        ? (lng as RequestLanguage)
        : 'ru';
      const csv = await api.call('requests.reportCsv', { ...period, lang });
      downloadText(csv.fileName, csv.content);
      setExported({ fileName: csv.fileName, rows: csv.rows });
    } catch (e) {
      setExportError(toPayload(e));
    } finally {
      setExporting(false);
    }
  };

  const preset = (which: keyof typeof p, label: string) => (
    <button
      type="button"
      className="segmented-button"
      aria-pressed={period.from === p[which].from && period.to === p[which].to}
      onClick={() => setPeriod(p[which])}
    >
      {label}
    </button>
  );

  return (
    <Page
      title={t('nav.reports')}
      lead={t('pages.reports.lead')}
      actions={
        <button
          type="button"
          className="button rp-csv"
          onClick={() => void exportCsv()}
          disabled={!valid || exporting}
          aria-busy={exporting}
          data-testid="report-csv"
        >
          {exporting ? t('reports.exporting') : t('reports.exportCsv')}
        </button>
      }
    >
      <form className="rp-period" aria-label={t('reports.period')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.from}>{t('reports.from')}</label>
          <input
            id={ids.from}
            type="date"
            value={period.from}
            onChange={(e) => setPeriod((v) => ({ ...v, from: e.target.value }))}
            aria-invalid={!valid}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('reports.to')}</label>
          <input
            id={ids.to}
            type="date"
            value={period.to}
            onChange={(e) => setPeriod((v) => ({ ...v, to: e.target.value }))}
            aria-invalid={!valid}
          />
        </div>
        <div className="segmented rp-presets" role="group" aria-label={t('reports.presets')}>
          {preset('month', t('reports.preset.month'))}
          {preset('lastMonth', t('reports.preset.lastMonth'))}
          {preset('year', t('reports.preset.year'))}
        </div>
      </form>
      {!valid && (
        <p className="field-error" role="alert">
          {t('reports.rangeInvalid')}
        </p>
      )}
      {exportError && <ErrorMessage error={exportError} />}
      {exported && (
        <p className="alert alert-ok" role="status">
          {t('reports.exported', { name: exported.fileName, count: exported.rows })}
        </p>
      )}
      {valid && report.error && <ErrorMessage error={report.error} />}
      {valid && !r && !report.error && <p className="muted">{t('common.loading')}</p>}
      {r && <ReportBody r={r} />}
    </Page>
  );
}

function Rate({ title, figures, testId }: { title: string; figures: OnTimeFigures; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card rp-figure" data-testid={testId}>
      <h2>{title}</h2>
      <p className="rp-big">{percent(figures.rate, i18n.language)}</p>
      <p className="muted small">
        {figures.answered === 0
          ? t('reports.noneAnswered')
          : t('reports.onTimeOf', { onTime: figures.onTime, answered: figures.answered, late: figures.late })}
      </p>
    </section>
  );
}

function ReportBody({ r }: { r: RequestsReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const states = REQUEST_STATES.filter((s) => (r.byState[s] ?? 0) > 0);
  const types = REQUEST_TYPES.filter((ty) => r.byType[ty].total > 0);

  return (
    <div data-testid="report">
      {r.warnings.map((w) => {
        const [head, year] = w.split(':');
        return head === 'calendar_missing' ? (
          <p key={w} className="alert alert-warn" role="alert">
            {t('deadlineBoard.calendarMissing', { year: year ?? '' })}
          </p>
        ) : null;
      })}
      <div className="rp-figures">
        <section className="card rp-figure" data-testid="report-total">
          <h2>{t('reports.total')}</h2>
          <p className="rp-big">{r.total}</p>
          <p className="muted small">
            {t('reports.periodText', { from: formatDay(r.from, lng), to: formatDay(r.to, lng) })}
          </p>
        </section>
        <Rate title={t('reports.onTimePolicy')} figures={r.onTime.policy} testId="report-ontime-policy" />
        <Rate title={t('reports.onTimeStatute')} figures={r.onTime.statute} testId="report-ontime-statute" />
        <section className="card rp-figure" data-testid="report-median">
          <h2>{t('reports.median')}</h2>
          <p className="rp-big">
            {r.medianWorkingDaysToAnswer === null ? '—' : number(r.medianWorkingDaysToAnswer, lng)}
          </p>
          <p className="muted small">{t('reports.medianHint')}</p>
        </section>
      </div>

      <section className="card" aria-labelledby="rp-bytype">
        <h2 id="rp-bytype">{t('reports.byTypeState')}</h2>
        {r.total === 0 ? (
          <p className="muted">{t('reports.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table rp-matrix" data-testid="report-matrix">
              <thead>
                <tr>
                  <th scope="col">{t('requestList.col.type')}</th>
                  {states.map((s) => (
                    <th key={s} scope="col" className="num">
                      {stateName(t, s)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('reports.totalShort')}
                  </th>
                  <th scope="col" className="num">
                    {t('reports.medianShort')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {types.map((ty) => (
                  <tr key={ty}>
                    <th scope="row">{typeName(t, ty)}</th>
                    {states.map((s) => (
                      <td key={s} className="num">
                        {r.byType[ty].byState[s] ?? 0}
                      </td>
                    ))}
                    <td className="num rp-strong">{r.byType[ty].total}</td>
                    <td className="num">
                      {r.medianByType[ty] === null ? '—' : number(r.medianByType[ty], lng)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('reports.totalShort')}</th>
                  {states.map((s) => (
                    <td key={s} className="num rp-strong">
                      {r.byState[s] ?? 0}
                    </td>
                  ))}
                  <td className="num rp-strong">{r.total}</td>
                  <td className="num">
                    {r.medianWorkingDaysToAnswer === null ? '—' : number(r.medianWorkingDaysToAnswer, lng)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
      <section className="card rp-chart-card" aria-labelledby="rp-chart">
        <h2 id="rp-chart">{t('reports.chart')}</h2>
        <BarChart bars={barsByType(t, r)} label={t('deadlineBoard.chart.labelType')} testId="report-chart" />
      </section>

      <section className="card" aria-labelledby="rp-overdue" data-testid="report-overdue">
        <h2 id="rp-overdue">
          {t('reports.overdue')} <span className="dash-count">{r.overdue.length}</span>
        </h2>
        {r.overdue.length === 0 ? (
          <p className="muted">{t('reports.noneOverdue')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('requestList.col.number')}</th>
                  <th scope="col">{t('requestList.col.type')}</th>
                  <th scope="col">{t('requestList.col.state')}</th>
                  <th scope="col">{t('reports.duePolicy')}</th>
                  <th scope="col">{t('reports.dueStatute')}</th>
                  <th scope="col">{t('requestList.officer')}</th>
                </tr>
              </thead>
              <tbody>
                {r.overdue.map((o) => (
                  <tr key={o.id}>
                    <td className="rp-mono">
                      <a href={href('requests', o.id)}>{o.id}</a>
                    </td>
                    <td>{typeName(t, o.type)}</td>
                    <td>{stateName(t, o.state)}</td>
                    <td>
                      <span className="due due-overdue">
                        <span className="due-date">{formatDay(o.due, lng)}</span>
                        <span className="due-count">{countdownText(t, o.daysLeft, 'overdue')}</span>
                      </span>
                    </td>
                    <td className={o.statutoryDue < r.today ? 'text-bad' : ''}>
                      {formatDay(o.statutoryDue, lng)}
                    </td>
                    <td>{o.officer ?? <span className="muted">{t('deadlineBoard.unassigned')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {r.late.length > 0 && (
        <section className="card" aria-labelledby="rp-late" data-testid="report-late">
          <h2 id="rp-late">
            {t('reports.late')} <span className="dash-count">{r.late.length}</span>
          </h2>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('requestList.col.number')}</th>
                  <th scope="col">{t('requestList.col.type')}</th>
                  <th scope="col">{t('reports.duePolicy')}</th>
                  <th scope="col">{t('reports.answeredOn')}</th>
                  <th scope="col" className="num">
                    {t('reports.daysLate')}
                  </th>
                  <th scope="col">{t('reports.statute')}</th>
                </tr>
              </thead>
              <tbody>
                {r.late.map((l) => (
                  <tr key={l.id}>
                    <td className="rp-mono">
                      <a href={href('requests', l.id)}>{l.id}</a>
                    </td>
                    <td>{typeName(t, l.type)}</td>
                    <td>{formatDay(l.due, lng)}</td>
                    <td>{formatDay(l.answeredOn, lng)}</td>
                    <td className="num">{l.workingDaysLate}</td>
                    <td className={l.statutoryLate ? 'text-bad' : ''}>
                      {l.statutoryLate ? t('reports.statuteLate') : t('reports.statuteKept')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
