// The tracking-number field: checked as the clerk types (common/mailroom checkTracking, no round
// trip). A wrong S10 check digit or a non-S10 format is a warning that must be confirmed with the
// checkbox right below before the form will save. Enter (what a barcode scanner types after the
// number) moves to the next field instead of submitting the form. A new scan while the focus is
// on the confirmation (where the previous scan's Enter left it) replaces the number.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { checkTracking, type TrackingCheck } from '../../../../common/mailroom/tracking';
import { focusNextField, trackingKeyChar } from './keyboard';

export interface TrackingFieldProps {
  label: string;
  value: string | null | undefined;
  registration: UseFormRegisterReturn;
  /** The normalized number whose warning the clerk confirmed, if any. */
  confirmedFor: string | null;
  onConfirm: (normalized: string | null) => void;
  error?: string | undefined;
  /** Shown under the field (e.g. letters already registered with this number). */
  extra?: ReactNode;
  className?: string;
  testId?: string;
  /** After a refused save: show the warning even while the field still has the focus. */
  reveal?: boolean;
}

/** Whether the check needs a confirmation before saving (and which warning). */
export function trackingNeedsConfirm(check: TrackingCheck): boolean {
  return check.status === 'warning';
}

export function TrackingField({
  label,
  value,
  registration,
  confirmedFor,
  onConfirm,
  error,
  extra,
  className,
  testId,
  reveal = false,
}: TrackingFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const errId = useId();
  const [focused, setFocused] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const check = checkTracking(value ?? '');
  // While typing, a proper beginning of an S10 number is not yet a format problem.
  const holdBack = check.warning === 'tracking_format' && check.incomplete && focused && !reveal;
  const warning = check.status === 'warning' && !holdBack ? check.warning : undefined;
  const confirmed = warning !== undefined && confirmedFor === check.normalized;

  let status: ReactNode;
  let tone = 'muted';
  if (check.status === 'empty' || holdBack) status = t('mailroom.tracking.hint');
  else if (check.status === 'ok') {
    tone = 'ok';
    status = t('mailroom.tracking.ok', { country: check.country ?? '' });
  } else if (warning === 'tracking_check_digit') {
    tone = 'warn';
    status = t('mailroom.tracking.checkDigit', { expected: String(check.expectedCheckDigit ?? '') });
  } else {
    tone = 'warn';
    status = t('mailroom.tracking.format');
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // A scanner ends the number with Enter: never submit a half-filled form on it.
      e.preventDefault();
      setFocused(false);
      focusNextField(e.currentTarget);
    }
  };

  // The first key of a new scan lands on the checkbox: it starts the new number in the field, and
  // the rest of the burst (and its Enter) follows it there.
  const onConfirmKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const ch = trackingKeyChar(e);
    const el = input.current;
    if (!ch || !el) return;
    e.preventDefault();
    el.value = ch;
    void registration.onChange({ target: el, type: 'change' });
    onConfirm(null);
    el.focus();
    el.setSelectionRange(ch.length, ch.length);
  };

  return (
    <div className={`field mr-tracking ${className ?? ''}`} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input-mono"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        aria-invalid={Boolean(error) || (warning !== undefined && !confirmed)}
        aria-describedby={[hintId, error ? errId : ''].filter(Boolean).join(' ')}
        data-tracking-status={warning ?? check.status}
        {...registration}
        ref={(el) => {
          input.current = el;
          registration.ref(el);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={(e) => {
          setFocused(false);
          void registration.onBlur(e);
        }}
      />
      <p className={`field-hint mr-status mr-status-${tone}`} id={hintId} aria-live="polite">
        {status}
      </p>
      {warning && (
        <label className="check mr-confirm">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => onConfirm(e.target.checked ? check.normalized : null)}
            onKeyDown={onConfirmKeyDown}
            data-confirm="tracking"
            data-testid={testId ? `${testId}-confirm` : undefined}
          />
          <span>{t('mailroom.tracking.confirm')}</span>
        </label>
      )}
      {error && (
        <p className="field-error" id={errId} role="alert">
          {error}
        </p>
      )}
      {extra}
    </div>
  );
}
