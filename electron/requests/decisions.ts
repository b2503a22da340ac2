// Saving a decision: the decision row, its actions queued for central as action.requested
// events, request.decided, the state change, history and audit — one transaction, so a decision
// that fails (a missing account id, a refusal the law does not allow, a payload the sync contract
// refuses) leaves nothing behind.
import { randomUUID } from 'node:crypto';
import type { DecideResult, DecisionPlanView } from '../../common/contract/requests';
import { almatyDate } from '../../common/time/almaty';
import { PdError } from '../../common/errors';
import { planDecision, type DecisionParsed, type DecisionPlan } from '../../common/requests/decisions';
import type { RequestLanguage, RequestType } from '../../common/requests/vocab';
import { SyncPayloadError } from '../../common/sync/payloads';
import { getRequestRow, getSubjectRow, type RequestRow } from './sql/requests';
import { insertAction, insertDecision } from './sql/records';
import type { DB, Server } from '../sql/server';
import { assertEditable, moveState, requireRequest } from './lifecycle';
import { emitAction, emitDecided } from './sync-events';
import { detailOf } from './view';

export function planFor(db: DB, r: RequestRow, d: DecisionParsed): DecisionPlan {
  const s = getSubjectRow(db, r.id);
  return planDecision(
    {
      requestType: r.type as RequestType,
      language: r.language as RequestLanguage,
      subject: s ? { accountId: s.accountId, iin: s.iin, phone: s.phone } : null,
    },
    d,
  );
}

export function previewDecision(server: Server, ref: string, d: DecisionParsed): DecisionPlanView {
  return server.read((db) => {
    const r = requireRequest(db, ref);
    const plan = planFor(db, r, d);
    return {
      actions: plan.actions,
      warnings: plan.warnings,
      problems: plan.problems,
      legalBasis: plan.legalBasis,
      erasure: plan.erasure,
    };
  });
}

/** Where a decision may be taken: in progress, or again once decided; from verifying only a refusal for unverified identity. */
function assertDecidable(r: RequestRow, d: DecisionParsed): void {
  if (r.state === 'in_progress' || r.state === 'decided') return;
  if (r.state === 'verifying' && d.outcome === 'refused' && d.refusalGround === 'identity_not_verified')
    return;
  if ((r.state === 'new' || r.state === 'verifying') && r.verification === 'none')
    throw new PdError('REQUEST_VERIFICATION_REQUIRED');
  throw new PdError('REQUEST_ILLEGAL_TRANSITION', {
    from: r.state,
    to: 'decided',
    allowed: r.state === 'paused' ? [r.pausedFrom, 'cancelled'] : [],
  });
}

/** The form's type-specific part, as stored (personal data: wiped by a purge). */
function detailsOf(d: DecisionParsed): Record<string, unknown> {
  const { type: _t, outcome: _o, refusalGround: _g, reasons: _r, legalBasis: _l, ...rest } = d;
  return rest;
}

export function decide(
  server: Server,
  actor: string,
  input: { id: string; decision: DecisionParsed },
): DecideResult {
  const { id: ref, decision: d } = input;
  const { id, decisionId, warnings } = server.write(actor, (tx) => {
    const db = tx.db;
    const r = requireRequest(db, ref);
    assertEditable(r);
    assertDecidable(r, d);
    const plan = planFor(db, r, d);
    if (plan.problems.length) {
      const first = plan.problems[0]!;
      throw new PdError(first.code, {
        ...first.details,
        problems: plan.problems.map((p) => ({ code: p.code, ...p.details })),
      });
    }
    const now = tx.now.toISOString();
    const ground = d.outcome === 'granted' ? null : (d.refusalGround ?? null);
    const decisionId = insertDecision(db, {
      requestId: r.id,
      type: d.type,
      outcome: d.outcome,
      refusalGround: ground,
      legalBasis: plan.legalBasis,
      erasure: plan.erasure ? 1 : 0,
      // The language its texts were typed in is kept with them: letters in other languages need their own.
      details: JSON.stringify({ ...detailsOf(d), textLang: d.textLang ?? r.language }),
      reasons: d.reasons ?? null,
      warnings: JSON.stringify(plan.warnings),
      decidedAt: now,
      decidedBy: actor,
    });
    try {
      emitDecided(tx, r.id, { decision: d.outcome, decidedOn: almatyDate(now), refusalGround: ground });
      for (const a of plan.actions) {
        const actionId = randomUUID();
        const eventId = emitAction(tx, r.id, actionId, a);
        insertAction(db, {
          id: actionId,
          requestId: r.id,
          decisionId,
          action: a.action,
          eventId,
          createdAt: now,
        });
        tx.audit({
          action: 'request.action_queued',
          entityType: 'request',
          entityId: r.id,
          summary: `${a.action} queued for central (action ${actionId})`,
        });
      }
    } catch (e) {
      if (e instanceof SyncPayloadError) {
        throw new PdError('VALIDATION', {
          issues: e.issues.map((i) => ({ path: `decision.${i.path}`, code: i.code })),
        });
      }
      throw e;
    }
    moveState(tx, actor, r, 'decided', {
      event: 'decided',
      reasonCode: ground ? `${d.outcome}:${ground}` : d.outcome,
      note: d.note ?? null,
      changes: {
        decisionOutcome: d.outcome,
        refusalGround: ground,
        legalBasis: plan.legalBasis,
        decidedAt: now,
        erasure: r.erasure === 1 || plan.erasure ? 1 : 0,
      },
      summary: `decision ${decisionId}: ${d.type} ${d.outcome}${ground ? ` (${ground})` : ''}; actions: ${plan.actions.map((a) => a.action).join(', ') || 'none'}${plan.warnings.length ? `; warnings: ${plan.warnings.join(', ')}` : ''}`,
    });
    return { id: r.id, decisionId, warnings: plan.warnings };
  });
  return server.read((db) => {
    const request = detailOf(db, getRequestRow(db, id)!, server.now());
    const decision = request.decisions.find((x) => x.id === decisionId)!;
    return {
      request,
      decision,
      actions: request.actions.filter((a) => decision.actionIds.includes(a.id)),
      warnings,
    };
  });
}
