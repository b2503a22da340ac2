// The desktop app's word on a download: saved, cancelled in the Save dialog, or failed. Only
// Electron sends it (window.api.onDownload); in a browser the browser's own download bar speaks.
// A saved file's notice goes away by itself; a failure stays until it is closed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOWNLOAD_STATES, type DownloadReport } from '../../../common/contract/downloads';
import './download-notice.css';

const SHOWN_MS = 8000;

function isReport(value: unknown): value is DownloadReport {
  const r = value as Partial<DownloadReport> | null;
  return (
    !!r && typeof r.fileName === 'string' && DOWNLOAD_STATES.includes(r.state as DownloadReport['state'])
  );
}

export function DownloadNotice() {
  const { t } = useTranslation();
  const [report, setReport] = useState<DownloadReport | null>(null);

  useEffect(() => window.api?.onDownload?.((r) => isReport(r) && setReport(r)), []);

  useEffect(() => {
    if (report?.state !== 'completed') return undefined;
    const timer = setTimeout(() => setReport(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [report]);

  if (!report) return null;
  const failed = report.state === 'interrupted';
  return (
    <div
      className={`download-notice alert ${failed ? 'alert-error' : ''}`}
      role={failed ? 'alert' : 'status'}
      data-testid="download-notice"
    >
      <p>{t(`downloads.${report.state}`, { name: report.fileName })}</p>
      <button type="button" className="button button-quiet" onClick={() => setReport(null)}>
        {t('common.close')}
      </button>
    </div>
  );
}
