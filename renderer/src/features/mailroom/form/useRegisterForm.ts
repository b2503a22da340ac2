// What both register forms do alike around their fields: focus the first field after the render,
// one save at a time, the tracking warning to confirm before saving, the core's refusals on their
// fields, and Ctrl+Enter for "save and next".
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ConfirmableWarning } from '../../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../../common/errors';
import { checkTracking } from '../../../../../common/mailroom/tracking';
import { toPayload } from '../../../api/client';
import { apiIssues } from '../errors';
import { isCtrlEnter } from '../keyboard';

/**
 * Focus is asked for by a counter and given after the render (a reset re-registers the fields).
 * Normally it waits one frame (after the page's own heading focus: parents' effects run after
 * their children's); `now` gives it in the same commit (a scanner burst must not land elsewhere).
 * `fieldName` must be stable (a module function or useCallback).
 */
export function useFocusFirst(formRef: RefObject<HTMLFormElement | null>, fieldName: () => string) {
  const [ask, setAsk] = useState({ n: 0, now: false });
  const focusFirst = useCallback((now = false) => setAsk((a) => ({ n: a.n + 1, now })), []);
  const focus = useCallback(() => {
    formRef.current?.querySelector<HTMLElement>(`[name="${fieldName()}"]`)?.focus();
  }, [formRef, fieldName]);
  useLayoutEffect(() => {
    if (ask.now) focus();
  }, [ask, focus]);
  useEffect(() => {
    if (ask.now) return;
    const frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [ask, focus]);
  return focusFirst;
}

export function focusTrackingConfirm(root: RefObject<HTMLElement | null>) {
  requestAnimationFrame(() =>
    root.current?.querySelector<HTMLInputElement>('[data-confirm="tracking"]')?.focus(),
  );
}

/** A doubtful tracking number's confirmation (for that very number) and whether to show it now. */
export function useTrackingConfirm(tracking: string | null | undefined) {
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  // A new number needs its own confirmation.
  useEffect(() => setReveal(false), [tracking]);
  const reset = () => {
    setConfirmedFor(null);
    setReveal(false);
  };
  return { confirmedFor, setConfirmedFor, reveal, setReveal, reset };
}

/**
 * The warnings to send with a save: a doubtful tracking number must have been confirmed for this
 * very number; null (and the confirmation shown) when it was not.
 */
export function trackingConfirmation(
  tracking: string | null | undefined,
  confirmedFor: string | null,
  onUnconfirmed: () => void,
): ConfirmableWarning[] | null {
  const tc = checkTracking(tracking ?? '');
  if (tc.status !== 'warning') return [];
  if (confirmedFor !== tc.normalized) {
    onUnconfirmed();
    return null;
  }
  return [tc.warning!];
}

/** One save at a time: a second Enter while the first is on its way does nothing. */
export function useSaveGuard(onError: (e: ErrorPayload) => void) {
  const [apiError, setApiError] = useState<ErrorPayload>();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const guarded = async (body: () => Promise<void>) => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    try {
      await body();
    } catch (e) {
      const p = toPayload(e);
      setApiError(p);
      onError(p);
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };
  return { apiError, setApiError, saving, busy: () => savingRef.current, guarded };
}

/**
 * The core's refusals on the form's fields (the rest are shown above the buttons); a tracking
 * warning reveals its confirmation instead. With `focus` the first one named gets the focus.
 */
export function applyIssues<T extends FieldValues>(
  setError: UseFormSetError<T>,
  e: ErrorPayload,
  paths: readonly string[],
  opts: { revealTracking: () => void; focus?: RefObject<HTMLElement | null> },
) {
  let focused = false;
  for (const issue of apiIssues(e)) {
    if (issue.code === 'tracking_check_digit' || issue.code === 'tracking_format') {
      opts.revealTracking();
      if (opts.focus) {
        focusTrackingConfirm(opts.focus);
        focused = true;
      }
      continue;
    }
    if (paths.includes(issue.path)) {
      setError(
        issue.path as Path<T>,
        { type: issue.code, message: issue.code },
        opts.focus ? { shouldFocus: !focused } : undefined,
      );
      focused = true;
    }
  }
}

/** Ctrl+Enter anywhere in the form: save and open a fresh form. */
export function ctrlEnter(submitNext: () => Promise<void>) {
  return (e: KeyboardEvent<HTMLFormElement>) => {
    if (isCtrlEnter(e)) {
      e.preventDefault();
      void submitNext();
    }
  };
}
