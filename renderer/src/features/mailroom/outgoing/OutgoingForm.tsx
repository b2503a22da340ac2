// Manual entry in the outgoing register (letters written outside the app; the letters feature
// registers its own). Opened from an incoming letter ("Register a reply") it starts with the
// sender as addressee, the Вх. № it answers and the letter's language.
// Keyboard as in the intake form: Enter in the tracking field moves on, Enter elsewhere saves and
// opens the entry, Ctrl+Enter saves and opens a fresh form.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { navigate } from '../../../app/router';
import { RegisterForm } from '../form/RegisterForm';
import {
  applyIssues,
  focusTrackingConfirm,
  trackingConfirmation,
  useFocusFirst,
  useSaveGuard,
  useTrackingConfirm,
} from '../form/useRegisterForm';
import type { Registered } from '../FormNotices';
import { rememberRegistered } from '../registered';
import { AddresseeFields } from './AddresseeFields';
import { OutgoingLetterFields } from './OutgoingLetterFields';
import { SendingFields } from './SendingFields';
import {
  freshOutgoing,
  OUTGOING_FIELD_PATHS,
  outgoingFormSchema,
  toOutgoingInput,
  type FormIn,
  type FormOut,
} from './values';

type UiLang = 'kk' | 'ru' | 'en';
const firstField = () => 'addressee.name';

/** Opened as a reply: the incoming letter's sender, number and language. */
function useReplyTarget(
  form: UseFormReturn<FormIn, unknown, FormOut>,
  replyTo: string | undefined,
  uiLang: UiLang,
  focusFirst: () => void,
) {
  const { reset, setValue } = form;
  useEffect(() => {
    if (!replyTo) return;
    let alive = true;
    api
      .call('intake.get', { incomingNo: replyTo })
      .then((e) => {
        if (!alive) return;
        reset({
          ...freshOutgoing(
            e.language === 'kk' || e.language === 'en' || e.language === 'ru' ? e.language : uiLang,
          ),
          addressee: { kind: e.sender.kind, name: e.sender.name, address: e.sender.address ?? '' },
          inReplyTo: e.incomingNo,
        });
        focusFirst();
      })
      .catch(() => alive && setValue('inReplyTo', replyTo));
    return () => {
      alive = false;
    };
    // Only a new reply target refills the form; a language switch must not wipe what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replyTo]);
}

export function OutgoingForm({ replyTo }: { replyTo?: string | undefined }) {
  const { i18n } = useTranslation();
  const uiLang: UiLang = i18n.language === 'kk' || i18n.language === 'en' ? i18n.language : 'ru';
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(outgoingFormSchema),
    defaultValues: freshOutgoing(uiLang),
  });
  const { handleSubmit, reset, getValues, setError } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const confirm = useTrackingConfirm(useWatch({ control: form.control, name: 'trackingNumber' }));
  const [banner, setBanner] = useState<Registered | null>(null);
  const focusFirst = useFocusFirst(formRef, firstField);
  useReplyTarget(form, replyTo, uiLang, focusFirst);

  const save = useSaveGuard((p) =>
    applyIssues(setError, p, OUTGOING_FIELD_PATHS, { revealTracking: () => confirm.setReveal(true) }),
  );
  const run = (values: FormOut, mode: 'view' | 'next') =>
    save.guarded(async () => {
      save.setApiError(undefined);
      const input = toOutgoingInput(values);
      const warnings = trackingConfirmation(input.trackingNumber, confirm.confirmedFor, () => {
        confirm.setReveal(true);
        setError('trackingNumber', { type: 'custom', message: 'confirm_tracking' });
        focusTrackingConfirm(formRef);
      });
      if (!warnings) return;
      const entry = await api.call('outgoing.create', {
        ...input,
        ...(warnings.length ? { confirmWarnings: warnings } : {}),
      });
      if (mode === 'next') {
        reset(freshOutgoing(uiLang, { method: values.method, date: getValues('date') }));
        confirm.setConfirmedFor(null);
        setBanner({ id: entry.id, number: entry.outgoingNo });
        focusFirst();
      } else {
        rememberRegistered('outgoing', entry.id, entry.outgoingNo);
        navigate('outgoing', String(entry.id));
      }
    });

  const submitView = handleSubmit((v) => run(v, 'view'));
  const submitNext = handleSubmit((v) => run(v, 'next'));
  return (
    <RegisterForm
      register="outgoing"
      formRef={formRef}
      banner={{ value: banner, close: () => setBanner(null) }}
      submit={{ view: submitView, next: submitNext }}
      save={save}
    >
      <div className="mr-columns-out">
        <AddresseeFields form={form} />
        <OutgoingLetterFields form={form} />
        <SendingFields form={form} confirm={confirm} />
      </div>
    </RegisterForm>
  );
}
