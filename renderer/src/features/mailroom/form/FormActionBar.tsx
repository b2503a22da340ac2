// The buttons under both register forms: save (Enter), save and next (Ctrl+Enter), and whatever
// the form adds after them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FormActionBar({
  saving,
  onSaveNext,
  testIdPrefix,
  children,
}: {
  saving: boolean;
  onSaveNext: () => void;
  testIdPrefix: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="mr-actionbar">
      <button
        type="submit"
        className="button button-primary"
        disabled={saving}
        data-testid={`${testIdPrefix}-save`}
      >
        {t('mailroom.intake.save')}
      </button>
      <button
        type="button"
        className="button"
        disabled={saving}
        onClick={onSaveNext}
        data-testid={`${testIdPrefix}-save-next`}
      >
        {t('mailroom.intake.saveNext')} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
      </button>
      {children}
    </div>
  );
}
