// Reports (#/reports): for a period of Almaty dates, requests by type and state, the on-time rate
// against the office's policy and against the statute, the median working days to answer, the
// requests still running past their due date and those answered late; CSV export of the period's
// requests (requests.reportCsv: no personal data) through a Blob link. Both run as jobs (useJob).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnTimeFigures, RequestsReport } from '../../../../common/contract/requests';
import { REQUEST_LANGUAGES, type RequestLanguage } from '../../../../common/requests/vocab';
import { useJob } from '../../api/useJob';
import { JobProgress } from '../../ui/JobProgress';
import { DateField } from '../../ui/controls';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { almatyDay } from '../../format/dates';
import { BarChart } from '../dashboard';
import { barsByType } from '../dashboard';
import { downloadText } from '../audit';
import type { PageComponentProps } from '../../app/pages/types';
import { Page } from '../../ui/Page';
import { BusyButton, SegmentButton } from '../../ui/BusyButton';
import { formatDay } from '../requests';
import '../../styles/dashboard.css';
import '../../styles/requests-list.css';
import './reports.css';
import { number, percent, presets } from './format';
import { LateTable, OverdueTable, TypeStateMatrix } from './ReportTables';

export function ReportsPage(_props: PageComponentProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const today = almatyDay();
  const [period, setPeriod] = useState(() => presets(today).month);
  const valid = Boolean(period.from && period.to && period.from <= period.to);
  // The report and its CSV are jobs: a year at a large desk takes a while, shows how far it is and
  // can be cancelled; a new period cancels the report still running for the old one.
  const reportJob = useJob();
  const csvJob = useJob();
  const [report, setReport] = useState<RequestsReport>();
  const [exported, setExported] = useState<{ fileName: string; rows: number } | null>(null);
  const p = useMemo(() => presets(today), [today]);
  const r = valid ? report : undefined;
  const { run: runReport } = reportJob;

  const load = useCallback(() => {
    setReport(undefined);
    if (valid) void runReport('requests.report', period).then((v) => v && setReport(v));
  }, [runReport, period, valid]);
  useEffect(load, [load]);

  const exportCsv = async () => {
    setExported(null);
    const lang: RequestLanguage = (REQUEST_LANGUAGES as readonly string[]).includes(lng)
      ? (lng as RequestLanguage)
      : 'ru';
    const csv = await csvJob.run('requests.reportCsv', { ...period, lang });
    if (!csv) return;
    downloadText(csv.fileName, csv.content);
    setExported({ fileName: csv.fileName, rows: csv.rows });
  };

  const preset = (which: keyof typeof p, label: string) => (
    <SegmentButton
      pressed={period.from === p[which].from && period.to === p[which].to}
      onClick={() => setPeriod(p[which])}
    >
      {label}
    </SegmentButton>
  );

  return (
    <Page
      title={t('nav.reports')}
      lead={t('pages.reports.lead')}
      actions={
        <BusyButton
          className="button rp-csv"
          run={exportCsv}
          busy={csvJob.running}
          disabled={!valid}
          testId="report-csv"
        >
          {csvJob.running ? t('reports.exporting') : t('reports.exportCsv')}
        </BusyButton>
      }
    >
      <form className="rp-period" aria-label={t('reports.period')} onSubmit={(e) => e.preventDefault()}>
        <DateField
          label={t('reports.from')}
          value={period.from}
          onChange={(from) => setPeriod((v) => ({ ...v, from }))}
          aria-invalid={!valid}
        />
        <DateField
          label={t('reports.to')}
          value={period.to}
          onChange={(to) => setPeriod((v) => ({ ...v, to }))}
          aria-invalid={!valid}
        />
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
      <JobProgress job={csvJob} testId="report-csv-job" />
      {csvJob.error && <ErrorMessage error={csvJob.error} />}
      {exported && (
        <p className="alert alert-ok" role="status">
          {t('reports.exported', { name: exported.fileName, count: exported.rows })}
        </p>
      )}
      {valid && <JobProgress job={reportJob} testId="report-job" />}
      {valid && reportJob.cancelled && (
        <BusyButton run={load} busy={false} testId="report-again">
          {t('common.retry')}
        </BusyButton>
      )}
      {valid && reportJob.error && <ErrorMessage error={reportJob.error} />}
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
        {r.total === 0 ? <p className="muted">{t('reports.empty')}</p> : <TypeStateMatrix r={r} />}
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
          <OverdueTable r={r} />
        )}
      </section>

      {r.late.length > 0 && (
        <section className="card" aria-labelledby="rp-late" data-testid="report-late">
          <h2 id="rp-late">
            {t('reports.late')} <span className="dash-count">{r.late.length}</span>
          </h2>
          <LateTable r={r} />
        </section>
      )}
    </div>
  );
}
