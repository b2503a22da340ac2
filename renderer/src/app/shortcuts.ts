// The app-wide keyboard shortcuts: Alt+1…Alt+9 open the sidebar pages in order, F1 or ? opens the
// shortcuts help. Digits are matched by physical key (event.code), because the Kazakh layout puts
// letters (ә, і, ң, ғ, ү, ұ, қ, ө, һ) on the digit row.
import { useEffect } from 'react';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}

/** Index 0…8 for Alt+1…Alt+9 (no Ctrl, Meta or Shift), else null. */
export function altDigit(e: KeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return m ? Number(m[1]) - 1 : null;
}

export function isHelpKey(e: KeyboardEvent): boolean {
  if (e.key === 'F1') return true;
  if (e.ctrlKey || e.altKey || e.metaKey) return false;
  if (isTypingTarget(e.target)) return false;
  return e.key === '?' || (e.code === 'Slash' && e.shiftKey);
}

export interface GlobalShortcutHandlers {
  onHelp: () => void;
  onPage: (index: number) => void;
}

export function useGlobalShortcuts({ onHelp, onPage }: GlobalShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      // While a modal dialog is open, its own keys (Escape, Enter, Tab) are the only ones that count.
      if (document.querySelector('dialog[open]')) {
        if (e.key === 'F1') e.preventDefault();
        return;
      }
      if (isHelpKey(e)) {
        e.preventDefault();
        onHelp();
        return;
      }
      const index = altDigit(e);
      if (index !== null) {
        e.preventDefault();
        onPage(index);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onHelp, onPage]);
}
