// The requests that may be the same one (same IIN, same letter, or same name and address): the
// officer goes back or opens the request anyway.
import { useTranslation } from 'react-i18next';
import type { PrecheckResult } from '../../../../../common/contract/requests';
import { Dialog } from '../../../ui/Dialog';
import { formatDay } from '../../mailroom';
import { STATE_KEYS, TYPE_KEYS } from '../vocab';

type Duplicate = PrecheckResult['duplicates'][number];

const MATCH_KEYS: Record<Duplicate['match'], string> = {
  iin: 'request.open.matchIin',
  letter: 'request.open.matchLetter',
  name_address: 'request.open.matchNameAddress',
};

const COLUMN_KEYS = [
  'request.fields.number',
  'request.fields.type',
  'request.fields.state',
  'request.fields.subjectName',
  'request.deadline.due',
  'request.open.match',
];

export function DuplicatesDialog({
  dupes,
  busy,
  onBack,
  onOpenAnyway,
}: {
  dupes: Duplicate[] | null;
  busy: boolean;
  onBack: () => void;
  onOpenAnyway: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      open={dupes !== null}
      title={t('request.open.duplicatesTitle')}
      onClose={onBack}
      onSubmit={onOpenAnyway}
      className="mr-dialog-wide"
      actions={
        <>
          <button type="button" className="button" onClick={onBack} data-autofocus>
            {t('request.open.duplicatesBack')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="open-anyway">
            {t('request.open.openAnyway')}
          </button>
        </>
      }
    >
      <p>{t('request.open.duplicatesText')}</p>
      <table className="mr-simple-table" data-testid="request-duplicates">
        <thead>
          <tr>
            {COLUMN_KEYS.map((k) => (
              <th key={k} scope="col">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(dupes ?? []).map((d) => (
            <tr key={d.id}>
              <td>
                <span className="mr-mono">{d.id}</span>
              </td>
              <td>{t(TYPE_KEYS[d.type])}</td>
              <td>{t(STATE_KEYS[d.state])}</td>
              <td>
                {d.subject?.name ?? '—'}{' '}
                {d.subject?.iinMasked && <span className="mr-mono muted">{d.subject.iinMasked}</span>}
              </td>
              <td>{formatDay(d.due, i18n.language)}</td>
              <td>{t(MATCH_KEYS[d.match])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
