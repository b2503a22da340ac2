// The app's labelled form fields (react-hook-form): the label tied to the control, an optional
// hint, the error announced (role="alert") and tied with aria-describedby. Every form uses these;
// in a 12-column form grid (mr-grid) they take its span classes.
import {
  useId,
  type ReactNode,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Common {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  /** e.g. 'mr-span-6' */
  className?: string;
  required?: boolean;
  /** Extra content under the control (a decoded IIN, a warning). */
  extra?: (ids: { hintId: string }) => ReactNode;
}

function useIds(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = useId();
  const errId = useId();
  const describedBy = [hint ? hintId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errId, describedBy };
}

function Frame({
  label,
  hint,
  error,
  className,
  required,
  ids,
  children,
  extra,
}: Omit<Common, 'registration'> & { ids: ReturnType<typeof useIds>; children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={ids.id}>
        {label}
        {required && (
          <span className="mr-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p className="field-hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      {extra?.({ hintId: ids.hintId })}
      {error && (
        <p className="field-error" id={ids.errId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

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
  const ids = useIds(hint, error);
  return (
    <Frame {...{ label, hint, error, className, required, ids, extra }}>
      <input
        id={ids.id}
        className={inputClassName}
        aria-invalid={Boolean(error)}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
        spellCheck={false}
        {...input}
        {...registration}
      />
    </Frame>
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
  const ids = useIds(hint, error);
  return (
    <Frame {...{ label, hint, error, className, required, ids, extra }}>
      <textarea
        id={ids.id}
        rows={3}
        aria-invalid={Boolean(error)}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
        {...input}
        {...registration}
      />
    </Frame>
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
  const ids = useIds(hint, error);
  return (
    <Frame {...{ label, hint, error, className, required, ids, extra }}>
      <select
        id={ids.id}
        aria-invalid={Boolean(error)}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
        {...select}
        {...registration}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
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
  const errId = useId();
  return (
    <fieldset
      className={className ? `rq-radios ${className}` : 'rq-radios'}
      aria-describedby={error ? errId : undefined}
      data-field={name}
    >
      <legend>{legend}</legend>
      <div className="rq-radio-row">
        {options.map((o) => (
          <label key={o.value} className="rq-radio">
            <input type="radio" value={o.value} {...registration} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
