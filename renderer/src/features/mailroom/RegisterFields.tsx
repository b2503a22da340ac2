// Fields both register forms have: a courier delivery's company and waybill, and the sheets count.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../ui/fields';

export function CourierFields({
  company,
  waybill,
}: {
  company: UseFormRegisterReturn;
  waybill: UseFormRegisterReturn;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        className="mr-span-6"
        label={t('mailroom.fields.courierCompany')}
        autoComplete="off"
        registration={company}
      />
      <TextInput
        className="mr-span-6"
        inputClassName="input-mono"
        label={t('mailroom.fields.waybill')}
        autoComplete="off"
        registration={waybill}
      />
    </>
  );
}

/** Sheets in the letter: a whole number, empty when not counted. */
export function SheetsField({
  registration,
  error,
}: {
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      className="mr-span-3"
      label={t('mailroom.fields.sheets')}
      type="number"
      min={0}
      step={1}
      inputMode="numeric"
      error={error}
      registration={registration}
    />
  );
}
