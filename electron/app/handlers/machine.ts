import type { machineCalls } from '../../../common/contract/machine';
import type { Handler } from '../dispatch';

type MachineHandlers = { [K in keyof typeof machineCalls]: Handler<K> };

export const machineHandlers: MachineHandlers = {
  'machine.status': (_i, { core }) => {
    const m = core.machine;
    return {
      dataDir: core.dataDir,
      dataDirSource: m?.dataDirSource ?? 'custom',
      logDir: m?.logDir ?? null,
      migration: m?.migration ?? { state: 'none' },
      updates: { supported: Boolean(m?.checkForUpdates), source: m?.updateSource ?? null },
    };
  },
  'machine.openLogFolder': async (_i, { core }) => {
    const dir = core.machine?.logDir ?? null;
    if (!dir || !core.machine?.openFolder) return { path: dir, opened: false };
    return { path: dir, opened: (await core.machine.openFolder(dir)) === '' };
  },
  'machine.checkForUpdates': async (_i, { core }) => {
    const check = core.machine?.checkForUpdates;
    if (!check) return { state: 'unsupported' as const, currentVersion: core.opts.version };
    return check();
  },
};
