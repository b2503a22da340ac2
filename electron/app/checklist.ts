// The first-setup checklist (issue 19): what the administrator still has to set up before the
// office can work as intended, computed from the stored state every time it is asked, so an item
// turns done the moment its setting is saved and comes back if it is undone.
import type { SetupChecklist } from '../../common/contract/app';
import type { Letterhead } from '../../common/letters/input';
import { listAccounts } from '../accounts';
import { readLetterhead } from '../letters';
import type { Server } from '../sql/server';
import { readSyncSettings } from '../sync';
import { backupSettings } from './backups';

const filled = (...values: (string | undefined)[]) => values.every((v) => !!v?.trim());

/** The shipped letterhead has the company's name and address but no way to reply to it. */
function letterheadDone(lh: Letterhead): boolean {
  return (
    filled(lh.nameKk, lh.nameRu, lh.bin, lh.addressKk, lh.addressRu) && (filled(lh.phone) || filled(lh.email))
  );
}

/** Letters go out in Kazakh or Russian: both need who signs, and every letter names its executor. */
function signatoryDone(lh: Letterhead): boolean {
  const s = lh.signatory;
  return (
    !!s &&
    filled(s.kk.name, s.kk.position, s.ru.name, s.ru.position) &&
    filled(lh.executor?.name, lh.executor?.phone)
  );
}

export function setupChecklist(server: Server): SetupChecklist {
  const lh = readLetterhead(server.db);
  const active = listAccounts(server).filter((u) => !u.disabled);
  const sync = readSyncSettings(server);
  const backups = backupSettings(server);
  return {
    letterhead: letterheadDone(lh),
    signatory: signatoryDone(lh),
    staff: active.some((u) => u.role === 'clerk') && active.some((u) => u.role === 'officer'),
    sync: !!sync.centralUrl && sync.tokenSet,
    backups: backups.enabled && !!backups.folder,
  };
}
