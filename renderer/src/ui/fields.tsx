// Fields of a react-hook-form form: the registration binds the control; the frame (field.tsx)
// gives the label, hint and announced error. In a 12-column form grid (mr-grid) they take its
// span classes.
import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { RegisteredDateInput } from './DateInput';
import { ChoiceSet, FieldFrame, Options, type FrameProps } from './field';

type Common = FrameProps & { registration: UseFormRegisterReturn };

export function TextInput({
  label,
  hint,
  error,
  registration,
  className,
  inputClassName,
  required,
  extra,
  ...input
}: Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> & {
    /** The input's own class (className is the field's), e.g. 'input-mono' for numbers and codes. */
    inputClassName?: string;
  }) {
  return (
    <FieldFrame {...{ label, hint, error, className, required, extra }}>
      {(ids) =>
        // Dates are typed as DD.MM.YYYY (HH:mm), never in the computer's locale (DateInput.tsx).
        input.type === 'date' || input.type === 'datetime-local' ? (
          <RegisteredDateInput
            {...ids}
            {...input}
            className={inputClassName}
            kind={input.type === 'date' ? 'date' : 'datetime'}
            registration={registration}
          />
        ) : (
          <input {...ids} className={inputClassName} spellCheck={false} {...input} {...registration} />
        )
      }
    </FieldFrame>
  );
}

/**
 * Text a person types in their own words (names, addresses, notes): the browser suggests nothing
 * from other entries, but its spelling check stays on (codes and numbers use TextInput, which turns
 * it off).
 */
export function FreeTextInput(props: Omit<Parameters<typeof TextInput>[0], 'autoComplete' | 'spellCheck'>) {
  return <TextInput autoComplete="off" spellCheck={undefined} {...props} />;
}

export function TextArea({
  label,
  hint,
  error,
  registration,
  className,
  required,
  extra,
  ...input
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>) {
  return (
    <FieldFrame {...{ label, hint, error, className, required, extra }}>
      {(ids) => <textarea {...ids} rows={3} {...input} {...registration} />}
    </FieldFrame>
  );
}

export function SelectInput({
  label,
  hint,
  error,
  registration,
  className,
  required,
  extra,
  options,
  placeholder,
  ...select
}: Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & {
    options: ReadonlyArray<{ value: string; label: string }>;
    /** A first, empty choice ("— choose —"). */
    placeholder?: string;
  }) {
  return (
    <FieldFrame {...{ label, hint, error, className, required, extra }}>
      {(ids) => (
        <select {...ids} {...select} {...registration}>
          <Options options={options} empty={placeholder} />
        </select>
      )}
    </FieldFrame>
  );
}

/** A group of radio buttons (a fieldset with a legend). */
export function RadioGroup({
  legend,
  name,
  registration,
  options,
  error,
  className,
}: {
  legend: string;
  name: string;
  registration: UseFormRegisterReturn;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string | undefined;
  className?: string;
}) {
  return (
    <ChoiceSet legend={legend} error={error} className={className} name={name}>
      {options.map((o) => (
        <label key={o.value} className="rq-radio">
          <input type="radio" value={o.value} {...registration} />
          <span>{o.label}</span>
        </label>
      ))}
    </ChoiceSet>
  );
}
