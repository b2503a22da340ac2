// A form group written as a list of fields (name, label key, grid span, hint) instead of one JSX
// block per field: long forms whose fields differ only in those read as the list they are.
import {
  get,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextArea, TextInput } from './fields';

export interface FieldSpec<T extends FieldValues> {
  name: Path<T>;
  /** The label's translation key. */
  label: string;
  /** The grid span, e.g. 'mr-span-6'. */
  span: string;
  /** The hint's translation key. */
  hint?: string;
  required?: boolean;
  /** An input type ('date', 'datetime-local'), or 'textarea'. */
  type?: string;
  /** A select's choices (already in words). */
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** A select's first, empty choice (in words). */
  placeholder?: string;
  autoComplete?: string;
}

export function FieldList<T extends FieldValues>({
  fields,
  register,
  errors,
  errorText,
}: {
  fields: ReadonlyArray<FieldSpec<T>>;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  /** The error as a sentence; `field` is the last part of the field's name. */
  errorText: (error: FieldError | undefined, field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map(({ name, label, span, hint, type, options, ...rest }) => {
        const common = {
          className: span,
          label: t(label),
          hint: hint ? t(hint) : undefined,
          registration: register(name),
          error: errorText(get(errors, name) as FieldError | undefined, name.split('.').pop() ?? name),
        };
        if (options) return <SelectInput key={name} {...common} {...rest} options={options} />;
        if (type === 'textarea') return <TextArea key={name} {...common} required={rest.required} />;
        return <TextInput key={name} {...common} {...rest} type={type} />;
      })}
    </>
  );
}
