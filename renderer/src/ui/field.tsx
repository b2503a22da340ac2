// The one frame every labelled control of the kit sits in (form.ts exports the controls): the
// label tied to the control, an optional required mark and hint, extra content, and the error
// announced (role="alert") and tied to the control with aria-describedby.
import { useId, type ReactNode } from 'react';

/** What the control gets from its frame: its id and the aria attributes tying hint and error. */
export interface ControlIds {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
}

export interface FrameProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The .field's own class, e.g. 'mr-span-6' in a 12-column form grid. */
  className?: string | undefined;
  required?: boolean | undefined;
  /** Extra content under the control (a decoded IIN, a warning). */
  extra?: (ids: { hintId: string }) => ReactNode;
}

/** An error line under a control or a group; `id` ties it to the control. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {error}
    </p>
  );
}

/** A .field: the label, the control (given its ids), the hint, extra content and the error. */
export function FieldFrame({
  label,
  hint,
  error,
  className,
  required,
  extra,
  children,
}: FrameProps & { children: (ids: ControlIds) => ReactNode }) {
  const id = useId();
  const hintId = useId();
  const errId = useId();
  const describedBy = [hint ? hintId : '', error ? errId : ''].filter(Boolean).join(' ');
  const ids: ControlIds = { id };
  if (error) ids['aria-invalid'] = true;
  if (describedBy) ids['aria-describedby'] = describedBy;
  if (required) ids['aria-required'] = true;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="mr-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children(ids)}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {extra?.({ hintId })}
      <FieldError id={errId} error={error} />
    </div>
  );
}

/** The choices of a select, after an optional first, empty one ("— choose —"). */
export function Options({
  options,
  empty,
}: {
  options: ReadonlyArray<{ value: string; label: string }>;
  empty?: string | undefined;
}) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/** A fieldset of radio buttons or checkboxes for one field, with its legend and error. */
export function ChoiceSet({
  legend,
  error,
  className,
  name,
  children,
}: {
  legend: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
  /** data-field, for focusing the first invalid field. */
  name?: string;
  children: ReactNode;
}) {
  const errId = useId();
  return (
    <fieldset
      className={className ? `rq-radios ${className}` : 'rq-radios'}
      aria-describedby={error ? errId : undefined}
      data-field={name}
    >
      <legend>{legend}</legend>
      <div className="rq-radio-row">{children}</div>
      <FieldError id={errId} error={error} />
    </fieldset>
  );
}
