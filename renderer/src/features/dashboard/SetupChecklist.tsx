// The administrator's first-setup checklist (issue 19): what is still missing before the office
// can work as intended, each with a link to where it is set. It stays on the dashboard until every
// item is done (the core computes them from the stored settings), then disappears.
import { useTranslation } from 'react-i18next';
import type { SetupChecklist as Checklist } from '../../../../common/contract';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import './checklist.css';

type Item = keyof Checklist;

/** In the order an office sets them up; each item's place under Settings. */
const ITEMS: readonly { item: Item; place: string[] }[] = [
  { item: 'letterhead', place: ['settings', 'letterhead'] },
  { item: 'signatory', place: ['settings', 'letterhead'] },
  { item: 'staff', place: ['settings', 'users'] },
  { item: 'sync', place: ['settings', 'sync'] },
  { item: 'backups', place: ['settings', 'backups'] },
];

export function SetupChecklist() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { data } = useCall('setup.checklist', {}, { enabled: can('setup.checklist') });
  if (!data) return null;
  const open = ITEMS.filter(({ item }) => !data[item]).length;
  if (open === 0) return null;
  return (
    <section className="card setup-checklist" aria-labelledby="dash-setup" data-testid="setup-checklist">
      <h2 id="dash-setup">{t('setupChecklist.title')}</h2>
      <p className="muted">{t('setupChecklist.lead', { open, total: ITEMS.length })}</p>
      <ul className="setup-items">
        {ITEMS.map(({ item, place }) => {
          const done = data[item];
          const [page, ...params] = place as [string, ...string[]];
          return (
            <li
              key={item}
              className={done ? 'setup-item setup-item-done' : 'setup-item'}
              data-testid={`setup-${item}`}
              data-done={done}
            >
              <span className={done ? 'pill pill-ok' : 'pill pill-idle'}>
                {t(done ? 'setupChecklist.done' : 'setupChecklist.open')}
              </span>
              <span className="setup-item-text">
                <strong>{t(`setupChecklist.items.${item}.title`)}</strong>
                <span className="muted small">{t(`setupChecklist.items.${item}.hint`)}</span>
              </span>
              {!done && (
                <a className="button button-small" href={href(page, ...params)}>
                  {t(`setupChecklist.items.${item}.action`)}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
