import { useTranslation } from 'react-i18next';
import { href } from '../router';
import { Page } from '../../ui/Page';
import type { PageComponentProps } from './types';

/** A page the signed-in role may not open (typed or bookmarked address). */
export function ForbiddenPage(_props: PageComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t('pages.forbidden.title')}>
      <p>{t('pages.forbidden.text')}</p>
      <p>
        <a href={href('dashboard')}>{t('pages.notFound.back')}</a>
      </p>
    </Page>
  );
}
