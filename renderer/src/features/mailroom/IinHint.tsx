// What an IIN or BIN says, checked as it is typed (common/identifiers): a person's birth date and
// sex, a minor, an organization's type, or why the number does not check out.
import { useTranslation } from 'react-i18next';
import { validateIinBin } from '../../../../common/identifiers/iin';
import { formatDate } from '../../format/dates';
import { BIN_ENTITY_KEYS, BIN_UNIT_KEYS, IIN_REASON_KEYS } from './vocab';

export function iinProblem(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  const r = validateIinBin(v);
  return r.valid ? null : (r.reason ?? 'invalid');
}

export function IinHint({
  value,
  id,
  focused,
}: {
  value: string | null | undefined;
  id: string;
  focused: boolean;
}) {
  const { t, i18n } = useTranslation();
  const v = (value ?? '').trim();
  if (!v) {
    return (
      <p className="field-hint mr-status mr-status-muted" id={id}>
        {t('mailroom.iin.hint')}
      </p>
    );
  }
  const r = validateIinBin(v);
  if (!r.valid) {
    // Still typing the twelve digits: count them rather than call it wrong.
    const typing = focused && r.reason === 'length' && /^[0-9\s]+$/.test(v) && r.normalized.length < 12;
    return (
      <p
        className={`field-hint mr-status ${typing ? 'mr-status-muted' : 'mr-status-warn'}`}
        id={id}
        aria-live="polite"
      >
        {typing
          ? t('mailroom.iin.typing', { count: r.normalized.length })
          : t(IIN_REASON_KEYS[r.reason ?? ''] ?? 'mailroom.iin.reason.invalid')}
      </p>
    );
  }
  if (r.kind === 'BIN') {
    return (
      <p className="field-hint mr-status mr-status-ok" id={id} aria-live="polite">
        {t('mailroom.iin.bin', {
          registered: r.registered ?? '',
          entity: r.entityType ? t(BIN_ENTITY_KEYS[r.entityType]!) : '',
          unit: r.unit ? t(BIN_UNIT_KEYS[r.unit]!) : '',
        })}
      </p>
    );
  }
  return (
    <p
      className={`field-hint mr-status ${r.minor ? 'mr-status-warn' : 'mr-status-ok'}`}
      id={id}
      aria-live="polite"
    >
      {t(r.sex === 'F' ? 'mailroom.iin.personF' : 'mailroom.iin.personM', {
        birthDate: r.birthDate ? formatDate(`${r.birthDate}T12:00:00+05:00`, i18n.language) : '',
        age: r.age ?? 0,
      })}
      {r.minor && <strong className="mr-minor"> {t('mailroom.iin.minor')}</strong>}
    </p>
  );
}
