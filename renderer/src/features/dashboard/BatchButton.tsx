// "Acknowledge today's new requests" on the dashboard (the same dialog as on the requests list).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/context';
import { BatchAcknowledge } from '../requests';
import '../../styles/requests-list.css';

export function BatchButton({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  if (!can('letters.batchAcknowledge')) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="batch-ack-open">
        {t('batchAck.action')}
      </button>
      {open && <BatchAcknowledge open onClose={() => setOpen(false)} {...(onDone ? { onDone } : {})} />}
    </>
  );
}
