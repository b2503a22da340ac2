// Settings → deadline rules and request settings (administrators), #/settings/deadlines: per request
// type the office's operative deadline (policy) and the legal outer limit (statute) in working days,
// with the basis in Kazakh, Russian and English; saved as a new version (the due dates of open
// requests follow, and the screen says which moved), reset to the shipped file, history. Below, the
// request settings: how many days after closing with erasure the desk's copy of a subject is purged.
import { HeadTable } from '../../app/HeadTable';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulesSaveView } from '../../../../common/contract/requests';
import type { DeadlineRule, DeadlineRules } from '../../../../common/deadlines/calendar-schema';
import { REQUEST_TYPES, type RequestType } from '../../../../common/requests/vocab';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/form';
import { useAction } from '../../ui/useAction';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime } from '../../format/dates';
import { typeName } from '../requests';
import { AdminPage } from './AdminPage';
import { History, SaveOutcome } from './CalendarAdmin';
import { DataProblems } from './Problems';
import { RequestSettingsSection } from './RequestSettingsSection';

/** A rule's problem before it is sent (the core checks again). */
function ruleProblem(r: DeadlineRule): 'days' | 'order' | 'basis' | null {
  const ok = (n: number) => Number.isInteger(n) && n >= 0 && n <= 365;
  if (!ok(r.policyWorkingDays) || !ok(r.statutoryWorkingDays)) return 'days';
  if (r.policyWorkingDays > r.statutoryWorkingDays) return 'order';
  if (!r.basis.kk.trim() || !r.basis.ru.trim() || !r.basis.en.trim()) return 'basis';
  return null;
}

export function DeadlineRulesAdmin() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('rulesAdmin.title')} lead={t('rulesAdmin.lead')} requires="deadlines.putRules" wide>
      <RulesEditor />
      <RequestSettingsSection />
    </AdminPage>
  );
}

/** The rules in force and the draft being edited, with saving and resetting to the shipped file. */
function useRulesDraft() {
  const rules = useCall('deadlines.rules', {});
  const history = useCall('deadlines.rulesHistory', {});
  const [draft, setDraft] = useState<DeadlineRules | null>(null);
  const { busy: saving, error, run } = useAction();
  const [saved, setSaved] = useState<RulesSaveView | null>(null);

  const base = rules.data?.rules ?? null;
  useEffect(() => {
    if (base) setDraft(structuredClone(base));
  }, [base]);
  const dirty = draft !== null && base !== null && JSON.stringify(draft) !== JSON.stringify(base);
  const problems = useMemo(
    () =>
      draft ? REQUEST_TYPES.map((ty) => [ty, ruleProblem(draft[ty])] as const).filter(([, p]) => p) : [],
    [draft],
  );

  const setRule = (type: RequestType, patch: Partial<DeadlineRule>) =>
    setDraft((d) => (d ? { ...d, [type]: { ...d[type], ...patch } } : d));

  const after = (r: RulesSaveView) => {
    setSaved(r);
    rules.reload();
    history.reload();
  };

  /** Saves the draft or resets to the shipped file: either answers with the rules now in force. */
  const store = (call: () => Promise<RulesSaveView>) =>
    run(async () => {
      setSaved(null);
      after(await call());
    });
  const save = async () => {
    if (draft) await store(() => api.call('deadlines.putRules', { rules: draft }));
  };
  const reset = () => store(() => api.call('deadlines.resetRules', {}));

  return {
    rules,
    history,
    base,
    draft,
    setDraft,
    saving,
    error,
    saved,
    dirty,
    problems,
    setRule,
    save,
    reset,
  };
}

function RulesEditor() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { can } = useAuth();
  const rulesDraft = useRulesDraft();
  const { rules, history, base, draft, setDraft, saving, error, saved, dirty, problems } = rulesDraft;
  const { setRule, save, reset } = rulesDraft;
  const [confirmReset, setConfirmReset] = useState(false);
  const mayEdit = can('deadlines.putRules');

  const info = rules.data;
  return (
    <>
      <section className="card" aria-labelledby="rules-title" data-testid="deadline-rules">
        <h2 id="rules-title">{t('rulesAdmin.rules')}</h2>
        {rules.error && <ErrorMessage error={rules.error} />}
        {info && (
          <p className="muted small">
            {info.origin === 'shipped'
              ? t('rulesAdmin.fromFile')
              : t('rulesAdmin.fromVersion', { version: info.version ?? '—' })}
            {info.savedAt && ` · ${formatDateTime(info.savedAt, lng)} · ${info.savedBy ?? ''}`}
          </p>
        )}
        {draft && (
          <HeadTable
            className="data-table admin-rules"
            head={[
              t('requestList.col.type'),
              t('rulesAdmin.policy'),
              t('rulesAdmin.statute'),
              t('rulesAdmin.basis'),
            ]}
          >
            {REQUEST_TYPES.map((ty) => (
              <RuleRow
                key={ty}
                type={ty}
                rule={draft[ty]}
                readOnly={!mayEdit}
                onChange={(patch) => setRule(ty, patch)}
                problem={ruleProblem(draft[ty])}
              />
            ))}
          </HeadTable>
        )}
        {draft && (
          <TextAreaField
            label={t('rulesAdmin.source')}
            fieldClassName="field-wide"
            readOnly={!mayEdit}
            value={draft.source ?? ''}
            onChange={(source) => setDraft((d) => (d ? { ...d, source } : d))}
          />
        )}
        {dirty && (
          <p className="alert alert-info" role="status">
            {t('rulesAdmin.unsaved')}
          </p>
        )}
        {error && <DataProblems error={error} testId="rules-problems" />}
        {saved && <SaveOutcome result={saved} />}
        {mayEdit && draft && (
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={!dirty || saving || problems.length > 0}
              onClick={() => void save()}
            >
              {t('rulesAdmin.save')}
            </button>
            {dirty && (
              <button
                type="button"
                className="button"
                onClick={() => base && setDraft(structuredClone(base))}
              >
                {t('calendarAdmin.discard')}
              </button>
            )}
            {info && info.origin !== 'shipped' && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setConfirmReset(true)}
                disabled={saving}
              >
                {t('rulesAdmin.reset')}
              </button>
            )}
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="rules-history">
        <h2 id="rules-history">{t('rulesAdmin.history')}</h2>
        <History rows={history.data} error={history.error} />
      </section>
      <ResetDialog open={confirmReset} onClose={() => setConfirmReset(false)} onReset={() => void reset()} />
    </>
  );
}

/** The two numbers of a rule: the office's own deadline and the statute's outer limit. */
const DAYS = [
  ['policy', 'policyWorkingDays'],
  ['statute', 'statutoryWorkingDays'],
] as const;

function RuleRow({
  type,
  rule,
  readOnly,
  onChange,
  problem,
}: {
  type: RequestType;
  rule: DeadlineRule;
  readOnly: boolean;
  onChange: (patch: Partial<DeadlineRule>) => void;
  problem: 'days' | 'order' | 'basis' | null;
}) {
  const { t, i18n } = useTranslation();
  const ids = { kk: useId(), ru: useId(), en: useId(), err: useId() };
  const name = typeName(t, type);
  const basisNow =
    i18n.language === 'kk' ? rule.basis.kk : i18n.language === 'en' ? rule.basis.en : rule.basis.ru;
  return (
    <tr data-type={type}>
      <th scope="row" className="admin-rule-type">
        {name}
        {problem && (
          <p className="field-error" id={ids.err} role="alert">
            {problem === 'order'
              ? t('rulesAdmin.orderProblem')
              : problem === 'basis'
                ? t('rulesAdmin.basisProblem')
                : t('rulesAdmin.daysProblem')}
          </p>
        )}
      </th>
      {DAYS.map(([key, field]) => (
        <DaysCell
          key={key}
          label={t(`rulesAdmin.${key}For`, { type: name })}
          value={rule[field]}
          invalid={problem === 'days' || problem === 'order'}
          describedBy={problem ? ids.err : undefined}
          readOnly={readOnly}
          onChange={(n) => onChange({ [field]: n })}
        />
      ))}
      <td className="admin-basis">
        <details>
          <summary>{basisNow}</summary>
          {(['kk', 'ru', 'en'] as const).map((l) => (
            <div className="field" key={l}>
              <label htmlFor={ids[l]}>
                {l === 'kk'
                  ? t('rulesAdmin.basisKk')
                  : l === 'ru'
                    ? t('rulesAdmin.basisRu')
                    : t('rulesAdmin.basisEn')}
              </label>
              <textarea
                id={ids[l]}
                lang={l}
                rows={3}
                readOnly={readOnly}
                value={rule.basis[l]}
                onChange={(e) => onChange({ basis: { ...rule.basis, [l]: e.target.value } })}
              />
            </div>
          ))}
        </details>
      </td>
    </tr>
  );
}

/** Confirming the reset to the shipped rules. */
function ResetDialog({
  open,
  onClose,
  onReset,
}: {
  open: boolean;
  onClose: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      open={open}
      title={t('rulesAdmin.resetTitle')}
      onClose={onClose}
      onSubmit={() => {
        onClose();
        onReset();
      }}
      submitLabel={t('rulesAdmin.reset')}
      autoFocusSubmit
    >
      <p>{t('rulesAdmin.resetText')}</p>
    </FormDialog>
  );
}

/** A number of working days in the rules table (its label read by screen readers only). */
function DaysCell({
  label,
  value,
  invalid,
  describedBy,
  readOnly,
  onChange,
}: {
  label: string;
  value: number;
  invalid: boolean;
  describedBy: string | undefined;
  readOnly: boolean;
  onChange: (days: number) => void;
}) {
  const id = useId();
  return (
    <td>
      <label className="admin-vh" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="admin-days"
        type="number"
        min={0}
        max={365}
        inputMode="numeric"
        readOnly={readOnly}
        value={Number.isNaN(value) ? '' : value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))}
      />
    </td>
  );
}
