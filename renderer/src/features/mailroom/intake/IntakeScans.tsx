// Scans to attach to the letter being registered: the kind for new files, the drop zone, the
// files refused (in words) and the ones waiting to go with the save.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../../common/errors';
import { SCAN_KINDS } from '../../../../../common/mailroom/scan-files';
import { formatBytes } from '../bytes';
import { mailroomErrorText } from '../errors';
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
  const kindId = useId();
  const [kind, setKind] = useState<(typeof SCAN_KINDS)[number]>('letter');
  return (
    <fieldset className="mr-fieldset">
      <legend>{t('mailroom.scans.title')}</legend>
      <div className="mr-scan-row">
        <div className="field mr-scan-kind">
          <label htmlFor={kindId}>{t('mailroom.scans.kindForNew')}</label>
          <select
            id={kindId}
            value={kind}
            onChange={(e) => setKind(e.target.value as (typeof SCAN_KINDS)[number])}
          >
            {SCAN_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(SCAN_KIND_KEYS[k])}
              </option>
            ))}
          </select>
        </div>
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
