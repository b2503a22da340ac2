// Labelled controls whose value lives in the component's state (filters, a period, a dialog's one
// choice) rather than in a react-hook-form form (those use fields.tsx): the label tied to the
// control, in the same .field frame.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

/** A .field with its label; `children` gets the id to give the control. */
export function LabeledField({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
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
  ...input
}: InputProps & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The .field's own class (className is the input's). */
  fieldClassName?: string;
}) {
  return (
    <LabeledField label={label} className={fieldClassName}>
      {(id) => <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...input} />}
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
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)} {...select}>
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
