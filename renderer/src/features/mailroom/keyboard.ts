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

/**
 * The character a key types into a tracking number, or null for keys that do not (Space, Tab,
 * shortcuts). A scanner sends physical keys: under a Kazakh or Russian layout its R arrives as
 * «К», so letters and digits are read from the key's position.
 */
export function trackingKeyChar(e: {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): string | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1 || e.key === ' ') return null;
  const letter = /^Key([A-Z])$/.exec(e.code);
  if (letter) return /[A-Za-z]/.test(e.key) ? e.key : letter[1]!;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(e.code);
  if (digit) return digit[1]!;
  return /[A-Za-z0-9]/.test(e.key) ? e.key : null;
}
