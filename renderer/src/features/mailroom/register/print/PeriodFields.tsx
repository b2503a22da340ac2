// A register period typed as two days (DD.MM.YYYY), first and last included; a period that ends
// before it starts says so.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../../ui/form';

export interface Period {
  from: string;
  to: string;
}

export const periodOrderWrong = (p: Period) => Boolean(p.from && p.to && p.from > p.to);

export function PeriodFields({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  const ids = { from: useId(), to: useId() };
  const wrong = periodOrderWrong(period);
  return (
    <>
      <div className="mr-grid">
        {(['from', 'to'] as const).map((end) => (
          <div className="field mr-span-6" key={end}>
            <label htmlFor={ids[end]}>{t(`mailroom.export.${end}`)}</label>
            <DateInput
              id={ids[end]}
              value={period[end]}
              data-autofocus={end === 'from' || undefined}
              aria-invalid={end === 'to' && wrong}
              onChange={(v) => onChange({ ...period, [end]: v })}
            />
          </div>
        ))}
      </div>
      {wrong && (
        <p className="field-error" role="alert">
          {t('mailroom.issues.range_order')}
        </p>
      )}
    </>
  );
}
