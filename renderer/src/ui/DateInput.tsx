// The one date and date-time input of the app: a text input that types and shows DD.MM.YYYY
// (HH:mm) whatever the computer's locale (a native date input follows Windows: mm/dd/yyyy,
// 09:33 PM). The value in and out is what the forms used before (date-text.ts), bound to a state
// value (DateInput, DateTimeInput) or to a react-hook-form registration (RegisteredDateInput).
import { useEffect, useMemo, useRef, useState, type InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dateTextValue, maskDateText, toDateText, type DateKind } from './date-text';

type Attrs = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'>;

/** The text shown for a value, kept while typing and following the value when set from outside. */
function useDateText(value: string, kind: DateKind) {
  const [text, setText] = useState(() => toDateText(value, kind));
  const last = useRef(value);
  useEffect(() => {
    if (value === last.current) return;
    last.current = value;
    setText(toDateText(value, kind));
  }, [value, kind]);
  const type = (raw: string): string => {
    const masked = maskDateText(raw, kind);
    setText(masked);
    last.current = dateTextValue(masked, kind);
    return last.current;
  };
  return { text, type };
}

function useInputAttrs(kind: DateKind) {
  const { t } = useTranslation();
  return {
    inputMode: 'numeric' as const,
    autoComplete: 'off',
    spellCheck: false,
    placeholder: t(kind === 'date' ? 'common.datePlaceholder' : 'common.dateTimePlaceholder'),
    maxLength: kind === 'date' ? 10 : 16,
    className: kind === 'date' ? 'date-input' : 'date-input date-input-time',
  };
}

type Bound = Attrs & { value: string; onChange: (value: string) => void };

function StateDateInput({ kind, value, onChange, ...input }: Bound & { kind: DateKind }) {
  const { text, type } = useDateText(value, kind);
  const attrs = useInputAttrs(kind);
  return (
    <input {...attrs} {...input} type="text" value={text} onChange={(e) => onChange(type(e.target.value))} />
  );
}

/** A date (YYYY-MM-DD in and out, '' when empty), typed and shown as DD.MM.YYYY. */
export function DateInput(props: Bound) {
  return <StateDateInput kind="date" {...props} />;
}

/** An Almaty wall-clock time (YYYY-MM-DDTHH:mm in and out), typed and shown as DD.MM.YYYY HH:mm. */
export function DateTimeInput(props: Bound) {
  return <StateDateInput kind="datetime" {...props} />;
}

/**
 * A date or date-time input bound to a react-hook-form registration. The form holds the stored
 * value, not the text on screen: react-hook-form is given a stand-in for the element whose value
 * is the stored one (what reset and setValue write, what it reads), and focus goes to the input.
 */
export function RegisteredDateInput({
  kind,
  registration,
  ...input
}: Attrs & { kind: DateKind; registration: UseFormRegisterReturn }) {
  const [value, setValue] = useState('');
  const el = useRef<HTMLInputElement | null>(null);
  const { name, onChange, onBlur, ref } = registration;
  const standIn = useMemo(() => {
    let stored = '';
    return {
      name,
      get value() {
        return stored;
      },
      set value(v: string) {
        stored = v ?? '';
        setValue(stored);
      },
      focus: () => el.current?.focus(),
      select: () => el.current?.select(),
    };
  }, [name]);
  const { text, type } = useDateText(value, kind);
  const attrs = useInputAttrs(kind);
  return (
    <input
      {...attrs}
      {...input}
      // Last: a kit field passes its old type (date, datetime-local) along.
      type="text"
      name={name}
      value={text}
      ref={(node) => {
        el.current = node;
        ref(node ? standIn : null);
      }}
      onBlur={onBlur}
      onChange={(e) => {
        const v = type(e.target.value);
        standIn.value = v;
        void onChange({ target: { name, value: v }, type: 'change' });
      }}
    />
  );
}
