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
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type {
  DuplicateMatch,
  IncomingEntry,
  IntakeCreateInput,
} from '../../../../../common/contract/mailroom';
import type { ErrorPayload } from '../../../../../common/errors';
import { DEFAULT_SCAN_MAX_BYTES } from '../../../../../common/mailroom/scan-files';
import { checkTracking } from '../../../../../common/mailroom/tracking';
import { api } from '../../../api/client';
import { useCall } from '../../../api/hooks';
import { navigate } from '../../../app/router';
import { formatTime } from '../../../format/dates';
import { isCtrlEnter } from '../keyboard';
import { rememberRegistered } from '../registered';
import type { CheckedScan, RefusedScan } from '../ScanDropZone';
import { DeliveryFields } from './DeliveryFields';
import { IntakeScans } from './IntakeScans';
import { RegisteredBanner, SaveError, type Registered } from '../FormNotices';
import { DraftQuestion, DraftWaiting, DuplicatesQuestion } from './IntakeNotices';
import { LetterFields } from './LetterFields';
import { SenderFields } from './SenderFields';
import { useIntakeDraft, type DraftState } from './useIntakeDraft';
import { useIntakeSave } from './useIntakeSave';
import { useReceivedAt } from './useReceivedAt';
import {
  freshIntake,
  guessLanguage,
  hasTracking,
  intakeResolver,
  uiLetterLanguage,
  type FormIn,
  type FormOut,
} from './values';

/** Letters already registered under the tracking number being typed (asked 250 ms after the last key). */
function useTrackingMatches(tracking: string | null | undefined, onChange: () => void): DuplicateMatch[] {
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  useEffect(() => {
    onChange();
    const c = checkTracking(tracking ?? '');
    if (c.status === 'empty' || c.incomplete) {
      setMatches([]);
      return;
    }
    let alive = true;
    const timer = setTimeout(() => {
      api
        .call('intake.checkDuplicates', { trackingNumber: c.normalized })
        .then((r) => alive && setMatches(r.matches))
        .catch(() => alive && setMatches([]));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
    // Only a new number asks again (onChange is the caller's reaction to it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tracking]);
  return matches;
}

export function IntakeForm() {
  const { t, i18n } = useTranslation();
  const settings = useCall('mailroom.settings.get', {});
  const maxBytes = settings.data?.scanMaxBytes ?? DEFAULT_SCAN_MAX_BYTES;
  const defaultLanguage = uiLetterLanguage(i18n.language);
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: intakeResolver,
    defaultValues: freshIntake({ language: defaultLanguage }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, reset, setValue, getValues, formState } = form;
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  const formRef = useRef<HTMLFormElement>(null);

  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [scans, setScans] = useState<CheckedScan[]>([]);
  const [refused, setRefused] = useState<RefusedScan[]>([]);
  const [scanErrors, setScanErrors] = useState<Record<string, ErrorPayload>>({});
  const [banner, setBanner] = useState<Registered | null>(null);
  // A new number needs its own confirmation.
  const trackingMatches = useTrackingMatches(tracking, () => setReveal(false));

  // Focus is asked for by a counter and given after the render (a reset re-registers the fields).
  // On open it waits one frame (after the page's own heading focus: parents' effects run after
  // their children's). After "save and next" it is given in the same commit as the banner, so a
  // scanner burst that follows the announced number lands in the tracking field, not the old one.
  const [focusAsk, setFocusAsk] = useState({ n: 0, now: false });
  const focusFirst = useCallback((now = false) => setFocusAsk((a) => ({ n: a.n + 1, now })), []);
  const focusField = useCallback(() => {
    const name = hasTracking(getValues('channel')) ? 'trackingNumber' : 'sender.name';
    formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
  }, [getValues]);
  useLayoutEffect(() => {
    if (focusAsk.now) focusField();
  }, [focusAsk, focusField]);
  useEffect(() => {
    if (focusAsk.now) return;
    const frame = requestAnimationFrame(focusField);
    return () => cancelAnimationFrame(frame);
  }, [focusAsk, focusField]);

  const received = useReceivedAt(form);
  const draft = useIntakeDraft(form, (values) => {
    reset({ ...freshIntake({ language: defaultLanguage }), ...values });
    received.setTyped(Boolean(values.receivedAt));
    focusFirst();
  });

  const startOver = (keep: Parameters<typeof freshIntake>[0], focusNow = false) => {
    reset(freshIntake(keep));
    received.setTyped(false);
    setScans([]);
    setRefused([]);
    setScanErrors({});
    setConfirmedFor(null);
    setReveal(false);
    focusFirst(focusNow);
  };

  const onSaved = async (
    entry: IncomingEntry,
    input: IntakeCreateInput,
    mode: 'view' | 'next',
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
    scans,
    confirmedFor,
    receivedTyped: received.isTyped,
    revealTracking: () => setReveal(true),
    onScanError: (key, e) => setScanErrors({ [key]: e }),
    onSaved,
  });

  // The letter's language follows what is typed until the clerk picks one.
  const guessFrom = (text: string) => {
    if (formState.dirtyFields.language) return;
    const g = guessLanguage(text);
    if (g && g !== getValues('language')) setValue('language', g);
  };

  const submitView = handleSubmit((v) => save.run(v, 'view'));
  const submitNext = handleSubmit((v) => save.run(v, 'next'));
  const onFormKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (isCtrlEnter(e)) {
      e.preventDefault();
      void submitNext();
    }
  };

  const clearForm = () => {
    startOver({ channel: getValues('channel'), language: defaultLanguage });
    save.setApiError(undefined);
    void draft.forget();
  };

  return (
    <>
      {banner && <RegisteredBanner register="incoming" banner={banner} onClose={() => setBanner(null)} />}
      {draft.offerLater && draft.offer && (
        <DraftWaiting
          offer={draft.offer}
          onRestore={draft.restore}
          onDiscard={() => (draft.discard(), focusFirst())}
        />
      )}
      <form
        ref={formRef}
        className="mr-form"
        noValidate
        onSubmit={(e) => void submitView(e)}
        onKeyDown={onFormKeyDown}
        aria-label={t('mailroom.intake.formLabel')}
        data-testid="intake-form"
      >
        <div className="mr-columns">
          <div className="mr-col">
            <DeliveryFields
              form={form}
              confirmedFor={confirmedFor}
              onConfirm={setConfirmedFor}
              reveal={reveal}
              trackingMatches={trackingMatches}
            />
            <SenderFields form={form} guessFrom={guessFrom} />
          </div>
          <div className="mr-col">
            <LetterFields form={form} guessFrom={guessFrom} />
            <IntakeScans
              maxBytes={maxBytes}
              scans={scans}
              onScans={setScans}
              refused={refused}
              onRefused={setRefused}
              errors={scanErrors}
            />
          </div>
        </div>
        {save.apiError && <SaveError error={save.apiError} testId="intake-error" />}
        <ActionBar
          saving={save.saving}
          onSaveNext={() => void submitNext()}
          onClear={clearForm}
          draftState={draft.state}
          draftAt={draft.savedAt}
        />
      </form>
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

interface ActionBarProps {
  saving: boolean;
  onSaveNext: () => void;
  onClear: () => void;
  draftState: DraftState;
  draftAt: string | null;
}

function ActionBar({ saving, onSaveNext, onClear, draftState, draftAt }: ActionBarProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="mr-actionbar">
      <button type="submit" className="button button-primary" disabled={saving} data-testid="intake-save">
        {t('mailroom.intake.save')}
      </button>
      <button
        type="button"
        className="button"
        disabled={saving}
        onClick={onSaveNext}
        data-testid="intake-save-next"
      >
        {t('mailroom.intake.saveNext')} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
      </button>
      <button type="button" className="button button-quiet" onClick={onClear} disabled={saving}>
        {t('mailroom.intake.clear')}
      </button>
      <span
        className="mr-draft-status muted"
        data-testid="draft-status"
        data-draft-state={draftState}
        aria-live="off"
      >
        {draftState === 'pending' && t('mailroom.draft.saving')}
        {draftState === 'saved' &&
          draftAt &&
          t('mailroom.draft.saved', { time: formatTime(draftAt, i18n.language) })}
        {draftState === 'error' && t('mailroom.draft.failed')}
      </span>
    </div>
  );
}
