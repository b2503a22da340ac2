// The plan (what saving would queue), asked for whenever the form holds a complete decision: a
// quarter of a second after the last change, and only the answer for the current values counts.
import { useEffect, useState } from 'react';
import type { DecisionPlanView, RequestDetail } from '../../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../../common/errors';
import { decisionInputSchema, type DecisionInput } from '../../../../../common/requests/decisions';
import type { RequestType } from '../../../../../common/requests/vocab';
import { api, toPayload } from '../../../api/client';
import { toDecision, type DecisionFormValues } from './values';

export function usePlan(id: RequestDetail['id'], type: RequestType, values: DecisionFormValues) {
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
        .call('requests.planDecision', { id, decision: JSON.parse(planKey) as DecisionInput })
        .then((p) => alive && setPlan({ key: planKey, plan: p }))
        .catch((e: unknown) => alive && setPlan({ key: planKey, error: toPayload(e) }));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [planKey, id]);
  const current = plan && plan.key === planKey ? plan : null;
  return { complete: planKey !== null, current };
}
