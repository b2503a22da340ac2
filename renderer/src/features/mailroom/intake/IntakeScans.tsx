// Scans to attach to the letter being registered: the kind for new files, the drop zone, the
// files refused (in words) and the ones waiting to go with the save.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../../common/errors';
import type { ScanKind } from '../../../../../common/mailroom/scan-files';
import { formatBytes } from '../bytes';
import { mailroomErrorText } from '../errors';
import { ScanKindSelect } from '../ScanKindSelect';
import { RefusedScans, ScanDropZone, type CheckedScan, type RefusedScan } from '../ScanDropZone';
import { SCAN_KIND_KEYS } from '../vocab';

/** At most this many scans wait with one letter. */
const MAX_PENDING = 20;

/** The scans waiting with the letter, the files just refused, and a save's refusal per scan. */
export function useScanState() {
  const [scans, setScans] = useState<CheckedScan[]>([]);
  const [refused, setRefused] = useState<RefusedScan[]>([]);
  const [errors, setErrors] = useState<Record<string, ErrorPayload>>({});
  return {
    scans,
    setScans,
    refused,
    setRefused,
    errors,
    setError: (key: string, e: ErrorPayload) => setErrors({ [key]: e }),
    clear: () => {
      setScans([]);
      setRefused([]);
      setErrors({});
    },
  };
}

export function IntakeScans({
  maxBytes,
  state,
}: {
  maxBytes: number;
  state: ReturnType<typeof useScanState>;
}) {
  const { scans, setScans: onScans, refused, setRefused: onRefused, errors } = state;
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<ScanKind>('letter');
  return (
    <fieldset className="mr-fieldset">
      <legend>{t('mailroom.scans.title')}</legend>
      <div className="mr-scan-row">
        <ScanKindSelect value={kind} onChange={setKind} />
        <ScanDropZone
          maxBytes={maxBytes}
          kind={kind}
          onFiles={({ accepted, refused: r }) => {
            onScans([...scans, ...accepted].slice(0, MAX_PENDING));
            onRefused(r);
          }}
        />
      </div>
      <RefusedScans refused={refused} />
      {scans.length > 0 && (
        <ul className="mr-pending-scans" data-testid="pending-scans">
          {scans.map((s) => (
            <li key={s.key}>
              <span className="mr-file-label">{s.label}</span>
              <span className="muted">
                {t(SCAN_KIND_KEYS[s.kind])} · {formatBytes(s.bytes, i18n.language)}
              </span>
              {errors[s.key] && (
                <span className="field-error" role="alert">
                  {mailroomErrorText(t, errors[s.key]!)}
                </span>
              )}
              <button
                type="button"
                className="button button-quiet"
                onClick={() => onScans(scans.filter((x) => x.key !== s.key))}
              >
                {t('mailroom.scans.removePending', { name: s.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
