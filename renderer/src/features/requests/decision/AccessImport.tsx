// Filling the access table from a central-system export (JSON or CSV) the officer picks: the
// rows replace what was typed, and the decision records where they came from.
import { useId, useRef, useState } from 'react';
import type { UseFieldArrayReplace, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../../common/errors';
import { api, toPayload } from '../../../api/client';
import type { DecisionFormValues } from './values';

export function useAccessImport(
  replace: UseFieldArrayReplace<DecisionFormValues, 'dataHeld'>,
  setValue: UseFormSetValue<DecisionFormValues>,
) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  const [importError, setImportError] = useState<ErrorPayload>();

  const onFile = async (file: File) => {
    setImporting(true);
    setImported(null);
    setImportError(undefined);
    try {
      const content = await file.text();
      const format = /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'json';
      const r = await api.call('requests.parseAccessExport', { format, content });
      replace(
        r.items.map((i) => ({
          category: i.category,
          value: i.value,
          purpose: i.purpose ?? '',
          source: i.source ?? '',
          retention: i.retention ?? '',
        })),
      );
      const source = format === 'csv' ? 'central_export_csv' : 'central_export_json';
      setValue('dataSource', source);
      setImported(t('request.decision.access.imported', { count: r.items.length, skipped: r.skipped }));
    } catch (e) {
      setImportError(toPayload(e));
    } finally {
      setImporting(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };
  return { fileRef, importing, imported, importError, onFile };
}

/** The hidden file input and the button-styled label that opens it. */
export function ImportButton({
  fileRef,
  importing,
  onFile,
}: Pick<ReturnType<typeof useAccessImport>, 'fileRef' | 'importing' | 'onFile'>) {
  const { t } = useTranslation();
  const fileId = useId();
  return (
    <>
      <input
        ref={fileRef}
        id={fileId}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        className="mr-visually-hidden"
        data-testid="access-import"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void onFile(f);
        }}
      />
      <label htmlFor={fileId} className="button" aria-disabled={importing}>
        {importing ? t('request.decision.access.importing') : t('request.decision.access.import')}
      </label>
    </>
  );
}
