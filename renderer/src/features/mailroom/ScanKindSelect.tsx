// The kind given to the scans added next (letter, envelope, …), beside the drop zone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCAN_KINDS, type ScanKind } from '../../../../common/mailroom/scan-files';
import { SCAN_KIND_KEYS } from './vocab';

export function ScanKindSelect({ value, onChange }: { value: ScanKind; onChange: (kind: ScanKind) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field mr-scan-kind">
      <label htmlFor={id}>{t('mailroom.scans.kindForNew')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ScanKind)}>
        {SCAN_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(SCAN_KIND_KEYS[k])}
          </option>
        ))}
      </select>
    </div>
  );
}
