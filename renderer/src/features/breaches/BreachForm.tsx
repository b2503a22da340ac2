// #/breaches/new: record a breach (react-hook-form + zod, the contract's own schema). The due date
// comes back from the core: 1 working day after the Almaty day of detection.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { BREACH_DATA_CATEGORIES } from '../../../../common/breaches/schemas';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { navigate } from '../../app/router';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { TextArea, TextInput } from '../../ui/fields';
import { categoryName } from './vocab';

const formSchema = z.object({
  /** datetime-local: a wall-clock time in Almaty. */
  detectedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  description: z.string().trim().min(1).max(4000),
  categories: z.array(z.enum(BREACH_DATA_CATEGORIES)).min(1),
  subjectsApprox: z.string().regex(/^\d{0,9}$/),
  measures: z.string().max(30_000),
});
type FormValues = z.infer<typeof formSchema>;

export function BreachForm() {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorPayload>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { detectedAt: '', description: '', categories: [], subjectsApprox: '', measures: '' },
  });

  const submit = handleSubmit(async (v) => {
    setError(undefined);
    try {
      const b = await api.call('breaches.open', {
        // The office is in Almaty (UTC+5): the wall-clock time entered is an Almaty time.
        detectedAt: `${v.detectedAt}:00+05:00`,
        description: v.description.trim(),
        categories: v.categories,
        subjectsApprox: v.subjectsApprox === '' ? null : Number(v.subjectsApprox),
        measures: v.measures
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      });
      navigate('breaches', b.id);
    } catch (e) {
      setError(toPayload(e));
    }
  });

  return (
    <Page title={t('breach.newTitle')} lead={t('breach.newLead')}>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate data-testid="breach-form">
        <TextInput
          required
          label={t('breach.fields.detectedAt')}
          type="datetime-local"
          registration={register('detectedAt')}
          error={errors.detectedAt ? t('breach.issues.detectedAt') : undefined}
        />
        <TextArea
          required
          rows={4}
          label={t('breach.fields.description')}
          registration={register('description')}
          error={errors.description ? t('breach.issues.required') : undefined}
        />
        <fieldset className="field">
          <legend>{t('breach.fields.categories')}</legend>
          {BREACH_DATA_CATEGORIES.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" value={c} {...register('categories')} /> {categoryName(t, c)}
            </label>
          ))}
          {errors.categories && (
            <p className="field-error" role="alert">
              {t('breach.issues.categories')}
            </p>
          )}
        </fieldset>
        <TextInput
          label={t('breach.fields.subjectsApprox')}
          inputMode="numeric"
          registration={register('subjectsApprox')}
          error={errors.subjectsApprox ? t('breach.issues.number') : undefined}
        />
        <TextArea
          label={t('breach.fields.measures')}
          hint={t('breach.onePerLine')}
          registration={register('measures')}
        />
        {error && <ErrorMessage error={error} />}
        <div className="actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={isSubmitting}
            data-testid="breach-submit"
          >
            {t('breach.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
