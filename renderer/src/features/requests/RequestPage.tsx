// One subject request (#/requests/<id>): the header with its number, type, state and deadline
// (policy and statutory, with working-day countdowns), the subject (the full IIN shows here: the
// core audits opening a request), identity verification, the state steps the lifecycle allows,
// the decision form for its type with a preview of the actions it queues, the actions and their
// delivery, the reply letters, the linked letters and the history.
// Roles: everything that changes a request is shown only to roles that may make the call
// (useAuth().can); the core refuses anyway.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import type { ErrorPayload } from '../../../../common/errors';
import { formatDateTime } from '../../format/dates';
import { RequestLetters } from '../letters';
import { ActionsCard } from './ActionsCard';
import { DeadlineHeader } from './DeadlineHeader';
import { DecisionSection } from './DecisionSection';
import { HistoryCard } from './HistoryCard';
import { LinkedLettersCard } from './LinkedLettersCard';
import { StepsBar } from './StepsBar';
import { SubjectCard } from './SubjectCard';
import { VerificationCard } from './VerificationCard';
import { STATE_KEYS, TYPE_KEYS, isCalendarWarning, warningText } from './vocab';

export function RequestPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const req = useCall('requests.get', { id });
  const d = req.data;
  const decisionRef = useRef<HTMLElement>(null);

  const focusDecision = useCallback(() => {
    const el = decisionRef.current;
    if (!el) return;
    el.scrollIntoView({ block: 'start', behavior: 'smooth' });
    el.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
  }, []);

  return (
    <Page
      title={d ? d.id : id}
      lead={d ? <HeadLine request={d} /> : undefined}
      wide
      actions={
        <a className="button" href={href('requests')}>
          {t('nav.requests')}
        </a>
      }
    >
      {req.error && !d && <ErrorMessage error={req.error} />}
      {!d && !req.error && <p className="muted">{t('common.loading')}</p>}
      {d && (
        <RequestBody request={d} reload={req.reload} decisionRef={decisionRef} onDecide={focusDecision} />
      )}
    </Page>
  );
}

function HeadLine({ request: d }: { request: RequestDetail }) {
  const { t } = useTranslation();
  return (
    <span className="rq-headline" data-testid="request-headline">
      <span className="rq-type" data-testid="request-type">
        {t(TYPE_KEYS[d.type])}
      </span>
      <span className={`rq-badge rq-state-${d.state}`} data-testid="request-state" data-state={d.state}>
        {t(STATE_KEYS[d.state])}
      </span>
      {d.state === 'paused' && d.pausedFrom && (
        <span className="muted">{t('request.pausedFrom', { state: t(STATE_KEYS[d.pausedFrom]) })}</span>
      )}
      {d.minor && (
        <span className="rq-badge rq-badge-minor" data-testid="request-minor">
          {t('request.minorFlag')}
        </span>
      )}
    </span>
  );
}

function RequestBody({
  request: d,
  reload,
  decisionRef,
  onDecide,
}: {
  request: RequestDetail;
  reload: () => void;
  decisionRef: React.RefObject<HTMLElement | null>;
  onDecide: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);
  const purged = d.purgedAt !== null;

  const changeType = async () => {
    if (!d.suggestedType || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.call('requests.update', { id: d.id, patch: { type: d.suggestedType } });
      reload();
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <DeadlineHeader request={d} />
      <StepsBar request={d} onChanged={reload} onDecide={onDecide} />
      {purged && (
        <div className="alert alert-warn" role="note" data-testid="request-purged">
          <p>{t('request.purgedNote', { at: formatDateTime(d.purgedAt!, i18n.language) })}</p>
        </div>
      )}
      {d.warnings.filter((w) => !isCalendarWarning(w)).length > 0 && (
        <div className="alert alert-warn" role="note" data-testid="request-warnings">
          <ul className="mr-plain">
            {d.warnings
              .filter((w) => !isCalendarWarning(w))
              .map((w) => (
                <li key={w}>{warningText(t, w)}</li>
              ))}
          </ul>
        </div>
      )}
      {d.suggestedType && (
        <div className="alert alert-warn rq-inline-alert" role="note" data-testid="request-suggested-type">
          <p>{t('request.suggestedType', { type: t(TYPE_KEYS[d.suggestedType]) })}</p>
          {can('requests.update') && !purged && (
            <button type="button" className="button" disabled={busy} onClick={() => void changeType()}>
              {t('request.useSuggestedType', { type: t(TYPE_KEYS[d.suggestedType]) })}
            </button>
          )}
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="rq-layout">
        <div className="rq-main">
          <SubjectCard request={d} onChanged={reload} />
          <VerificationCard request={d} onChanged={reload} />
          <DecisionSection request={d} onChanged={reload} sectionRef={decisionRef} />
          <ActionsCard request={d} onChanged={reload} />
          <RequestLetters request={d} onChanged={reload} />
        </div>
        <div className="rq-side">
          <LinkedLettersCard request={d} onChanged={reload} />
          <section className="card" aria-labelledby="rq-facts">
            <h2 id="rq-facts">{t('request.record.title')}</h2>
            <dl className="facts">
              <dt>{t('request.record.opened')}</dt>
              <dd>
                {t('request.record.openedLine', {
                  by: d.createdBy,
                  at: formatDateTime(d.createdAt, i18n.language),
                })}
              </dd>
              <dt>{t('request.record.origin')}</dt>
              <dd>
                {d.origin === 'letter' ? t('request.record.originLetter') : t('request.record.originDirect')}
              </dd>
              {d.answeredAt && (
                <>
                  <dt>{t('request.record.answered')}</dt>
                  <dd>
                    {formatDateTime(d.answeredAt, i18n.language)}
                    {d.replyOutgoingNo && <span className="mr-mono"> · {d.replyOutgoingNo}</span>}
                  </dd>
                </>
              )}
              {d.closedAt && (
                <>
                  <dt>{t('request.record.closed')}</dt>
                  <dd>{formatDateTime(d.closedAt, i18n.language)}</dd>
                </>
              )}
            </dl>
          </section>
          <HistoryCard request={d} />
        </div>
      </div>
    </>
  );
}
