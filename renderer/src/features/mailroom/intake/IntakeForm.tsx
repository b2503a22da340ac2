// The intake form: one letter registered in the incoming register, keyboard first.
// - Tab order follows the page; the first field to type in (the tracking number, or the sender
//   when the channel has none) has the focus when the form opens.
// - Enter in the tracking field (a barcode scanner ends with it) moves to the next field; Enter
//   elsewhere saves and opens the record; Ctrl+Enter saves and opens a fresh form that keeps the
//   channel. The receipt time is the moment of saving unless typed (useReceivedAt).
// - A tracking warning must be confirmed (checkbox under the field); possible duplicates are shown
//   and must be confirmed; the assigned Вх. № is announced after the save.
// - What is typed is kept as an encrypted draft (useIntakeDraft) and offered back after a crash.
// The fields are in groups (DeliveryFields, SenderFields, LetterFields, IntakeScans); saving is
// useIntakeSave.
import { useCallback, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type {
  DuplicateMatch,
  IncomingEntry,
  IntakeCreateInput,
} from '../../../../../common/contract/mailroom';
import { DEFAULT_SCAN_MAX_BYTES } from '../../../../../common/mailroom/scan-files';
import { checkTracking } from '../../../../../common/mailroom/tracking';
import { api } from '../../../api/client';
import { useCall } from '../../../api/hooks';
import { navigate } from '../../../app/router';
import { formatTime } from '../../../format/dates';
import { RegisterForm } from '../form/RegisterForm';
import { hasTracking } from '../form-values';
import { useFocusFirst, useTrackingConfirm } from '../form/useRegisterForm';
import { rememberRegistered } from '../registered';
import { DeliveryFields } from './DeliveryFields';
import { IntakeScans, useScanState } from './IntakeScans';
import type { Registered } from '../FormNotices';
import { DraftQuestion, DraftWaiting, DuplicatesQuestion } from './IntakeNotices';
import { LetterFields } from './LetterFields';
import { SenderFields } from './SenderFields';
import { useIntakeDraft, type DraftState } from './useIntakeDraft';
import { useIntakeSave } from './useIntakeSave';
import { useReceivedAt } from './useReceivedAt';
import { useLookup } from '../form/useLookup';
import {
  freshIntake,
  guessLanguage,
  intakeResolver,
  uiLetterLanguage,
  type FormIn,
  type FormOut,
} from './values';

/** Letters already registered under the tracking number being typed. */
function useTrackingMatches(tracking: string | null | undefined): DuplicateMatch[] {
  const c = checkTracking(tracking ?? '');
  const key = c.status === 'empty' || c.incomplete ? null : c.normalized;
  const ask = (trackingNumber: string) =>
    api.call('intake.checkDuplicates', { trackingNumber }).then((r) => r.matches);
  return useLookup(key, [], ask, []);
}

/** The letter's language follows what is typed until the clerk picks one. */
function useLanguageGuess(form: UseFormReturn<FormIn, unknown, FormOut>) {
  const { formState, getValues, setValue } = form;
  return (text: string) => {
    if (formState.dirtyFields.language) return;
    const g = guessLanguage(text);
    if (g && g !== getValues('language')) setValue('language', g);
  };
}

export function IntakeForm() {
  const { i18n } = useTranslation();
  const maxBytes = useCall('mailroom.settings.get', {}).data?.scanMaxBytes ?? DEFAULT_SCAN_MAX_BYTES;
  const defaultLanguage = uiLetterLanguage(i18n.language);
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: intakeResolver,
    defaultValues: freshIntake({ language: defaultLanguage }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, reset, getValues } = form;
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const formRef = useRef<HTMLFormElement>(null);

  const confirm = useTrackingConfirm(tracking);
  const scanState = useScanState();
  const [banner, setBanner] = useState<Registered | null>(null);
  const trackingMatches = useTrackingMatches(tracking);

  const firstField = useCallback(
    () => (hasTracking(getValues('channel')) ? 'trackingNumber' : 'sender.name'),
    [getValues],
  );
  const focusFirst = useFocusFirst(formRef, firstField);

  const received = useReceivedAt(form);
  const draft = useIntakeDraft(form, (values) => {
    reset({ ...freshIntake({ language: defaultLanguage }), ...values });
    received.setTyped(Boolean(values.receivedAt));
    focusFirst();
  });

  const startOver = (keep: Parameters<typeof freshIntake>[0], focusNow = false) => {
    reset(freshIntake(keep));
    received.setTyped(false);
    scanState.clear();
    confirm.reset();
    focusFirst(focusNow);
  };

  const onSaved = async (
    entry: IncomingEntry,
    input: IntakeCreateInput,
    mode: string,
    scanProblems: number,
  ) => {
    await draft.forget();
    if (mode === 'next') {
      startOver({ channel: input.channel, language: defaultLanguage }, true);
      setBanner({ id: entry.id, number: entry.incomingNo, scanProblems });
    } else {
      rememberRegistered('incoming', entry.id, entry.incomingNo);
      navigate('incoming', String(entry.id));
    }
  };

  const save = useIntakeSave({
    form,
    formRef,
    scans: scanState.scans,
    confirmedFor: confirm.confirmedFor,
    receivedTyped: received.isTyped,
    revealTracking: () => confirm.setReveal(true),
    onScanError: scanState.setError,
    onSaved,
  });

  const guessFrom = useLanguageGuess(form);

  const submitView = handleSubmit((v) => save.run(v, 'view'));
  const submitNext = handleSubmit((v) => save.run(v, 'next'));
  const clearForm = () => {
    startOver({ channel: getValues('channel'), language: defaultLanguage });
    save.setApiError(undefined);
    void draft.forget();
  };

  return (
    <>
      <RegisterForm
        register="incoming"
        formRef={formRef}
        banner={{ value: banner, close: () => setBanner(null) }}
        notice={
          draft.offerLater &&
          draft.offer && (
            <DraftWaiting
              offer={draft.offer}
              onRestore={draft.restore}
              onDiscard={() => (draft.discard(), focusFirst())}
            />
          )
        }
        submit={{ view: submitView, next: submitNext }}
        save={save}
        actions={<ClearAndDraft onClear={clearForm} saving={save.saving} draft={draft} />}
      >
        <div className="mr-columns">
          <div className="mr-col">
            <DeliveryFields form={form} confirm={confirm} trackingMatches={trackingMatches} />
            <SenderFields form={form} guessFrom={guessFrom} />
          </div>
          <div className="mr-col">
            <LetterFields form={form} guessFrom={guessFrom} />
            <IntakeScans maxBytes={maxBytes} state={scanState} />
          </div>
        </div>
      </RegisterForm>
      <IntakeQuestions draft={draft} save={save} focusFirst={focusFirst} />
    </>
  );
}

/** The questions asked in a dialog: restore a draft, save a possible duplicate anyway. */
function IntakeQuestions({
  draft,
  save,
  focusFirst,
}: {
  draft: ReturnType<typeof useIntakeDraft>;
  save: ReturnType<typeof useIntakeSave>;
  focusFirst: () => void;
}) {
  return (
    <>
      <DraftQuestion
        offer={draft.offerLater ? null : draft.offer}
        onRestore={draft.restore}
        onDiscard={() => (draft.discard(), focusFirst())}
        onLater={() => draft.setOfferLater(true)}
      />
      <DuplicatesQuestion
        pending={save.duplicates}
        onBack={() => {
          save.setDuplicates(null);
          focusFirst();
        }}
        onConfirm={() => void save.confirmDuplicate()}
      />
    </>
  );
}

function ClearAndDraft(p: {
  onClear: () => void;
  saving: boolean;
  draft: ReturnType<typeof useIntakeDraft>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button-quiet" onClick={p.onClear} disabled={p.saving}>
        {t('mailroom.intake.clear')}
      </button>
      <DraftStatus state={p.draft.state} at={p.draft.savedAt} />
    </>
  );
}

function DraftStatus({ state, at }: { state: DraftState; at: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <span
      className="mr-draft-status muted"
      data-testid="draft-status"
      data-draft-state={state}
      aria-live="off"
    >
      {state === 'pending' && t('mailroom.draft.saving')}
      {state === 'saved' && at && t('mailroom.draft.saved', { time: formatTime(at, i18n.language) })}
      {state === 'error' && t('mailroom.draft.failed')}
    </span>
  );
}
