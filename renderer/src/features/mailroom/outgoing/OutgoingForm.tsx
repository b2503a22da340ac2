// Manual entry in the outgoing register (letters written outside the app; the letters feature
// registers its own). Opened from an incoming letter ("Register a reply") it starts with the
// sender as addressee, the Вх. № it answers and the letter's language.
// Keyboard as in the intake form: Enter in the tracking field moves on, Enter elsewhere saves and
// opens the entry, Ctrl+Enter saves and opens a fresh form.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ConfirmableWarning } from '../../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../../common/errors';
import { checkTracking } from '../../../../../common/mailroom/tracking';
import { api, toPayload } from '../../../api/client';
import { navigate } from '../../../app/router';
import { apiIssues } from '../errors';
import { RegisteredBanner, SaveError, type Registered } from '../FormNotices';
import { isCtrlEnter } from '../keyboard';
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

export function OutgoingForm({ replyTo }: { replyTo?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.language === 'kk' || i18n.language === 'en' ? i18n.language : 'ru';
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(outgoingFormSchema),
    defaultValues: freshOutgoing(uiLang),
  });
  const { handleSubmit, reset, getValues, setValue, setError } = form;
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const formRef = useRef<HTMLFormElement>(null);
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [apiError, setApiError] = useState<ErrorPayload>();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const [banner, setBanner] = useState<Registered | null>(null);

  // After the render (a reset re-registers the fields) and after the page's heading focus.
  const [focusTick, setFocusTick] = useState(0);
  const focusFirst = () => setFocusTick((n) => n + 1);
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[name="addressee.name"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [focusTick]);

  // Opened as a reply: the incoming letter's sender, number and language.
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

  // A new number needs its own confirmation.
  useEffect(() => setReveal(false), [tracking]);

  const applyApiError = (p: ErrorPayload) => {
    setApiError(p);
    for (const issue of apiIssues(p)) {
      if (issue.code === 'tracking_check_digit' || issue.code === 'tracking_format') setReveal(true);
      else if ((OUTGOING_FIELD_PATHS as readonly string[]).includes(issue.path))
        setError(issue.path as 'summary', { type: issue.code, message: issue.code });
    }
  };

  const run = async (values: FormOut, mode: 'view' | 'next') => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    setApiError(undefined);
    try {
      const input = toOutgoingInput(values);
      const confirm: ConfirmableWarning[] = [];
      const tc = checkTracking(input.trackingNumber ?? '');
      if (tc.status === 'warning') {
        if (confirmedFor !== tc.normalized) {
          setReveal(true);
          setError('trackingNumber', { type: 'custom', message: 'confirm_tracking' });
          requestAnimationFrame(() =>
            formRef.current?.querySelector<HTMLInputElement>('[data-confirm="tracking"]')?.focus(),
          );
          return;
        }
        confirm.push(tc.warning!);
      }
      const entry = await api.call('outgoing.create', {
        ...input,
        ...(confirm.length ? { confirmWarnings: confirm } : {}),
      });
      if (mode === 'next') {
        reset(freshOutgoing(uiLang, { method: values.method, date: getValues('date') }));
        setConfirmedFor(null);
        setBanner({ id: entry.id, number: entry.outgoingNo });
        focusFirst();
      } else {
        rememberRegistered('outgoing', entry.id, entry.outgoingNo);
        navigate('outgoing', String(entry.id));
      }
    } catch (e) {
      applyApiError(toPayload(e));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const submitView = handleSubmit((v) => run(v, 'view'));
  const submitNext = handleSubmit((v) => run(v, 'next'));
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (isCtrlEnter(e)) {
      e.preventDefault();
      void submitNext();
    }
  };

  return (
    <>
      {banner && <RegisteredBanner register="outgoing" banner={banner} onClose={() => setBanner(null)} />}
      <form
        ref={formRef}
        className="mr-form"
        noValidate
        onSubmit={(e) => void submitView(e)}
        onKeyDown={onKeyDown}
        aria-label={t('mailroom.outgoing.formLabel')}
        data-testid="outgoing-form"
      >
        <div className="mr-columns-out">
          <AddresseeFields form={form} />
          <OutgoingLetterFields form={form} />
          <SendingFields
            form={form}
            confirmedFor={confirmedFor}
            onConfirm={setConfirmedFor}
            reveal={reveal}
          />
        </div>
        {apiError && <SaveError error={apiError} testId="outgoing-error" />}
        <div className="mr-actionbar">
          <button
            type="submit"
            className="button button-primary"
            disabled={saving}
            data-testid="outgoing-save"
          >
            {t('mailroom.intake.save')}
          </button>
          <button type="button" className="button" disabled={saving} onClick={() => void submitNext()}>
            {t('mailroom.intake.saveNext')} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </button>
        </div>
      </form>
    </>
  );
}
