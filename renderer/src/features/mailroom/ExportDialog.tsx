// Export a register for a period: CSV (for spreadsheets; ';' is what Excel expects under a Russian
// or Kazakh locale) or a printable DOCX table. The core writes the file and audits the export; the
// page offers it for download through a Blob link.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLY_LANGUAGES, type Register, type ReplyLanguage } from '../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../common/errors';
import { useJob } from '../../api/useJob';
import { JobProgress } from '../../ui/JobProgress';
import { ChoiceField } from '../../ui/controls';
import { DateInput } from '../../ui/form';
import { Dialog } from '../../ui/Dialog';
import { almatyDay } from '../../format/dates';
import { downloadBase64 } from './bytes';
import { mailroomErrorText } from './errors';
import { REPLY_LANGUAGE_KEYS } from './vocab';
import { DialogActions } from '../../ui/DialogActions';

export interface ExportDialogProps {
  open: boolean;
  register: Register;
  onClose: () => void;
  from?: string | undefined;
  to?: string | undefined;
}

function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

function ExportOutcome({
  orderWrong,
  error,
  done,
}: {
  orderWrong: boolean;
  error: ErrorPayload | undefined;
  done: { rows: number; fileName: string } | null;
}) {
  const { t } = useTranslation();
  return (
    <>
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
      {done && (
        <p className="mr-status mr-status-ok" role="status" data-testid="export-done">
          {t('mailroom.export.done', { count: done.rows, fileName: done.fileName })}
        </p>
      )}
    </>
  );
}

export function ExportDialog({ open, register, onClose, from, to }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const today = almatyDay();
  const ids = { from: useId(), to: useId() };
  const uiLang: ReplyLanguage = i18n.language === 'kk' || i18n.language === 'en' ? i18n.language : 'ru';
  const [period, setPeriod] = useState({ from: from || monthStart(today), to: to || today });
  const [format, setFormat] = useState<'csv' | 'docx'>('docx');
  const [lang, setLang] = useState<ReplyLanguage>(uiLang);
  const [delimiter, setDelimiter] = useState<',' | ';'>(';');
  const job = useJob();
  const [done, setDone] = useState<{ rows: number; fileName: string } | null>(null);

  const orderWrong = period.from && period.to && period.from > period.to;

  // Closing the dialog stops an export still running.
  const close = () => {
    job.cancel();
    onClose();
  };

  // The export is a job: a year of a large register shows how far it is and can be cancelled.
  const submit = async () => {
    if (job.running || orderWrong || !period.from || !period.to) return;
    setDone(null);
    const file = await job.run('mailroom.export', {
      register,
      from: period.from,
      to: period.to,
      format,
      lang,
      ...(format === 'csv' ? { delimiter } : {}),
    });
    if (!file) return;
    downloadBase64(file.dataBase64, file.mime, file.fileName);
    setDone({ rows: file.rows, fileName: file.fileName });
  };

  return (
    <Dialog
      open={open}
      title={
        register === 'incoming' ? t('mailroom.export.titleIncoming') : t('mailroom.export.titleOutgoing')
      }
      onClose={close}
      onSubmit={() => void submit()}
      actions={
        <DialogActions
          backLabel={t('common.close')}
          onBack={close}
          submitLabel={job.running ? t('mailroom.export.working') : t('mailroom.export.download')}
          busy={job.running || Boolean(orderWrong)}
          testId="export-submit"
        />
      }
    >
      <div className="mr-grid">
        <div className="field mr-span-6">
          <label htmlFor={ids.from}>{t('mailroom.export.from')}</label>
          <DateInput
            id={ids.from}
            value={period.from}
            data-autofocus
            onChange={(from) => setPeriod((p) => ({ ...p, from }))}
          />
        </div>
        <div className="field mr-span-6">
          <label htmlFor={ids.to}>{t('mailroom.export.to')}</label>
          <DateInput
            id={ids.to}
            value={period.to}
            aria-invalid={Boolean(orderWrong)}
            onChange={(to) => setPeriod((p) => ({ ...p, to }))}
          />
        </div>
        <ChoiceField
          fieldClassName="mr-span-6"
          label={t('mailroom.export.format')}
          value={format}
          onChange={(v) => setFormat(v === 'csv' ? 'csv' : 'docx')}
          options={[
            { value: 'docx', label: t('mailroom.export.docx') },
            { value: 'csv', label: t('mailroom.export.csv') },
          ]}
        />
        <ChoiceField
          fieldClassName="mr-span-6"
          label={t('mailroom.export.lang')}
          value={lang}
          onChange={setLang}
          options={REPLY_LANGUAGES.map((l) => ({ value: l, label: t(REPLY_LANGUAGE_KEYS[l]) }))}
        />
        {format === 'csv' && (
          <ChoiceField
            fieldClassName="mr-span-12"
            label={t('mailroom.export.delimiter')}
            value={delimiter}
            onChange={(v) => setDelimiter(v === ',' ? ',' : ';')}
            options={[
              { value: ';', label: t('mailroom.export.semicolon') },
              { value: ',', label: t('mailroom.export.comma') },
            ]}
          />
        )}
      </div>
      <JobProgress job={job} testId="export-job" />
      <ExportOutcome orderWrong={Boolean(orderWrong)} error={job.error} done={done} />
    </Dialog>
  );
}
