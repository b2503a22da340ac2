// Where scans come in: drag and drop or the file picker. Every file is checked here at once with
// the same pure check the core repeats (type from the content, never from the name; the size limit
// from the settings), so a refused file never travels. The file name is kept only as a label.
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import {
  checkScanFile,
  scanLabel,
  type ScanKind,
  type ScanMime,
} from '../../../../common/mailroom/scan-files';
import { bytesToBase64, formatBytes, megabytes } from './bytes';
import { mailroomErrorText } from './errors';

export interface CheckedScan {
  key: string;
  label: string;
  mime: ScanMime;
  bytes: number;
  dataBase64: string;
  kind: ScanKind;
}

export interface RefusedScan {
  label: string;
  error: ErrorPayload;
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';
let seq = 0;

export async function checkFiles(
  files: readonly File[],
  maxBytes: number,
  kind: ScanKind,
): Promise<{ accepted: CheckedScan[]; refused: RefusedScan[] }> {
  const accepted: CheckedScan[] = [];
  const refused: RefusedScan[] = [];
  for (const file of files) {
    const label = scanLabel(file.name);
    // Do not even read a file that is too large.
    if (file.size > maxBytes) {
      refused.push({
        label,
        error: { code: 'SCAN_TOO_LARGE', messageKey: 'errors.SCAN_TOO_LARGE', details: { maxBytes } },
      });
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkScanFile(bytes, maxBytes);
    if (!check.ok) {
      refused.push({
        label,
        error: { code: check.code, messageKey: `errors.${check.code}`, details: { maxBytes } },
      });
      continue;
    }
    accepted.push({
      key: `scan-${++seq}`,
      label,
      mime: check.mime,
      bytes: check.bytes,
      dataBase64: bytesToBase64(bytes),
      kind,
    });
  }
  return { accepted, refused };
}

export interface ScanDropZoneProps {
  maxBytes: number;
  kind: ScanKind;
  onFiles: (result: { accepted: CheckedScan[]; refused: RefusedScan[] }) => void;
  disabled?: boolean;
  testId?: string;
}

export function ScanDropZone({
  maxBytes,
  kind,
  onFiles,
  disabled,
  testId = 'scan-input',
}: ScanDropZoneProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);

  const take = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    try {
      onFiles(await checkFiles(Array.from(list), maxBytes, kind));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) void take(e.dataTransfer.files);
  };

  return (
    <div
      className={`mr-drop ${over ? 'mr-drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <button
        type="button"
        className="button"
        disabled={disabled || busy}
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
      >
        {busy ? t('mailroom.scans.checking') : t('mailroom.scans.choose')}
      </button>
      <p className="field-hint" id={hintId}>
        {t('mailroom.scans.dropHint', {
          maxMb: megabytes(maxBytes),
          max: formatBytes(maxBytes, i18n.language),
        })}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        data-testid={testId}
        onChange={(e) => void take(e.target.files)}
      />
    </div>
  );
}

export function RefusedScans({ refused }: { refused: RefusedScan[] }) {
  const { t } = useTranslation();
  if (refused.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid="scan-refused">
      {refused.map((r, i) => (
        <p key={i}>
          <strong className="mr-file-label">{r.label}</strong>: {mailroomErrorText(t, r.error)}
        </p>
      ))}
    </div>
  );
}
