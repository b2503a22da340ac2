import { useTranslation } from 'react-i18next';
import { href } from '../router';
import { Page } from '../../ui/Page';
import type { PageComponentProps } from './types';

export function NotFoundPage(_props: PageComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t('pages.notFound.title')}>
      <p>{t('pages.notFound.text')}</p>
      <p>
        <a href={href('dashboard')}>{t('pages.notFound.back')}</a>
      </p>
    </Page>
  );
}
