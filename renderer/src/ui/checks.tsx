// Checkboxes of a react-hook-form form: one yes/no box with its label, and a group of boxes that
// picks several values of one field (a fieldset with a legend, laid out like RadioGroup).
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export function CheckField({
  label,
  registration,
  value,
  className = 'check',
  testId,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  /** In a group of boxes for one field: the value this box adds. */
  value?: string;
  className?: string;
  testId?: string;
}) {
  return (
    <label className={className}>
      <input type="checkbox" value={value} {...registration} data-testid={testId} />
      <span>{label}</span>
    </label>
  );
}

/** Several values of one field, each a checkbox. */
export function CheckGroup({
  legend,
  required,
  registration,
  options,
  error,
}: {
  legend: string;
  required?: boolean;
  registration: UseFormRegisterReturn;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string | undefined;
}) {
  const errId = useId();
  return (
    <fieldset className="rq-radios" aria-describedby={error ? errId : undefined}>
      <legend>
        {legend}
        {required ? ' *' : ''}
      </legend>
      <div className="rq-radio-row">
        {options.map((o) => (
          <CheckField
            key={o.value}
            className="rq-radio"
            value={o.value}
            label={o.label}
            registration={registration}
          />
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
