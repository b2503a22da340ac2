// The intake form's encrypted draft: offered back when the form opens with one waiting, saved
// 300 ms after the last keystroke, forgotten when the letter is registered or the form cleared.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { deleteDraft, loadDraft, saveDraft, type Draft } from '../drafts';
import { draftHasContent, INTAKE_DRAFT_SLOT, type FormIn, type FormOut } from './values';

export type DraftState = 'idle' | 'pending' | 'saved' | 'error';

export function useIntakeDraft(
  form: UseFormReturn<FormIn, unknown, FormOut>,
  onRestored: (values: FormIn) => void,
) {
  const { getValues } = form;
  const [offer, setOffer] = useState<Draft<FormIn> | null>(null);
  const [offerLater, setOfferLater] = useState(false);
  const [state, setState] = useState<DraftState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Nothing is saved until a waiting draft has been restored or discarded.
  const paused = useRef(true);

  useEffect(() => {
    let alive = true;
    loadDraft<FormIn>(INTAKE_DRAFT_SLOT)
      .then((d) => {
        if (!alive) return;
        if (d && draftHasContent(d.values)) setOffer(d);
        else paused.current = false;
      })
      .catch(() => {
        if (alive) paused.current = false;
      });
    return () => {
      alive = false;
      clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    const sub = form.watch((_values, info) => {
      if (info.type !== 'change' || paused.current) return;
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        saveDraft(INTAKE_DRAFT_SLOT, getValues())
          .then((d) => {
            setSavedAt(d.savedAt);
            setState('saved');
          })
          .catch(() => setState('error'));
      }, 300);
    });
    return () => sub.unsubscribe();
  }, [form, getValues]);

  const restore = () => {
    if (!offer) return;
    onRestored(offer.values);
    setSavedAt(offer.savedAt);
    setState('saved');
    setOffer(null);
    setOfferLater(false);
    paused.current = false;
  };
  const discard = () => {
    setOffer(null);
    setOfferLater(false);
    paused.current = false;
    void deleteDraft(INTAKE_DRAFT_SLOT);
  };
  /** The letter was registered or the form cleared: no draft is kept. */
  const forget = useCallback(async () => {
    clearTimeout(timer.current);
    await deleteDraft(INTAKE_DRAFT_SLOT).catch(() => undefined);
    setState('idle');
    setSavedAt(null);
  }, []);

  return { offer, offerLater, setOfferLater, state, savedAt, restore, discard, forget };
}
