// The scans of a register entry: the list, a preview (images inline from a blob: URL, PDF drawn by
// pdf.js from the bytes scans.get returns — no plugin, no frame, the same in Electron and Chromium;
// TIFF only as a download, browsers do not show it), adding more (drop or picker, checked first),
// and removing one with a reason.
// A scan's original file name is shown as a label only; downloads get a name made from the
// register number and the scan id, never a path.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SCAN_REMOVE_REASONS,
  type Register,
  type ScanMeta,
  type ScanRemoveReason,
} from '../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../common/errors';
import { DEFAULT_SCAN_MAX_BYTES, scanExtension, type ScanKind } from '../../../../common/mailroom/scan-files';
import { api, toPayload } from '../../api/client';
import { ScanKindSelect } from './ScanKindSelect';
import { useCall } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../format/dates';
import { base64ToBytes, formatBytes } from './bytes';
import { mailroomErrorText } from './errors';
import { RefusedScans, ScanDropZone, type CheckedScan, type RefusedScan } from './ScanDropZone';
import { SCAN_KIND_KEYS, SCAN_REMOVE_REASON_KEYS } from './vocab';

// pdf.js is half a megabyte: loaded the first time a PDF is shown, not at every start.
const PdfViewer = lazy(() => import('../../ui/pdf/PdfViewer').then((m) => ({ default: m.PdfViewer })));

export interface ScanPanelProps {
  register: Register;
  letterId: number;
  number: string;
  scans: ScanMeta[];
  canWrite: boolean;
  /** The entry is cancelled: no new scans. */
  closed?: boolean;
  onChanged: () => void;
}

interface Preview {
  scan: ScanMeta;
  /** The bytes, for pdf.js; the blob: URL, for an image and the download link. */
  bytes: Uint8Array;
  url: string;
}

export function downloadName(number: string, scan: Pick<ScanMeta, 'id' | 'mime'>): string {
  const safe = number.replace(/[^\p{L}\p{N}-]+/gu, '-');
  return `${safe}-scan-${scan.id}.${scanExtension(scan.mime)}`;
}

export function ScanPanel({
  register,
  letterId,
  number,
  scans,
  canWrite,
  closed,
  onChanged,
}: ScanPanelProps) {
  const { t, i18n } = useTranslation();
  const kindId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loading, setLoading] = useState<number | null>(null);
  const [error, setError] = useState<ErrorPayload>();
  const [removing, setRemoving] = useState<ScanMeta | null>(null);
  const list = useRef<HTMLUListElement>(null);

  // Revoke the blob: URL when the preview changes or the panel goes away.
  useEffect(() => {
    const url = preview?.url;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [preview]);

  const open = async (scan: ScanMeta) => {
    setLoading(scan.id);
    setError(undefined);
    try {
      const content = await api.call('scans.get', { id: scan.id });
      const bytes = base64ToBytes(content.dataBase64);
      setPreview({ scan, bytes, url: URL.createObjectURL(new Blob([bytes], { type: content.mime })) });
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setLoading(null);
    }
  };

  // Show the first scan straight away (only when the first scan changes: opening another one is
  // the person's choice).
  const firstId = scans[0]?.id;
  useEffect(() => {
    const first = scans[0];
    if (first) void open(first);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the first scan's id, see above
  }, [firstId]);

  const remove = async (scan: ScanMeta, reason: ScanRemoveReason) => {
    await api.call('scans.remove', { id: scan.id, reason });
    if (preview?.scan.id === scan.id) setPreview(null);
    setRemoving(null);
    onChanged();
  };

  const shown = preview && scans.some((s) => s.id === preview.scan.id) ? preview : null;

  return (
    <section className="card mr-scans" aria-labelledby={`${kindId}-title`} data-testid="scan-panel">
      <h2 id={`${kindId}-title`}>
        {t('mailroom.scans.title')} <span className="mr-count">{scans.length}</span>
      </h2>
      {scans.length === 0 && <p className="muted">{t('mailroom.scans.none')}</p>}
      {scans.length > 0 && (
        <ul className="mr-scan-list" data-testid="scan-list" ref={list}>
          {scans.map((s) => (
            <li key={s.id} className={shown?.scan.id === s.id ? 'mr-scan-current' : ''}>
              <button
                type="button"
                className="mr-linklike"
                aria-pressed={shown?.scan.id === s.id}
                onClick={() => void open(s)}
              >
                <span className="mr-file-label">{s.label}</span>
              </button>
              <span className="muted mr-scan-meta">
                {t(SCAN_KIND_KEYS[s.kind])} · {formatBytes(s.bytes, i18n.language)} ·{' '}
                {formatDateTime(s.addedAt, i18n.language)}
                {loading === s.id && ` · ${t('common.loading')}`}
              </span>
              {canWrite && (
                <button type="button" className="button button-quiet mr-small" onClick={() => setRemoving(s)}>
                  {t('mailroom.scans.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{mailroomErrorText(t, error)}</p>
        </div>
      )}
      {shown && (
        <ScanPreview
          preview={shown}
          number={number}
          onLeave={() =>
            list.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.focus()
          }
        />
      )}

      {canWrite && !closed && (
        <ScanAdd
          register={register}
          letterId={letterId}
          onStart={() => setError(undefined)}
          onChanged={onChanged}
        />
      )}
      {removing && <RemoveScanDialog scan={removing} onClose={() => setRemoving(null)} onRemove={remove} />}
    </section>
  );
}

/** Adding scans to a registered letter: their kind, the drop zone, progress and refusals. */
function ScanAdd({
  register,
  letterId,
  onStart,
  onChanged,
}: Pick<ScanPanelProps, 'register' | 'letterId' | 'onChanged'> & { onStart: () => void }) {
  const { t } = useTranslation();
  const maxBytes = useCall('mailroom.settings.get', {}).data?.scanMaxBytes ?? DEFAULT_SCAN_MAX_BYTES;
  const [kind, setKind] = useState<ScanKind>('letter');
  const [refused, setRefused] = useState<RefusedScan[]>([]);
  const [uploading, setUploading] = useState(0);
  const upload = async ({ accepted, refused: r }: { accepted: CheckedScan[]; refused: RefusedScan[] }) => {
    setRefused(r);
    onStart();
    if (accepted.length === 0) return;
    setUploading(accepted.length);
    const failed: RefusedScan[] = [];
    for (const s of accepted) {
      try {
        await api.call('scans.add', {
          register,
          letterId,
          fileName: s.label,
          dataBase64: s.dataBase64,
          kind: s.kind,
        });
      } catch (e) {
        failed.push({ label: s.label, error: toPayload(e) });
      }
      setUploading((n) => n - 1);
    }
    if (failed.length) setRefused([...r, ...failed]);
    onChanged();
  };

  return (
    <div className="mr-scan-add">
      <div className="mr-scan-row">
        <ScanKindSelect value={kind} onChange={setKind} />
        <ScanDropZone
          maxBytes={maxBytes}
          kind={kind}
          disabled={uploading > 0}
          onFiles={(r) => void upload(r)}
        />
      </div>
      {uploading > 0 && (
        <p className="muted" role="status">
          {t('mailroom.scans.uploading', { count: uploading })}
        </p>
      )}
      <RefusedScans refused={refused} />
    </div>
  );
}

function ScanPreview({
  preview,
  number,
  onLeave,
}: {
  preview: Preview;
  number: string;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const { scan, url, bytes } = preview;
  const name = downloadName(number, scan);
  return (
    <figure className="mr-preview" data-testid="scan-preview">
      {scan.mime === 'image/png' || scan.mime === 'image/jpeg' ? (
        <img src={url} alt={t('mailroom.scans.previewAlt', { name: scan.label })} />
      ) : scan.mime === 'application/pdf' ? (
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <PdfViewer
            bytes={bytes}
            label={t('mailroom.scans.previewAlt', { name: scan.label })}
            onLeave={onLeave}
          />
        </Suspense>
      ) : (
        <p className="muted">{t('mailroom.scans.noPreview')}</p>
      )}
      <figcaption>
        <a className="button" href={url} download={name}>
          {t('mailroom.scans.download')}
        </a>
      </figcaption>
    </figure>
  );
}

function RemoveScanDialog({
  scan,
  onClose,
  onRemove,
}: {
  scan: ScanMeta;
  onClose: () => void;
  onRemove: (scan: ScanMeta, reason: ScanRemoveReason) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState<ScanRemoveReason>('wrong_file');
  const [error, setError] = useState<ErrorPayload>();
  const submit = async () => {
    try {
      await onRemove(scan, reason);
    } catch (e) {
      setError(toPayload(e));
    }
  };
  return (
    <Dialog
      open
      title={t('mailroom.scans.removeTitle', { name: scan.label })}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('mailroom.cancel.keep')}
          </button>
          <button type="submit" className="button mr-button-danger">
            {t('mailroom.scans.remove')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={id}>{t('mailroom.scans.removeReason')}</label>
        <select
          id={id}
          value={reason}
          data-autofocus
          onChange={(e) => setReason(e.target.value as ScanRemoveReason)}
        >
          {SCAN_REMOVE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(SCAN_REMOVE_REASON_KEYS[r])}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{mailroomErrorText(t, error)}</p>
        </div>
      )}
    </Dialog>
  );
}
