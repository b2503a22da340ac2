// #/breaches/<id>: one breach, its deadline, the notice to the authorized body (kk/ru DOCX) and
// recording that it left.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BREACH_NOTIFY_METHODS } from '../../../../common/breaches/schemas';
import type { BreachDetail as BreachView } from '../../../../common/contract';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { useAction } from '../../ui/useAction';
import { formatDateTime } from '../../format/dates';
import { downloadBase64 } from '../mailroom';
import { countdownText, formatDay } from '../requests';
import { warningText } from '../requests';
import { breachStateName, categoryName } from './vocab';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function BreachDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const b = useCall('breaches.get', { id });
  return (
    <Page title={t('breach.detailTitle', { id })} lead={<a href={href('breaches')}>{t('breach.all')}</a>}>
      {b.error && <ErrorMessage error={b.error} />}
      {b.data && (
        <>
          <BreachFacts d={b.data} />
          <BreachNotice id={id} open={b.data.state === 'open'} onNotified={b.reload} />
        </>
      )}
    </Page>
  );
}

function BreachFacts({ d }: { d: BreachView }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section className="card" data-testid="breach-detail" data-state={d.state}>
      <dl className="facts">
        <dt>{t('breach.fields.detectedAt')}</dt>
        <dd>{formatDateTime(d.detectedAt, lng)}</dd>
        <dt>{t('breach.fields.due')}</dt>
        <dd data-testid="breach-due" data-date={d.due}>
          {formatDay(d.due, lng)} · {countdownText(t, d.daysLeft, d.deadlineStatus)}
        </dd>
        <dt>{t('breach.fields.state')}</dt>
        <dd data-testid="breach-state">{breachStateName(t, d.state)}</dd>
        <dt>{t('breach.fields.categories')}</dt>
        <dd>{d.categories.map((c) => categoryName(t, c)).join(', ')}</dd>
        <dt>{t('breach.fields.subjectsApprox')}</dt>
        <dd>{d.subjectsApprox ?? '—'}</dd>
        <dt>{t('breach.fields.description')}</dt>
        <dd>{d.description}</dd>
        <dt>{t('breach.fields.measures')}</dt>
        <dd>{d.measures.length ? d.measures.join('; ') : '—'}</dd>
        {d.authorityNotifiedAt && (
          <>
            <dt>{t('breach.fields.notifiedAt')}</dt>
            <dd>{formatDateTime(d.authorityNotifiedAt, lng)}</dd>
          </>
        )}
      </dl>
      {d.warnings.map((w) => (
        <p key={w} className="alert alert-warn" role="note">
          {warningText(t, w)}
        </p>
      ))}
      {d.basis && <p className="muted">{d.basis[lng as 'kk' | 'ru' | 'en'] ?? d.basis.ru}</p>}
    </section>
  );
}

/** The notice to the authorized body in Kazakh or Russian, and recording that it was sent. */
function BreachNotice({ id, open, onNotified }: { id: string; open: boolean; onNotified: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busy, error, run } = useAction();
  const [method, setMethod] = useState<(typeof BREACH_NOTIFY_METHODS)[number]>('electronic');
  const [reference, setReference] = useState('');
  const notice = (lang: 'kk' | 'ru') =>
    run(async () => {
      const n = await api.call('breaches.notice', { id, kind: 'authority', lang });
      downloadBase64(n.docxBase64, DOCX, n.fileName);
    });
  const notify = () =>
    run(async () => {
      await api.call('breaches.notifyAuthority', { id, method, reference: reference.trim() || null });
      onNotified();
    });
  const noticeButton = (lang: 'kk' | 'ru', label: string) => (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={() => void notice(lang)}
      data-testid={`breach-notice-${lang}`}
    >
      {label}
    </button>
  );
  return (
    <section className="card" aria-labelledby="breach-notice">
      <h2 id="breach-notice">{t('breach.noticeTitle')}</h2>
      <div className="actions">
        {noticeButton('kk', t('breach.noticeKk'))}
        {noticeButton('ru', t('breach.noticeRu'))}
      </div>
      {open && can('breaches.notifyAuthority') && (
        <div className="actions">
          <label>
            {t('breach.fields.method')}{' '}
            <select value={method} onChange={(e) => setMethod(e.target.value as typeof method)}>
              {BREACH_NOTIFY_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`breach.method.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('breach.fields.reference')}{' '}
            <input value={reference} onChange={(e) => setReference(e.target.value)} />
          </label>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void notify()}
            data-testid="breach-notify"
          >
            {t('breach.notify')}
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
