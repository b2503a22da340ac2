// The audit log as CSV for an auditor: every entry matching the filter, and the export itself
// recorded in the log with the chain head it was taken at.
import { toCsv } from '../../common/csv';
import { listAudit, type AuditQuery } from '../sql/audit';
import { auditHeadLabel, currentHead } from '../sql/audit-anchors';
import type { Server } from '../sql/server';

export function exportAuditCsv(
  server: Server,
  actor: string,
  input: Omit<AuditQuery, 'limit'>,
): { fileName: string; csv: string } {
  const rows = listAudit(server.db, { ...input, limit: 1_000_000 });
  const csv = toCsv(
    ['id', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'summary', 'hash'],
    rows.map((r) => [r.id, r.at, r.actor, r.action, r.entityType, r.entityId, r.summary, r.hash]),
  );
  const head = currentHead(server.db);
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
