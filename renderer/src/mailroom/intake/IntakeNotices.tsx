// What the intake form says around the fields: the number just registered, a draft waiting, the
// core's refusal, and the two questions (restore a draft? register a possible duplicate?).
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import type { Draft } from '../drafts';
import { href } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { formatTime } from '../../format/dates';
import { DuplicateList } from '../DuplicateList';
import { mailroomErrorText } from '../errors';
import type { FormIn, PendingSave } from './values';

export interface Registered {
  id: number;
  number: string;
  scanProblems: number;
}

export function RegisteredBanner({ banner, onClose }: { banner: Registered; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="mr-banner" role="status" data-testid="registered-banner">
      <span className="mr-banner-text">
        {t('mailroom.intake.registeredPrefix')}{' '}
        <a
          className="mr-banner-number"
          href={href('incoming', String(banner.id))}
          data-testid="registered-number"
        >
          {banner.number}
        </a>{' '}
        {t('mailroom.intake.registeredSuffix')}
      </span>
      {banner.scanProblems > 0 && (
        <span className="mr-banner-note">
          {t('mailroom.intake.scanProblems', { count: banner.scanProblems })}
        </span>
      )}
      <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

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

/** The core refused the save: a validation problem points at the fields, anything else is said here. */
export function IntakeError({ error }: { error: ErrorPayload }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert" data-testid="intake-error">
      {error.code === 'VALIDATION' ? (
        <p>{t('mailroom.intake.fixErrors')}</p>
      ) : (
        <>
          <p>{mailroomErrorText(t, error)}</p>
          <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
        </>
      )}
    </div>
  );
}
