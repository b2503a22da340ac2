// One incoming letter, in full (intake.get: the only place the whole IIN is shown), with its scans,
// the replies registered to it, and cancelling (the entry keeps its number).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingEntry } from '../../../../common/contract/mailroom';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { formatDateTime } from '../../format/dates';
import { formatDay } from './format';
import { CancelDialog } from './CancelDialog';
import { IinHint } from './IinHint';
import { takeRegistered } from './registered';
import { CorrectionHistory } from './correct/CorrectionHistory';
import { CorrectIncomingButton } from './correct/CorrectButton';
import { ScanPanel } from './ScanPanel';
import { useCanWrite } from './session';
import {
  CHANNEL_KEYS,
  incomingStatusKey,
  LETTER_LANGUAGE_KEYS,
  OUTGOING_STATUS_KEYS,
  PARTY_KIND_KEYS,
} from './vocab';
import { Fact } from '../../ui/Fact';

export function IncomingRecord({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const entry = useCall('intake.get', { id });
  const canWrite = useCanWrite();
  const { can } = useAuth();
  const [justRegistered] = useState(() => takeRegistered('incoming', id));
  const [cancelOpen, setCancelOpen] = useState(false);
  const e = entry.data;

  return (
    <Page
      title={e ? e.incomingNo : t('pages.incoming.record')}
      lead={e ? <StatusLine entry={e} /> : undefined}
      wide
      actions={
        <>
          <a className="button" href={href('incoming')}>
            {t('mailroom.record.back')}
          </a>
          {canWrite && (
            <a className="button" href={href('incoming', 'new')}>
              {t('mailroom.record.registerNext')}
            </a>
          )}
          {canWrite && e && e.status !== 'cancelled' && (
            <a className="button" href={href('outgoing', 'new', e.incomingNo)} data-testid="register-reply">
              {t('mailroom.record.registerReply')}
            </a>
          )}
          {can('requests.open') && e && e.status !== 'cancelled' && (
            <a className="button" href={href('requests', 'new', String(e.id))} data-testid="open-request">
              {t('request.open.action')}
            </a>
          )}
          {canWrite && e && e.status !== 'cancelled' && (
            <CorrectIncomingButton entry={e} onCorrected={entry.reload} />
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
            {t('mailroom.intake.registeredPrefix')}{' '}
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
            <div className="alert alert-warn" role="note" data-testid="cancelled-note">
              <p>
                {t('mailroom.record.cancelledNote', {
                  at: formatDateTime(e.cancelled.at, i18n.language),
                  by: e.cancelled.by,
                })}
              </p>
              <p>{e.cancelled.reason}</p>
            </div>
          )}
          <div className="mr-record">
            <div className="mr-record-main">
              <IncomingFacts entry={e} />
            </div>
            <div className="mr-record-side">
              <ScanPanel
                register="incoming"
                letterId={e.id}
                number={e.incomingNo}
                scans={e.scans}
                canWrite={canWrite}
                closed={e.status === 'cancelled'}
                onChanged={entry.reload}
              />
              <CorrectionHistory register="incoming" id={e.id} version={e.updatedAt} />
              <section className="card" aria-labelledby="mr-replies">
                <h2 id="mr-replies">{t('mailroom.record.replies')}</h2>
                {e.replies.length === 0 ? (
                  <p className="muted">{t('mailroom.record.noReplies')}</p>
                ) : (
                  <ul className="mr-plain">
                    {e.replies.map((r) => (
                      <li key={r.id}>
                        <a href={href('outgoing', String(r.id))} className="mr-mono">
                          {r.outgoingNo}
                        </a>{' '}
                        <span className="muted">
                          {formatDay(r.date, i18n.language)} · {t(OUTGOING_STATUS_KEYS[r.status])}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </div>
          </div>
          <CancelDialog
            open={cancelOpen}
            number={e.incomingNo}
            onClose={() => setCancelOpen(false)}
            onCancel={async (reason) => {
              await api.call('intake.cancel', { id: e.id, reason });
              setCancelOpen(false);
              entry.reload();
            }}
          />
        </>
      )}
    </Page>
  );
}

function StatusLine({ entry }: { entry: IncomingEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className={`mr-badge mr-badge-${entry.status}`}>{t(incomingStatusKey(entry))}</span>{' '}
      {t('mailroom.record.receivedLine', {
        at: formatDateTime(entry.receivedAt, i18n.language),
        channel: t(CHANNEL_KEYS[entry.channel]),
      })}
    </>
  );
}

function IncomingFacts({ entry: e }: { entry: IncomingEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <section className="card" aria-labelledby="mr-delivery">
        <h2 id="mr-delivery">{t('mailroom.intake.delivery')}</h2>
        <dl className="facts" data-testid="record-delivery">
          <Fact label={t('mailroom.fields.incomingNo')} mono>
            {e.incomingNo}
          </Fact>
          <Fact label={t('mailroom.fields.receivedAt')}>{formatDateTime(e.receivedAt, lang)}</Fact>
          <Fact label={t('mailroom.fields.channel')}>{t(CHANNEL_KEYS[e.channel])}</Fact>
          <Fact label={t('mailroom.fields.trackingNumber')} mono>
            {e.trackingNumber}
          </Fact>
          {e.trackingWarning && (
            <Fact label={t('mailroom.record.trackingWarning')}>
              {e.trackingWarning === 'tracking_check_digit'
                ? t('mailroom.record.confirmedCheckDigit')
                : t('mailroom.record.confirmedFormat')}
            </Fact>
          )}
          {(e.courierCompany || e.waybill) && (
            <>
              <Fact label={t('mailroom.fields.courierCompany')}>{e.courierCompany}</Fact>
              <Fact label={t('mailroom.fields.waybill')} mono>
                {e.waybill}
              </Fact>
            </>
          )}
        </dl>
      </section>
      <section className="card" aria-labelledby="mr-sender">
        <h2 id="mr-sender">{t('mailroom.intake.sender')}</h2>
        <dl className="facts" data-testid="record-sender">
          <Fact label={t('mailroom.fields.senderName')}>{e.sender.name}</Fact>
          <Fact label={t('mailroom.fields.senderKind')}>
            {e.sender.kind ? t(PARTY_KIND_KEYS[e.sender.kind]) : null}
          </Fact>
          <Fact label={t('mailroom.fields.senderIin')}>
            {e.sender.iin && (
              <>
                <span className="mr-mono">{e.sender.iin}</span>
                <IinHint value={e.sender.iin} id="mr-record-iin" focused={false} />
              </>
            )}
          </Fact>
          <Fact label={t('mailroom.fields.senderAddress')}>{e.sender.address}</Fact>
        </dl>
      </section>
      <section className="card" aria-labelledby="mr-letter">
        <h2 id="mr-letter">{t('mailroom.intake.letter')}</h2>
        <dl className="facts" data-testid="record-letter">
          <Fact label={t('mailroom.fields.senderRefNumber')}>{e.senderRef?.number}</Fact>
          <Fact label={t('mailroom.fields.senderRefDate')}>
            {e.senderRef?.date ? formatDay(e.senderRef.date, lang) : null}
          </Fact>
          <Fact label={t('mailroom.fields.documentType')}>{e.documentType}</Fact>
          <Fact label={t('mailroom.fields.language')}>{t(LETTER_LANGUAGE_KEYS[e.language])}</Fact>
          <Fact label={t('mailroom.fields.summary')}>
            <span className="mr-pre">{e.summary}</span>
          </Fact>
          <Fact label={t('mailroom.fields.sheets')}>{e.sheets ?? null}</Fact>
          <Fact label={t('mailroom.fields.enclosures')}>{e.enclosures}</Fact>
          <Fact label={t('mailroom.fields.notes')}>
            {e.notes ? <span className="mr-pre">{e.notes}</span> : null}
          </Fact>
          <Fact label={t('mailroom.fields.assignedTo')}>{e.assignedTo}</Fact>
          <Fact label={t('mailroom.fields.dueDate')}>{e.dueDate ? formatDay(e.dueDate, lang) : null}</Fact>
          <Fact label={t('mailroom.record.registeredBy')}>
            {t('mailroom.record.registeredByLine', {
              by: e.createdBy,
              at: formatDateTime(e.createdAt, lang),
            })}
          </Fact>
        </dl>
      </section>
    </>
  );
}
