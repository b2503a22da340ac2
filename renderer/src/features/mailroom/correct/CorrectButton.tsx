// «Исправить»: shown to whoever may correct the entry (the same rule the core applies), opens the
// correction dialog and reloads the record after the save.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingEntry, OutgoingEntry } from '../../../../../common/contract/mailroom';
import { mayCorrect } from '../../../../../common/mailroom/corrections';
import { api } from '../../../api/client';
import { useAuth } from '../../../auth/context';
import { CorrectDialog } from './CorrectDialog';
import {
  INCOMING_FIELDS,
  incomingPatch,
  incomingValues,
  OUTGOING_FIELDS,
  outgoingPatch,
  outgoingValues,
  type CorrectField,
  type Values,
} from './fields';

function useMayCorrect(entry: IncomingEntry | OutgoingEntry): boolean {
  const { user } = useAuth();
  return Boolean(user && mayCorrect({ role: user.role, username: user.username }, entry, new Date()));
}

function CorrectButton({
  number,
  fields,
  initial,
  save,
  onCorrected,
}: {
  number: string;
  fields: readonly CorrectField[];
  initial: Values;
  save: (values: Values) => Promise<unknown>;
  onCorrected: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="correct-entry">
        {t('mailroom.correct.action')}
      </button>
      <CorrectDialog
        open={open}
        number={number}
        fields={fields}
        initial={initial}
        onClose={() => setOpen(false)}
        onSave={async (values) => {
          await save(values);
          setOpen(false);
          onCorrected();
        }}
      />
    </>
  );
}

export function CorrectIncomingButton({
  entry,
  onCorrected,
}: {
  entry: IncomingEntry;
  onCorrected: () => void;
}) {
  const may = useMayCorrect(entry);
  if (!may) return null;
  return (
    <CorrectButton
      number={entry.incomingNo}
      fields={INCOMING_FIELDS}
      initial={incomingValues(entry)}
      save={(v) => api.call('intake.update', { id: entry.id, patch: incomingPatch(entry, v) })}
      onCorrected={onCorrected}
    />
  );
}

export function CorrectOutgoingButton({
  entry,
  onCorrected,
}: {
  entry: OutgoingEntry;
  onCorrected: () => void;
}) {
  const may = useMayCorrect(entry);
  if (!may) return null;
  return (
    <CorrectButton
      number={entry.outgoingNo}
      fields={OUTGOING_FIELDS}
      initial={outgoingValues(entry)}
      save={(v) => api.call('outgoing.update', { id: entry.id, patch: outgoingPatch(entry, v) })}
      onCorrected={onCorrected}
    />
  );
}
