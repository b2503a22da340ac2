// «Печать журнала»: the clerk picks a period, sees the journal as it will print (A4 landscape), and
// prints it or saves it as a PDF. The rows come from the register's own list call (a read), oldest
// first, as a paper journal runs.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Register } from '../../../../../../common/contract/mailroom';
import { almatyDay } from '../../../../format/dates';
import { Dialog } from '../../../../ui/Dialog';
import { ErrorMessage } from '../../../../ui/ErrorMessage';
import { PrintButtons } from '../../../../ui/print/PrintButtons';
import { PrintSheet } from '../../../../ui/print/PrintSheet';
import { useAction } from '../../../../ui/useAction';
import { pdfName } from '../../../../ui/print/save-pdf';
import { journalSpec } from './journal-columns';
import { PeriodFields, periodOrderWrong } from './PeriodFields';
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
  const spec = useMemo(() => journalSpec(register, t, i18n.language), [register, t, i18n.language]);
  const [period, setPeriod] = useState({ from: from || `${today.slice(0, 8)}01`, to: to || today });
  const { busy, error, run } = useAction();
  const [journal, setJournal] = useState<(JournalContent & { more: boolean }) | null>(null);
  const orderWrong = periodOrderWrong(period);

  const show = () =>
    run(async () => {
      if (orderWrong || !period.from || !period.to) return;
      const { rows, more } = await spec.load(period.from, period.to, MAX_ROWS);
      setJournal({ heading: spec.heading, heads: spec.heads, ...period, rows, more });
    });

  const actions = (
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
  );

  return (
    <Dialog
      open
      className="pj-dialog"
      title={spec.title}
      onClose={onClose}
      onSubmit={() => void show()}
      actions={actions}
    >
      <PeriodFields period={period} onChange={setPeriod} />
      {error && <ErrorMessage error={error} />}
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
