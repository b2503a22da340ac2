// One request in the search results (the requests group): its number, date of receipt, subject
// (IIN masked, as in every list), type and state; the typed words marked as in the letters' hits.
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../../common/contract/requests';
import { href } from '../../app/router';
import { stateName, typeName } from '../requests';
import { formatDay } from './format';
import { Highlight, type SearchMarks } from './highlight';

export function RequestHitLink({
  request: r,
  pattern,
}: {
  request: RequestSummary;
  pattern: SearchMarks | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <a className="mr-hit-link" href={href('requests', r.id)}>
      <span className="mr-hit-head">
        <span className="mr-badge mr-badge-request">{t('pages.search.request')}</span>
        <span className="mr-mono mr-hit-number">
          <Highlight text={r.id} pattern={pattern} />
        </span>
        <span className="muted">{formatDay(r.receivedOn, i18n.language)}</span>
        <span className="mr-hit-name">
          <Highlight text={r.subject?.name} pattern={pattern} />
        </span>
        {r.subject?.iinMasked && <span className="mr-mono muted">{r.subject.iinMasked}</span>}
        <span className="mr-badge">{stateName(t, r.state)}</span>
      </span>
      <span className="mr-hit-summary">{typeName(t, r.type)}</span>
    </a>
  );
}
