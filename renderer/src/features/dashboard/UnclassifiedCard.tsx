// Registered letters nobody has classified yet (issue 19): until the clerk says which request kind
// a letter is (or that it is not a request), its deadline cannot be tracked. Each links to the
// letter's record, where «Классифицировать» sets the kind.
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../common/contract/requests';
import { href } from '../../app/router';
import { formatDateTime } from '../../format/dates';

export function UnclassifiedCard({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const { letters, total } = d.unclassified;
  return (
    <section
      className="card dash-awaiting"
      aria-labelledby="dash-unclassified"
      data-testid="dash-unclassified"
    >
      <h2 id="dash-unclassified">
        <span>{t('deadlineBoard.unclassified')}</span>
        <span className="dash-count">{total}</span>
      </h2>
      <p className="muted small">{t('deadlineBoard.unclassifiedLead')}</p>
      {letters.length === 0 ? (
        <p className="muted">{t('deadlineBoard.noneUnclassified')}</p>
      ) : (
        <ul className="dash-items">
          {letters.map((l) => (
            <li key={l.id} className="dash-item dash-item-letter">
              <div className="dash-item-head">
                <a className="dash-number" href={href('incoming', String(l.id))}>
                  {l.incomingNo}
                </a>
                <span className="muted">{formatDateTime(l.receivedAt, i18n.language)}</span>
              </div>
              {l.documentType && <div className="dash-item-body">{l.documentType}</div>}
            </li>
          ))}
        </ul>
      )}
      {total > letters.length && (
        <p className="muted small">{t('deadlineBoard.awaitingMore', { count: total - letters.length })}</p>
      )}
    </section>
  );
}
