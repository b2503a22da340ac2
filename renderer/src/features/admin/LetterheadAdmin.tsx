// Settings → letterhead (administrators), #/settings/letterhead: the company's names and addresses in
// Kazakh, Russian and English, BIN, contacts, who signs the letters (name and position per
// language), the executor and their phone, and an optional PNG or JPEG logo (sent base64, with its
// printed size in millimetres). Every reply letter takes these; a letter needs the signatory and
// the executor, so batch acknowledgments fail until they are set here.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ErrorPayload } from '../../../../common/errors';
import type { Letterhead } from '../../../../common/letters/input';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { TextInput } from '../../ui/fields';
import { StaffSelect } from '../../ui/StaffSelect';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AdminPage } from './AdminPage';
import type { ReactNode } from 'react';
import { LogoSection, useLogo } from './letterhead/LogoSection';

const req = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');
const opt = (max: number) => z.string().trim().max(max, 'too_long');

const formSchema = z
  .strictObject({
    nameKk: req(300),
    nameRu: req(300),
    nameEn: req(300),
    bin: z
      .string()
      .trim()
      .regex(/^\d{12}$/, 'bin'),
    addressKk: req(300),
    addressRu: req(300),
    addressEn: req(300),
    phone: opt(100),
    email: z.union([z.literal(''), z.email('email').max(200)]),
    website: opt(200),
    signKkName: opt(200),
    signKkPosition: opt(200),
    signRuName: opt(200),
    signRuPosition: opt(200),
    signEnName: opt(200),
    signEnPosition: opt(200),
    executorName: opt(200),
    executorPhone: opt(60),
    respName: opt(200),
    respPhone: opt(60),
    respEmail: z.union([z.literal(''), z.email('email').max(200)]),
    respPositionKk: opt(300),
    respPositionRu: opt(300),
  })
  .superRefine((v, ctx) => {
    const sign = [
      v.signKkName,
      v.signKkPosition,
      v.signRuName,
      v.signRuPosition,
      v.signEnName,
      v.signEnPosition,
    ];
    if (sign.some((s) => s.trim()) && !sign.every((s) => s.trim())) {
      for (const key of [
        'signKkName',
        'signKkPosition',
        'signRuName',
        'signRuPosition',
        'signEnName',
        'signEnPosition',
      ] as const)
        if (!v[key].trim()) ctx.addIssue({ code: 'custom', path: [key], message: 'signatory' });
    }
    if (Boolean(v.executorName.trim()) !== Boolean(v.executorPhone.trim())) {
      const key = v.executorName.trim() ? 'executorPhone' : 'executorName';
      ctx.addIssue({ code: 'custom', path: [key], message: 'executor' });
    }
    // The breach notice names the responsible person with a phone (Art. 25 p.2(8)).
    if (Boolean(v.respName.trim()) !== Boolean(v.respPhone.trim())) {
      const key = v.respName.trim() ? 'respPhone' : 'respName';
      ctx.addIssue({ code: 'custom', path: [key], message: 'executor' });
    }
  });
type FormValues = z.infer<typeof formSchema>;

/** One text field of the form, by name and label (extra: lang, type, inputMode…). */
type FieldFn = (name: keyof FormValues, label: string, extra?: Record<string, unknown>) => ReactNode;

function toForm(l: Letterhead): FormValues {
  return {
    nameKk: l.nameKk,
    nameRu: l.nameRu,
    nameEn: l.nameEn,
    bin: l.bin,
    addressKk: l.addressKk,
    addressRu: l.addressRu,
    addressEn: l.addressEn,
    phone: l.phone ?? '',
    email: l.email ?? '',
    website: l.website ?? '',
    signKkName: l.signatory?.kk.name ?? '',
    signKkPosition: l.signatory?.kk.position ?? '',
    signRuName: l.signatory?.ru.name ?? '',
    signRuPosition: l.signatory?.ru.position ?? '',
    signEnName: l.signatory?.en.name ?? '',
    signEnPosition: l.signatory?.en.position ?? '',
    executorName: l.executor?.name ?? '',
    executorPhone: l.executor?.phone ?? '',
    respName: l.responsible?.name ?? '',
    respPhone: l.responsible?.phone ?? '',
    respEmail: l.responsible?.email ?? '',
    respPositionKk: l.responsible?.position?.kk ?? '',
    respPositionRu: l.responsible?.position?.ru ?? '',
  };
}

function toLetterhead(v: FormValues, logo: Letterhead['logo'] | null): Letterhead {
  const out: Letterhead = {
    nameKk: v.nameKk.trim(),
    nameRu: v.nameRu.trim(),
    nameEn: v.nameEn.trim(),
    bin: v.bin.trim(),
    addressKk: v.addressKk.trim(),
    addressRu: v.addressRu.trim(),
    addressEn: v.addressEn.trim(),
  };
  if (v.phone.trim()) out.phone = v.phone.trim();
  if (v.email.trim()) out.email = v.email.trim();
  if (v.website.trim()) out.website = v.website.trim();
  if (v.signKkName.trim()) {
    out.signatory = {
      kk: { name: v.signKkName.trim(), position: v.signKkPosition.trim() },
      ru: { name: v.signRuName.trim(), position: v.signRuPosition.trim() },
      en: { name: v.signEnName.trim(), position: v.signEnPosition.trim() },
    };
  }
  if (v.executorName.trim()) out.executor = { name: v.executorName.trim(), phone: v.executorPhone.trim() };
  if (v.respName.trim()) {
    out.responsible = { name: v.respName.trim(), phone: v.respPhone.trim() };
    if (v.respEmail.trim()) out.responsible.email = v.respEmail.trim();
    if (v.respPositionKk.trim() && v.respPositionRu.trim()) {
      out.responsible.position = { kk: v.respPositionKk.trim(), ru: v.respPositionRu.trim() };
    }
  }
  if (logo) out.logo = logo;
  return out;
}

/** PNG or JPEG by their first bytes (the file's name says nothing). */

export function LetterheadAdmin() {
  const { t } = useTranslation();
  return (
    <AdminPage
      title={t('letterheadAdmin.title')}
      lead={t('letterheadAdmin.lead')}
      requires="letters.letterhead.save"
      wide
    >
      <LetterheadForm />
    </AdminPage>
  );
}

function LetterheadForm() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const current = useCall('letters.letterhead.get', {});
  const logoState = useLogo();
  const { logo, logoDirty, load: loadLogo } = logoState;
  const [failure, setFailure] = useState<ErrorPayload>();
  const [saved, setSaved] = useState(false);
  const mayWrite = can('letters.letterhead.save');

  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema) });

  useEffect(() => {
    if (current.data) {
      reset(toForm(current.data));
      loadLogo(current.data.logo ?? null);
    }
  }, [current.data, reset, loadLogo]);

  const message = (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    if (code === 'bin') return t('letterheadAdmin.errors.bin');
    if (code === 'email') return t('letterheadAdmin.errors.email');
    if (code === 'signatory') return t('letterheadAdmin.errors.signatory');
    if (code === 'executor') return t('letterheadAdmin.errors.executor');
    if (code === 'too_long') return t('letterheadAdmin.errors.tooLong');
    return t('letterheadAdmin.errors.required');
  };
  const err = (k: keyof FormValues) => message(errors[k]?.message);

  const save = handleSubmit(async (v) => {
    setSaved(false);
    setFailure(undefined);
    try {
      const r = await api.call('letters.letterhead.save', toLetterhead(v, logo));
      reset(toForm(r));
      loadLogo(r.logo ?? null);
      setSaved(true);
    } catch (e) {
      setFailure(toPayload(e));
    }
  });

  if (current.error) return <ErrorMessage error={current.error} />;
  if (!current.data) return <p className="muted">{t('common.loading')}</p>;

  const f: FieldFn = (name, label, extra = {}) => {
    const field = { label, error: err(name), registration: register(name) };
    // The executor is one of the staff, picked by full name (a name typed before stays a choice).
    if (name === 'executorName')
      return <StaffSelect {...field} disabled={!mayWrite} keep={current.data?.executor?.name} />;
    return <TextInput {...field} readOnly={!mayWrite} {...extra} />;
  };

  return (
    <form
      className="admin-letterhead"
      noValidate
      onSubmit={(e) => void save(e)}
      data-testid="letterhead-form"
    >
      <section className="card" aria-labelledby="lh-company">
        <h2 id="lh-company">{t('letterheadAdmin.company')}</h2>
        <div className="admin-three admin-long">
          {f('nameKk', t('letterheadAdmin.nameKk'), { lang: 'kk' })}
          {f('nameRu', t('letterheadAdmin.nameRu'), { lang: 'ru' })}
          {f('nameEn', t('letterheadAdmin.nameEn'), { lang: 'en' })}
          {f('addressKk', t('letterheadAdmin.addressKk'), { lang: 'kk' })}
          {f('addressRu', t('letterheadAdmin.addressRu'), { lang: 'ru' })}
          {f('addressEn', t('letterheadAdmin.addressEn'), { lang: 'en' })}
          {f('bin', t('letterheadAdmin.bin'), {
            inputMode: 'numeric',
            maxLength: 12,
            className: 'input-mono-field',
          })}
        </div>
      </section>

      <section className="card" aria-labelledby="lh-contacts">
        <h2 id="lh-contacts">{t('letterheadAdmin.contacts')}</h2>
        <div className="admin-three">
          {f('phone', t('letterheadAdmin.phone'), { type: 'tel' })}
          {f('email', t('letterheadAdmin.email'), { type: 'email' })}
          {f('website', t('letterheadAdmin.website'))}
        </div>
      </section>

      <SignatorySection f={f} />

      <LogoSection state={logoState} mayWrite={mayWrite} />

      {failure && <ErrorMessage error={failure} />}
      {saved && (
        <p className="alert alert-ok" role="status" data-testid="letterhead-saved">
          {t('letterheadAdmin.saved')}
        </p>
      )}
      {mayWrite && (
        <div className="actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={isSubmitting || (!isDirty && !logoDirty)}
          >
            {t('letterheadAdmin.save')}
          </button>
        </div>
      )}
    </form>
  );
}

/** Who signs the letters (name and position per language), the executor and the person responsible. */
function SignatorySection({ f }: { f: FieldFn }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="lh-signatory" data-testid="letterhead-signatory">
      <h2 id="lh-signatory">{t('letterheadAdmin.signatory')}</h2>
      <p className="muted small">{t('letterheadAdmin.signatoryLead')}</p>
      <div className="admin-three">
        {f('signKkName', t('letterheadAdmin.signName', { lang: t('templatesAdmin.lang.kk') }), {
          lang: 'kk',
        })}
        {f('signRuName', t('letterheadAdmin.signName', { lang: t('templatesAdmin.lang.ru') }), {
          lang: 'ru',
        })}
        {f('signEnName', t('letterheadAdmin.signName', { lang: t('templatesAdmin.lang.en') }), {
          lang: 'en',
        })}
        {f('signKkPosition', t('letterheadAdmin.signPosition', { lang: t('templatesAdmin.lang.kk') }), {
          lang: 'kk',
        })}
        {f('signRuPosition', t('letterheadAdmin.signPosition', { lang: t('templatesAdmin.lang.ru') }), {
          lang: 'ru',
        })}
        {f('signEnPosition', t('letterheadAdmin.signPosition', { lang: t('templatesAdmin.lang.en') }), {
          lang: 'en',
        })}
      </div>
      <h3>{t('letterheadAdmin.executor')}</h3>
      <div className="admin-three">
        {f('executorName', t('letterheadAdmin.executorName'))}
        {f('executorPhone', t('letterheadAdmin.executorPhone'), { type: 'tel' })}
      </div>
      <h3 data-testid="letterhead-responsible">{t('letterheadAdmin.responsible')}</h3>
      <p className="muted small">{t('letterheadAdmin.responsibleLead')}</p>
      <div className="admin-three">
        {f('respName', t('letterheadAdmin.responsibleName'))}
        {f('respPhone', t('letterheadAdmin.responsiblePhone'), { type: 'tel' })}
        {f('respEmail', t('letterheadAdmin.responsibleEmail'), { type: 'email' })}
        {f(
          'respPositionKk',
          t('letterheadAdmin.responsiblePosition', { lang: t('templatesAdmin.lang.kk') }),
          {
            lang: 'kk',
          },
        )}
        {f(
          'respPositionRu',
          t('letterheadAdmin.responsiblePosition', { lang: t('templatesAdmin.lang.ru') }),
          {
            lang: 'ru',
          },
        )}
      </div>
    </section>
  );
}
