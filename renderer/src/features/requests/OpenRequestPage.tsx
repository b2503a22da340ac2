// Opening a subject request: from an incoming letter (#/requests/new/<letter id>, the form filled in
// from the letter) or directly (#/requests/new, with the reason recorded). Before saving,
// requests.precheck shows possible duplicates, which the officer confirms to proceed; the deadline
// the request will get is shown while the form is filled in. The form's groups are in open/.
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IncomingEntry } from '../../../../common/contract/mailroom';
import { validateIinBin } from '../../../../common/identifiers/iin';
import type { RequestType } from '../../../../common/requests/vocab';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormActions } from '../../ui/FormActions';
import { Page } from '../../ui/Page';
import { IinHint } from '../mailroom';
import { almatyLocalToIso } from './form';
import { DuplicatesDialog } from './open/DuplicatesDialog';
import { DeadlineCard, LetterCard } from './open/OpenSide';
import { PartyFieldset } from './open/PartyFieldsets';
import { RequestFieldset } from './open/RequestFieldset';
import { useOpenRequest } from './open/useOpenRequest';
import { suggestion } from './open/values';
import { SubjectFields } from './SubjectFields';

export function OpenRequestPage({ letter }: { letter: string | null }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const ref = letter ? (/^\d+$/.test(letter) ? { id: Number(letter) } : { incomingNo: letter }) : null;
  const entry = useCall('intake.get', ref ?? { id: 1 }, { enabled: ref !== null && can('requests.open') });

  const back = ref ? (
    <a className="button" href={entry.data ? href('incoming', String(entry.data.id)) : href('incoming')}>
      {t('request.open.backToLetter')}
    </a>
  ) : (
    <a className="button" href={href('requests')}>
      {t('nav.requests')}
    </a>
  );

  return (
    <Page
      title={ref ? t('request.open.titleFromLetter') : t('request.open.titleDirect')}
      lead={ref ? t('request.open.leadFromLetter') : t('request.open.leadDirect')}
      wide
      actions={back}
    >
      {!can('requests.open') ? (
        <p data-testid="open-request-forbidden">{t('request.open.notAllowed')}</p>
      ) : ref && entry.error ? (
        <ErrorMessage error={entry.error} />
      ) : ref && !entry.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <OpenRequestForm letter={entry.data ?? null} />
      )}
    </Page>
  );
}

function OpenRequestForm({ letter }: { letter: IncomingEntry | null }) {
  const { t } = useTranslation();
  const { form, letterNo, open, busy, error, dupes, closeDupes } = useOpenRequest(letter);
  const { register, handleSubmit, control, formState, getValues } = form;
  const [iinFocused, setIinFocused] = useState(false);
  const fieldset = { register, errors: formState.errors };
  const role = useWatch({ control, name: 'requesterRole' });
  const type = useWatch({ control, name: 'type' }) as RequestType | '';
  const iin = useWatch({ control, name: 'subject.iin' });
  const receivedLocal = useWatch({ control, name: 'direct.receivedAt' });

  const iinCheck = iin.trim() ? validateIinBin(iin.trim()) : null;
  const minor = !!iinCheck?.valid && iinCheck.kind === 'IIN' && iinCheck.minor === true;
  const preview = useCall(
    'requests.precheck',
    {
      type: (type || 'withdrawal') as RequestType,
      letters: letterNo ? [letterNo] : [],
      receivedAt: letterNo ? null : (almatyLocalToIso(receivedLocal) ?? null),
    },
    { enabled: type !== '' },
  );

  return (
    <>
      <form
        className="rq-open"
        noValidate
        onSubmit={(e) => void handleSubmit((v) => open(v, false))(e)}
        data-testid="open-request-form"
      >
        <div className="rq-open-main">
          <RequestFieldset
            form={form}
            suggested={suggestion(letter)}
            minorAge={minor && type !== 'minor_deletion' ? (iinCheck?.age ?? 0) : null}
          />
          <fieldset className="mr-fieldset">
            <legend>{t('request.open.subject')}</legend>
            <div className="mr-grid">
              <SubjectFields
                register={register}
                errors={formState.errors.subject}
                accountIdHint
                iin={{
                  registration: {
                    ...register('subject.iin'),
                    onBlur: async (e) => {
                      setIinFocused(false);
                      await register('subject.iin').onBlur(e);
                    },
                  },
                  onFocus: () => setIinFocused(true),
                  extra: () => <IinHint value={iin} id="rq-open-iin-hint" focused={iinFocused} />,
                }}
              />
            </div>
          </fieldset>
          {role === 'legal_representative' && <PartyFieldset party="representative" {...fieldset} />}
          {role === 'authorized_body' && <PartyFieldset party="authority" {...fieldset} />}
          {!letterNo && <PartyFieldset party="direct" {...fieldset} />}
          {error && <ErrorMessage error={error} />}
          <FormActions
            submitLabel={busy ? t('request.open.checking') : t('request.open.submit')}
            busy={busy}
            testId="open-request-submit"
          />
        </div>
        <aside className="rq-open-side">
          {letter && <LetterCard letter={letter} />}
          <DeadlineCard chosen={type !== ''} pre={preview.data} error={preview.error} />
        </aside>
      </form>
      <DuplicatesDialog
        dupes={dupes}
        busy={busy}
        onBack={closeDupes}
        onOpenAnyway={() => void open(getValues(), true)}
      />
    </>
  );
}
