// Checkboxes of a react-hook-form form: one yes/no box with its label, and a group of boxes that
// picks several values of one field (the same fieldset as RadioGroup).
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ChoiceSet } from './field';

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
  return (
    <ChoiceSet legend={`${legend}${required ? ' *' : ''}`} error={error}>
      {options.map((o) => (
        <CheckField
          key={o.value}
          className="rq-radio"
          value={o.value}
          label={o.label}
          registration={registration}
        />
      ))}
    </ChoiceSet>
  );
}
