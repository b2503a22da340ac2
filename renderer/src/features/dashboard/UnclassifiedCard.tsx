// Registered letters nobody has classified yet (issue 19): until the clerk says which request kind
// a letter is (or that it is not a request), its deadline cannot be tracked. Each links to the
// letter's record, where «Классифицировать» sets the kind.
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../common/contract/requests';
import { formatDateTime } from '../../format/dates';
import { LetterCard, LetterHead } from './LetterCard';

export function UnclassifiedCard({ d }: { d: Dashboard }) {
  const { i18n } = useTranslation();
  const { letters, total } = d.unclassified;
  return (
    <LetterCard name="unclassified" total={total} shown={letters.length}>
      {letters.map((l) => (
        <li key={l.id} className="dash-item dash-item-letter">
          <LetterHead id={l.id} number={l.incomingNo}>
            <span className="muted">{formatDateTime(l.receivedAt, i18n.language)}</span>
          </LetterHead>
          {l.documentType && <div className="dash-item-body">{l.documentType}</div>}
        </li>
      ))}
    </LetterCard>
  );
}
