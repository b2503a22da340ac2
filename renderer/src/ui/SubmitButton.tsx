// A form's main button: disabled and marked busy while its submit runs.
import type { ReactNode } from 'react';

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
      {children}
    </button>
  );
}

/** The foot of a full-window form: why the last submit failed, then the buttons. */
export function SubmitRow({
  failure,
  busy,
  label,
  children,
}: {
  /** The failure's message element, when the last submit failed. */
  failure?: ReactNode;
  busy: boolean;
  label: ReactNode;
  /** Further buttons beside the submit button. */
  children?: ReactNode;
}) {
  return (
    <>
      {failure}
      <div className="actions">
        <SubmitButton busy={busy}>{label}</SubmitButton>
        {children}
      </div>
    </>
  );
}
