// A minor's deletion: the subject's age as recorded, and the officer's confirmation of it.
import { useTranslation } from 'react-i18next';
import { CheckField } from '../../../ui/checks';
import { useCheckProps } from '../bind';
import type { TypeFieldsProps } from './values';

export function MinorFields({ register, request: d }: TypeFieldsProps) {
  const { t } = useTranslation();
  const check = useCheckProps(register);
  return (
    <div className="rq-type-fields" data-testid="minor-fields">
      {d.subject?.age !== null && d.subject?.age !== undefined && (
        <p className="rq-small">{t('request.decision.minor.age', { age: d.subject.age })}</p>
      )}
      <CheckField {...check('ageConfirmed', 'request.fields.ageConfirmed')} />
    </div>
  );
}
