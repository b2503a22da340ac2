import { useTranslation } from 'react-i18next';
import { useNavPages } from '../app/pages/visible';
import { Dialog } from './Dialog';

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="keys">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && <span className="keys-plus">+</span>}
          <kbd>{k}</kbd>
        </span>
      ))}
    </span>
  );
}

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const pages = useNavPages();
  // Every shortcut the app answers to, so the help is the one place to learn them.
  const rows: { keys: string[][]; label: string }[] = [
    ...pages
      .filter((p) => p.allowed)
      .map((p) => ({
        keys: [['Alt', String(p.key)]],
        label: t('shortcuts.goTo', { page: t(p.def.titleKey) }),
      })),
    { keys: [['N']], label: t('shortcuts.newEntry') },
    { keys: [['Ctrl', 'Enter']], label: t('shortcuts.saveNext') },
    { keys: [['↑'], ['↓']], label: t('shortcuts.results') },
    { keys: [['Ctrl', 'K'], ['F3']], label: t('shortcuts.search') },
    { keys: [['F1'], ['?']], label: t('shortcuts.help') },
    { keys: [['Esc']], label: t('shortcuts.closeDialog') },
    { keys: [['Enter']], label: t('shortcuts.submit') },
    { keys: [['Enter']], label: t('shortcuts.scannerEnter') },
    { keys: [['Tab'], ['Shift', 'Tab']], label: t('shortcuts.nextField') },
  ];
  return (
    <Dialog open={open} onClose={onClose} title={t('shortcuts.title')} className="shortcuts-dialog">
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td>
                {r.keys.map((k, i) => (
                  <span key={k.join('+')}>
                    {i > 0 && <span className="keys-or">{t('shortcuts.or')}</span>}
                    <Keys keys={k} />
                  </span>
                ))}
              </td>
              <td>{r.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
