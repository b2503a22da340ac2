// A calendar year's movable holidays still to be entered (Kurban Ait 2027 is announced each
// year): while one is pending, every deadline touching the year warns calendar_provisional. The
// administrator enters the announced date here; the holiday keeps the marker's key, which clears
// the warning once the year is saved.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarYear, Holiday } from '../../../../common/deadlines/calendar-schema';
import { DateInput } from '../../ui/form';

export function ProvisionalHolidays({
  draft,
  readOnly,
  onEnter,
}: {
  draft: CalendarYear;
  readOnly: boolean;
  onEnter: (holiday: Holiday) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'kk' | 'ru' | 'en';
  const entered = new Set(draft.holidays.map((h) => h.key));
  const pending = (draft.provisional ?? []).filter((p) => !entered.has(p.key));
  if (pending.length === 0) return null;
  return (
    <section className="card" data-testid="calendar-provisional">
      <h2>{t('calendarAdmin.provisionalTitle', { year: draft.year })}</h2>
      <p className="alert alert-warn" role="note">
        {t('calendarAdmin.provisionalLead', { year: draft.year })}
      </p>
      {pending.map((p) => (
        <PendingRow
          key={p.key}
          year={draft.year}
          label={p.name[lang] ?? p.name.ru}
          readOnly={readOnly}
          onEnter={(date) => onEnter({ date, name: p.name, moveIfWeekend: false, key: p.key })}
        />
      ))}
    </section>
  );
}

function PendingRow(props: {
  year: number;
  label: string;
  readOnly: boolean;
  onEnter: (date: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState('');
  const valid = date.startsWith(`${props.year}-`);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <DateInput id={id} value={date} readOnly={props.readOnly} onChange={setDate} />
      {!props.readOnly && (
        <button type="button" className="button" disabled={!valid} onClick={() => props.onEnter(date)}>
          {t('calendarAdmin.provisionalEnter')}
        </button>
      )}
    </div>
  );
}
