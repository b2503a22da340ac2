// The deadline strip under a request's title: the policy due date and the statutory one, each with
// its countdown in Kazakhstan working days (overdue in red), the day of receipt and the day the
// count starts from, a pause (the law has no extension: due dates do not move), calendar warnings
// and the rule's legal basis.
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import type { DeadlineStatus } from '../../../../common/requests/vocab';
import { formatDateTime } from '../../format/dates';
import { formatDay } from '../mailroom';
import { PAUSE_REASON_KEYS, STATE_KEYS, isCalendarWarning, warningText } from './vocab';

export function Countdown({
  days,
  status,
  testId,
}: {
  days: number;
  status: DeadlineStatus;
  testId?: string;
}) {
  const { t } = useTranslation();
  let text: string;
  let tone: string;
  if (status === 'done') {
    text = t('request.deadline.done');
    tone = 'done';
  } else if (days < 0) {
    text = t('request.deadline.overdueBy', { count: -days });
    tone = 'overdue';
  } else if (days === 0) {
    text = t('request.deadline.dueToday');
    tone = 'today';
  } else {
    text = t('request.deadline.daysLeft', { count: days });
    tone = days === 1 ? 'soon' : 'running';
  }
  return (
    <span
      className={`rq-countdown rq-countdown-${tone}`}
      data-testid={testId}
      data-status={status}
      data-days={days}
    >
      {text}
    </span>
  );
}

export function DeadlineHeader({ request: d }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'kk' | 'ru' | 'en';
  const dl = d.deadline;
  const basis = dl.basis ? (dl.basis[lang] ?? dl.basis.ru) : null;
  const calendarWarnings = [...new Set([...dl.warnings, ...d.warnings].filter(isCalendarWarning))];
  return (
    <section
      className="card rq-deadline"
      aria-label={t('request.deadline.title')}
      data-testid="request-deadline"
    >
      <div className="rq-deadline-grid">
        <div className={`rq-deadline-cell rq-deadline-${dl.status}`}>
          <span className="rq-deadline-label">{t('request.deadline.due')}</span>
          <span className="rq-deadline-date" data-testid="request-due" data-date={dl.due}>
            {formatDay(dl.due, i18n.language)}
          </span>
          <Countdown days={dl.daysLeft} status={dl.status} testId="request-countdown" />
          <span className="rq-deadline-note">
            {t('request.deadline.workingDays', { count: dl.workingDays })}
          </span>
        </div>
        <div className={`rq-deadline-cell rq-deadline-${dl.statutoryStatus}`}>
          <span className="rq-deadline-label">{t('request.deadline.statutoryDue')}</span>
          <span className="rq-deadline-date" data-testid="request-statutory-due" data-date={dl.statutoryDue}>
            {formatDay(dl.statutoryDue, i18n.language)}
          </span>
          <Countdown
            days={dl.statutoryDaysLeft}
            status={dl.statutoryStatus}
            testId="request-statutory-countdown"
          />
          <span className="rq-deadline-note">
            {t('request.deadline.workingDays', { count: dl.statutoryWorkingDays })}
          </span>
        </div>
        <div className="rq-deadline-cell">
          <span className="rq-deadline-label">{t('request.deadline.received')}</span>
          <span className="rq-deadline-date rq-deadline-date-small" data-testid="request-received">
            {formatDateTime(dl.receivedAt, i18n.language)}
          </span>
          {dl.countedFrom !== dl.receivedOn && (
            <span className="rq-deadline-note">
              {t('request.deadline.countedFrom', { date: formatDay(dl.countedFrom, i18n.language) })}
            </span>
          )}
          <span className="rq-deadline-note">
            {t('request.deadline.today', { date: formatDay(dl.today, i18n.language) })}
          </span>
        </div>
      </div>
      {dl.paused && (
        <p className="alert alert-warn" role="note" data-testid="request-paused">
          {t('request.deadline.paused', {
            since: formatDateTime(dl.paused.since, i18n.language),
            reason:
              dl.paused.reason in PAUSE_REASON_KEYS
                ? t(PAUSE_REASON_KEYS[dl.paused.reason as keyof typeof PAUSE_REASON_KEYS])
                : dl.paused.reason,
            state: t(STATE_KEYS[dl.paused.from]),
          })}
        </p>
      )}
      {calendarWarnings.map((w) => (
        <p key={w} className="alert alert-warn" role="note" data-testid="request-calendar-warning">
          {warningText(t, w)}
        </p>
      ))}
      {basis && (
        <details className="rq-basis">
          <summary>{t('request.deadline.basis')}</summary>
          <p>{basis}</p>
        </details>
      )}
    </section>
  );
}
