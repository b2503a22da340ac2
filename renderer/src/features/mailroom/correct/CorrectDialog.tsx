// «Исправить запись»: the registered entry's fields in a dialog; saving sends the register's update
// call (a correction: the core checks who may, keeps each change in the history and the audit log).
// The number is shown, never editable.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { useAction } from '../../../ui/useAction';
import { DateInput, DateTimeInput } from '../../../ui/form';
import { SaveError } from '../FormNotices';
import type { CorrectField, Values } from './fields';

interface Props {
  open: boolean;
  number: string;
  fields: readonly CorrectField[];
  initial: Values;
  onClose: () => void;
  onSave: (values: Values) => Promise<void>;
}

export function CorrectDialog({ open, number, fields, initial, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const { busy, error, setError, run } = useAction();
  useEffect(() => {
    if (open) {
      setValues(initial);
      setError(undefined);
    }
    // Fresh values each time the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    await run(() => onSave(values));
  };

  return (
    <Dialog
      open={open}
      title={t('mailroom.correct.title', { number })}
      onClose={onClose}
      onSubmit={() => void submit()}
      className="mr-correct-dialog"
      actions={
        <DialogActions
          backLabel={t('mailroom.correct.back')}
          onBack={onClose}
          submitLabel={t('mailroom.correct.save')}
          busy={busy}
          testId="correct-save"
        />
      }
    >
      <p className="muted">{t('mailroom.correct.explain')}</p>
      {fields.map((f, i) => (
        <Field
          key={f.path}
          field={f}
          value={values[f.path] ?? ''}
          first={i === 0}
          onChange={(v) => setValues((old) => ({ ...old, [f.path]: v }))}
        />
      ))}
      {error && <SaveError error={error} testId="correct-error" />}
    </Dialog>
  );
}

function Field({
  field,
  value,
  first,
  onChange,
}: {
  field: CorrectField;
  value: string;
  first: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const common = {
    id,
    name: field.path,
    value,
    ...(first ? { 'data-autofocus': true } : {}),
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t(field.labelKey)}</label>
      {field.kind === 'choice' ? (
        <select {...common}>
          {Object.entries(field.options ?? {}).map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      ) : field.kind === 'area' ? (
        <textarea rows={3} {...common} />
      ) : field.kind === 'date' ? (
        <DateInput {...common} onChange={onChange} />
      ) : field.kind === 'datetime' ? (
        <DateTimeInput {...common} onChange={onChange} />
      ) : (
        <input
          autoComplete="off"
          type={field.kind === 'number' ? 'number' : 'text'}
          {...(field.kind === 'number' ? { min: 0 } : {})}
          {...common}
        />
      )}
    </div>
  );
}
