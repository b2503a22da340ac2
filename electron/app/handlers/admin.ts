import type { adminCalls } from '../../../common/contract/admin';
import { listAudit, listAuditFacets, verifyAuditChain } from '../../sql/audit';
import {
  backupSettings,
  backupStatus,
  configureBackups,
  listBackups,
  restoreFromFolder,
  runBackupJob,
} from '../backups';
import { exportAuditCsv } from '../audit-export';
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
  'audit.exportCsv': (i, ctx) => exportAuditCsv(ctx.core.db(), ctx.actor, i, ctx),
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
