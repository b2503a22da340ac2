// The request kind of an incoming letter (issue 19): a short pick list — the request types, "not a
// request", "not yet classified" — in the intake form, and «Классифицировать» on the record for a
// letter registered without one. The kind decides whether the dashboard tracks the letter's
// deadline; the document type stays the paper's own title. Classifying is a correction
// (intake.update): the same rule of who may, the same history and audit entry.
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IncomingEntry } from '../../../../../common/contract/mailroom';
import { mayCorrect } from '../../../../../common/mailroom/corrections';
import { REQUEST_KINDS, type RequestKind } from '../../../../../common/requests/document-types';
import { api } from '../../../api/client';
import { useAuth } from '../../../auth/context';
import { FormDialog } from '../../../ui/FormDialog';
import { ChoiceField, SelectInput } from '../../../ui/form';
import { useAction } from '../../../ui/useAction';

/** The kind's name in the user's language ("not yet classified" for null). */
export function requestKindName(t: TFunction, kind: RequestKind | null): string {
  if (kind === null) return t('mailroom.requestKind.unclassified');
  return kind === 'not_request' ? t('mailroom.requestKind.not_request') : t(`request.type.${kind}`);
}

function kindOptions(t: TFunction) {
  return [
    { value: '', label: requestKindName(t, null) },
    ...REQUEST_KINDS.map((k) => ({ value: k, label: requestKindName(t, k) })),
  ];
}

/**
 * The intake form's pick list. "Not yet classified" sends nothing: the core then takes the kind
 * the document type names, if it names one.
 */
export function RequestKindSelect({ registration }: { registration: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  return (
    <SelectInput
      className="mr-span-6"
      label={t('mailroom.requestKind.label')}
      hint={t('mailroom.requestKind.hint')}
      options={kindOptions(t)}
      registration={registration}
      data-testid="request-kind"
    />
  );
}

/** For the form's register(): '' (not yet classified) is sent as absent. */
export const requestKindValue = (v: unknown) => (v === '' || v === null ? undefined : v);

/** «Классифицировать» on the record of a registered letter, for whoever may correct it. */
export function ClassifyButton({ entry, onDone }: { entry: IncomingEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<string>(entry.requestKind ?? '');
  const { busy, error, run } = useAction();
  if (entry.status !== 'registered') return null;
  if (!user || !mayCorrect({ role: user.role, username: user.username }, entry, new Date())) return null;
  const save = () =>
    void run(async () => {
      await api.call('intake.update', {
        id: entry.id,
        patch: { requestKind: kind === '' ? null : (kind as RequestKind) },
      });
      setOpen(false);
      onDone();
    });
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="classify-letter">
        {t('mailroom.requestKind.classify')}
      </button>
      <FormDialog
        open={open}
        title={t('mailroom.requestKind.classifyTitle', { number: entry.incomingNo })}
        onClose={() => setOpen(false)}
        onSubmit={save}
        submitLabel={t('mailroom.requestKind.save')}
        busy={busy}
        error={error}
        testId="classify-save"
      >
        <p>{t('mailroom.requestKind.classifyExplain')}</p>
        <ChoiceField
          label={t('mailroom.requestKind.label')}
          value={kind}
          onChange={setKind}
          options={kindOptions(t)}
          data-testid="classify-kind"
        />
      </FormDialog>
    </>
  );
}
