// The incoming letters a request comes from (the earliest receipt starts the clock), with a link
// to each register entry; officers can link another letter by its Вх. №.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { isTerminalState } from '../../../../common/requests/vocab';
import { api } from '../../api/client';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { LabeledField } from '../../ui/controls';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
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
  const [number, setNumber] = useState('');
  const { busy, error, run } = useAction();
  const mayLink = can('requests.linkLetters') && !d.purgedAt && !isTerminalState(d.state);

  const link = () => {
    const n = number.trim();
    if (!n) return;
    void run(async () => {
      await api.call('requests.linkLetters', { id: d.id, letters: [n] });
      setNumber('');
      onChanged();
    });
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
            link();
          }}
        >
          <LabeledField label={t('request.letters.link')}>
            {(ids) => (
              <div className="rq-input-row">
                <input
                  {...ids}
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
            )}
          </LabeledField>
          {error && <ErrorMessage error={error} />}
        </form>
      )}
    </section>
  );
}
