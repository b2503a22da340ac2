// Print (the browser's print dialog with its preview) and Save as PDF, for a page that has a print
// sheet (PrintSheet) mounted.
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ErrorMessage';
import { useAction } from '../useAction';
import { savePdf } from './save-pdf';

export function PrintButtons({ fileName, testId }: { fileName: string; testId: string }) {
  const { t } = useTranslation();
  const { busy, error, run } = useAction();
  return (
    <>
      <button type="button" className="button" onClick={() => window.print()} data-testid={`${testId}-print`}>
        {t('print.print')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void run(() => savePdf(fileName))}
        disabled={busy}
        data-testid={`${testId}-pdf`}
      >
        {t('print.savePdf')}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}
