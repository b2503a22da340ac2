// The administrator's data screens under Settings: #/settings/calendar[/<year>],
// #/settings/deadlines, #/settings/templates[/<kind>/<lang>], #/settings/letterhead — loaded on
// demand — and the Settings card that links to them.
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import './admin.css';

const CalendarAdmin = lazy(() => import('./CalendarAdmin').then((m) => ({ default: m.CalendarAdmin })));
const DeadlineRulesAdmin = lazy(() =>
  import('./DeadlineRulesAdmin').then((m) => ({ default: m.DeadlineRulesAdmin })),
);
const TemplatesAdmin = lazy(() => import('./TemplatesAdmin').then((m) => ({ default: m.TemplatesAdmin })));
const LetterheadAdmin = lazy(() => import('./LetterheadAdmin').then((m) => ({ default: m.LetterheadAdmin })));

const SCREENS = ['calendar', 'deadlines', 'templates', 'letterhead'] as const;

export function isAdminScreen(segment: string | undefined): boolean {
  return !!segment && (SCREENS as readonly string[]).includes(segment);
}

export function AdminScreen({ params }: { params: string[] }) {
  const [screen, ...rest] = params;
  switch (screen) {
    case 'calendar':
      return <CalendarAdmin key={rest[0] ?? ''} param={rest[0]} />;
    case 'deadlines':
      return <DeadlineRulesAdmin />;
    case 'templates':
      return <TemplatesAdmin params={rest} />;
    case 'letterhead':
      return <LetterheadAdmin />;
    default:
      return null;
  }
}

/** Settings → "Deadlines and letters": links to the data screens, for administrators. */
export function AdminDataSection() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('calendar.put')) return null;
  const links = [
    { screen: 'calendar', title: t('adminData.calendar'), text: t('adminData.calendarText') },
    { screen: 'deadlines', title: t('adminData.deadlines'), text: t('adminData.deadlinesText') },
    { screen: 'templates', title: t('adminData.templates'), text: t('adminData.templatesText') },
    { screen: 'letterhead', title: t('adminData.letterhead'), text: t('adminData.letterheadText') },
  ];
  return (
    <section className="card" aria-labelledby="settings-admin-data" data-testid="admin-data">
      <h2 id="settings-admin-data">{t('adminData.title')}</h2>
      <ul className="admin-links">
        {links.map((l) => (
          <li key={l.screen}>
            <a href={href('settings', l.screen)}>{l.title}</a>
            <span className="cell-sub">{l.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
