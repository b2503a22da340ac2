// The audit log as CSV for an auditor: every entry matching the filter, and the export itself
// recorded in the log with the chain head it was taken at. A cancelled export (between chunks of
// rows) records nothing.
import { toCsv } from '../../common/csv';
import { checkCancelled, mapInChunks, type JobControl } from '../core/job';
import { listAudit, type AuditQuery } from '../sql/audit';
import { auditHeadLabel, currentHead } from '../sql/audit-anchors';
import type { Server } from '../sql/server';

export function exportAuditCsv(
  server: Server,
  actor: string,
  input: Omit<AuditQuery, 'limit'>,
  job?: JobControl,
): { fileName: string; csv: string } {
  const rows = listAudit(server.db, { ...input, limit: 1_000_000 });
  const cells = mapInChunks(job, 'entries', rows, (r) => [
    r.id,
    r.at,
    r.actor,
    r.action,
    r.entityType,
    r.entityId,
    r.summary,
    r.hash,
  ]);
  const csv = toCsv(['id', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'summary', 'hash'], cells);
  const head = currentHead(server.db);
  checkCancelled(job);
  server.write(actor, (tx) =>
    tx.audit({
      action: 'audit.exported',
      entityType: 'audit_log',
      entityId: '*',
      summary: `${rows.length} entries exported, ${auditHeadLabel(head)}`,
    }),
  );
  return { fileName: `audit-${server.now().toISOString().slice(0, 10)}.csv`, csv };
}
