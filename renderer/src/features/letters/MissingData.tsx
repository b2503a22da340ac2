// A letter that lacks data (LETTER_DATA_MISSING) says each missing field in words and where it is
// filled in: the request's subject details or its decision (on this screen), or the letterhead
// settings — a link for an administrator, else whom to ask (only administrators may change it).
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { missingKey, missingPlace, type MissingPlace } from '../../../../common/letters/missing';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';

const PLACES: readonly MissingPlace[] = ['request', 'decision', 'letterhead'];

/** The missing field keys when the error is a letter's missing data (also as VALIDATION from older cores), else null. */
export function missingFields(error: ErrorPayload | undefined): string[] | null {
  const missing = error?.details?.missing;
  if (error?.messageKey !== 'errors.LETTER_DATA_MISSING' || !Array.isArray(missing)) return null;
  const keys = missing.filter((k): k is string => typeof k === 'string').map(missingKey);
  return keys.length ? [...new Set(keys)] : null;
}

/**
 * The request screen's own sections: the subject card (whose edit dialog holds the addresses and
 * names) and the decision. Reached by their headings' ids, which the requests feature renders.
 */
function goToSection(headingId: 'rq-subject' | 'rq-decision') {
  const section = document.getElementById(headingId)?.closest('section');
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  const edit =
    headingId === 'rq-subject' && section.querySelector<HTMLButtonElement>('[data-testid="edit-request"]');
  if (edit) edit.click();
  else (section.querySelector('h2') as HTMLElement | null)?.focus();
}

/** `onLeave` closes what shows the message (a dialog) before the request screen's section opens. */
export function MissingData({ error, onLeave }: { error: ErrorPayload; onLeave?: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const keys = missingFields(error) ?? [];
  const name = (k: string) =>
    i18n.exists(`requestLetters.missing.fields.${k}`)
      ? t(`requestLetters.missing.fields.${k}`)
      : t('requestLetters.missing.other');
  const groups = PLACES.map((place) => ({
    place,
    names: [...new Set(keys.filter((k) => missingPlace(k) === place).map(name))],
  })).filter((g) => g.names.length > 0);

  const fix = (place: MissingPlace, names: string[]) => {
    if (place === 'letterhead') {
      if (!can('letters.letterhead.save'))
        return t('requestLetters.missing.letterheadAsk', { fields: names.map((n) => `«${n}»`).join(', ') });
      return (
        <>
          {t('requestLetters.missing.letterheadWhere')}{' '}
          <a
            className="button button-small"
            href={href('settings', 'letterhead')}
            data-testid="letter-missing-fix"
          >
            {t('requestLetters.missing.letterheadFix')}
          </a>
        </>
      );
    }
    const request = place === 'request';
    if (request && !can('requests.update')) return t('requestLetters.missing.requestAsk');
    return (
      <>
        {t(request ? 'requestLetters.missing.requestWhere' : 'requestLetters.missing.decisionWhere')}{' '}
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            onLeave?.();
            // After the dialog is gone, so that the subject's edit dialog is the only one open.
            requestAnimationFrame(() => goToSection(request ? 'rq-subject' : 'rq-decision'));
          }}
          data-testid="letter-missing-fix"
        >
          {t(request ? 'requestLetters.missing.requestFix' : 'requestLetters.missing.decisionFix')}
        </button>
      </>
    );
  };

  return (
    <div className="alert alert-error" role="alert" data-testid="letter-missing">
      <p>{t('requestLetters.missing.lead')}</p>
      <ul className="lt-missing">
        {groups.map((g) => (
          <li key={g.place} data-place={g.place} data-testid="letter-missing-group">
            <strong>{g.names.join(', ')}.</strong> {fix(g.place, g.names)}
          </li>
        ))}
      </ul>
      <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
    </div>
  );
}
