// The decision form for a request's type (common/requests/decisions): withdrawal (unfulfilled
// contractual obligations? → approve or refuse with reasons), access (the data held, typed in or
// imported from a central-system export; delivery; free of charge: no fee field, Art. 25 p.2(9)),
// rectification (before → after), blocking (block / unblock / erase with a reason), stop messages
// (the suppression-list entry), complaint (finding and measures), objection (decision) and
// minor_deletion (deletion). While it is filled in, requests.planDecision shows what saving would
// queue for the central system, its warnings and what stops it; requests.decide records it.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DecisionPlanView, RequestDetail } from '../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../common/errors';
import {
  BLOCKING_OPERATIONS,
  decisionInputSchema,
  legalBasisFor,
  WITHDRAWAL_REFUSAL_GROUNDS,
  type DecisionInput,
  type PlannedAction,
} from '../../../../common/requests/decisions';
import {
  ACCESS_DELIVERY_METHODS,
  BLOCK_REASONS,
  DECISION_OUTCOMES,
  RECTIFY_FIELDS,
  REFUSAL_GROUNDS,
  SUPPRESS_CHANNELS,
  type DecisionOutcome,
  type RequestType,
} from '../../../../common/requests/vocab';
import { api, toPayload } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { translateError } from '../../ui/errors';
import {
  COMPLAINT_MEASURE_CODES,
  COMPLAINT_MEASURES,
  type ComplaintMeasure,
} from '../../../../common/letters/phrases';
import { RadioGroup, SelectInput, TextArea, TextInput } from '../../ui/fields';
import {
  LETTER_TEXT_DEFAULTS,
  LetterTextsFields,
  letterTextsOf,
  type LetterTextValues,
} from './LetterTextsFields';
import { contractResolver, coreIssues, fieldErrorText, lines, opt } from './form';
import {
  ACTION_KEYS,
  BLOCK_REASON_KEYS,
  BLOCKING_OPERATION_KEYS,
  CHANNEL_KEYS,
  DELIVERY_KEYS,
  FINDING_KEYS,
  OUTCOME_KEYS,
  RECTIFY_FIELD_KEYS,
  REFUSAL_GROUND_KEYS,
  warningText,
} from './vocab';

interface AccessRow {
  category: string;
  value: string;
  purpose: string;
  source: string;
  retention: string;
}

export interface DecisionFormValues extends LetterTextValues {
  outcome: DecisionOutcome;
  refusalGround: string;
  reasons: string;
  legalBasis: string;
  note: string;
  obligationsUnfulfilled: '' | 'yes' | 'no';
  obligations: string;
  dataHeld: AccessRow[];
  dataSource: 'typed' | 'central_export_json' | 'central_export_csv';
  purposes: string;
  sources: string;
  thirdParties: string;
  delivery: string;
  requestCentralExport: boolean;
  corrections: Array<{ field: string; before: string; after: string }>;
  operation: string;
  blockReason: string;
  reasonText: string;
  verificationUntil: string;
  channels: string[] | string | false;
  phone: string;
  byAccount: boolean;
  finding: string;
  findings: string;
  measures: string;
  /** Standard complaint measures picked from the localized list (printed in every letter language). */
  measureCodes: string[] | string | false;
  decisionText: string;
  stopAutomatedProcessing: boolean;
  ageConfirmed: boolean;
}

function defaults(d: RequestDetail): DecisionFormValues {
  return {
    ...LETTER_TEXT_DEFAULTS(d.language),
    measureCodes: [],
    outcome: 'granted',
    refusalGround: '',
    reasons: '',
    legalBasis: '',
    note: '',
    obligationsUnfulfilled: '',
    obligations: '',
    dataHeld: [],
    dataSource: 'typed',
    purposes: '',
    sources: '',
    thirdParties: '',
    delivery: 'registered_mail',
    requestCentralExport: false,
    corrections: [{ field: 'last_name', before: '', after: '' }],
    operation: 'block',
    blockReason: 'inaccurate_data',
    reasonText: '',
    verificationUntil: '',
    channels: ['sms', 'whatsapp', 'telegram', 'advertising'],
    phone: d.subject?.phone ?? '',
    byAccount: true,
    finding: 'not_confirmed',
    findings: '',
    measures: '',
    decisionText: '',
    stopAutomatedProcessing: true,
    ageConfirmed: true,
  };
}

function listOrUndefined(s: string): string[] | undefined {
  const l = lines(s);
  return l.length ? l : undefined;
}

/** The form's strings as the contract's decision input for this request type. */
export function toDecision(type: RequestType, v: DecisionFormValues): DecisionInput {
  const granted = v.outcome === 'granted';
  const base = {
    outcome: v.outcome,
    refusalGround: granted ? undefined : ((v.refusalGround || undefined) as DecisionInput['refusalGround']),
    reasons: granted ? undefined : opt(v.reasons),
    legalBasis: opt(v.legalBasis),
    note: opt(v.note),
    ...letterTextsOf(v),
  };
  switch (type) {
    case 'withdrawal':
      return {
        type,
        ...base,
        obligationsUnfulfilled: (v.obligationsUnfulfilled === 'yes'
          ? true
          : v.obligationsUnfulfilled === 'no'
            ? false
            : undefined) as boolean,
        obligations: granted ? undefined : opt(v.obligations),
      };
    case 'access': {
      return {
        type,
        ...base,
        dataHeld: (v.dataHeld ?? []).map((r) => ({
          category: r.category.trim(),
          value: r.value.trim(),
          purpose: opt(r.purpose),
          source: opt(r.source),
          retention: opt(r.retention),
        })),
        dataSource: v.dataSource,
        purposes: listOrUndefined(v.purposes),
        sources: listOrUndefined(v.sources),
        thirdParties: listOrUndefined(v.thirdParties),
        delivery: (v.delivery || undefined) as (typeof ACCESS_DELIVERY_METHODS)[number],
        requestCentralExport: v.requestCentralExport,
      };
    }
    case 'rectification':
      return {
        type,
        ...base,
        corrections: (v.corrections ?? []).map((c) => ({
          field: (c.field || undefined) as (typeof RECTIFY_FIELDS)[number],
          before: c.before.trim(),
          after: c.after.trim(),
        })),
      };
    case 'blocking':
      return {
        type,
        ...base,
        operation: (v.operation || undefined) as (typeof BLOCKING_OPERATIONS)[number],
        blockReason:
          v.operation === 'block'
            ? ((v.blockReason || undefined) as (typeof BLOCK_REASONS)[number])
            : undefined,
        reasonText: opt(v.reasonText) ?? '',
        verificationUntil: opt(v.verificationUntil),
      };
    case 'stop_messages': {
      const channels = Array.isArray(v.channels) ? v.channels : v.channels ? [v.channels] : [];
      return {
        type,
        ...base,
        channels: channels as Array<(typeof SUPPRESS_CHANNELS)[number]>,
        phone: opt(v.phone),
        byAccount: v.byAccount,
      };
    }
    case 'complaint':
      return {
        type,
        ...base,
        finding: v.finding as 'confirmed' | 'partially_confirmed' | 'not_confirmed',
        findings: opt(v.findings) ?? '',
        measures: lines(v.measures),
        measureCodes: (Array.isArray(v.measureCodes)
          ? v.measureCodes
          : v.measureCodes
            ? [v.measureCodes]
            : []) as ComplaintMeasure[],
      };
    case 'objection':
      return {
        type,
        ...base,
        decisionText: opt(v.decisionText) ?? '',
        stopAutomatedProcessing: v.stopAutomatedProcessing,
      };
    case 'minor_deletion':
      return { type, ...base, ageConfirmed: v.ageConfirmed };
  }
}

const LEAD_KEYS: Record<RequestType, string> = {
  withdrawal: 'request.decision.lead.withdrawal',
  access: 'request.decision.lead.access',
  rectification: 'request.decision.lead.rectification',
  stop_messages: 'request.decision.lead.stop_messages',
  complaint: 'request.decision.lead.complaint',
  blocking: 'request.decision.lead.blocking',
  objection: 'request.decision.lead.objection',
  minor_deletion: 'request.decision.lead.minor_deletion',
};

const ACCESS_COLUMN_KEYS: Record<keyof AccessRow, string> = {
  category: 'request.fields.category',
  value: 'request.fields.value',
  purpose: 'request.fields.purpose',
  source: 'request.fields.source',
  retention: 'request.fields.retention',
};

/** Outcomes offered per type: a withdrawal and a minor's deletion are approved or refused. */
function outcomesFor(type: RequestType): readonly DecisionOutcome[] {
  return type === 'withdrawal' || type === 'minor_deletion' ? ['granted', 'refused'] : DECISION_OUTCOMES;
}

export function DecisionForm({
  request: d,
  onDecided,
  onCancel,
}: {
  request: RequestDetail;
  onDecided: () => void;
  onCancel: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const type = d.type;
  const [error, setError] = useState<ErrorPayload>();
  const [done, setDone] = useState<string | null>(null);
  const resolver = useMemo(
    () => contractResolver<DecisionFormValues>(decisionInputSchema, (v) => toDecision(type, v)),
    [type],
  );
  const form = useForm<DecisionFormValues>({ resolver, defaultValues: defaults(d) });
  const { register, handleSubmit, control, formState, setError: setFieldError, setValue } = form;
  const errors = formState.errors;
  const values = useWatch({ control }) as DecisionFormValues;
  const outcome = values.outcome;
  const altLang = values.altLang ?? '';
  const granted = outcome === 'granted';

  // The plan (what saving would queue), asked for whenever the form holds a complete decision.
  const parsed = decisionInputSchema.safeParse(toDecision(type, values));
  const planKey = parsed.success ? JSON.stringify(parsed.data) : null;
  const [plan, setPlan] = useState<{ key: string; plan?: DecisionPlanView; error?: ErrorPayload } | null>(
    null,
  );
  useEffect(() => {
    if (!planKey) return undefined;
    let alive = true;
    const timer = setTimeout(() => {
      api
        .call('requests.planDecision', { id: d.id, decision: JSON.parse(planKey) as DecisionInput })
        .then((p) => alive && setPlan({ key: planKey, plan: p }))
        .catch((e: unknown) => alive && setPlan({ key: planKey, error: toPayload(e) }));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [planKey, d.id]);
  const currentPlan = plan && plan.key === planKey ? plan : null;

  const save = handleSubmit(async (v) => {
    setError(undefined);
    setDone(null);
    try {
      const r = await api.call('requests.decide', { id: d.id, decision: toDecision(type, v) });
      setDone(t('request.decision.recorded', { count: r.actions.length }));
      onDecided();
    } catch (e) {
      const p = toPayload(e);
      let first = true;
      for (const i of coreIssues(p)) {
        setFieldError(
          i.path.replace(/^decision\./, '') as 'reasons',
          { type: i.code, message: i.code },
          { shouldFocus: first },
        );
        first = false;
      }
      setError(p);
    }
  });

  const fe = (e: Parameters<typeof fieldErrorText>[1], field?: string) => fieldErrorText(t, e, field);
  const refusalGrounds = type === 'withdrawal' ? WITHDRAWAL_REFUSAL_GROUNDS : REFUSAL_GROUNDS;
  const outcomeLabel = (o: DecisionOutcome) =>
    type === 'withdrawal' && o === 'granted'
      ? t('request.decision.withdrawal.approve')
      : type === 'withdrawal' && o === 'refused'
        ? t('request.decision.withdrawal.refuse')
        : t(OUTCOME_KEYS[o]);

  return (
    <form
      noValidate
      onSubmit={(e) => void save(e)}
      className="rq-decision-form"
      data-testid="decision-form"
      data-type={type}
    >
      <p className="muted rq-small">{t(LEAD_KEYS[type])}</p>

      {type === 'withdrawal' && (
        <RadioGroup
          legend={t('request.decision.obligationsQuestion')}
          name="obligationsUnfulfilled"
          registration={register('obligationsUnfulfilled')}
          options={[
            { value: 'no', label: t('request.decision.obligationsNo') },
            { value: 'yes', label: t('request.decision.obligationsYes') },
          ]}
          error={fe(errors.obligationsUnfulfilled)}
        />
      )}

      <RadioGroup
        legend={t('request.fields.outcome')}
        name="outcome"
        registration={register('outcome')}
        options={outcomesFor(type).map((o) => ({ value: o, label: outcomeLabel(o) }))}
        error={fe(errors.outcome)}
      />

      <TypeFields
        type={type}
        register={register}
        control={control}
        errors={errors}
        values={values}
        request={d}
        setValue={setValue}
      />

      {!granted && (
        <div className="mr-grid rq-refusal" data-testid="refusal-fields">
          <SelectInput
            className="mr-span-6"
            label={t('request.fields.refusalGround')}
            required
            registration={register('refusalGround')}
            options={refusalGrounds.map((g) => ({ value: g, label: t(REFUSAL_GROUND_KEYS[g]) }))}
            placeholder={t('request.choose')}
            error={fe(errors.refusalGround)}
          />
          {type === 'withdrawal' && values.refusalGround === 'contract_obligation_unfulfilled' && (
            <TextInput
              className="mr-span-6"
              label={t('request.fields.obligations')}
              required
              registration={register('obligations')}
              error={fe(errors.obligations)}
            />
          )}
          <TextArea
            className="mr-span-12"
            label={t('request.fields.reasons')}
            required
            hint={t('request.decision.reasonsHint')}
            registration={register('reasons')}
            error={fe(errors.reasons)}
          />
        </div>
      )}

      <details className="rq-more">
        <summary>{t('request.decision.more')}</summary>
        <div className="mr-grid">
          <TextInput
            className="mr-span-12"
            label={t('request.fields.legalBasis')}
            placeholder={legalBasisFor(type, outcome, d.language)}
            hint={t('request.decision.legalBasisHint', { basis: legalBasisFor(type, outcome, d.language) })}
            registration={register('legalBasis')}
            error={fe(errors.legalBasis)}
          />
          <TextArea
            className="mr-span-12"
            rows={2}
            label={t('request.fields.note')}
            hint={t('request.decision.noteHint')}
            registration={register('note')}
            error={fe(errors.note)}
          />
        </div>
        <LetterTextsFields type={type} register={register} altLang={altLang} />
      </details>

      <PlanView
        plan={currentPlan?.plan ?? null}
        error={currentPlan?.error ?? null}
        complete={planKey !== null}
        waiting={planKey !== null && !currentPlan}
      />

      {done && (
        <p className="alert rq-alert-ok" role="status" data-testid="decision-recorded">
          {done}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={formState.isSubmitting || (currentPlan?.plan?.problems.length ?? 0) > 0}
          data-testid="decision-submit"
        >
          {t('request.decision.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('request.decision.hideForm')}
          </button>
        )}
      </div>
    </form>
  );
}

function actionDetail(t: ReturnType<typeof useTranslation>['t'], a: PlannedAction): string {
  switch (a.action) {
    case 'erase':
      return t('request.plan.erase', { account: a.subjectAccountId });
    case 'block':
      return t('request.plan.block', { account: a.subjectAccountId, reason: t(BLOCK_REASON_KEYS[a.reason]) });
    case 'unblock':
      return t('request.plan.account', { account: a.subjectAccountId });
    case 'rectify':
      return a.corrections.map((c) => `${t(RECTIFY_FIELD_KEYS[c.field])} → ${c.value}`).join('; ');
    case 'suppress':
      return [
        a.channels.map((c) => t(CHANNEL_KEYS[c])).join(', '),
        a.subjectAccountId ? t('request.plan.account', { account: a.subjectAccountId }) : '',
        a.phone ?? '',
      ]
        .filter(Boolean)
        .join(' · ');
    case 'export':
      return t('request.plan.account', { account: a.subjectAccountId });
  }
}

function PlanView({
  plan,
  error,
  complete,
  waiting,
}: {
  plan: DecisionPlanView | null;
  error: ErrorPayload | null;
  complete: boolean;
  waiting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section
      className="rq-plan"
      aria-live="polite"
      aria-labelledby="rq-plan-title"
      data-testid="decision-plan"
    >
      <h3 id="rq-plan-title">{t('request.plan.title')}</h3>
      {!complete ? (
        <p className="muted">{t('request.plan.incomplete')}</p>
      ) : error ? (
        <ErrorMessage error={error} />
      ) : waiting || !plan ? (
        <p className="muted">{t('request.plan.checking')}</p>
      ) : (
        <>
          {plan.actions.length === 0 ? (
            <p data-testid="plan-no-actions">{t('request.plan.noActions')}</p>
          ) : (
            <ul className="rq-plan-actions" data-testid="plan-actions">
              {plan.actions.map((a, i) => (
                <li key={`${a.action}-${i}`} data-action={a.action}>
                  <strong>{t(ACTION_KEYS[a.action])}</strong>{' '}
                  <span className="muted">{actionDetail(t, a)}</span>
                </li>
              ))}
            </ul>
          )}
          {plan.warnings.map((w) => (
            <p key={w} className="alert alert-warn" role="note" data-warning={w}>
              {warningText(t, w)}
            </p>
          ))}
          {plan.problems.map((p, i) => (
            <div key={`${p.code}-${i}`} className="alert alert-error" role="alert" data-problem={p.code}>
              <p>{translateError(t, { code: p.code, messageKey: `errors.${p.code}`, details: p.details })}</p>
            </div>
          ))}
          <p className="muted rq-small">
            {t('request.plan.legalBasis', { basis: plan.legalBasis })}
            {plan.erasure ? ` ${t('request.plan.erasure')}` : ''}
          </p>
        </>
      )}
    </section>
  );
}

interface TypeFieldsProps {
  type: RequestType;
  register: UseFormRegister<DecisionFormValues>;
  control: Control<DecisionFormValues>;
  errors: FieldErrors<DecisionFormValues>;
  values: DecisionFormValues;
  request: RequestDetail;
  setValue: UseFormSetValue<DecisionFormValues>;
}

function TypeFields(props: TypeFieldsProps) {
  switch (props.type) {
    case 'access':
      return <AccessFields {...props} />;
    case 'rectification':
      return <RectificationFields {...props} />;
    case 'blocking':
      return <BlockingFields {...props} />;
    case 'stop_messages':
      return <StopMessagesFields {...props} />;
    case 'complaint':
      return <ComplaintFields {...props} />;
    case 'objection':
      return <ObjectionFields {...props} />;
    case 'minor_deletion':
      return <MinorFields {...props} />;
    case 'withdrawal':
      return null;
  }
}

function Check({
  label,
  registration,
  testId,
}: {
  label: string;
  registration: ReturnType<UseFormRegister<DecisionFormValues>>;
  testId?: string;
}) {
  return (
    <label className="check rq-check">
      <input type="checkbox" {...registration} data-testid={testId} />
      <span>{label}</span>
    </label>
  );
}

function AccessFields({ register, control, errors, request: d, setValue }: TypeFieldsProps) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control, name: 'dataHeld' });
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  const [importError, setImportError] = useState<ErrorPayload>();

  const onFile = async (file: File) => {
    setImporting(true);
    setImported(null);
    setImportError(undefined);
    try {
      const content = await file.text();
      const format = /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'json';
      const r = await api.call('requests.parseAccessExport', { format, content });
      rows.replace(
        r.items.map((i) => ({
          category: i.category,
          value: i.value,
          purpose: i.purpose ?? '',
          source: i.source ?? '',
          retention: i.retention ?? '',
        })),
      );
      const source = format === 'csv' ? 'central_export_csv' : 'central_export_json';
      setValue('dataSource', source);
      setImported(t('request.decision.access.imported', { count: r.items.length, skipped: r.skipped }));
    } catch (e) {
      setImportError(toPayload(e));
    } finally {
      setImporting(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const rowError = (i: number, k: keyof AccessRow) => fieldErrorText(t, errors.dataHeld?.[i]?.[k]);
  return (
    <div className="rq-type-fields" data-testid="access-fields">
      <div className="rq-card-head">
        <h3 className="rq-subhead">{t('request.decision.access.dataHeld')}</h3>
        <div className="rq-inline-actions">
          <input
            ref={fileRef}
            id={fileId}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            className="mr-visually-hidden"
            data-testid="access-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void onFile(f);
            }}
          />
          <label htmlFor={fileId} className="button" aria-disabled={importing}>
            {importing ? t('request.decision.access.importing') : t('request.decision.access.import')}
          </label>
          <button
            type="button"
            className="button"
            onClick={() => rows.append({ category: '', value: '', purpose: '', source: '', retention: '' })}
            data-testid="access-add-row"
          >
            {t('request.decision.access.addRow')}
          </button>
        </div>
      </div>
      <p className="muted rq-small">
        {t('request.decision.access.importHint', { subject: d.subject?.name ?? '' })}
      </p>
      {imported && (
        <p className="rq-small" role="status">
          {imported}
        </p>
      )}
      {importError && <ErrorMessage error={importError} />}
      {rows.fields.length === 0 ? (
        <p className="muted">{t('request.decision.access.noRows')}</p>
      ) : (
        <div className="rq-table-scroll">
          <table className="mr-simple-table rq-edit-table">
            <thead>
              <tr>
                <th scope="col">{t('request.fields.category')} *</th>
                <th scope="col">{t('request.fields.value')} *</th>
                <th scope="col">{t('request.fields.purpose')}</th>
                <th scope="col">{t('request.fields.source')}</th>
                <th scope="col">{t('request.fields.retention')}</th>
                <th scope="col">
                  <span className="mr-visually-hidden">{t('request.decision.removeRow')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.fields.map((f, i) => (
                <tr key={f.id}>
                  {(['category', 'value', 'purpose', 'source', 'retention'] as const).map((k) => (
                    <td key={k}>
                      <input
                        aria-label={`${t(ACCESS_COLUMN_KEYS[k])} ${i + 1}`}
                        aria-invalid={Boolean(errors.dataHeld?.[i]?.[k])}
                        title={rowError(i, k)}
                        {...register(`dataHeld.${i}.${k}` as const)}
                      />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`${t('request.decision.removeRow')} ${i + 1}`}
                      onClick={() => rows.remove(i)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {errors.dataHeld && (
        <p className="field-error" role="alert">
          {errors.dataHeld.root || (errors.dataHeld as { type?: string }).type
            ? t('request.decision.access.dataHeldRequired')
            : t('request.decision.access.rowsInvalid')}
        </p>
      )}
      <div className="mr-grid">
        <TextArea
          className="mr-span-4"
          rows={2}
          label={t('request.fields.purposes')}
          hint={t('request.onePerLine')}
          registration={register('purposes')}
        />
        <TextArea
          className="mr-span-4"
          rows={2}
          label={t('request.fields.sources')}
          hint={t('request.onePerLine')}
          registration={register('sources')}
        />
        <TextArea
          className="mr-span-4"
          rows={2}
          label={t('request.fields.thirdParties')}
          hint={t('request.onePerLine')}
          registration={register('thirdParties')}
        />
        <SelectInput
          className="mr-span-6"
          label={t('request.fields.delivery')}
          required
          registration={register('delivery')}
          options={ACCESS_DELIVERY_METHODS.map((m) => ({ value: m, label: t(DELIVERY_KEYS[m]) }))}
          error={fieldErrorText(t, errors.delivery)}
        />
      </div>
      <p className="field-hint" data-testid="access-free-note">
        {t('request.accessFree')}
      </p>
      <Check
        label={t('request.fields.requestCentralExport')}
        registration={register('requestCentralExport')}
      />
    </div>
  );
}

function RectificationFields({ register, control, errors }: TypeFieldsProps) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control, name: 'corrections' });
  return (
    <div className="rq-type-fields" data-testid="rectification-fields">
      <div className="rq-card-head">
        <h3 className="rq-subhead">{t('request.decision.rectification.corrections')}</h3>
        <button
          type="button"
          className="button"
          onClick={() => rows.append({ field: 'last_name', before: '', after: '' })}
        >
          {t('request.decision.access.addRow')}
        </button>
      </div>
      <table className="mr-simple-table rq-edit-table">
        <thead>
          <tr>
            <th scope="col">{t('request.fields.field')}</th>
            <th scope="col">{t('request.fields.before')}</th>
            <th scope="col">{t('request.fields.after')} *</th>
            <th scope="col">
              <span className="mr-visually-hidden">{t('request.decision.removeRow')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                <select
                  aria-label={`${t('request.fields.field')} ${i + 1}`}
                  {...register(`corrections.${i}.field` as const)}
                >
                  {RECTIFY_FIELDS.map((k) => (
                    <option key={k} value={k}>
                      {t(RECTIFY_FIELD_KEYS[k])}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`${t('request.fields.before')} ${i + 1}`}
                  {...register(`corrections.${i}.before` as const)}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('request.fields.after')} ${i + 1}`}
                  aria-invalid={Boolean(errors.corrections?.[i]?.after)}
                  {...register(`corrections.${i}.after` as const)}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('request.decision.removeRow')} ${i + 1}`}
                  disabled={rows.fields.length === 1}
                  onClick={() => rows.remove(i)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.corrections && (
        <p className="field-error" role="alert">
          {t('request.decision.rectification.required')}
        </p>
      )}
    </div>
  );
}

function BlockingFields({ register, errors, values }: TypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="mr-grid rq-type-fields" data-testid="blocking-fields">
      <SelectInput
        className="mr-span-6"
        label={t('request.fields.operation')}
        required
        registration={register('operation')}
        options={BLOCKING_OPERATIONS.map((o) => ({ value: o, label: t(BLOCKING_OPERATION_KEYS[o]) }))}
        error={fieldErrorText(t, errors.operation)}
      />
      {values.operation === 'block' && (
        <SelectInput
          className="mr-span-6"
          label={t('request.fields.blockReason')}
          required
          registration={register('blockReason')}
          options={BLOCK_REASONS.map((r) => ({ value: r, label: t(BLOCK_REASON_KEYS[r]) }))}
          error={fieldErrorText(t, errors.blockReason)}
        />
      )}
      <TextArea
        className="mr-span-8"
        label={t('request.fields.reasonText')}
        required
        registration={register('reasonText')}
        error={fieldErrorText(t, errors.reasonText)}
      />
      <TextInput
        className="mr-span-4"
        type="date"
        label={t('request.fields.verificationUntil')}
        registration={register('verificationUntil')}
        error={fieldErrorText(t, errors.verificationUntil)}
      />
    </div>
  );
}

function StopMessagesFields({ register, errors, request: d }: TypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="rq-type-fields" data-testid="stop-messages-fields">
      <fieldset className="rq-radios">
        <legend>{t('request.fields.channels')} *</legend>
        <div className="rq-radio-row">
          {SUPPRESS_CHANNELS.map((c) => (
            <label key={c} className="rq-radio">
              <input type="checkbox" value={c} {...register('channels')} />
              <span>{t(CHANNEL_KEYS[c])}</span>
            </label>
          ))}
        </div>
        {errors.channels && (
          <p className="field-error" role="alert">
            {t('request.decision.stop.channelsRequired')}
          </p>
        )}
      </fieldset>
      <div className="mr-grid">
        <TextInput
          className="mr-span-6"
          label={t('request.fields.suppressPhone')}
          hint={
            d.subject?.phone ? t('request.decision.stop.phoneHint', { phone: d.subject.phone }) : undefined
          }
          inputMode="tel"
          registration={register('phone')}
          error={fieldErrorText(t, errors.phone, 'phone')}
        />
      </div>
      <Check label={t('request.fields.byAccount')} registration={register('byAccount')} />
    </div>
  );
}

function ComplaintFields({ register, errors }: TypeFieldsProps) {
  const { t, i18n } = useTranslation();
  const ui = (['kk', 'ru', 'en'] as const).find((l) => l === i18n.language) ?? 'ru';
  return (
    <div className="mr-grid rq-type-fields" data-testid="complaint-fields">
      <SelectInput
        className="mr-span-6"
        label={t('request.fields.finding')}
        required
        registration={register('finding')}
        options={(['confirmed', 'partially_confirmed', 'not_confirmed'] as const).map((f) => ({
          value: f,
          label: t(FINDING_KEYS[f]),
        }))}
      />
      <TextArea
        className="mr-span-12"
        label={t('request.fields.findings')}
        required
        registration={register('findings')}
        error={fieldErrorText(t, errors.findings)}
      />
      <fieldset className="mr-span-12 rq-fieldset" data-testid="complaint-measure-codes">
        <legend>{t('request.decision.measureCodes')}</legend>
        {COMPLAINT_MEASURE_CODES.map((c) => (
          <label key={c} className="check rq-check">
            <input type="checkbox" value={c} {...register('measureCodes')} />
            <span>{COMPLAINT_MEASURES[c][ui]}</span>
          </label>
        ))}
      </fieldset>
      <TextArea
        className="mr-span-12"
        label={t('request.fields.measures')}
        hint={t('request.decision.measuresTypedHint')}
        registration={register('measures')}
      />
    </div>
  );
}

function ObjectionFields({ register, errors }: TypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="rq-type-fields" data-testid="objection-fields">
      <div className="mr-grid">
        <TextArea
          className="mr-span-12"
          label={t('request.fields.decisionText')}
          required
          registration={register('decisionText')}
          error={fieldErrorText(t, errors.decisionText)}
        />
      </div>
      <Check
        label={t('request.fields.stopAutomatedProcessing')}
        registration={register('stopAutomatedProcessing')}
      />
    </div>
  );
}

function MinorFields({ register, request: d }: TypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="rq-type-fields" data-testid="minor-fields">
      {d.subject?.age !== null && d.subject?.age !== undefined && (
        <p className="rq-small">{t('request.decision.minor.age', { age: d.subject.age })}</p>
      )}
      <Check label={t('request.fields.ageConfirmed')} registration={register('ageConfirmed')} />
    </div>
  );
}
