// The audit log's filters: user, action and entity from the log's own values, an entity id, and an
// Almaty day range typed as DD.MM.YYYY (one hint and one error for both days).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ChoiceField, InputField } from '../../ui/form';
import { auditActionLabel, auditEntityLabel } from './action-label';
import {
  dayProblem,
  EMPTY_FILTER,
  toAuditFilter,
  type AuditFilter,
  type AuditFilterForm,
  type DayProblem,
} from './query';

export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const facets = useCall('audit.facets', {});
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [dateError, setDateError] = useState<DayProblem | null>(null);
  const hintId = useId();
  const errId = useId();

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const problem = dayProblem(form);
    setDateError(problem);
    if (!problem) onApply(toAuditFilter(form));
  };
  const clear = () => {
    setForm(EMPTY_FILTER);
    setDateError(null);
    onApply({});
  };
  const set = (k: keyof AuditFilterForm) => (value: string) => setForm((f) => ({ ...f, [k]: value }));
  const choice = (k: 'actor' | 'action' | 'entityType', all: string, values: readonly string[] = []) => (
    <ChoiceField
      label={t(`pages.audit.filter.${k}`)}
      value={form[k]}
      onChange={set(k)}
      empty={t(`pages.audit.filter.${all}`)}
      options={values.map((v) => ({ value: v, label: optionLabel(k, v) }))}
    />
  );
  const optionLabel = (k: string, v: string) =>
    k === 'action' ? auditActionLabel(t, v) : k === 'entityType' ? auditEntityLabel(t, v, '') : v;
  const day = (k: 'fromDay' | 'toDay', label: string, invalid: boolean) => (
    <InputField
      label={t(`pages.audit.filter.${label}`)}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('pages.audit.filter.datePlaceholder')}
      value={form[k]}
      aria-invalid={invalid}
      aria-describedby={invalid ? `${hintId} ${errId}` : hintId}
      onChange={set(k)}
    />
  );

  return (
    <>
      <form className="card audit-filters" onSubmit={apply} aria-label={t('pages.audit.filters')}>
        {choice('actor', 'allUsers', facets.data?.actors)}
        {choice('action', 'allActions', facets.data?.actions)}
        {choice('entityType', 'allTypes', facets.data?.entityTypes)}
        <InputField
          label={t('pages.audit.filter.entityId')}
          type="text"
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          value={form.entityId}
          onChange={set('entityId')}
        />
        {day('fromDay', 'from', dateError === 'fromDay')}
        {day('toDay', 'to', dateError === 'toDay' || dateError === 'range')}
        <div className="audit-filter-actions">
          <button type="submit" className="button button-primary">
            {t('pages.audit.filter.apply')}
          </button>
          <button type="button" className="button button-quiet" onClick={clear}>
            {t('pages.audit.filter.clear')}
          </button>
        </div>
        <p className="field-hint audit-filter-hint" id={hintId}>
          {t('pages.audit.filter.dateHint')}
        </p>
        {dateError && (
          <p className="field-error audit-filter-hint" id={errId} role="alert">
            {dateError === 'range'
              ? t('pages.audit.filter.rangeInvalid')
              : t('pages.audit.filter.dateInvalid')}
          </p>
        )}
      </form>
      {facets.error && <ErrorMessage error={facets.error} />}
    </>
  );
}
