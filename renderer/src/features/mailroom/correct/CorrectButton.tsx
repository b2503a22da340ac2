// «Исправить»: shown to whoever may correct the entry (the same rule the core applies), opens the
// correction dialog and reloads the record after the save. The register's fields and call come
// from its descriptor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCorrect } from '../../../../../common/mailroom/corrections';
import { useAuth } from '../../../auth/context';
import type { EntryBase, RegisterDescriptor } from '../registers';
import { CorrectDialog } from './CorrectDialog';

export function CorrectButton<E extends EntryBase>({
  descriptor,
  entry,
  onCorrected,
}: {
  descriptor: RegisterDescriptor<E>;
  entry: E;
  onCorrected: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  if (!user || !mayCorrect({ role: user.role, username: user.username }, entry, new Date())) return null;
  const { fields, values, save } = descriptor.correct;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="correct-entry">
        {t('mailroom.correct.action')}
      </button>
      <CorrectDialog
        open={open}
        number={descriptor.number(entry)}
        fields={fields}
        initial={values(entry)}
        onClose={() => setOpen(false)}
        onSave={async (v) => {
          await save(entry, v);
          setOpen(false);
          onCorrected();
        }}
      />
    </>
  );
}
