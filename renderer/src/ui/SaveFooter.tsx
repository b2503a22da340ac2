// The foot of a settings form that saves in place: the save button (for those who may change the
// settings), the core's error, and "Saved" once it went through; useSaved keeps that state.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../common/errors';
import { toPayload } from '../api/client';
import { ErrorMessage } from './ErrorMessage';

export function useSaved() {
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload>();
  /** Runs one save: clears the last outcome, then shows "Saved" or the error. */
  const save = async (fn: () => Promise<unknown>) => {
    setSaved(false);
    setFailure(undefined);
    try {
      await fn();
      setSaved(true);
    } catch (e) {
      setFailure(toPayload(e));
    }
  };
  return { saved, failure, save };
}

export function SaveFooter({
  mayWrite,
  busy,
  saved,
  failure,
}: {
  mayWrite: boolean;
  busy?: boolean;
  saved: boolean;
  failure: ErrorPayload | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {mayWrite && (
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('common.save')}
          </button>
        </div>
      )}
      {failure && <ErrorMessage error={failure} />}
      {saved && (
        <p className="alert alert-ok" role="status">
          {t('common.saved')}
        </p>
      )}
    </>
  );
}
