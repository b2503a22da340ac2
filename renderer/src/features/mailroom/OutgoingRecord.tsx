// One outgoing letter: its facts, its status (draft → sent → returned → sent again), scans, and
// cancelling (it keeps its Исх. №).
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  dateTimeSchema,
  type ConfirmableWarning,
  type OutgoingEntry,
} from '../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../common/errors';
import { checkTracking } from '../../../../common/mailroom/tracking';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { formatDateTime } from '../../format/dates';
import { CancelDialog } from './CancelDialog';
import { issueText, mailroomErrorText } from './errors';
import { formatDay } from './format';
import { almatyNowLocal } from './intake/values';
import { takeRegistered } from './registered';
import { CorrectionHistory } from './correct/CorrectionHistory';
import { CorrectOutgoingButton } from './correct/CorrectButton';
import { ScanPanel } from './ScanPanel';
import { useCanWrite } from './session';
import { TrackingField } from './TrackingField';
import { CHANNEL_KEYS, OUTGOING_STATUS_KEYS, PARTY_KIND_KEYS, REPLY_LANGUAGE_KEYS } from './vocab';
import { Fact } from '../../ui/Fact';
import { DialogActions } from '../../ui/DialogActions';

export function OutgoingRecord({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const entry = useCall('outgoing.get', { id });
  const canWrite = useCanWrite();
  const [justRegistered] = useState(() => takeRegistered('outgoing', id));
  const [cancelOpen, setCancelOpen] = useState(false);
  const [statusTo, setStatusTo] = useState<'sent' | 'returned' | null>(null);
  const e = entry.data;
  const lang = i18n.language;

  const next: 'sent' | 'returned' | null = !e
    ? null
    : e.status === 'draft' || e.status === 'returned'
      ? 'sent'
      : e.status === 'sent'
        ? 'returned'
        : null;

  return (
    <Page
      title={e ? e.outgoingNo : t('pages.outgoing.record')}
      lead={
        e ? (
          <>
            <span className={`mr-badge mr-badge-${e.status}`}>{t(OUTGOING_STATUS_KEYS[e.status])}</span>{' '}
            {t('mailroom.outgoing.dateLine', {
              date: formatDay(e.date, lang),
              method: t(CHANNEL_KEYS[e.method]),
            })}
          </>
        ) : undefined
      }
      wide
      actions={
        <>
          <a className="button" href={href('outgoing')}>
            {t('mailroom.record.backOutgoing')}
          </a>
          {canWrite && e && next && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setStatusTo(next)}
              data-testid="status-action"
            >
              {next === 'sent'
                ? e.status === 'returned'
                  ? t('mailroom.outgoing.markSentAgain')
                  : t('mailroom.outgoing.markSent')
                : t('mailroom.outgoing.markReturned')}
            </button>
          )}
          {canWrite && e && e.status !== 'cancelled' && (
            <CorrectOutgoingButton entry={e} onCorrected={entry.reload} />
          )}
          {canWrite && e && e.status !== 'cancelled' && (
            <button type="button" className="button mr-button-danger" onClick={() => setCancelOpen(true)}>
              {t('mailroom.cancel.action')}
            </button>
          )}
        </>
      }
    >
      {justRegistered && (
        <div className="mr-banner" role="status" data-testid="registered-banner">
          <span className="mr-banner-text">
            {t('mailroom.outgoing.registeredPrefix')}{' '}
            <strong className="mr-banner-number">{justRegistered}</strong>{' '}
            {t('mailroom.intake.registeredSuffix')}
          </span>
        </div>
      )}
      {entry.error && <ErrorMessage error={entry.error} />}
      {!e && !entry.error && <p className="muted">{t('common.loading')}</p>}
      {e && (
        <>
          {e.cancelled && (
            <div className="alert alert-warn" role="note">
              <p>
                {t('mailroom.record.cancelledNote', {
                  at: formatDateTime(e.cancelled.at, lang),
                  by: e.cancelled.by,
                })}
              </p>
              <p>{e.cancelled.reason}</p>
            </div>
          )}
          <div className="mr-record">
            <div className="mr-record-main">
              <OutgoingFacts entry={e} />
            </div>
            <div className="mr-record-side">
              <ScanPanel
                register="outgoing"
                letterId={e.id}
                number={e.outgoingNo}
                scans={e.scans}
                canWrite={canWrite}
                closed={e.status === 'cancelled'}
                onChanged={entry.reload}
              />
              <CorrectionHistory register="outgoing" id={e.id} version={e.updatedAt} />
            </div>
          </div>
          <CancelDialog
            open={cancelOpen}
            number={e.outgoingNo}
            onClose={() => setCancelOpen(false)}
            onCancel={async (reason) => {
              await api.call('outgoing.cancel', { id: e.id, reason });
              setCancelOpen(false);
              entry.reload();
            }}
          />
          {statusTo && (
            <StatusDialog
              entry={e}
              to={statusTo}
              onClose={() => setStatusTo(null)}
              onDone={() => {
                setStatusTo(null);
                entry.reload();
              }}
            />
          )}
        </>
      )}
    </Page>
  );
}

function OutgoingFacts({ entry: e }: { entry: OutgoingEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="card" aria-labelledby="mr-out-facts">
      <h2 id="mr-out-facts">{t('mailroom.outgoing.facts')}</h2>
      <dl className="facts" data-testid="outgoing-facts">
        <Fact label={t('mailroom.fields.outgoingNo')} mono>
          {e.outgoingNo}
        </Fact>
        <Fact label={t('mailroom.fields.outgoingDate')}>{formatDay(e.date, lang)}</Fact>
        <Fact label={t('mailroom.fields.addresseeName')}>{e.addressee.name}</Fact>
        <Fact label={t('mailroom.fields.senderKind')}>
          {e.addressee.kind ? t(PARTY_KIND_KEYS[e.addressee.kind]) : null}
        </Fact>
        <Fact label={t('mailroom.fields.addresseeAddress')}>{e.addressee.address}</Fact>
        <Fact label={t('mailroom.fields.summary')}>
          <span className="mr-pre">{e.summary}</span>
        </Fact>
        <Fact label={t('mailroom.fields.inReplyTo')} mono>
          {e.inReplyTo && e.inReplyToId ? (
            <a href={href('incoming', String(e.inReplyToId))}>{e.inReplyTo}</a>
          ) : (
            e.inReplyTo
          )}
        </Fact>
        <Fact label={t('mailroom.fields.signatory')}>{e.signatory}</Fact>
        <Fact label={t('mailroom.fields.replyLanguage')}>{t(REPLY_LANGUAGE_KEYS[e.language])}</Fact>
        <Fact label={t('mailroom.fields.method')}>{t(CHANNEL_KEYS[e.method])}</Fact>
        <Fact label={t('mailroom.fields.trackingNumber')} mono>
          {e.trackingNumber}
        </Fact>
        {(e.courierCompany || e.waybill) && (
          <>
            <Fact label={t('mailroom.fields.courierCompany')}>{e.courierCompany}</Fact>
            <Fact label={t('mailroom.fields.waybill')} mono>
              {e.waybill}
            </Fact>
          </>
        )}
        <Fact label={t('mailroom.fields.sheets')}>{e.sheets ?? null}</Fact>
        <Fact label={t('mailroom.outgoing.sentAt')}>{e.sentAt ? formatDateTime(e.sentAt, lang) : null}</Fact>
        {e.returnedAt && (
          <Fact label={t('mailroom.outgoing.returnedAt')}>{formatDateTime(e.returnedAt, lang)}</Fact>
        )}
        {e.statusNote && <Fact label={t('mailroom.outgoing.statusNote')}>{e.statusNote}</Fact>}
        <Fact label={t('mailroom.fields.notes')}>{e.notes}</Fact>
        <Fact label={t('mailroom.record.registeredBy')}>
          {t('mailroom.record.registeredByLine', { by: e.createdBy, at: formatDateTime(e.createdAt, lang) })}
        </Fact>
      </dl>
    </section>
  );
}

const statusFormSchema = z.strictObject({
  at: dateTimeSchema,
  trackingNumber: z.string().max(40).optional(),
  note: z.string().max(500).optional(),
});
type StatusForm = z.input<typeof statusFormSchema>;

function StatusDialog({
  entry,
  to,
  onClose,
  onDone,
}: {
  entry: OutgoingEntry;
  to: 'sent' | 'returned';
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const ids = { at: useId(), note: useId() };
  const bodyRef = useRef<HTMLDivElement>(null);
  const form = useForm<StatusForm>({
    resolver: zodResolver(statusFormSchema),
    defaultValues: { at: almatyNowLocal(), trackingNumber: entry.trackingNumber ?? '', note: '' },
  });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [busy, setBusy] = useState(false);
  const askTracking = to === 'sent' && (entry.method === 'registered_mail' || entry.method === 'courier');

  const submit = form.handleSubmit(async (v) => {
    if (busy) return;
    const confirm: ConfirmableWarning[] = [];
    const tc = checkTracking(askTracking ? (v.trackingNumber ?? '') : '');
    if (tc.status === 'warning') {
      if (confirmedFor !== tc.normalized) {
        setReveal(true);
        requestAnimationFrame(() =>
          bodyRef.current?.querySelector<HTMLInputElement>('[data-confirm="tracking"]')?.focus(),
        );
        return;
      }
      confirm.push(tc.warning!);
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.call('outgoing.setStatus', {
        id: entry.id,
        status: to,
        at: v.at,
        ...(askTracking && tc.status !== 'empty' ? { trackingNumber: tc.normalized } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(confirm.length ? { confirmWarnings: confirm } : {}),
      });
      onDone();
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  });

  const atError = form.formState.errors.at;
  return (
    <Dialog
      open
      title={to === 'sent' ? t('mailroom.outgoing.markSent') : t('mailroom.outgoing.markReturned')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <DialogActions
          backLabel={t('mailroom.cancel.keep')}
          onBack={onClose}
          submitLabel={t('mailroom.outgoing.saveStatus')}
          busy={busy}
          testId="status-confirm"
        />
      }
    >
      <div ref={bodyRef}>
        <div className="field">
          <label htmlFor={ids.at}>
            {to === 'sent' ? t('mailroom.outgoing.sentAt') : t('mailroom.outgoing.returnedAt')}
          </label>
          <input
            id={ids.at}
            type="datetime-local"
            step={60}
            data-autofocus
            aria-invalid={Boolean(atError)}
            {...form.register('at')}
          />
          {atError && (
            <p className="field-error" role="alert">
              {issueText(t, atError.type, atError.message)}
            </p>
          )}
        </div>
        {askTracking && (
          <TrackingField
            label={t('mailroom.fields.trackingNumber')}
            value={tracking}
            registration={form.register('trackingNumber')}
            confirmedFor={confirmedFor}
            onConfirm={setConfirmedFor}
            reveal={reveal}
            testId="status-tracking"
          />
        )}
        <div className="field">
          <label htmlFor={ids.note}>{t('mailroom.outgoing.statusNote')}</label>
          <input id={ids.note} autoComplete="off" {...form.register('note')} />
        </div>
        {error && (
          <div className="alert alert-error" role="alert">
            <p>{mailroomErrorText(t, error)}</p>
          </div>
        )}
      </div>
    </Dialog>
  );
}
