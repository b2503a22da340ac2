// The dashboard's deadlines (requests.dashboard, refreshed every minute): overdue, due today and due
// on the next working day — requests, and incoming letters registered as a request type that have
// no request yet, whose clock runs from registration (a withdrawal's one working day shows at
// once) — the load per officer, the letters waiting for a request, and this month's chart.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwaitingLetter, Dashboard, RequestSummary } from '../../../../common/contract/requests';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BatchButton } from './BatchButton';
import { Due } from '../requests';
import { formatDay, typeName } from '../requests';
import { LetterCard, LetterHead } from './LetterCard';
import { MonthChart } from './MonthChart';
import { UnclassifiedCard } from './UnclassifiedCard';
import '../../styles/dashboard.css';

const POLL_MS = 60_000;

const DAYS = ['overdue', 'today', 'tomorrow'] as const;
type Day = (typeof DAYS)[number];

type Item = { kind: 'request'; request: RequestSummary } | { kind: 'letter'; letter: AwaitingLetter };

/**
 * The requests of a card and the waiting letters in the same position, most urgent first; the
 * count is everything in the bucket, as the requests' list is only its first page (Dashboard.totals).
 */
function merge(requests: RequestSummary[], total: number, letters: AwaitingLetter[]) {
  const items: Item[] = [
    ...requests.map((request) => ({ kind: 'request' as const, request })),
    ...letters.map((letter) => ({ kind: 'letter' as const, letter })),
  ];
  const due = (i: Item) => (i.kind === 'request' ? i.request.due : i.letter.deadline.due);
  const at = (i: Item) => (i.kind === 'request' ? i.request.receivedAt : i.letter.letter.receivedAt);
  items.sort((a, b) => due(a).localeCompare(due(b)) || at(a).localeCompare(at(b)));
  return { items, count: total + letters.length };
}

/** Which card a waiting letter's deadline puts it on, if any. */
function dayOf(deadline: AwaitingLetter['deadline'], nextWorkingDay: string): Day | null {
  if (deadline.daysLeft < 0) return 'overdue';
  if (deadline.daysLeft === 0) return 'today';
  return deadline.due === nextWorkingDay ? 'tomorrow' : null;
}

export function buckets(d: Dashboard) {
  const waiting = (day: Day) =>
    d.awaitingRequest.letters.filter((l) => dayOf(l.deadline, d.nextWorkingDay) === day);
  return {
    overdue: merge(d.overdue, d.totals.overdue, waiting('overdue')),
    today: merge(d.dueToday, d.totals.dueToday, waiting('today')),
    tomorrow: merge(d.dueTomorrow, d.totals.dueTomorrow, waiting('tomorrow')),
  };
}

function calendarWarning(t: TFunction, code: string): string | null {
  const [head, year] = code.split(':');
  if (head === 'calendar_missing') return t('deadlineBoard.calendarMissing', { year: year ?? '' });
  if (head === 'calendar_provisional') return t('deadlineBoard.calendarProvisional', { year: year ?? '' });
  return null;
}

export function DeadlineBoard() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const dash = useCall('requests.dashboard', {}, { pollMs: POLL_MS });
  const d = dash.data;

  if (dash.error && !d) return <ErrorMessage error={dash.error} />;
  if (!d) return <p className="muted">{t('common.loading')}</p>;

  const b = buckets(d);
  const warnings = d.warnings.map((w) => calendarWarning(t, w)).filter((w): w is string => !!w);

  return (
    <div className="dash-board" data-testid="deadline-board">
      {warnings.map((w) => (
        <p key={w} className="alert alert-warn" role="alert">
          {w}{' '}
          {can('calendar.put') && (
            <a href={href('settings', 'calendar')}>{t('deadlineBoard.openCalendar')}</a>
          )}
        </p>
      ))}
      <div className="dash-summary">
        <p className="dash-stats" data-testid="dash-stats">
          {t('deadlineBoard.running', { count: d.running })}
          {d.paused > 0 && <> · {t('deadlineBoard.paused', { count: d.paused })}</>}
          {d.failedActions > 0 && (
            <>
              {' · '}
              <span className="text-bad">{t('deadlineBoard.failedActions', { count: d.failedActions })}</span>
            </>
          )}
        </p>
        <BatchButton />
      </div>
      <div className="dash-deadlines">
        {DAYS.map((day) => {
          const date = { overdue: null, today: d.today, tomorrow: d.nextWorkingDay }[day];
          return (
            <DeadlineCard
              key={day}
              id={day}
              {...DAY_CARDS[day]}
              sub={date ? formatDay(date, i18n.language) : undefined}
              {...b[day]}
            />
          );
        })}
      </div>
      <div className="dash-second">
        <OfficerCard d={d} />
        <AwaitingCard d={d} />
        <UnclassifiedCard d={d} />
        {can('requests.report') && <MonthChart today={d.today} />}
      </div>
    </div>
  );
}

const DAY_CARDS = {
  overdue: { tone: 'bad', title: 'deadlineBoard.overdue', empty: 'deadlineBoard.noneOverdue' },
  today: { tone: 'warn', title: 'deadlineBoard.today', empty: 'deadlineBoard.noneToday' },
  tomorrow: { tone: 'calm', title: 'deadlineBoard.tomorrow', empty: 'deadlineBoard.noneTomorrow' },
} as const;

function DeadlineCard({
  id,
  tone,
  title,
  sub,
  items,
  count,
  empty,
}: {
  id: string;
  tone: 'bad' | 'warn' | 'calm';
  /** The title's and the empty card's translation keys. */
  title: string;
  sub?: string | undefined;
  items: Item[];
  count: number;
  empty: string;
}) {
  const { t } = useTranslation();
  const headingId = `deadline-${id}-title`;
  return (
    <section
      className={`card dash-card dash-card-${tone}${items.length ? '' : ' dash-card-empty'}`}
      aria-labelledby={headingId}
      data-testid={`deadline-${id}`}
    >
      <h2 id={headingId}>
        <span>{t(title)}</span>
        <span className="dash-count" data-testid={`deadline-${id}-count`}>
          {count}
        </span>
        {sub && <span className="dash-sub">{sub}</span>}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t(empty)}</p>
      ) : (
        <ul className="dash-items">
          {items.map((it) => (
            <DeadlineItem key={it.kind === 'request' ? it.request.id : `L${it.letter.letter.id}`} item={it} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeadlineItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (item.kind === 'request') {
    const r = item.request;
    const number = can('requests.get') ? (
      <a className="dash-number" href={href('requests', r.id)}>
        {r.id}
      </a>
    ) : (
      <span className="dash-number">{r.id}</span>
    );
    return (
      <li className="dash-item" data-testid="dash-item" data-id={r.id}>
        <div className="dash-item-head">
          {number}
          <span className="dash-type">{typeName(t, r.type)}</span>
        </div>
        {/* No subject and not purged: a clerk's dashboard, which carries no names. */}
        {(r.subject || r.purgedAt) && (
          <div className="dash-who">{r.subject?.name ?? t('requestList.purged')}</div>
        )}
        <Due due={r.due} daysLeft={r.daysLeft} status={r.deadlineStatus} />
        {r.officer && <div className="dash-officer">{t('deadlineBoard.officer', { name: r.officer })}</div>}
      </li>
    );
  }
  const l = item.letter;
  return (
    <li className="dash-item dash-item-letter" data-testid="dash-item" data-id={l.letter.incomingNo}>
      <LetterHead id={l.letter.id} number={l.letter.incomingNo}>
        <span className="dash-type">{typeName(t, l.requestType)}</span>
      </LetterHead>
      <div className="dash-who">
        <span className="dash-badge">{t('deadlineBoard.noRequestYet')}</span>
      </div>
      <Due due={l.deadline.due} daysLeft={l.deadline.daysLeft} status={l.deadline.status} />
      <OpenFromLetter letterId={l.letter.id} />
    </li>
  );
}

/** The request screen's "open a request from this letter" (#/requests/new/<letter id>). */
function OpenFromLetter({ letterId }: { letterId: number }): ReactNode {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('requests.open')) return null;
  return (
    <div className="dash-officer">
      <a href={href('requests', 'new', String(letterId))}>{t('deadlineBoard.openRequest')}</a>
    </div>
  );
}

function OfficerCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <section className="card dash-officers" aria-labelledby="dash-officers" data-testid="dash-officers">
      <h2 id="dash-officers">{t('deadlineBoard.byOfficer')}</h2>
      {d.byOfficer.length === 0 ? (
        <p className="muted">{t('deadlineBoard.noneRunning')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table dash-officer-table">
            <thead>
              <tr>
                <th scope="col">{t('deadlineBoard.col.officer')}</th>
                <th scope="col" className="num">
                  {t('deadlineBoard.col.running')}
                </th>
                <th scope="col" className="num">
                  {t('deadlineBoard.col.overdue')}
                </th>
                <th scope="col" className="num">
                  {t('deadlineBoard.col.today')}
                </th>
                <th scope="col" className="num">
                  {t('deadlineBoard.col.tomorrow')}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.byOfficer.map((o) => (
                <tr key={o.officer ?? ''}>
                  <th scope="row">
                    {o.officer ?? <span className="muted">{t('deadlineBoard.unassigned')}</span>}
                  </th>
                  <td className="num">{o.running}</td>
                  <td className={o.overdue ? 'num text-bad' : 'num'}>{o.overdue}</td>
                  <td className="num">{o.dueToday}</td>
                  <td className="num">{o.dueTomorrow}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AwaitingCard({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const { letters, total } = d.awaitingRequest;
  return (
    <LetterCard name="awaiting" total={total} shown={letters.length}>
      {letters.map((l) => (
        <li key={l.letter.id} className="dash-item dash-item-letter">
          <LetterHead id={l.letter.id} number={l.letter.incomingNo}>
            <span className="dash-type">{typeName(t, l.requestType)}</span>
          </LetterHead>
          <div className="dash-item-body">
            <span className="muted">
              {t('deadlineBoard.received', { date: formatDay(l.letter.receivedOn, i18n.language) })}
            </span>
            <Due due={l.deadline.due} daysLeft={l.deadline.daysLeft} status={l.deadline.status} />
          </div>
          <OpenFromLetter letterId={l.letter.id} />
        </li>
      ))}
    </LetterCard>
  );
}
