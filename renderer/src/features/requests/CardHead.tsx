// The head of a request card: its heading (the card's accessible name) and, when the person may
// act now, the one button that opens the card's form.
export function CardHead({
  id,
  title,
  action,
}: {
  id: string;
  title: string;
  action?: { label: string; onClick: () => void; testId?: string } | false | null;
}) {
  return (
    <div className="rq-card-head">
      <h2 id={id}>{title}</h2>
      {action && (
        <button type="button" className="button" onClick={action.onClick} data-testid={action.testId}>
          {action.label}
        </button>
      )}
    </div>
  );
}
