// The filter bar above a register list: the period, then the register's own selects, the reset
// button and the row count.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../ui/form';

/** '' means any; every other value is the register's own (see its toFilter). */
export type FilterForm = { from: string; to: string } & Record<string, string>;

export interface FilterField {
  key: string;
  label: string;
  options: { value: string; label: string }[];
}

interface Total {
  count: number | null;
  exact: boolean;
}

interface Props {
  fields: FilterField[];
  value: FilterForm;
  onChange: (next: FilterForm) => void;
  onReset?: () => void;
  rangeBad: boolean;
  total: Total;
  countTestId: string;
}

export function RegisterFilters({ fields, value, onChange, onReset, rangeBad, total, countTestId }: Props) {
  const { t } = useTranslation();
  const baseId = useId();
  const put = (k: string) => (v: string) => onChange({ ...value, [k]: v });
  const set = (k: string) => (e: { target: { value: string } }) => put(k)(e.target.value);
  return (
    <form
      className="mr-filters"
      role="search"
      aria-label={t('mailroom.list.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${baseId}-from`}>{t('mailroom.list.from')}</label>
        <DateInput id={`${baseId}-from`} value={value.from} onChange={put('from')} />
      </div>
      <div className="field">
        <label htmlFor={`${baseId}-to`}>{t('mailroom.list.to')}</label>
        <DateInput id={`${baseId}-to`} value={value.to} onChange={put('to')} aria-invalid={rangeBad} />
      </div>
      {fields.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`${baseId}-${f.key}`}>{f.label}</label>
          <select id={`${baseId}-${f.key}`} value={value[f.key] ?? ''} onChange={set(f.key)}>
            <option value="">{t('mailroom.list.any')}</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="mr-filter-end">
        {onReset && (
          <button type="button" className="button button-quiet" onClick={onReset}>
            {t('mailroom.list.reset')}
          </button>
        )}
        <p className="mr-total" role="status" data-testid={countTestId}>
          {total.count === null
            ? t('common.loading')
            : total.exact
              ? t('mailroom.list.count', { count: total.count })
              : t('mailroom.list.countAtLeast', { count: total.count })}
        </p>
      </div>
    </form>
  );
}
