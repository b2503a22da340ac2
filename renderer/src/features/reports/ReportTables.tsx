// The report's tables: requests by type and state (with the median working days to answer), the
// requests still running past their due date, and those answered late.
import { useTranslation } from 'react-i18next';
import type { RequestsReport } from '../../../../common/contract/requests';
import { REQUEST_STATES, REQUEST_TYPES } from '../../../../common/requests/vocab';
import { href } from '../../app/router';
import { countdownText, formatDay, stateName, typeName } from '../requests';
import { number } from './format';

/** Requests by type (rows) and state (columns, only those that occur), with totals. */
export function TypeStateMatrix({ r }: { r: RequestsReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const states = REQUEST_STATES.filter((s) => (r.byState[s] ?? 0) > 0);
  const types = REQUEST_TYPES.filter((ty) => r.byType[ty].total > 0);
  return (
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
              <td className="num">{r.medianByType[ty] === null ? '—' : number(r.medianByType[ty], lng)}</td>
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
  );
}

/** Requests still running past their due date: policy and statutory due, and the officer. */
export function OverdueTable({ r }: { r: RequestsReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
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
              <td className={o.statutoryDue < r.today ? 'text-bad' : ''}>{formatDay(o.statutoryDue, lng)}</td>
              <td>{o.officer ?? <span className="muted">{t('deadlineBoard.unassigned')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Requests answered late: by how many working days, and whether the statute was kept. */
export function LateTable({ r }: { r: RequestsReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
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
  );
}
