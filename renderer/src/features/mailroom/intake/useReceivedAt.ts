// The receipt time of the letter being registered: the moment of saving, unless the clerk typed a
// time. A form opened at 21:38 and saved at 21:40 (or after midnight) records 21:40 of the right
// day, so the deadline counts from it. While untouched the field follows the clock, so the clerk
// sees what will be recorded; the core stamps its own clock when the form sends no time.
import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { almatyNowLocal, type FormIn, type FormOut } from './values';

const REFRESH_MS = 15_000;

export function useReceivedAt(form: UseFormReturn<FormIn, unknown, FormOut>) {
  const typed = useRef(false);

  useEffect(() => {
    const sub = form.watch((_values, info) => {
      if (info.name === 'receivedAt' && info.type === 'change') typed.current = true;
    });
    return () => sub.unsubscribe();
  }, [form]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (typed.current) return;
      // Never under the clerk's fingers.
      if ((document.activeElement as HTMLInputElement | null)?.name === 'receivedAt') return;
      const now = almatyNowLocal();
      if (form.getValues('receivedAt') !== now) form.setValue('receivedAt', now);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [form]);

  /** Whether the clerk typed the time (else the save sends none and the core records its now). */
  const isTyped = useCallback(() => typed.current, []);
  /** A fresh form follows the clock again; a restored draft keeps the time it had. */
  const setTyped = useCallback((value: boolean) => {
    typed.current = value;
  }, []);
  return { isTyped, setTyped };
}
