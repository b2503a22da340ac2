// The actions a request's decisions queued for the central system, each with its status: queued in
// the outbox → sent (central accepted the event) → confirmed by central / failed. For a failed one
// whose event central rejected, the sync needs-attention entry (reason, rejections, events held
// back behind it, its history) with retry and a note.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView, RequestDetail } from '../../../../common/contract/requests';
import type { AttentionItem } from '../../../../common/contract/sync';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { TextAreaField } from '../../ui/controls';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { formatDateTime } from '../../format/dates';
import { ACTION_KEYS, ACTION_STATUS_KEYS, FAILURE_SOURCE_KEYS } from './vocab';

export function ActionsCard({ request: d, onChanged }: { request: RequestDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const rejected = d.actions.some((a) => a.failure?.source === 'central_rejected');
  const attention = useCall(
    'sync.attention',
    { recordType: 'request', recordId: d.id },
    { enabled: rejected && can('sync.attention') },
  );

  return (
    <section className="card" aria-labelledby="rq-actions" data-testid="request-actions">
      <h2 id="rq-actions">{t('request.actions.title')}</h2>
      {d.actions.length === 0 ? (
        <p className="muted">{t('request.actions.none')}</p>
      ) : (
        <ul className="rq-actions">
          {d.actions.map((a) => (
            <ActionRow
              key={a.id}
              action={a}
              attention={attention.data?.find((x) => x.eventId === a.eventId) ?? null}
              onChanged={() => {
                attention.reload();
                onChanged();
              }}
            />
          ))}
        </ul>
      )}
      {attention.error && <ErrorMessage error={attention.error} />}
    </section>
  );
}

function ActionRow({
  action: a,
  attention,
  onChanged,
}: {
  action: ActionView;
  attention: AttentionItem | null;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <li className="rq-action" data-action={a.action} data-status={a.status} data-testid="request-action">
      <div className="rq-action-head">
        <strong>{t(ACTION_KEYS[a.action])}</strong>
        <span className={`rq-badge rq-action-${a.status}`} data-testid="action-status">
          {t(ACTION_STATUS_KEYS[a.status])}
        </span>
      </div>
      <div className="muted rq-small">
        {t('request.actions.queuedAt', { at: formatDateTime(a.createdAt, lang) })}
        {a.sentAt && ` · ${t('request.actions.sentAt', { at: formatDateTime(a.sentAt, lang) })}`}
        {a.confirmedAt &&
          ` · ${t('request.actions.confirmedAt', { at: formatDateTime(a.confirmedAt, lang) })}`}
        {a.attempts > 0 &&
          a.status === 'queued' &&
          ` · ${t('request.actions.attempts', { count: a.attempts })}`}
      </div>
      {a.failure && (
        <div className="alert alert-error rq-action-failure" role="note">
          <p>
            {t(FAILURE_SOURCE_KEYS[a.failure.source])}
            {a.failure.reason && <span className="mr-mono"> ({a.failure.reason})</span>}
          </p>
          {a.results
            .filter((r) => r.note)
            .map((r) => (
              <p key={r.receivedAt} className="rq-small">
                {formatDateTime(r.executedAt, lang)}: {r.note}
              </p>
            ))}
          {attention && <AttentionPanel item={attention} onChanged={onChanged} />}
        </div>
      )}
    </li>
  );
}

function AttentionPanel({ item, onChanged }: { item: AttentionItem; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  const [done, setDone] = useState<string | null>(null);

  const act = (fn: () => Promise<unknown>, doneText: string) =>
    void run(async () => {
      await fn();
      setDone(doneText);
      setNote('');
      onChanged();
    });

  return (
    <div className="rq-attention" data-testid="action-attention">
      <p>
        {t('request.actions.rejectedLine', {
          reason: item.reason,
          count: item.rejections,
        })}
        {item.detail && <span className="mr-mono"> {item.detail}</span>}
      </p>
      {item.heldBack > 0 && (
        <p className="rq-small">{t('request.actions.heldBack', { count: item.heldBack })}</p>
      )}
      {item.history.length > 0 && (
        <ul className="rq-attention-log rq-small">
          {item.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              {formatDateTime(h.at, i18n.language)} · {h.actor} ·{' '}
              {h.kind === 'rejected'
                ? t('request.actions.logRejected', { reason: h.reason ?? '' })
                : h.kind === 'retried'
                  ? t('request.actions.logRetried')
                  : t('request.actions.logNote')}
              {h.note && <span className="mr-pre"> — {h.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {(can('sync.retry') || can('sync.annotate')) && (
        <form
          className="rq-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim())
              act(
                () => api.call('sync.annotate', { seq: item.seq, note: note.trim() }),
                t('request.actions.noted'),
              );
          }}
        >
          {can('sync.annotate') && (
            <TextAreaField
              label={t('request.actions.note')}
              rows={2}
              maxLength={2000}
              value={note}
              onChange={setNote}
            />
          )}
          <div className="actions">
            {can('sync.retry') && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() =>
                  act(() => api.call('sync.retry', { seq: item.seq }), t('request.actions.retried'))
                }
                data-testid="action-retry"
              >
                {t('request.actions.retry')}
              </button>
            )}
            {can('sync.annotate') && (
              <button type="submit" className="button" disabled={busy || !note.trim()}>
                {t('request.actions.addNote')}
              </button>
            )}
          </div>
        </form>
      )}
      {done && (
        <p className="rq-small" role="status">
          {done}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
