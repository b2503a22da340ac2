// Rectification: the corrections, each a field of the subject's record from before → after.
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RECTIFY_FIELDS } from '../../../../../common/requests/vocab';
import { RECTIFY_FIELD_KEYS } from '../vocab';
import { EditTableHead, RemoveRowButton } from './RowButtons';
import type { TypeFieldsProps } from './values';

export function RectificationFields({ register, control, errors }: TypeFieldsProps) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control, name: 'corrections' });
  return (
    <div className="rq-type-fields" data-testid="rectification-fields">
      <div className="rq-card-head">
        <h3 className="rq-subhead">{t('request.decision.rectification.corrections')}</h3>
        <button
          type="button"
          className="button"
          onClick={() => rows.append({ field: 'last_name', before: '', after: '' })}
        >
          {t('request.decision.access.addRow')}
        </button>
      </div>
      <table className="mr-simple-table rq-edit-table">
        <EditTableHead
          columns={[
            { label: t('request.fields.field') },
            { label: t('request.fields.before') },
            { label: t('request.fields.after'), required: true },
          ]}
        />
        <tbody>
          {rows.fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                <select
                  aria-label={`${t('request.fields.field')} ${i + 1}`}
                  {...register(`corrections.${i}.field` as const)}
                >
                  {RECTIFY_FIELDS.map((k) => (
                    <option key={k} value={k}>
                      {t(RECTIFY_FIELD_KEYS[k])}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`${t('request.fields.before')} ${i + 1}`}
                  {...register(`corrections.${i}.before` as const)}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('request.fields.after')} ${i + 1}`}
                  aria-invalid={Boolean(errors.corrections?.[i]?.after)}
                  {...register(`corrections.${i}.after` as const)}
                />
              </td>
              <RemoveRowButton
                index={i}
                disabled={rows.fields.length === 1}
                onRemove={() => rows.remove(i)}
              />
            </tr>
          ))}
        </tbody>
      </table>
      {errors.corrections && (
        <p className="field-error" role="alert">
          {t('request.decision.rectification.required')}
        </p>
      )}
    </div>
  );
}
