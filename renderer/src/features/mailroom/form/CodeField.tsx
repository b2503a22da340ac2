// A number-like text field (an IIN, a Вх. №) written by hand because its live description (the
// decoded IIN, the letter found) is drawn by the caller: monospaced, no autocomplete, no spelling marks.
import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; after?: ReactNode };

export const CodeField = forwardRef<HTMLInputElement, Props>(function CodeField(
  { id, label, after, ...input },
  ref,
) {
  return (
    <div className="field mr-span-6">
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} className="input-mono" autoComplete="off" spellCheck={false} {...input} />
      {after}
    </div>
  );
});
