import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../common/errors';
import { translateError } from './errors';

/** An inline error (role="alert" so screen readers announce it), with the code for support calls. */
export function ErrorMessage({
  error,
  id,
  text,
}: {
  error: ErrorPayload;
  id?: string;
  /** The message when the caller words it itself; the code line stays. */
  text?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert" id={id}>
      <p>{text ?? translateError(t, error)}</p>
      <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
    </div>
  );
}
