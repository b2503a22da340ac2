// The requests list's filters: state (any, still running, or one), type, officer (the names the
// registers know), due before and a search; the count of what they find beside them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATES, REQUEST_TYPES } from '../../../../../common/requests/vocab';
import { useCall } from '../../../api/hooks';
import { ChoiceField, DateField, InputField } from '../../../ui/controls';
import { stateName, typeName } from './vocab';

export interface FilterForm {
  /** '' any, RUNNING every state whose deadline still runs, else one state. */
  state: string;
  type: string;
  officer: string;
  dueBefore: string;
  search: string;
}
export const RUNNING = 'running';
export const EMPTY: FilterForm = { state: '', type: '', officer: '', dueBefore: '', search: '' };

export function RequestFilters({
  filter,
  onChange,
  onReset,
  count,
}: {
  filter: FilterForm;
  onChange: (key: keyof FilterForm, value: string) => void;
  /** Offered while a filter is set. */
  onReset: (() => void) | undefined;
  count: number | null;
}) {
  const { t } = useTranslation();
  const officers = useCall('intake.officers', {});
  const officersId = useId();
  const set = (k: keyof FilterForm) => (v: string) => onChange(k, v);
  return (
    <form
      className="mr-filters"
      role="search"
      aria-label={t('requestList.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <ChoiceField
        label={t('requestList.col.state')}
        value={filter.state}
        onChange={set('state')}
        empty={t('requestList.any')}
        options={[
          { value: RUNNING, label: t('requestList.running') },
          ...REQUEST_STATES.map((s) => ({ value: s, label: stateName(t, s) })),
        ]}
        data-testid="filter-state"
      />
      <ChoiceField
        label={t('requestList.col.type')}
        value={filter.type}
        onChange={set('type')}
        empty={t('requestList.any')}
        options={REQUEST_TYPES.map((ty) => ({ value: ty, label: typeName(t, ty) }))}
      />
      <InputField
        label={t('requestList.officer')}
        className="rl-officer"
        list={officersId}
        value={filter.officer}
        onChange={set('officer')}
        autoComplete="off"
        spellCheck={false}
      />
      <datalist id={officersId}>
        {(officers.data?.officers ?? []).map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <DateField label={t('requestList.dueBefore')} value={filter.dueBefore} onChange={set('dueBefore')} />
      <InputField
        label={t('requestList.search')}
        type="search"
        className="rl-search"
        value={filter.search}
        onChange={set('search')}
        placeholder={t('requestList.searchHint')}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="mr-filter-end">
        {onReset && (
          <button type="button" className="button button-quiet" onClick={onReset}>
            {t('requestList.reset')}
          </button>
        )}
        <p className="mr-total" role="status" data-testid="requests-count">
          {count === null ? t('common.loading') : t('requestList.count', { count })}
        </p>
      </div>
    </form>
  );
}
