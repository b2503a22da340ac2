// The audit log (administrators and auditors): who did what to which record, when. Filters by
// user, action, entity and Almaty date range; a virtualized table that loads more as it scrolls;
// CSV export of the filtered entries (itself audited); and a check of the hash chain.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import type { AuditFilter } from './query';
import type { PageComponentProps } from '../../app/pages/types';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditTools } from './AuditTools';
import { useAuditRows } from './useAuditRows';
import '../../styles/audit.css';

export function AuditPage(_props: PageComponentProps) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [generation, setGeneration] = useState(0);
  const audit = useAuditRows(filter, generation);
  const tools = useAuditTools(filter, () => setGeneration((g) => g + 1));

  return (
    <Page title={t('nav.audit')} lead={t('pages.audit.lead')} wide actions={tools.buttons}>
      {tools.messages}
      <AuditFilters
        onApply={(f) => {
          audit.unload();
          setFilter(f);
        }}
      />
      {audit.error && <ErrorMessage error={audit.error} />}
      <AuditTable
        rows={audit.rows}
        hasMore={audit.hasMore}
        loaded={audit.loaded}
        lng={i18n.language}
        onNeedMore={audit.loadMore}
      />
    </Page>
  );
}
