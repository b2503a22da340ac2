// Importing a <year>.json calendar file: validated by the core, its problems listed.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSaveView } from '../../../../../common/contract/requests';
import type { ErrorPayload } from '../../../../../common/errors';
import { api, toPayload } from '../../../api/client';
import { FieldFrame } from '../../../ui/form';
import { DataProblems } from '../Problems';
import { SaveOutcome } from './common';

// ---------------------------------------------------------------------------------------------
// Import of a <year>.json file.

export function CalendarImport({
  year,
  onImported,
}: {
  year?: number;
  onImported: (r: CalendarSaveView) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const [done, setDone] = useState<CalendarSaveView | null>(null);
  const [fileName, setFileName] = useState('');

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setDone(null);
    setFileName(file.name);
    try {
      const content = await file.text();
      const r = await api.call('calendar.import', { content, ...(year ? { year } : {}) });
      setDone(r);
      onImported(r);
    } catch (e) {
      setError(toPayload(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="card" aria-labelledby="cal-import" data-testid="calendar-import">
      <h2 id="cal-import">{year ? t('calendarAdmin.importYear', { year }) : t('calendarAdmin.import')}</h2>
      <p className="muted">{t('calendarAdmin.importLead')}</p>
      <FieldFrame label={t('calendarAdmin.importFile')}>
        {(ids) => (
          <input
            {...ids}
            ref={input}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        )}
      </FieldFrame>
      {busy && <p className="muted">{t('calendarAdmin.importing', { name: fileName })}</p>}
      {error && (
        <>
          <p className="admin-file-name">{t('calendarAdmin.importRefused', { name: fileName })}</p>
          <DataProblems error={error} testId="calendar-import-problems" />
        </>
      )}
      {done && <SaveOutcome result={done} />}
    </section>
  );
}

/** What a save did: the version in force and the open requests whose due dates moved. */
