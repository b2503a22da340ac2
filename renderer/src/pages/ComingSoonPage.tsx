// An honest placeholder for a page that is not built yet: its title, what it will do, and a
// "coming soon" note. Replace the comingSoon('<id>') entry in registry.ts when the page exists.
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import type { PageComponentProps } from './types';

export type ComingSoonId = 'incoming' | 'requests' | 'outgoing' | 'search';

export function comingSoon(id: ComingSoonId) {
  function ComingSoonPage(_props: PageComponentProps) {
    const { t } = useTranslation();
    return (
      <Page title={t(`nav.${id}`)} lead={t(`pages.${id}.lead`)}>
        <section className="card card-soon" aria-labelledby={`soon-${id}`}>
          <h2 id={`soon-${id}`}>{t('pages.comingSoon.title')}</h2>
          <p>{t('pages.comingSoon.text')}</p>
          <p className="muted">{t(`pages.${id}.planned`)}</p>
        </section>
      </Page>
    );
  }
  ComingSoonPage.displayName = `ComingSoon(${id})`;
  return ComingSoonPage;
}
