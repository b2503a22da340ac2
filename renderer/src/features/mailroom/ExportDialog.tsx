// Export a register for a period: CSV (for spreadsheets; ';' is what Excel expects under a Russian
// or Kazakh locale) or a printable DOCX table. The core writes the file and audits the export; the
// page offers it for download through a Blob link.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLY_LANGUAGES, type Register, type ReplyLanguage } from '../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
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

export function ExportDialog({ open, register, onClose, from, to }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const today = almatyDay();
  const ids = { from: useId(), to: useId(), format: useId(), lang: useId(), delim: useId() };
  const uiLang: ReplyLanguage = i18n.language === 'kk' || i18n.language === 'en' ? i18n.language : 'ru';
  const [period, setPeriod] = useState({ from: from || monthStart(today), to: to || today });
  const [format, setFormat] = useState<'csv' | 'docx'>('docx');
  const [lang, setLang] = useState<ReplyLanguage>(uiLang);
  const [delimiter, setDelimiter] = useState<',' | ';'>(';');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [done, setDone] = useState<{ rows: number; fileName: string } | null>(null);

  const orderWrong = period.from && period.to && period.from > period.to;

  const submit = async () => {
    if (busy || orderWrong || !period.from || !period.to) return;
    setBusy(true);
    setError(undefined);
    setDone(null);
    try {
      const file = await api.call('mailroom.export', {
        register,
        from: period.from,
        to: period.to,
        format,
        lang,
        ...(format === 'csv' ? { delimiter } : {}),
      });
      downloadBase64(file.dataBase64, file.mime, file.fileName);
      setDone({ rows: file.rows, fileName: file.fileName });
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={
        register === 'incoming' ? t('mailroom.export.titleIncoming') : t('mailroom.export.titleOutgoing')
      }
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <DialogActions
          backLabel={t('common.close')}
          onBack={onClose}
          submitLabel={busy ? t('mailroom.export.working') : t('mailroom.export.download')}
          busy={busy || Boolean(orderWrong)}
          testId="export-submit"
        />
      }
    >
      <div className="mr-grid">
        <div className="field mr-span-6">
          <label htmlFor={ids.from}>{t('mailroom.export.from')}</label>
          <input
            id={ids.from}
            type="date"
            value={period.from}
            max={today}
            data-autofocus
            onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))}
          />
        </div>
        <div className="field mr-span-6">
          <label htmlFor={ids.to}>{t('mailroom.export.to')}</label>
          <input
            id={ids.to}
            type="date"
            value={period.to}
            aria-invalid={Boolean(orderWrong)}
            onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))}
          />
        </div>
        <div className="field mr-span-6">
          <label htmlFor={ids.format}>{t('mailroom.export.format')}</label>
          <select
            id={ids.format}
            value={format}
            onChange={(e) => setFormat(e.target.value === 'csv' ? 'csv' : 'docx')}
          >
            <option value="docx">{t('mailroom.export.docx')}</option>
            <option value="csv">{t('mailroom.export.csv')}</option>
          </select>
        </div>
        <div className="field mr-span-6">
          <label htmlFor={ids.lang}>{t('mailroom.export.lang')}</label>
          <select id={ids.lang} value={lang} onChange={(e) => setLang(e.target.value as ReplyLanguage)}>
            {REPLY_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(REPLY_LANGUAGE_KEYS[l])}
              </option>
            ))}
          </select>
        </div>
        {format === 'csv' && (
          <div className="field mr-span-12">
            <label htmlFor={ids.delim}>{t('mailroom.export.delimiter')}</label>
            <select
              id={ids.delim}
              value={delimiter}
              onChange={(e) => setDelimiter(e.target.value === ',' ? ',' : ';')}
            >
              <option value=";">{t('mailroom.export.semicolon')}</option>
              <option value=",">{t('mailroom.export.comma')}</option>
            </select>
          </div>
        )}
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
      {done && (
        <p className="mr-status mr-status-ok" role="status" data-testid="export-done">
          {t('mailroom.export.done', { count: done.rows, fileName: done.fileName })}
        </p>
      )}
    </Dialog>
  );
}
