// A group of fields in both register forms: a fieldset whose ordinary fields are written as a list
// (label key, grid span, control, registration options) and rendered by SpecFields, so the forms
// of the two registers say only which fields they have. A hand-made control (the IIN with its
// decoded hint, the reply lookup, the channel and tracking number) stands among them as a child.
import type { TFunction } from 'i18next';
import type { HTMLAttributes, ReactNode } from 'react';
import {
  get,
  type FieldPath,
  type FieldValues,
  type RegisterOptions,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FrameProps } from '../../../ui/field';
import { FreeTextInput, SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { fieldErrorText } from '../field-error';
import { PARTY_KINDS } from '../../../../../common/contract/mailroom';
import { emptyToNull, toSheets } from '../form-values';
import { choices, PARTY_KIND_KEYS } from '../vocab';

export function FieldGroup({
  legend,
  area,
  children,
}: {
  legend: string;
  area?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={area ? `mr-fieldset ${area}` : 'mr-fieldset'}>
      <legend>{t(legend)}</legend>
      <div className="mr-grid">{children}</div>
    </fieldset>
  );
}

export interface FieldSpec<T extends FieldValues> {
  name: FieldPath<T>;
  /** The label's translation key. */
  label: string;
  /** Columns of the 12-column grid. */
  span: number;
  /** input: codes, numbers and dates, no spelling check (the default); free: words; area; select. */
  control?: 'input' | 'free' | 'area' | 'select';
  required?: boolean;
  /** The hint's translation key. */
  hint?: string;
  /** A select's choices (already in words) and its first, empty choice. */
  options?: ReadonlyArray<{ value: string; label: string }>;
  placeholder?: string;
  rules?: RegisterOptions<T, FieldPath<T>>;
  /** More attributes of an input (type, step, list…). */
  attrs?: {
    type?: string;
    step?: number;
    min?: number;
    list?: string;
    autoComplete?: string;
    inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  };
  rows?: number;
  extra?: FrameProps['extra'];
}

export const DATE = { type: 'date' };

type More<T extends FieldValues> = Omit<FieldSpec<T>, 'name' | 'label' | 'span'>;

/** A spec in one line: `field('notes', 'mailroom.fields.notes', 7, { control: 'free' })`. */
export function field<T extends FieldValues>(
  name: FieldPath<T>,
  label: string,
  span: number,
  more: More<T> = {},
): FieldSpec<T> {
  return { name, label, span, ...more };
}

/** The kind of party (sender or addressee); the empty choice says what leaving it means. */
export function partyKindSpec<T extends FieldValues>(
  name: FieldPath<T>,
  empty: string,
  t: TFunction,
): FieldSpec<T> {
  return field<T>(name, 'mailroom.fields.senderKind', 6, {
    control: 'select',
    placeholder: t(empty),
    options: choices(t, PARTY_KINDS, PARTY_KIND_KEYS),
    rules: { setValueAs: emptyToNull },
  });
}

/** The sheets count both registers have: a whole number, empty when not counted. */
export function sheetsSpec<T extends FieldValues>(): FieldSpec<T> {
  return field<T>('sheets' as FieldPath<T>, 'mailroom.fields.sheets', 3, {
    attrs: { type: 'number', min: 0, step: 1, inputMode: 'numeric' },
    rules: { setValueAs: toSheets },
  });
}

// Forms whose input and output types differ (zod transforms) pass their UseFormReturn as is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyForm<T extends FieldValues> = UseFormReturn<T, any, any>;

export function SpecFields<T extends FieldValues>({
  form,
  fields,
}: {
  form: AnyForm<T>;
  fields: ReadonlyArray<FieldSpec<T>>;
}) {
  const { t } = useTranslation();
  const errors = form.formState.errors;
  return (
    <>
      {fields.map((f) => {
        const frame = {
          className: `mr-span-${f.span}`,
          label: t(f.label),
          hint: f.hint ? t(f.hint) : undefined,
          required: f.required,
          extra: f.extra,
          error: fieldErrorText(t, get(errors, f.name), f.name.split('.').pop()),
          registration: form.register(f.name, f.rules),
        };
        switch (f.control) {
          case 'free':
            return <FreeTextInput key={f.name} {...frame} {...f.attrs} />;
          case 'area':
            return <TextArea key={f.name} {...frame} {...(f.rows ? { rows: f.rows } : {})} />;
          case 'select':
            return (
              <SelectInput key={f.name} {...frame} options={f.options ?? []} placeholder={f.placeholder} />
            );
          default:
            return <TextInput key={f.name} {...frame} {...f.attrs} />;
        }
      })}
    </>
  );
}
