// The dashboard's chart: requests received this month (Almaty), by type or by state, from the
// period report (requests.report).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestsReport } from '../../../../common/contract/requests';
import { REQUEST_STATES, REQUEST_TYPES } from '../../../../common/requests/vocab';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { SegmentButton } from '../../ui/BusyButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDay, stateName, typeName } from '../requests';
import { BarChart, type Bar } from './BarChart';

type By = 'type' | 'state';

export function barsByType(t: Parameters<typeof typeName>[0], report: RequestsReport): Bar[] {
  return REQUEST_TYPES.map((ty) => ({
    key: ty,
    label: typeName(t, ty),
    value: report.byType[ty]?.total ?? 0,
  }));
}

export function barsByState(t: Parameters<typeof stateName>[0], report: RequestsReport): Bar[] {
  return REQUEST_STATES.map((s) => ({ key: s, label: stateName(t, s), value: report.byState[s] ?? 0 }));
}

export function MonthChart({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<By>('type');
  const from = `${today.slice(0, 8)}01`;
  const report = useCall('requests.report', { from, to: today });
  const r = report.data;

  return (
    <section className="card dash-chart-card" aria-labelledby="dash-chart">
      <div className="card-title-row">
        <h2 id="dash-chart">{t('deadlineBoard.chart.title')}</h2>
        <div className="segmented" role="group" aria-label={t('deadlineBoard.chart.by')}>
          <SegmentButton pressed={by === 'type'} onClick={() => setBy('type')}>
            {t('deadlineBoard.chart.byType')}
          </SegmentButton>
          <SegmentButton pressed={by === 'state'} onClick={() => setBy('state')}>
            {t('deadlineBoard.chart.byState')}
          </SegmentButton>
        </div>
      </div>
      <p className="muted dash-chart-period">
        {t('deadlineBoard.chart.period', {
          from: formatDay(from, i18n.language),
          to: formatDay(today, i18n.language),
          count: r?.total ?? 0,
        })}{' '}
        <a href={href('reports')}>{t('deadlineBoard.chart.reports')}</a>
      </p>
      {report.error && <ErrorMessage error={report.error} />}
      {!r && !report.error && <p className="muted">{t('common.loading')}</p>}
      {r && (
        <BarChart
          bars={by === 'type' ? barsByType(t, r) : barsByState(t, r)}
          label={by === 'type' ? t('deadlineBoard.chart.labelType') : t('deadlineBoard.chart.labelState')}
          testId="dash-chart"
        />
      )}
    </section>
  );
}
