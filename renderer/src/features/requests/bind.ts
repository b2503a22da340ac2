// The props every labelled field of a request form repeats — its translated label, grid span,
// registration and error sentence — from the field's name, so each field is written once.
import type { TFunction } from 'i18next';
import { get, type FieldErrors, type FieldValues, type Path, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from './form';

export function useFieldProps<T extends FieldValues>(
  register: UseFormRegister<T>,
  errors: FieldErrors<T> | undefined,
) {
  const { t } = useTranslation();
  return (name: Path<T>, label: string, className: string) => ({
    className,
    label: t(label),
    registration: register(name),
    error: fieldErrorText(
      t,
      get(errors, name) as Parameters<typeof fieldErrorText>[1],
      name.split('.').pop(),
    ),
  });
}

/** A vocabulary as a select's or radio group's choices, in words. */
export function choices<K extends string>(
  t: TFunction,
  values: readonly K[],
  keys: Record<K, string>,
): Array<{ value: K; label: string }> {
  return values.map((value) => ({ value, label: t(keys[value]) }));
}

/** A select's props from its name (its label is request.fields.<name>), grid span and vocabulary. */
export function useChoiceProps<T extends FieldValues>(
  register: UseFormRegister<T>,
  errors: FieldErrors<T> | undefined,
) {
  const { t } = useTranslation();
  const field = useFieldProps(register, errors);
  return <K extends string>(
    name: Path<T>,
    className: string,
    values: readonly K[],
    keys: Record<K, string>,
  ) => ({
    ...field(name, `request.fields.${name}`, className),
    options: choices(t, values, keys),
  });
}

/** A decision's check box from its name and label key. */
export function useCheckProps<T extends FieldValues>(register: UseFormRegister<T>) {
  const { t } = useTranslation();
  return (name: Path<T>, label: string) => ({
    className: 'check rq-check',
    label: t(label),
    registration: register(name),
  });
}
