import type { adminCalls } from '../../../common/contract/admin';
import { toCsv } from '../../../common/csv';
import { listAudit, listAuditFacets, verifyAuditChain } from '../../sql/audit';
import { auditHeadLabel, currentHead } from '../../sql/audit-anchors';
import {
  backupSettings,
  backupStatus,
  configureBackups,
  listBackups,
  restoreFromFolder,
  runBackupJob,
} from '../backups';
import type { Handler } from '../dispatch';

type AdminHandlers = { [K in keyof typeof adminCalls]: Handler<K> };

const strip = ({ prevHash: _p, hash: _h, ...row }: ReturnType<typeof listAudit>[number]) => row;

export const adminHandlers: AdminHandlers = {
  'audit.list': (i, { core }) => {
    const limit = i.limit ?? 200;
    const rows = listAudit(core.db().db, { ...i, limit: limit + 1 });
    return { entries: rows.slice(0, limit).map(strip), hasMore: rows.length > limit };
  },
  'audit.facets': (_i, { core }) => listAuditFacets(core.db().db),
  'audit.verify': (_i, { core }) => {
    const v = verifyAuditChain(core.db().db);
    return { ok: v.ok, entries: v.entries, ...(v.firstBroken ? { firstBroken: v.firstBroken } : {}) };
  },
  'audit.exportCsv': (i, { core, actor }) => {
    const server = core.db();
    const rows = listAudit(server.db, { ...i, limit: 1_000_000 });
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
  },
  'backup.settings': (_i, { core }) => backupSettings(core.db()),
  'backup.configure': (i, { core, actor }) => configureBackups(core.db(), actor, i),
  // In the core worker the copy runs on a reader; the transport can cancel it and sees its progress.
  'backup.runNow': (_i, { core, actor, signal, cancelled, progress, offload }) =>
    runBackupJob(core.db(), actor, {
      ...(offload ? { copy: (tmp, s) => offload.vacuumInto(tmp, s) } : {}),
      ...(signal ? { signal } : {}),
      ...(cancelled ? { cancelled } : {}),
      ...(progress ? { progress } : {}),
    }),
  'backup.list': (_i, { core }) => listBackups(core.db()),
  'backup.status': (_i, { core }) => backupStatus(core.db()),
  'backup.restore': (i, { core, actor }) => ({
    restored: true as const,
    ...restoreFromFolder(core, i.name, actor),
  }),
};
