// What the intake form asks around the fields: a draft waiting (restore it?) and a possible
// duplicate (register it anyway?).
import { useTranslation } from 'react-i18next';
import type { Draft } from '../drafts';
import { Dialog } from '../../../ui/Dialog';
import { formatTime } from '../../../format/dates';
import { DuplicateList } from '../DuplicateList';
import type { FormIn, PendingSave } from './values';

interface DraftProps {
  offer: Draft<FormIn>;
  onRestore: () => void;
  onDiscard: () => void;
}

/** A draft the clerk put off deciding about: kept above the form until they do. */
export function DraftWaiting({ offer, onRestore, onDiscard }: DraftProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="alert alert-warn mr-draft-later" role="status">
      <span>{t('mailroom.draft.waiting', { time: formatTime(offer.savedAt, i18n.language) })}</span>
      <button type="button" className="button" onClick={onRestore}>
        {t('mailroom.draft.restore')}
      </button>
      <button type="button" className="button button-quiet" onClick={onDiscard}>
        {t('mailroom.draft.discard')}
      </button>
    </div>
  );
}

/** Asked when the form opens with a draft waiting; Escape puts the question off (DraftWaiting). */
export function DraftQuestion({
  offer,
  onRestore,
  onDiscard,
  onLater,
}: {
  offer: Draft<FormIn> | null;
  onRestore: () => void;
  onDiscard: () => void;
  onLater: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      open={offer !== null}
      title={t('mailroom.draft.title')}
      onClose={onLater}
      onSubmit={onRestore}
      actions={
        <>
          <button type="button" className="button" onClick={onDiscard}>
            {t('mailroom.draft.discard')}
          </button>
          <button type="submit" className="button button-primary" data-autofocus>
            {t('mailroom.draft.restore')}
          </button>
        </>
      }
    >
      <p data-testid="draft-offer">
        {offer && t('mailroom.draft.question', { time: formatTime(offer.savedAt, i18n.language) })}
      </p>
      <p className="muted">{t('mailroom.draft.explain')}</p>
    </Dialog>
  );
}

export function DuplicatesQuestion({
  pending,
  onBack,
  onConfirm,
}: {
  pending: PendingSave | null;
  onBack: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={pending !== null}
      title={t('mailroom.duplicates.title')}
      onClose={onBack}
      onSubmit={onConfirm}
      className="mr-dialog-wide"
      actions={
        <>
          <button type="button" className="button" data-autofocus onClick={onBack}>
            {t('mailroom.duplicates.back')}
          </button>
          <button type="submit" className="button button-primary" data-testid="duplicate-confirm">
            {t('mailroom.duplicates.registerAnyway')}
          </button>
        </>
      }
    >
      <p>{t('errors.DUPLICATE')}</p>
      {pending && <DuplicateList matches={pending.matches} />}
    </Dialog>
  );
}
