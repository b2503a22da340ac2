// Labelled controls whose value lives in the component's state (filters, a period, a dialog's one
// choice) rather than in a react-hook-form form (those use fields.tsx): the label tied to the
// control, in the same .field frame.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/** What the control gets from its frame: its id, and the error's when there is one. */
export interface ControlIds {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A .field with its label and an error under the control (role="alert", tied to it). */
export function LabeledField({
  label,
  className,
  error,
  children,
}: {
  label: string;
  className?: string;
  error?: string | undefined;
  children: (ids: ControlIds) => ReactNode;
}) {
  const id = useId();
  const errId = useId();
  const ids: ControlIds = error ? { id, 'aria-invalid': true, 'aria-describedby': errId } : { id };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(ids)}
      {error && (
        <p className="field-error" id={errId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A text, date or search input (by `type`); onChange gets the value. */
export function InputField({
  label,
  value,
  onChange,
  fieldClassName,
  error,
  ...input
}: InputProps & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The .field's own class (className is the input's). */
  fieldClassName?: string;
  error?: string | undefined;
}) {
  return (
    <LabeledField label={label} className={fieldClassName} error={error}>
      {(ids) => <input {...ids} value={value} onChange={(e) => onChange(e.target.value)} {...input} />}
    </LabeledField>
  );
}

/** A text area of a few lines; onChange gets the value. */
export function TextAreaField({
  label,
  value,
  onChange,
  fieldClassName,
  error,
  ...area
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  fieldClassName?: string;
  error?: string | undefined;
}) {
  return (
    <LabeledField label={label} className={fieldClassName} error={error}>
      {(ids) => (
        <textarea rows={3} {...ids} value={value} onChange={(e) => onChange(e.target.value)} {...area} />
      )}
    </LabeledField>
  );
}

/** A date input (YYYY-MM-DD, '' when empty). */
export function DateField(props: Omit<Parameters<typeof InputField>[0], 'type'>) {
  return <InputField type="date" {...props} />;
}

/** A select of the given choices; `empty` adds a first choice with the value ''. */
export function ChoiceField<V extends string>({
  label,
  value,
  onChange,
  options,
  empty,
  fieldClassName,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> & {
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: ReadonlyArray<{ value: V; label: string }>;
  empty?: string;
  fieldClassName?: string;
}) {
  return (
    <LabeledField label={label} className={fieldClassName}>
      {(ids) => (
        <select {...ids} value={value} onChange={(e) => onChange(e.target.value as V)} {...select}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabeledField>
  );
}
