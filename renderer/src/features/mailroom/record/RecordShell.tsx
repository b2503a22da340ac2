// One register entry, in full: the page both records share (title, back link, the number just
// registered, the cancelled note, facts beside scans and corrections, correcting and cancelling).
// The register's own parts (its lead, actions, facts, side cards and dialogs) come in as props.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallState } from '../../../api/hooks';
import { href } from '../../../app/router';
import { formatDateTime } from '../../../format/dates';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { CancelDialog } from '../CancelDialog';
import { CorrectButton } from '../correct/CorrectButton';
import { CorrectionHistory } from '../correct/CorrectionHistory';
import { takeRegistered } from '../registered';
import type { EntryBase, RegisterDescriptor } from '../registers';
import { ScanPanel } from '../ScanPanel';
import { useCanWrite } from '../session';

interface Props<E extends EntryBase> {
  descriptor: RegisterDescriptor<E>;
  id: number;
  entry: CallState<E>;
  lead: (e: E) => ReactNode;
  /** The register's own buttons, between the back link and «Исправить». */
  actions?: (e: E | undefined, canWrite: boolean) => ReactNode;
  facts: (e: E) => ReactNode;
  side?: (e: E) => ReactNode;
  dialogs?: (e: E) => ReactNode;
}

export function RecordShell<E extends EntryBase>(props: Props<E>) {
  const { descriptor: d, entry, lead, actions, facts, side, dialogs } = props;
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const [justRegistered] = useState(() => takeRegistered(d.register, props.id));
  const [cancelOpen, setCancelOpen] = useState(false);
  const e = entry.data;
  const open = canWrite && e && e.status !== 'cancelled';

  return (
    <Page
      title={e ? d.number(e) : t(d.text.record)}
      lead={e ? lead(e) : undefined}
      wide
      actions={
        <>
          <a className="button" href={href(d.register)}>
            {t(d.text.back)}
          </a>
          {actions?.(e, canWrite)}
          {open && <CorrectButton descriptor={d} entry={e} onCorrected={entry.reload} />}
          {open && (
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
            {t(d.text.registeredPrefix)} <strong className="mr-banner-number">{justRegistered}</strong>{' '}
            {t('mailroom.intake.registeredSuffix')}
          </span>
        </div>
      )}
      {entry.error && <ErrorMessage error={entry.error} />}
      {!e && !entry.error && <p className="muted">{t('common.loading')}</p>}
      {e && (
        <>
          {e.cancelled && <CancelledNote cancelled={e.cancelled} />}
          <div className="mr-record">
            <div className="mr-record-main">{facts(e)}</div>
            <div className="mr-record-side">
              <ScanPanel
                register={d.register}
                letterId={e.id}
                number={d.number(e)}
                scans={e.scans}
                canWrite={canWrite}
                closed={e.status === 'cancelled'}
                onChanged={entry.reload}
              />
              <CorrectionHistory register={d.register} id={e.id} version={e.updatedAt} />
              {side?.(e)}
            </div>
          </div>
          <CancelDialog
            open={cancelOpen}
            number={d.number(e)}
            onClose={() => setCancelOpen(false)}
            onCancel={async (reason) => {
              await d.cancel(e.id, reason);
              setCancelOpen(false);
              entry.reload();
            }}
          />
          {dialogs?.(e)}
        </>
      )}
    </Page>
  );
}

function CancelledNote({ cancelled }: { cancelled: NonNullable<EntryBase['cancelled']> }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="alert alert-warn" role="note" data-testid="cancelled-note">
      <p>
        {t('mailroom.record.cancelledNote', {
          at: formatDateTime(cancelled.at, i18n.language),
          by: cancelled.by,
        })}
      </p>
      <p>{cancelled.reason}</p>
    </div>
  );
}
