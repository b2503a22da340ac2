// Cells both register lists use.
import { useTranslation } from 'react-i18next';
import { PaperclipIcon } from '../icons';

/** Text that may be cut by the column: the whole of it on hover. */
export function TitledCell({ text }: { text: string }) {
  return <span title={text}>{text}</span>;
}

/** The entry's status badge, with a paperclip and the number of scans when it has any. */
export function StatusCell({
  status,
  label,
  scanCount,
}: {
  status: string;
  label: string;
  scanCount: number;
}) {
  const { t } = useTranslation();
  return (
    <span className="mr-status-cell">
      <span className={`mr-badge mr-badge-${status}`}>{label}</span>
      {scanCount > 0 && (
        <span className="mr-clip-count" title={t('mailroom.list.scans', { count: scanCount })}>
          <PaperclipIcon />
          <span className="mr-visually-hidden">{t('mailroom.list.scans', { count: scanCount })}</span>
          <span aria-hidden="true">{scanCount}</span>
        </span>
      )}
    </span>
  );
}
