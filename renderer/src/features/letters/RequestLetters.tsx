// Reply letters on the request screen: generate any kind (language from the request by default;
// kk/ru/en), the request's letters with their Исх. № and status, a preview as a readable page,
// "Save As" (the DOCX from letters.get through a Blob link, with the suggested file name),
// regenerate until it is sent (same Исх. №, new version) and mark it sent (date, method, tracking
// number with the S10 check).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterInfo } from '../../../../common/contract/letters';
import type { RequestDetail } from '../../../../common/contract/requests';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PrintButtons } from '../../ui/print/PrintButtons';
import { pdfName } from '../../ui/print/save-pdf';
import { useAction } from '../../ui/useAction';
import { downloadBase64 } from '../mailroom';
import { GenerateForm } from './GenerateForm';
import { LetterPreview } from './LetterPreview';
import { LetterRow } from './LetterRow';
import { MarkSentDialog } from './MarkSentDialog';
import { RegenerateDialog } from './RegenerateDialog';
import './letters.css';

type Shown = { id: string; version: number };

const COLUMN_KEYS = [
  'mailroom.fields.outgoingNo',
  'requestLetters.kind',
  'requestLetters.lang',
  'mailroom.fields.outgoingDate',
  'mailroom.fields.status',
  'requestLetters.actions',
] as const;

export function RequestLetters({ request: d, onChanged }: { request: RequestDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useCall('letters.list', { requestId: d.id });
  const [preview, setPreview] = useState<Shown | null>(null);
  const [sending, setSending] = useState<LetterInfo | null>(null);
  const [regenerating, setRegenerating] = useState<LetterInfo | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const letters = list.data?.letters ?? [];
  const mayGenerate = can('letters.generate') && !d.purgedAt;
  const show = (r: LetterInfo) => {
    setPreview({ id: r.id, version: r.version });
    list.reload();
  };

  const saveAs = (l: LetterInfo) => {
    if (busy) return;
    setSaving(l.id);
    void run(async () => {
      const file = await api.call('letters.get', { letterId: l.id });
      downloadBase64(file.docxBase64, file.mimeType, file.fileName);
    }).finally(() => setSaving(null));
  };

  const rowActions = (l: LetterInfo) => {
    const draft = l.status === 'draft';
    return {
      previewing: preview?.id === l.id,
      onPreview: () =>
        setPreview(
          preview?.id === l.id && preview.version === l.version ? null : { id: l.id, version: l.version },
        ),
      saving: saving === l.id,
      onSaveAs: () => saveAs(l),
      onRegenerate: draft && mayGenerate ? () => setRegenerating(l) : undefined,
      onMarkSent: draft && can('letters.markSent') ? () => setSending(l) : undefined,
    };
  };

  return (
    <section className="card" aria-labelledby="lt-title" data-testid="request-reply-letters">
      <h2 id="lt-title">{t('requestLetters.title')}</h2>
      {mayGenerate && <GenerateForm request={d} onGenerated={show} />}
      {list.error && <ErrorMessage error={list.error} />}
      {letters.length === 0 ? (
        <p className="muted">{t('requestLetters.none')}</p>
      ) : (
        <div className="rq-table-scroll">
          <table className="mr-simple-table lt-list-table" data-testid="request-letter-list">
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
              {letters.map((l) => (
                <LetterRow key={l.id} letter={l} actions={rowActions(l)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      {preview && (
        <PreviewPanel
          shown={preview}
          outgoingNo={letters.find((l) => l.id === preview.id)?.outgoingNo ?? ''}
          onClose={() => setPreview(null)}
        />
      )}
      {sending && (
        <MarkSentDialog
          letter={sending}
          onClose={() => setSending(null)}
          onSent={() => {
            setSending(null);
            list.reload();
            // A reply that leaves may move its request on (answered).
            onChanged();
          }}
        />
      )}
      {regenerating && (
        <RegenerateDialog
          letter={regenerating}
          onClose={() => setRegenerating(null)}
          onDone={(r) => {
            setRegenerating(null);
            show(r);
          }}
        />
      )}
    </section>
  );
}

function PreviewPanel({
  shown,
  outgoingNo,
  onClose,
}: {
  shown: Shown;
  outgoingNo: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="lt-preview" data-testid="letter-preview-panel">
      <div className="rq-card-head">
        <h3 className="rq-subhead">
          {t('requestLetters.previewTitle', { number: outgoingNo, version: shown.version })}
        </h3>
        <span className="lt-preview-actions">
          <PrintButtons fileName={pdfName(outgoingNo)} testId="letter" />
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </span>
      </div>
      <LetterPreview key={`${shown.id}:${shown.version}`} letterId={shown.id} version={shown.version} />
    </div>
  );
}
