// The record's correction history: who changed which field when, from what to what (newest first).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Register } from '../../../../../common/contract/mailroom';
import { useCall } from '../../../api/hooks';
import { formatDateTime } from '../../../format/dates';
import { FIELD_LABEL_KEYS } from './fields';

export function CorrectionHistory({
  register,
  id,
  version,
}: {
  register: Register;
  id: number;
  version: string;
}) {
  const { t, i18n } = useTranslation();
  // `version` (the entry's updatedAt) asks again after a correction.
  const history = useCall('mailroom.corrections', { register, id });
  const { reload } = history;
  useEffect(reload, [version, reload]);
  const rows = history.data?.corrections ?? [];
  return (
    <section className="card" aria-labelledby={`mr-history-${register}`} data-testid="correction-history">
      <h2 id={`mr-history-${register}`}>{t('mailroom.correct.history')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('mailroom.correct.noHistory')}</p>
      ) : (
        <ul className="mr-plain">
          {rows.map((r, i) => (
            <li key={i} data-field={r.field}>
              <span className="muted">
                {formatDateTime(r.at, i18n.language)} · {r.actor}
              </span>
              <br />
              <strong>{FIELD_LABEL_KEYS[r.field] ? t(FIELD_LABEL_KEYS[r.field]!) : r.field}</strong>:{' '}
              <del>{r.before ?? '—'}</del> → <ins>{r.after ?? '—'}</ins>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
