// A modal dialog on the native <dialog> element: the browser traps focus and gives it the dialog
// role; Escape closes it (the cancel event), Enter submits its form (the primary action, or Close).
// The element with data-autofocus gets the focus on opening; focus returns where it was on closing.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** Enter in the dialog's fields submits; without it, submitting just closes the dialog. */
  onSubmit?: () => void;
  children: ReactNode;
  /** Footer buttons; defaults to one Close button (type="submit", so Enter closes too). */
  actions?: ReactNode;
  className?: string;
}

export function Dialog({ open, title, onClose, onSubmit, children, actions, className }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      return () => {
        if (dialog.open) dialog.close();
        if (previous?.isConnected) previous.focus();
      };
    }
    return undefined;
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <form
          className="dialog-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (onSubmit) onSubmit();
            else onClose();
          }}
        >
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          <div className="dialog-body">{children}</div>
          <footer className="dialog-footer">
            {actions ?? (
              <button type="submit" className="button button-primary" data-autofocus>
                {t('common.close')}
              </button>
            )}
          </footer>
        </form>
      )}
    </dialog>
  );
}
