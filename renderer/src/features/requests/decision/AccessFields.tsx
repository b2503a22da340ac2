// Access: the data held about the subject (typed in or imported from a central-system export),
// the purposes, sources and third parties, and how the reply is delivered. Access is free of
// charge (Art. 25 p.2(9)): there is no fee field.
import { useFieldArray, type FieldArrayWithId } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACCESS_DELIVERY_METHODS } from '../../../../../common/requests/vocab';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { CheckField } from '../../../ui/checks';
import { SelectInput, TextArea } from '../../../ui/fields';
import { useCheckProps, useChoiceProps } from '../bind';
import { fieldErrorText } from '../form';
import { DELIVERY_KEYS } from '../vocab';
import { ImportButton, useAccessImport } from './AccessImport';
import { EditTableHead, RemoveRowButton } from './RowButtons';
import type { AccessRow, DecisionFormValues, TypeFieldsProps } from './values';

const ACCESS_COLUMNS = ['category', 'value', 'purpose', 'source', 'retention'] as const;

const ACCESS_COLUMN_KEYS: Record<keyof AccessRow, string> = {
  category: 'request.fields.category',
  value: 'request.fields.value',
  purpose: 'request.fields.purpose',
  source: 'request.fields.source',
  retention: 'request.fields.retention',
};

/** The typed lists (one entry per line) under the table. */
const LIST_FIELDS = [
  ['purposes', 'request.fields.purposes'],
  ['sources', 'request.fields.sources'],
  ['thirdParties', 'request.fields.thirdParties'],
] as const;

/** The columns the officer must fill in. */
const REQUIRED_COLUMNS: ReadonlyArray<keyof AccessRow> = ['category', 'value'];

export function AccessFields({ register, control, errors, request: d, setValue }: TypeFieldsProps) {
  const { t } = useTranslation();
  const choice = useChoiceProps(register, errors);
  const check = useCheckProps(register);
  const rows = useFieldArray({ control, name: 'dataHeld' });
  const importer = useAccessImport(rows.replace, setValue);
  return (
    <div className="rq-type-fields" data-testid="access-fields">
      <div className="rq-card-head">
        <h3 className="rq-subhead">{t('request.decision.access.dataHeld')}</h3>
        <div className="rq-inline-actions">
          <ImportButton {...importer} />
          <button
            type="button"
            className="button"
            onClick={() => rows.append({ category: '', value: '', purpose: '', source: '', retention: '' })}
            data-testid="access-add-row"
          >
            {t('request.decision.access.addRow')}
          </button>
        </div>
      </div>
      <p className="muted rq-small">
        {t('request.decision.access.importHint', { subject: d.subject?.name ?? '' })}
      </p>
      {importer.imported && (
        <p className="rq-small" role="status">
          {importer.imported}
        </p>
      )}
      {importer.importError && <ErrorMessage error={importer.importError} />}
      {rows.fields.length === 0 ? (
        <p className="muted">{t('request.decision.access.noRows')}</p>
      ) : (
        <AccessTable fields={rows.fields} onRemove={rows.remove} register={register} errors={errors} />
      )}
      {errors.dataHeld && (
        <p className="field-error" role="alert">
          {errors.dataHeld.root || (errors.dataHeld as { type?: string }).type
            ? t('request.decision.access.dataHeldRequired')
            : t('request.decision.access.rowsInvalid')}
        </p>
      )}
      <div className="mr-grid">
        {LIST_FIELDS.map(([name, key]) => (
          <TextArea
            key={name}
            className="mr-span-4"
            rows={2}
            label={t(key)}
            hint={t('request.onePerLine')}
            registration={register(name)}
          />
        ))}
        <SelectInput {...choice('delivery', 'mr-span-6', ACCESS_DELIVERY_METHODS, DELIVERY_KEYS)} required />
      </div>
      <p className="field-hint" data-testid="access-free-note">
        {t('request.accessFree')}
      </p>
      <CheckField {...check('requestCentralExport', 'request.fields.requestCentralExport')} />
    </div>
  );
}

function AccessTable({
  fields,
  onRemove,
  register,
  errors,
}: {
  fields: Array<FieldArrayWithId<DecisionFormValues, 'dataHeld'>>;
  onRemove: (index: number) => void;
} & Pick<TypeFieldsProps, 'register' | 'errors'>) {
  const { t } = useTranslation();
  const rowError = (i: number, k: keyof AccessRow) => fieldErrorText(t, errors.dataHeld?.[i]?.[k]);
  return (
    <div className="rq-table-scroll">
      <table className="mr-simple-table rq-edit-table">
        <EditTableHead
          columns={ACCESS_COLUMNS.map((k) => ({
            label: t(ACCESS_COLUMN_KEYS[k]),
            required: REQUIRED_COLUMNS.includes(k),
          }))}
        />
        <tbody>
          {fields.map((f, i) => (
            <tr key={f.id}>
              {ACCESS_COLUMNS.map((k) => (
                <td key={k}>
                  <input
                    aria-label={`${t(ACCESS_COLUMN_KEYS[k])} ${i + 1}`}
                    aria-invalid={Boolean(errors.dataHeld?.[i]?.[k])}
                    title={rowError(i, k)}
                    {...register(`dataHeld.${i}.${k}` as const)}
                  />
                </td>
              ))}
              <RemoveRowButton index={i} onRemove={() => onRemove(i)} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
