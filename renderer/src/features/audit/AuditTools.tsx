// The audit page's two tools: check the hash chain and export the filtered entries as CSV (the
// export is itself audited). The buttons go in the page header, their results below it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerdict } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useJob } from '../../api/useJob';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { JobProgress } from '../../ui/JobProgress';
import { BusyButton } from '../../ui/BusyButton';
import { Icon } from '../../ui/Icon';
import { downloadText } from './download';
import type { AuditFilter } from './query';

/** The page's two tools: the buttons go in the page header, their results below it. */
export function useAuditTools(filter: AuditFilter, onExported: () => void) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<AuditVerdict>();
  const [checking, setChecking] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [failure, setFailure] = useState<ErrorPayload>();

  const verify = async () => {
    setChecking(true);
    setFailure(undefined);
    setVerdict(undefined);
    try {
      setVerdict(await api.call('audit.verify', {}));
    } catch (e) {
      setFailure(toPayload(e));
    } finally {
      setChecking(false);
    }
  };

  // The export is a job: a large audit shows how far it is and can be cancelled.
  const exportJob = useJob();
  const exportCsv = async () => {
    setFailure(undefined);
    setSaved(undefined);
    const r = await exportJob.run('audit.exportCsv', filter);
    if (!r) return;
    downloadText(r.fileName, r.csv);
    setSaved(r.fileName);
    onExported();
  };

  const buttons = (
    <>
      <BusyButton className="button button-nowrap" run={verify} busy={checking}>
        <Icon name="audit" /> {checking ? t('pages.audit.verifying') : t('pages.audit.verify')}
      </BusyButton>
      <BusyButton className="button button-nowrap" run={exportCsv} busy={exportJob.running}>
        <Icon name="download" /> {t('pages.audit.export')}
      </BusyButton>
    </>
  );

  const messages = (
    <>
      {verdict && (
        <div
          className={verdict.ok ? 'alert alert-ok' : 'alert alert-error'}
          role="status"
          data-testid="verify-result"
          data-ok={verdict.ok}
        >
          <p>
            {verdict.ok
              ? t('pages.audit.verifyOk', { count: verdict.entries })
              : t('pages.audit.verifyBroken', {
                  id: verdict.firstBroken?.id ?? '?',
                  reason: t(`pages.audit.brokenReason.${verdict.firstBroken?.reason ?? 'hash_mismatch'}`),
                })}
          </p>
        </div>
      )}
      {saved && (
        <p className="alert alert-ok" role="status">
          {t('pages.audit.exported', { file: saved })}
        </p>
      )}
      <JobProgress job={exportJob} testId="audit-export-job" />
      {failure && <ErrorMessage error={failure} />}
      {exportJob.error && <ErrorMessage error={exportJob.error} />}
    </>
  );

  return { buttons, messages };
}
