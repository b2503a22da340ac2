// The record's correction history: who changed which field when, from what to what (newest first).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RequestKind } from '../../../../../common/requests/document-types';
import type { Register } from '../../../../../common/contract/mailroom';
import { useCall } from '../../../api/hooks';
import { formatDateTime } from '../../../format/dates';
import { FIELD_LABEL_KEYS } from './fields';
import { formatDay } from '../format';
import { requestKindName } from '../kind/RequestKind';
import { CHANNEL_KEYS, PARTY_KIND_KEYS, LETTER_LANGUAGE_KEYS } from '../vocab';

/** Coded fields are stored as codes; the history shows their names in the user's language. */
const CODE_KEYS: Record<string, Record<string, string>> = {
  channel: CHANNEL_KEYS,
  method: CHANNEL_KEYS,
  language: LETTER_LANGUAGE_KEYS,
  'sender.kind': PARTY_KIND_KEYS,
  'addressee.kind': PARTY_KIND_KEYS,
};

function shown(t: TFunction, lang: string, field: string, value: string | null): string {
  if (field === 'requestKind') return requestKindName(t, value as RequestKind | null);
  if (value === null) return '—';
  if (field === 'receivedAt') return formatDateTime(value, lang);
  if (field === 'date' || field === 'senderRef.date') return formatDay(value, lang);
  const key = CODE_KEYS[field]?.[value];
  return key ? t(key) : value;
}

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
              <del>{shown(t, i18n.language, r.field, r.before)}</del> →{' '}
              <ins>{shown(t, i18n.language, r.field, r.after)}</ins>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
