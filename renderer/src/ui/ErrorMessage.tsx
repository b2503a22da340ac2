import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../common/errors';
import { translateError } from './errors';

/** An inline error (role="alert" so screen readers announce it), with the code for support calls. */
export function ErrorMessage({ error, id }: { error: ErrorPayload; id?: string }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert" id={id}>
      <p>{translateError(t, error)}</p>
      <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
    </div>
  );
}
