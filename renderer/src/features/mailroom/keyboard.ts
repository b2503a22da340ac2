// Keyboard helpers for the register forms.

/** Fields and buttons a person can Tab to inside the form, in document order. */
function tabbables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]')).filter(
    (el) => {
      if (el.tabIndex < 0) return false;
      if ((el as HTMLInputElement).disabled) return false;
      if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
      return el.offsetParent !== null || el.getClientRects().length > 0;
    },
  );
}

/** Moves the focus to the next field of the same form (what Enter from a barcode scanner should do). */
export function focusNextField(from: HTMLElement): void {
  const root = (from as HTMLInputElement).form ?? from.closest('form') ?? document.body;
  const items = tabbables(root);
  const next = items[items.indexOf(from) + 1];
  if (next) {
    next.focus();
    if (next instanceof HTMLInputElement && next.type !== 'checkbox') next.select();
  }
}

/** Ctrl+Enter (Cmd+Enter on a Mac keyboard). */
export function isCtrlEnter(e: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey);
}

/** Physical-key check, so that the shortcut works in the Kazakh and Russian layouts too. */
export function isPlainKey(e: KeyboardEvent, code: string): boolean {
  return e.code === code && !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey;
}
