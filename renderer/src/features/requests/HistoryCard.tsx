// What happened to a request, newest first: who, when, which step (from → to state), the reason
// code in words and the officer's note.
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { formatDateTime } from '../../format/dates';
import { historyEventText, reasonCodeText, STATE_KEYS } from './vocab';

export function HistoryCard({ request: d }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation();
  const entries = [...d.history].reverse();
  return (
    <section className="card" aria-labelledby="rq-history" data-testid="request-history">
      <h2 id="rq-history">{t('request.history.title')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('request.history.empty')}</p>
      ) : (
        <ol className="rq-history">
          {entries.map((h, i) => (
            <li key={`${h.at}-${i}`} data-event={h.event}>
              <div className="rq-history-head">
                <strong>{historyEventText(t, h.event)}</strong>
                {h.from && h.to && h.from !== h.to && (
                  <span className="muted">
                    {' '}
                    {t(STATE_KEYS[h.from])} → {t(STATE_KEYS[h.to])}
                  </span>
                )}
              </div>
              <div className="rq-history-meta muted">
                <time dateTime={h.at}>{formatDateTime(h.at, i18n.language)}</time> · {h.actor}
              </div>
              {h.reasonCode && h.event !== 'opened' && (
                <div className="rq-history-reason">{reasonCodeText(t, h.reasonCode)}</div>
              )}
              {h.note && <div className="rq-history-note mr-pre">{h.note}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
