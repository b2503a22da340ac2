// "Acknowledge today's new requests": finds the requests still new that were opened or received
// today (Almaty), leaves out those that already have an acknowledgment, then asks the core for the
// letters in slices of SLICE requests (letters.batchAcknowledge, each letter in its own
// transaction) so the progress bar moves, and ends with a summary of what failed and why.
import i18n, { type TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchItemResult } from '../../../../../common/contract/letters';
import type { RequestSummary } from '../../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../../common/errors';
import { api, toPayload } from '../../../api/client';
import { href } from '../../../app/router';
import { useAuth } from '../../../auth/context';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { translateError } from '../../../ui/errors';
import { almatyDay } from '../../../format/dates';
import { typeName } from './vocab';

/** Requests per call: small enough for the bar to move, large enough not to slow the batch down. */
export const SLICE = 10;
const PAGE = 1000;
/** Letters listed by number in the summary (the outgoing register has them all). */
const MADE_SHOWN = 30;

interface Candidate {
  id: string;
  type: RequestSummary['type'];
}

interface Found {
  today: string;
  todo: Candidate[];
  /** New today but already acknowledged (left out). */
  skipped: string[];
}

type Phase =
  | { step: 'finding' }
  | { step: 'found'; found: Found }
  | { step: 'running'; found: Found; done: number; results: BatchItemResult[] }
  | { step: 'finished'; found: Found; results: BatchItemResult[]; stopped: boolean }
  | { step: 'error'; error: ErrorPayload };

/** Every request still new; the list is paged by the core. */
async function newRequests(): Promise<{ items: RequestSummary[]; today: string }> {
  const items: RequestSummary[] = [];
  let today = '';
  for (let offset = 0; ; offset += PAGE) {
    const r = await api.call('requests.list', { state: 'new', sort: 'received', limit: PAGE, offset });
    today = r.today;
    items.push(...r.items);
    if (r.items.length < PAGE || items.length >= r.total) break;
  }
  return { items, today };
}

/**
 * The requests that already have an acknowledgment letter. The list comes newest first, and no
 * acknowledgment predates its request, so reading stops at letters older than `since`.
 */
async function acknowledged(since: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (let offset = 0; ; offset += 500) {
    const r = await api.call('letters.list', { kind: 'acknowledgment', limit: 500, offset });
    for (const l of r.letters) if (l.requestId) out.add(l.requestId);
    const last = r.letters[r.letters.length - 1];
    if (r.letters.length < 500 || !last || last.createdAt < since) break;
  }
  return out;
}

export async function findTodaysNew(): Promise<Found> {
  const { items, today } = await newRequests();
  const fresh = items.filter((r) => r.receivedOn === today || almatyDay(r.createdAt) === today);
  if (fresh.length === 0) return { today, todo: [], skipped: [] };
  const since = fresh.reduce((min, r) => (r.createdAt < min ? r.createdAt : min), fresh[0]!.createdAt);
  const done = await acknowledged(since);
  return {
    today,
    todo: fresh.filter((r) => !done.has(r.id)).map((r) => ({ id: r.id, type: r.type })),
    skipped: fresh.filter((r) => done.has(r.id)).map((r) => r.id),
  };
}

/**
 * Messages the letters service can give for one request, in case the shared errors.* list has no
 * text for them yet (the service's own message key comes first when it has).
 */
const ITEM_ERROR_KEYS: Record<string, string> = {
  LETTER_DATA_MISSING: 'batchAck.errors.LETTER_DATA_MISSING',
  LETTER_REQUESTS_NOT_WIRED: 'batchAck.errors.LETTER_REQUESTS_NOT_WIRED',
  LETTER_PURGED: 'batchAck.errors.LETTER_PURGED',
  LETTER_TEMPLATE_INVALID: 'batchAck.errors.LETTER_TEMPLATE_INVALID',
  LETTER_TEMPLATE_MISMATCH: 'batchAck.errors.LETTER_TEMPLATE_INVALID',
  LETTER_OUTGOING_MISSING: 'batchAck.errors.LETTER_OUTGOING_MISSING',
  REQUEST_PURGED: 'batchAck.errors.REQUEST_PURGED',
  NOT_FOUND: 'batchAck.errors.NOT_FOUND',
  VALIDATION: 'batchAck.errors.VALIDATION',
  CONFLICT: 'batchAck.errors.CONFLICT',
};

/** Why one request's acknowledgment failed, in words (with the missing fields when the core lists them). */
export function itemErrorText(t: TFunction, error: ErrorPayload): string {
  if (error.messageKey && i18n.exists(error.messageKey)) return translateError(t, error);
  const name = error.messageKey?.replace(/^errors\./, '') ?? '';
  const key = ITEM_ERROR_KEYS[name] ?? ITEM_ERROR_KEYS[error.code];
  if (!key) return translateError(t, error);
  const d = error.details ?? {};
  const missing = Array.isArray(d.missing) ? d.missing.join(', ') : '';
  const issues = Array.isArray(d.issues)
    ? (d.issues as Array<{ path?: unknown }>).map((i) => String(i.path ?? '')).join(', ')
    : '';
  return t(key, { missing, fields: issues || missing || '—' });
}

/** Finding today's new requests on opening, then acknowledging them slice by slice until stopped. */
function useBatch(onDone: (() => void) | undefined) {
  const [phase, setPhase] = useState<Phase>({ step: 'finding' });
  const stop = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    findTodaysNew()
      .then((found) => alive.current && setPhase({ step: 'found', found }))
      .catch((e: unknown) => alive.current && setPhase({ step: 'error', error: toPayload(e) }));
    return () => {
      alive.current = false;
      stop.current = true;
    };
  }, []);

  const run = async (found: Found) => {
    stop.current = false;
    const results: BatchItemResult[] = [];
    setPhase({ step: 'running', found, done: 0, results });
    for (let i = 0; i < found.todo.length; i += SLICE) {
      if (stop.current) break;
      const slice = found.todo.slice(i, i + SLICE).map((c) => c.id);
      try {
        const r = await api.call('letters.batchAcknowledge', { requestIds: slice });
        results.push(...r.items);
      } catch (e) {
        const error = toPayload(e);
        results.push(...slice.map((requestId) => ({ requestId, ok: false, error })));
      }
      if (!alive.current) return;
      setPhase({ step: 'running', found, done: results.length, results: [...results] });
    }
    if (!alive.current) return;
    setPhase({ step: 'finished', found, results, stopped: results.length < found.todo.length });
    onDone?.();
  };
  const requestStop = () => {
    stop.current = true;
  };
  return { phase, run, requestStop };
}

export function BatchAcknowledge({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { phase, run, requestStop } = useBatch(onDone);
  const progressId = useId();

  const running = phase.step === 'running';
  const found = 'found' in phase ? phase.found : null;
  const total = found?.todo.length ?? 0;
  const done = phase.step === 'running' ? phase.done : phase.step === 'finished' ? phase.results.length : 0;

  const actions =
    phase.step === 'found' && total > 0 && can('letters.batchAcknowledge') ? (
      <>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" data-autofocus>
          {t('batchAck.start', { count: total })}
        </button>
      </>
    ) : running ? (
      <button type="button" className="button" onClick={requestStop}>
        {t('batchAck.stop')}
      </button>
    ) : undefined;

  return (
    <Dialog
      open={open}
      title={t('batchAck.title')}
      onClose={() => {
        if (!running) onClose();
      }}
      onSubmit={() => {
        if (phase.step === 'found' && total > 0) void run(phase.found);
        else if (!running) onClose();
      }}
      actions={actions}
      className="batch-dialog"
    >
      <div data-testid="batch-ack">
        {phase.step === 'finding' && <p className="muted">{t('batchAck.finding')}</p>}
        {phase.step === 'error' && <ErrorMessage error={phase.error} />}
        {found && phase.step === 'found' && (
          <>
            <p>{total > 0 ? t('batchAck.found', { count: total }) : t('batchAck.none')}</p>
            {found.skipped.length > 0 && (
              <p className="muted">{t('batchAck.skipped', { count: found.skipped.length })}</p>
            )}
            {total > 0 && <p className="muted">{t('batchAck.how')}</p>}
          </>
        )}
        {(phase.step === 'running' || phase.step === 'finished') && (
          <div className="batch-progress">
            <label className="batch-progress-label" htmlFor={progressId}>
              {t('batchAck.progress', { done, total })}
            </label>
            <progress id={progressId} max={total} value={done} data-testid="batch-progress" />
          </div>
        )}
        {phase.step === 'finished' && (
          <BatchSummary found={phase.found} results={phase.results} stopped={phase.stopped} />
        )}
      </div>
    </Dialog>
  );
}

/** What was made, and for each request that failed, why. */
function BatchSummary({
  found,
  results,
  stopped,
}: {
  found: Found;
  results: BatchItemResult[];
  stopped: boolean;
}) {
  const { t } = useTranslation();
  const total = found.todo.length;
  const failed = results.filter((r) => !r.ok);
  const succeeded = results.length - failed.length;
  const typeOf = new Map(found.todo.map((c) => [c.id, c.type]));
  return (
    <div className="batch-summary" data-testid="batch-summary" role="status">
      <p className={failed.length ? 'batch-summary-line text-bad' : 'batch-summary-line'}>
        {failed.length === 0
          ? t('batchAck.allDone', { count: succeeded })
          : t('batchAck.someFailed', { succeeded, failed: failed.length, total })}
      </p>
      {stopped && <p className="muted">{t('batchAck.stopped', { count: total - results.length })}</p>}
      {failed.length > 0 && (
        <table className="data-table batch-failures">
          <caption>{t('batchAck.failuresTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('requestList.col.number')}</th>
              <th scope="col">{t('requestList.col.type')}</th>
              <th scope="col">{t('batchAck.why')}</th>
            </tr>
          </thead>
          <tbody>
            {failed.map((f, i) => {
              const type = f.requestId ? typeOf.get(f.requestId) : undefined;
              return (
                <tr key={f.requestId ?? i}>
                  <td className="mr-mono">
                    {f.requestId ? <a href={href('requests', f.requestId)}>{f.requestId}</a> : '—'}
                  </td>
                  <td>{type ? typeName(t, type) : ''}</td>
                  <td>
                    {f.error ? itemErrorText(t, f.error) : t('errors.UNKNOWN', { code: '' })}
                    {f.error && (
                      <span className="cell-sub">{t('common.errorCode', { code: f.error.code })}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {succeeded > 0 && (
        <ul className="plain-list batch-made">
          {results
            .filter((r) => r.ok)
            .slice(0, MADE_SHOWN)
            .map((r) => (
              <li key={r.letterId}>
                {t('batchAck.made', { request: r.requestId ?? '—', number: r.outgoingNo ?? '—' })}
              </li>
            ))}
          {succeeded > MADE_SHOWN && (
            <li className="muted">{t('batchAck.more', { count: succeeded - MADE_SHOWN })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
