import type { syncCalls } from '../../common/contract/sync';
import { PdError } from '../../common/errors';
import {
  annotateRejectedEvent,
  configureSync,
  getSyncStatus,
  listNeedsAttention,
  readSyncSettings,
  retryRejectedEvent,
} from '.';
import type { CallContext, Handler } from '../app/dispatch';

type SyncHandlers = { [K in keyof typeof syncCalls]: Handler<K> };

const status = ({ core }: CallContext) => core.sync?.status() ?? getSyncStatus(core.db());

export const syncHandlers: SyncHandlers = {
  'sync.status': (_i, ctx) => status(ctx),
  'sync.settings': (_i, { core }) => readSyncSettings(core.db()),
  'sync.configure': (i, { core, actor }) => {
    const view = configureSync(core.db(), actor, {
      ...(i.centralUrl !== undefined ? { centralUrl: i.centralUrl } : {}),
      ...(i.token !== undefined ? { token: i.token } : {}),
      ...(i.batchSize !== undefined ? { batchSize: i.batchSize } : {}),
      ...(i.enabled !== undefined ? { paused: !i.enabled } : {}),
    });
    core.sync?.wake();
    return view;
  },
  'sync.runNow': async (_i, ctx) => {
    const service = ctx.core.sync?.current;
    if (!service) throw new PdError('DB_NOT_OPEN');
    await service.runOnce();
    return status(ctx);
  },
  'sync.attention': (i, { core }) => listNeedsAttention(core.db(), i),
  'sync.retry': (i, { core, actor }) => {
    const r = retryRejectedEvent(core.db(), actor, i);
    core.sync?.wake();
    return r;
  },
  'sync.annotate': (i, { core, actor }) => {
    annotateRejectedEvent(core.db(), actor, i);
    return { ok: true as const };
  },
};
