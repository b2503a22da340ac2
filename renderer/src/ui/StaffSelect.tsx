// An officer or executor picked from the active staff accounts (issue 19, item 13) instead of typed:
// a name typed by hand drifts («Иванов А.», «А. Иванов») and splits the officer filters and loads.
// The form still stores the person's full name, as the contract expects; a name stored before
// (typed by hand, or an account disabled since) stays a choice so that saving keeps it.
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../common/contract/define';
import { useCall } from '../api/hooks';
import { SelectInput } from './fields';

/** Who names the officer of a letter or request, and the executor of the letters. */
export const OFFICER_ROLES: readonly Role[] = ['officer', 'admin'];

type Props = Omit<Parameters<typeof SelectInput>[0], 'options' | 'placeholder'> & {
  /** The value the form started with: a choice even when no active account has that name. */
  keep?: string | null | undefined;
  roles?: readonly Role[];
};

export function StaffSelect({ keep, roles = OFFICER_ROLES, ...select }: Props) {
  const { t } = useTranslation();
  const staff = useCall('users.names', { roles: [...roles] }).data?.staff;
  const names = [...new Set((staff ?? []).map((s) => s.displayName))];
  if (keep && !names.includes(keep)) names.unshift(keep);
  return (
    <SelectInput
      // Mounted again once the names arrive, so that the form puts its value back into the select.
      key={staff ? 'staff' : 'loading'}
      {...select}
      options={names.map((n) => ({ value: n, label: n }))}
      placeholder={t('staffSelect.none')}
    />
  );
}
