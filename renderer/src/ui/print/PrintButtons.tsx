// Print (the browser's print dialog with its preview) and Save as PDF, for a page that has a print
// sheet (PrintSheet) mounted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savePdf } from './save-pdf';

export function PrintButtons({ fileName, testId }: { fileName: string; testId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const save = () => {
    setBusy(true);
    savePdf(fileName).finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" className="button" onClick={() => window.print()} data-testid={`${testId}-print`}>
        {t('print.print')}
      </button>
      <button type="button" className="button" onClick={save} disabled={busy} data-testid={`${testId}-pdf`}>
        {t('print.savePdf')}
      </button>
    </>
  );
}
