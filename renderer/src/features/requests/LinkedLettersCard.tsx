// The incoming letters a request comes from (the earliest receipt starts the clock), with a link
// to each register entry; officers can link another letter by its Вх. №.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import { isTerminalState } from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime } from '../../format/dates';
import { CHANNEL_KEYS } from '../mailroom';
import type { Channel } from '../../../../common/contract/mailroom';

export function LinkedLettersCard({
  request: d,
  onChanged,
}: {
  request: RequestDetail;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const inputId = useId();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);
  const mayLink = can('requests.linkLetters') && !d.purgedAt && !isTerminalState(d.state);

  const link = async () => {
    const n = number.trim();
    if (!n || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.call('requests.linkLetters', { id: d.id, letters: [n] });
      setNumber('');
      onChanged();
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="rq-letters" data-testid="request-letters">
      <h2 id="rq-letters">{t('request.letters.title')}</h2>
      {d.letters.length === 0 ? (
        <p className="muted">
          {d.origin === 'direct' ? t('request.letters.direct') : t('request.letters.none')}
        </p>
      ) : (
        <ul className="rq-letter-list">
          {d.letters.map((l) => (
            <li key={l.id}>
              <a className="mr-mono" href={href('incoming', String(l.id))}>
                {l.incomingNo}
              </a>
              <span className="muted">
                {' '}
                {formatDateTime(l.receivedAt, i18n.language)}
                {l.channel && l.channel in CHANNEL_KEYS ? ` · ${t(CHANNEL_KEYS[l.channel as Channel])}` : ''}
              </span>
              {l.documentType && <div className="rq-small">{l.documentType}</div>}
            </li>
          ))}
        </ul>
      )}
      {mayLink && (
        <form
          className="rq-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void link();
          }}
        >
          <div className="field">
            <label htmlFor={inputId}>{t('request.letters.link')}</label>
            <div className="rq-input-row">
              <input
                id={inputId}
                className="input-mono"
                value={number}
                placeholder="ВХ-2026-000001"
                onChange={(e) => setNumber(e.target.value)}
                autoComplete="off"
              />
              <button type="submit" className="button" disabled={busy || !number.trim()}>
                {t('request.letters.linkButton')}
              </button>
            </div>
          </div>
          {error && <ErrorMessage error={error} />}
        </form>
      )}
    </section>
  );
}
