// The small button of a table row's actions; the aria-label names the row ("Reset password for
// Aigerim") where the visible text alone ("Reset password") would repeat on every row.
export function SmallButton({
  label,
  ariaLabel,
  onClick,
  testId,
}: {
  label: string;
  ariaLabel: string;
  onClick: () => void;
  testId?: string;
}) {
  return (
    <button
      type="button"
      className="button button-small"
      aria-label={ariaLabel}
      onClick={onClick}
      data-testid={testId}
    >
      {label}
    </button>
  );
}
