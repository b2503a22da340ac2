// Buttons that are not a form's submit: one that starts something and is busy until it ends, and
// one of a segmented choice (pressed when it is the current one).
import type { ReactNode } from 'react';

export function BusyButton({
  busy,
  run,
  className = 'button',
  disabled,
  testId,
  children,
}: {
  busy: boolean;
  run: () => Promise<unknown> | void;
  className?: string;
  /** Not allowed now for another reason than being busy. */
  disabled?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => void run()}
      disabled={busy || disabled}
      aria-busy={busy}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

export function SegmentButton({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="segmented-button" aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  );
}
