import { useTranslation } from 'react-i18next';
import { href } from '../router';
import { Page } from '../../ui/Page';
import type { PageComponentProps } from './types';

/** A page that cannot be shown: why, in words, and the way back to the dashboard. */
export function NoPage({ reason }: { reason: 'notFound' | 'forbidden' }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`pages.${reason}.title`)}>
      <p>{t(`pages.${reason}.text`)}</p>
      <p>
        <a href={href('dashboard')}>{t('pages.notFound.back')}</a>
      </p>
    </Page>
  );
}

export function NotFoundPage(_props: PageComponentProps) {
  return <NoPage reason="notFound" />;
}
