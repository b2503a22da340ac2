// The report's tables: requests by type and state (with the median working days to answer), the
// requests still running past their due date, and those answered late.
import { HeadTable } from '../../app/HeadTable';
import { useTranslation } from 'react-i18next';
import type { RequestsReport } from '../../../../common/contract/requests';
import { REQUEST_STATES, REQUEST_TYPES } from '../../../../common/requests/vocab';
import { href } from '../../app/router';
import { DataTable, type Column } from '../../ui/DataTable';
import { countdownText, formatDay, stateName, typeName } from '../requests';
import { number } from './format';

/** Requests by type (rows) and state (columns, only those that occur), with totals. */
export function TypeStateMatrix({ r }: { r: RequestsReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const states = REQUEST_STATES.filter((s) => (r.byState[s] ?? 0) > 0);
  const types = REQUEST_TYPES.filter((ty) => r.byType[ty].total > 0);
  return (
    <HeadTable
      className="data-table rp-matrix"
      data-testid="report-matrix"
      head={[
        t('requestList.col.type'),
        ...states.map((s) => ({ label: stateName(t, s), className: 'num' })),
        { label: t('reports.totalShort'), className: 'num' },
        { label: t('reports.medianShort'), className: 'num' },
      ]}
      foot={
        <>
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
        </>
      }
    >
      {types.map((ty) => (
        <tr key={ty}>
          <th scope="row">{typeName(t, ty)}</th>
          {states.map((s) => (
            <td key={s} className="num">
              {r.byType[ty].byState[s] ?? 0}
            </td>
          ))}
          <td className="num rp-strong">{r.byType[ty].total}</td>
          <td className="num">{r.medianByType[ty] === null ? '—' : number(r.medianByType[ty], lng)}</td>
        </tr>
      ))}
    </HeadTable>
  );
}

type Overdue = RequestsReport['overdue'][number];
type Late = RequestsReport['late'][number];

/** The request's number, linking to it. */
function idCell(row: { id: string }) {
  return <a href={href('requests', row.id)}>{row.id}</a>;
}

/** Requests still running past their due date: policy and statutory due, and the officer. */
export function OverdueTable({ r }: { r: RequestsReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const columns: Column<Overdue>[] = [
    { header: t('requestList.col.number'), cellClass: () => 'rp-mono', cell: idCell },
    { header: t('requestList.col.type'), cell: (o) => typeName(t, o.type) },
    { header: t('requestList.col.state'), cell: (o) => stateName(t, o.state) },
    {
      header: t('reports.duePolicy'),
      cell: (o) => (
        <span className="due due-overdue">
          <span className="due-date">{formatDay(o.due, lng)}</span>
          <span className="due-count">{countdownText(t, o.daysLeft, 'overdue')}</span>
        </span>
      ),
    },
    {
      header: t('reports.dueStatute'),
      cellClass: (o) => (o.statutoryDue < r.today ? 'text-bad' : ''),
      cell: (o) => formatDay(o.statutoryDue, lng),
    },
    {
      header: t('requestList.officer'),
      cell: (o) => o.officer ?? <span className="muted">{t('deadlineBoard.unassigned')}</span>,
    },
  ];
  return <DataTable columns={columns} rows={r.overdue} rowKey={(o) => o.id} />;
}

/** Requests answered late: by how many working days, and whether the statute was kept. */
export function LateTable({ r }: { r: RequestsReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const columns: Column<Late>[] = [
    { header: t('requestList.col.number'), cellClass: () => 'rp-mono', cell: idCell },
    { header: t('requestList.col.type'), cell: (l) => typeName(t, l.type) },
    { header: t('reports.duePolicy'), cell: (l) => formatDay(l.due, lng) },
    { header: t('reports.answeredOn'), cell: (l) => formatDay(l.answeredOn, lng) },
    { header: t('reports.daysLate'), className: 'num', cell: (l) => l.workingDaysLate },
    {
      header: t('reports.statute'),
      cellClass: (l) => (l.statutoryLate ? 'text-bad' : ''),
      cell: (l) => (l.statutoryLate ? t('reports.statuteLate') : t('reports.statuteKept')),
    },
  ];
  return <DataTable columns={columns} rows={r.late} rowKey={(l) => l.id} />;
}
