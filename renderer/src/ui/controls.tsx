// Controls whose value lives in the component's state (filters, a period, a dialog's one choice):
// value in, onChange gets the new value. Same frame as the react-hook-form fields (field.tsx).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { DateInput } from './DateInput';
import { FieldFrame, Options, type ControlIds, type FrameProps } from './field';

export type { ControlIds } from './field';

/** A .field with its label and an error under the control (role="alert", tied to it). */
export function LabeledField({
  children,
  ...frame
}: Omit<FrameProps, 'className'> & {
  className?: string | undefined;
  children: (ids: ControlIds) => ReactNode;
}) {
  return <FieldFrame {...frame}>{children}</FieldFrame>;
}

/** The frame's props under the names the state-bound controls use. */
type Bound<V extends string> = Omit<FrameProps, 'className' | 'required'> & {
  value: V;
  onChange: (value: V) => void;
  /** The .field's own class (className is the control's). */
  fieldClassName?: string;
};

/** Splits a state-bound control's props: its frame's, its value and onChange, and the element's. */
function split<V extends string, P extends Bound<V>>(props: P) {
  const { label, hint, error, extra, fieldClassName, value, onChange, ...rest } = props;
  const frame = { label, hint, error, extra, className: fieldClassName };
  return { frame, value, onChange, rest };
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A text or search input (by `type`); onChange gets the value. */
export function InputField(props: InputProps & Bound<string>) {
  const { frame, value, onChange, rest: input } = split<string, typeof props>(props);
  return (
    <FieldFrame {...frame}>
      {(ids) => <input {...ids} value={value} onChange={(e) => onChange(e.target.value)} {...input} />}
    </FieldFrame>
  );
}

/** A date (YYYY-MM-DD, '' when empty), typed and shown as DD.MM.YYYY. */
export function DateField(props: Omit<Parameters<typeof InputField>[0], 'type'>) {
  const { frame, value, onChange, rest: input } = split<string, typeof props>(props);
  return (
    <FieldFrame {...frame}>
      {(ids) => <DateInput {...ids} {...input} value={value} onChange={onChange} />}
    </FieldFrame>
  );
}

/** A text area of a few lines; onChange gets the value. */
export function TextAreaField(
  props: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> & Bound<string>,
) {
  const { frame, value, onChange, rest: area } = split<string, typeof props>(props);
  return (
    <FieldFrame {...frame}>
      {(ids) => (
        <textarea rows={3} {...ids} value={value} onChange={(e) => onChange(e.target.value)} {...area} />
      )}
    </FieldFrame>
  );
}

/** A select of the given choices; `empty` adds a first choice with the value ''. */
export function ChoiceField<V extends string>(
  props: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> &
    Bound<V> & {
      options: ReadonlyArray<{ value: V; label: string }>;
      empty?: string;
    },
) {
  const { frame, value, onChange, rest } = split<V, typeof props>(props);
  const { options, empty, ...select } = rest;
  return (
    <FieldFrame {...frame}>
      {(ids) => (
        <select {...ids} value={value} onChange={(e) => onChange(e.target.value as V)} {...select}>
          <Options options={options} empty={empty} />
        </select>
      )}
    </FieldFrame>
  );
}
