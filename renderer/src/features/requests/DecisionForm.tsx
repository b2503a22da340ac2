// The decision form for a request's type (common/requests/decisions): withdrawal (unfulfilled
// contractual obligations? → approve or refuse with reasons), access (the data held, typed in or
// imported from a central-system export; delivery; free of charge: no fee field, Art. 25 p.2(9)),
// rectification (before → after), blocking (block / unblock / erase with a reason), stop messages
// (the suppression-list entry), complaint (finding and measures), objection (decision) and
// minor_deletion (deletion). Each type's fields are in decision/. While it is filled in,
// requests.planDecision shows what saving would queue for the central system, its warnings and
// what stops it; requests.decide records it.
import { useMemo, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../common/contract/requests';
import { decisionInputSchema } from '../../../../common/requests/decisions';
import { DECISION_OUTCOMES, type DecisionOutcome, type RequestType } from '../../../../common/requests/vocab';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RadioGroup } from '../../ui/fields';
import { FormActions } from '../../ui/FormActions';
import { MoreFields, RefusalFields } from './decision/OutcomeFields';
import { PlanView } from './decision/PlanView';
import { TypeFields } from './decision/TypeFields';
import { usePlan } from './decision/usePlan';
import { decisionDefaults, toDecision, type DecisionFormValues } from './decision/values';
import { choices } from './bind';
import { contractResolver, fieldErrorText } from './form';
import { useCoreSubmit } from './useCoreSubmit';
import { OUTCOME_KEYS } from './vocab';

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

const OBLIGATIONS_KEYS = { no: 'request.decision.obligationsNo', yes: 'request.decision.obligationsYes' };

/** Outcomes offered per type: a withdrawal and a minor's deletion are approved or refused. */
function outcomesFor(type: RequestType): readonly DecisionOutcome[] {
  return type === 'withdrawal' || type === 'minor_deletion' ? ['granted', 'refused'] : DECISION_OUTCOMES;
}

/** Saving: requests.decide, the core's field issues set on their fields (the first focused). */
function useSave(d: RequestDetail, form: UseFormReturn<DecisionFormValues>, onDecided: () => void) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const { save, error } = useCoreSubmit(
    form,
    async (v) => {
      setDone(null);
      const r = await api.call('requests.decide', { id: d.id, decision: toDecision(d.type, v) });
      setDone(t('request.decision.recorded', { count: r.actions.length }));
      onDecided();
    },
    { prefix: /^decision\./, focusFirst: true },
  );
  return { save, error, done };
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
  const resolver = useMemo(
    () => contractResolver<DecisionFormValues>(decisionInputSchema, (v) => toDecision(type, v)),
    [type],
  );
  const form = useForm<DecisionFormValues>({ resolver, defaultValues: decisionDefaults(d) });
  const { register, control, formState, setValue } = form;
  const errors = formState.errors;
  const values = useWatch({ control }) as DecisionFormValues;
  const plan = usePlan(d.id, type, values);
  const { save, error, done } = useSave(d, form, onDecided);
  const fields = { type, register, errors, values };

  const fe = (e: Parameters<typeof fieldErrorText>[1]) => fieldErrorText(t, e);
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
          options={choices(t, ['no', 'yes'], OBLIGATIONS_KEYS)}
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
      <TypeFields {...fields} control={control} request={d} setValue={setValue} />
      {values.outcome !== 'granted' && <RefusalFields {...fields} />}
      <MoreFields {...fields} language={d.language} />
      <PlanView
        plan={plan.current?.plan ?? null}
        error={plan.current?.error ?? null}
        complete={plan.complete}
        waiting={plan.complete && !plan.current}
      />
      {done && (
        <p className="alert rq-alert-ok" role="status" data-testid="decision-recorded">
          {done}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      <FormActions
        submitLabel={t('request.decision.submit')}
        busy={formState.isSubmitting}
        disabled={(plan.current?.plan?.problems.length ?? 0) > 0}
        testId="decision-submit"
        cancelLabel={t('request.decision.hideForm')}
        onCancel={onCancel}
      />
    </form>
  );
}
