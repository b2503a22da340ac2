// One reply letter in the request's list: Исх. № and version, kind, language, date, status (and
// when and how it left), and what may be done with it.
import { useTranslation } from 'react-i18next';
import type { LetterInfo } from '../../../../common/contract/letters';
import { href } from '../../app/router';
import { formatDateTime } from '../../format/dates';
import { formatDay, OUTGOING_STATUS_KEYS, REPLY_LANGUAGE_KEYS } from '../mailroom';
import { kindName } from './GenerateForm';

function statusKey(status: string): string {
  return OUTGOING_STATUS_KEYS[status as keyof typeof OUTGOING_STATUS_KEYS] ?? 'mailroom.outgoingStatus.draft';
}

export interface RowActions {
  previewing: boolean;
  onPreview: () => void;
  saving: boolean;
  onSaveAs: () => void;
  /** Offered for a draft to those who may. */
  onRegenerate?: (() => void) | undefined;
  onMarkSent?: (() => void) | undefined;
}

export function LetterRow({ letter: l, actions: a }: { letter: LetterInfo; actions: RowActions }) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-testid="request-letter" data-letter={l.id} data-status={l.status}>
      <td>
        <a
          className="mr-mono"
          href={href('outgoing', String(l.outgoingId))}
          data-testid="letter-outgoing-link"
        >
          {l.outgoingNo}
        </a>
        <div className="muted rq-small">{t('requestLetters.version', { version: l.version })}</div>
      </td>
      <td className="lt-kind-cell">{kindName(l.kind, i18n.language)}</td>
      <td>{t(REPLY_LANGUAGE_KEYS[l.lang])}</td>
      <td>{formatDay(l.outgoingDate, i18n.language)}</td>
      <td>
        <span className={`mr-badge mr-badge-${l.status}`} data-testid="letter-status">
          {t(statusKey(l.status))}
        </span>
        {l.sentAt && (
          <div className="muted rq-small">
            {formatDateTime(l.sentAt, i18n.language)}
            {l.trackingNumber && <span className="mr-mono"> {l.trackingNumber}</span>}
          </div>
        )}
      </td>
      <td>
        <div className="lt-row-actions">
          <RowAction
            label={t('requestLetters.preview')}
            onClick={a.onPreview}
            pressed={a.previewing}
            testId="letter-preview"
          />
          <RowAction
            label={t('requestLetters.saveAs')}
            onClick={a.onSaveAs}
            disabled={a.saving}
            testId="letter-save-as"
          />
          {a.onRegenerate && (
            <RowAction
              label={t('requestLetters.regenerate')}
              onClick={a.onRegenerate}
              testId="letter-regenerate"
            />
          )}
          {a.onMarkSent && (
            <RowAction
              label={t('requestLetters.markSent')}
              onClick={a.onMarkSent}
              testId="letter-mark-sent"
            />
          )}
        </div>
      </td>
    </tr>
  );
}

function RowAction(p: {
  label: string;
  onClick: () => void;
  testId: string;
  pressed?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="button"
      aria-pressed={p.pressed}
      disabled={p.disabled}
      onClick={p.onClick}
      data-testid={p.testId}
    >
      {p.label}
    </button>
  );
}
