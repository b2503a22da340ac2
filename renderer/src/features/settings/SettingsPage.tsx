import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage, isLanguage, setLanguage } from '../../i18n';
import { AdminDataSection, AdminScreen, isAdminScreen } from '../admin';
import { BackupsSection } from './BackupsSection';
import { MachineSection } from './MachineSection';
import { PasswordSection } from './PasswordSection';
import { SecuritySection } from './SecuritySection';
import { SyncSection } from './SyncSection';
import { UsersSection } from './UsersSection';
import { useSectionTarget } from './useSectionTarget';
import type { PageComponentProps } from '../../app/pages/types';

export function SettingsPage({ params }: PageComponentProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const hintId = useId();
  const about = useCall('app.about', {});
  const { can } = useAuth();
  useSectionTarget(params[0]);

  // #/settings/calendar, /deadlines, /templates, /letterhead: the administrator's data screens.
  if (isAdminScreen(params[0])) return <AdminScreen params={params} />;

  return (
    <Page title={t('nav.settings')} lead={t('pages.settings.lead')}>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language.title')}</h2>
        <div className="field">
          <label htmlFor={selectId}>{t('settings.language.label')}</label>
          <select
            id={selectId}
            value={currentLanguage()}
            aria-describedby={hintId}
            onChange={(e) => {
              if (isLanguage(e.target.value)) void setLanguage(e.target.value);
            }}
          >
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {LANGUAGE_NAMES[lng].name}
              </option>
            ))}
          </select>
          <p className="field-hint" id={hintId}>
            {t('settings.language.hint')}
          </p>
        </div>
      </section>

      {can('auth.changePassword') && <PasswordSection />}
      <SecuritySection />
      {can('users.list') && <UsersSection />}
      {can('backup.settings') && <BackupsSection />}
      {can('sync.configure') && <SyncSection />}
      {can('machine.status') && <MachineSection />}
      <AdminDataSection />

      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('about.title')}</h2>
        {about.error && <ErrorMessage error={about.error} />}
        {!about.data && !about.error && <p className="muted">{t('common.loading')}</p>}
        {about.data && (
          <dl className="facts facts-wide" data-testid="about">
            <dt>{t('about.version')}</dt>
            <dd>{about.data.version}</dd>
            <dt>{t('about.schemaVersion')}</dt>
            <dd>{about.data.schemaVersion ?? t('about.notOpen')}</dd>
            <dt>{t('about.calendarYears')}</dt>
            <dd>
              {about.data.calendarYears.length ? about.data.calendarYears.join(', ') : t('about.noCalendar')}
            </dd>
            <dt>{t('about.dataDir')}</dt>
            <dd className="path">{about.data.dataDir}</dd>
            <dt>{t('about.dbFile')}</dt>
            <dd className="path">{about.data.dbFile}</dd>
            <dt>{t('about.shell')}</dt>
            <dd>{t(`about.shells.${about.data.shell}`)}</dd>
            <dt>{t('about.node')}</dt>
            <dd>{about.data.node}</dd>
          </dl>
        )}
      </section>
    </Page>
  );
}
