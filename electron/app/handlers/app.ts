import type { appCalls } from '../../../common/contract/app';
import { PdError } from '../../../common/errors';
import { setupChecklist } from '../checklist';
import { loadCalendarYears } from '../resources';
import type { Handler } from '../dispatch';

type AppHandlers = { [K in keyof typeof appCalls]: Handler<K> };

export const appHandlers: AppHandlers = {
  'app.state': (_i, { core }) => core.state(),
  'app.setup': (i, { core }) => {
    const { recoveryKey, sessionToken } = core.setup(i.admin);
    return { recoveryKey, sessionToken, state: core.state() };
  },
  'app.recover': (i, { core, actor }) => {
    core.recover(i.recoveryKey, actor);
    return { state: core.state() };
  },
  'app.status': (_i, { core }) => {
    const s = core.sync?.status() ?? null;
    return {
      db: core.isOpen ? 'open' : 'closed',
      online: s ? s.state !== 'offline' : true,
      sync: s
        ? { state: s.state, pending: s.pending, needsAttention: s.needsAttention, lastSyncAt: s.lastSyncAt }
        : { state: 'not_configured', pending: 0, needsAttention: 0, lastSyncAt: null },
      now: new Date().toISOString(),
    };
  },
  'app.about': (_i, { core }) => ({
    version: core.opts.version,
    schemaVersion: core.isOpen ? core.db().schemaVersion : null,
    calendarYears: loadCalendarYears(),
    dataDir: core.dataDir,
    dbFile: core.opts.dbFile,
    shell: core.opts.shell,
    node: process.versions.node,
  }),
  'app.savePdf': (i, { core }) => {
    const save = core.machine?.savePdf;
    if (!save) throw new PdError('PDF_UNSUPPORTED');
    return save(i.fileName);
  },
  'setup.checklist': (_i, { core }) => setupChecklist(core.db()),
};
