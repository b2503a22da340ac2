// Fields both register forms have: a courier delivery's company and waybill.
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
