// The frame of the administrator's data screens under Settings (#/settings/<screen>): the page with
// a way back to Settings, and a refusal for roles that may not make the screen's call.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallName } from '../../../../common/contract';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { Page } from '../../ui/Page';
import './admin.css';

export function AdminPage({
  title,
  lead,
  requires,
  back = href('settings'),
  backLabel,
  actions,
  children,
  wide,
}: {
  title: string;
  lead?: ReactNode;
  /** The call the screen is for; other roles see a refusal (the core refuses anyway). */
  requires: CallName;
  back?: string;
  backLabel?: string;
  actions?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const backLink = (
    <a className="button" href={back}>
      {backLabel ?? t('adminData.back')}
    </a>
  );
  if (!can(requires)) {
    return (
      <Page title={title} actions={backLink}>
        <p className="alert alert-error" role="alert">
          {t('adminData.adminOnly')}
        </p>
      </Page>
    );
  }
  return (
    <Page
      title={title}
      lead={lead}
      wide={wide ?? false}
      actions={
        <>
          {actions}
          {backLink}
        </>
      }
    >
      {children}
    </Page>
  );
}
