// «Печать журнала»: the clerk picks a period, sees the journal as it will print (A4 landscape), and
// prints it or saves it as a PDF. The rows come from the register's own list call (a read), oldest
// first, as a paper journal runs.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Register } from '../../../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../../../common/errors';
import { toPayload } from '../../../../api/client';
import { almatyDay } from '../../../../format/dates';
import { Dialog } from '../../../../ui/Dialog';
import { DateInput } from '../../../../ui/form';
import { PrintButtons } from '../../../../ui/print/PrintButtons';
import { PrintSheet } from '../../../../ui/print/PrintSheet';
import { pdfName } from '../../../../ui/print/save-pdf';
import { mailroomErrorText } from '../../errors';
import { journalSpec } from './journal-columns';
import { JournalSheet, type JournalContent } from './JournalSheet';
import './journal.css';

/** More than a year of a busy office; a longer period is cut and says so. */
const MAX_ROWS = 5000;

export interface PrintJournalDialogProps {
  register: Register;
  onClose: () => void;
  from?: string | undefined;
  to?: string | undefined;
}

/** «Печать журнала…» among the register's actions; the dialog starts at the list's period. */
export function PrintJournalButton({ register, from, to }: { register: Register; from: string; to: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="journal-open">
        {t('print.journal.action')}
      </button>
      {open && (
        <PrintJournalDialog
          register={register}
          from={from || undefined}
          to={to || undefined}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

export function PrintJournalDialog({ register, onClose, from, to }: PrintJournalDialogProps) {
  const { t, i18n } = useTranslation();
  const today = almatyDay();
  const ids = { from: useId(), to: useId() };
  const spec = useMemo(() => journalSpec(register, t, i18n.language), [register, t, i18n.language]);
  const [period, setPeriod] = useState({ from: from || `${today.slice(0, 8)}01`, to: to || today });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [journal, setJournal] = useState<(JournalContent & { more: boolean }) | null>(null);
  const orderWrong = Boolean(period.from && period.to && period.from > period.to);

  const show = async () => {
    if (busy || orderWrong || !period.from || !period.to) return;
    setBusy(true);
    setError(undefined);
    try {
      const { rows, more } = await spec.load(period.from, period.to, MAX_ROWS);
      setJournal({ heading: spec.heading, heads: spec.heads, ...period, rows, more });
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      className="pj-dialog"
      title={spec.title}
      onClose={onClose}
      onSubmit={() => void show()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
          {journal && (
            <PrintButtons fileName={pdfName(spec.heading, journal.from, journal.to)} testId="journal" />
          )}
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || orderWrong}
            data-testid="journal-show"
          >
            {busy ? t('common.loading') : t('print.journal.show')}
          </button>
        </>
      }
    >
      <div className="mr-grid">
        <div className="field mr-span-6">
          <label htmlFor={ids.from}>{t('mailroom.export.from')}</label>
          <DateInput
            id={ids.from}
            value={period.from}
            data-autofocus
            onChange={(v) => setPeriod((p) => ({ ...p, from: v }))}
          />
        </div>
        <div className="field mr-span-6">
          <label htmlFor={ids.to}>{t('mailroom.export.to')}</label>
          <DateInput
            id={ids.to}
            value={period.to}
            aria-invalid={orderWrong}
            onChange={(v) => setPeriod((p) => ({ ...p, to: v }))}
          />
        </div>
      </div>
      {orderWrong && (
        <p className="field-error" role="alert">
          {t('mailroom.issues.range_order')}
        </p>
      )}
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{mailroomErrorText(t, error)}</p>
        </div>
      )}
      {journal && (
        <>
          {journal.more && (
            <p className="alert" role="status">
              {t('print.journal.truncated', { count: MAX_ROWS })}
            </p>
          )}
          <div className="pj-preview">
            <JournalSheet journal={journal} testId="journal-preview" />
          </div>
          <PrintSheet>
            <JournalSheet journal={journal} testId="journal-print" />
          </PrintSheet>
        </>
      )}
    </Dialog>
  );
}
