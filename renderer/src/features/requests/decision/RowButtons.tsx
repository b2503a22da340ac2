// The parts every editable table of the decision form shares: its head (a required column marked
// *, and the hidden heading of the remove column) and the × button that removes a row.
import { useTranslation } from 'react-i18next';

function RemoveRowHeader() {
  const { t } = useTranslation();
  return (
    <th scope="col">
      <span className="mr-visually-hidden">{t('request.decision.removeRow')}</span>
    </th>
  );
}

export function EditTableHead({
  columns,
}: {
  columns: ReadonlyArray<{ label: string; required?: boolean }>;
}) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.label} scope="col">
            {c.label}
            {c.required ? ' *' : ''}
          </th>
        ))}
        <RemoveRowHeader />
      </tr>
    </thead>
  );
}

export function RemoveRowButton({
  index,
  onRemove,
  disabled,
}: {
  index: number;
  onRemove: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <td>
      <button
        type="button"
        className="icon-button"
        aria-label={`${t('request.decision.removeRow')} ${index + 1}`}
        disabled={disabled}
        onClick={onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </td>
  );
}
