import type { mailroomCalls } from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { parseDateTime } from '../../common/mailroom/almaty';
import { checkTracking } from '../../common/mailroom/tracking';
import { draftsKey } from './drafts';
import { findDuplicates } from './duplicates';
import { exportRegister } from './export';
import { cancelIncoming, planIncomingUpdate, registerIncoming, updateIncoming } from './intake';
import {
  cancelOutgoing,
  planOutgoingUpdate,
  registerOutgoing,
  setOutgoingStatus,
  updateOutgoing,
} from './outgoing';
import { addScan, listScans, removeScan } from './scans';
import { searchRegisters } from './search';
import { getMailroomSettings, setMailroomSettings } from './settings';
import { countIncomingCapped, getIncoming, listIncoming, listOfficers } from './sql/incoming';
import { countOutgoingCapped, getOutgoing, listOutgoing } from './sql/outgoing';
import { getScanContent } from './sql/scans';
import type { Handler } from '../app/dispatch';
import { holdsFullIin, listedIds, readAudited } from '../app/viewed';

type MailroomHandlers = { [K in keyof typeof mailroomCalls]: Handler<K> };

function found<T>(value: T | null, entity: string): T {
  if (value === null) throw new PdError('NOT_FOUND', { entity });
  return value;
}

export const mailroomHandlers: MailroomHandlers = {
  'intake.checkTracking': (i) => checkTracking(i.trackingNumber),
  'intake.checkDuplicates': (i, { core }) => {
    const server = core.db();
    const receivedAt = i.receivedAt ? parseDateTime(i.receivedAt) : null;
    return { matches: server.read((db) => findDuplicates(db, { ...i, receivedAt }, server.now())) };
  },
  'intake.create': (i, { core, actor }) => core.db().write(actor, (tx) => registerIncoming(tx, actor, i)),
  'intake.get': (i, { core, actor }) => {
    const server = core.db();
    return readAudited(
      server,
      actor,
      { action: 'incoming.viewed', entityType: 'incoming', entityId: (e) => String(e.id) },
      () =>
        found(
          getIncoming(server.db, i.id !== undefined ? { id: i.id } : { incomingNo: i.incomingNo! }),
          'incoming_letter',
        ),
    );
  },
  'intake.list': (i, { core }) => core.db().read((db) => listIncoming(db, i)),
  'intake.count': (i, { core }) => core.db().read((db) => countIncomingCapped(db, i.filter, i.cap)),
  'intake.update': (i, { core, actor }) => {
    const server = core.db();
    // Nothing to change: answer without a write (and without an audit entry).
    const plan = server.read((db) => planIncomingUpdate(db, i.id, i.patch, i.confirmWarnings, server.now()));
    if (Object.keys(plan.changes).length === 0) return plan.entry;
    return server.write(actor, (tx) => updateIncoming(tx, i.id, i.patch, i.confirmWarnings));
  },
  'intake.cancel': (i, { core, actor }) =>
    core.db().write(actor, (tx) => cancelIncoming(tx, actor, i.id, i.reason)),
  'intake.officers': (_i, { core }) => ({ officers: core.db().read(listOfficers) }),

  'outgoing.create': (i, { core, actor }) => core.db().write(actor, (tx) => registerOutgoing(tx, actor, i)),
  'outgoing.get': (i, { core, actor }) => {
    const server = core.db();
    return readAudited(
      server,
      actor,
      { action: 'outgoing.viewed', entityType: 'outgoing', entityId: (e) => String(e.id) },
      () =>
        found(
          getOutgoing(server.db, i.id !== undefined ? { id: i.id } : { outgoingNo: i.outgoingNo! }),
          'outgoing_letter',
        ),
    );
  },
  'outgoing.list': (i, { core }) => core.db().read((db) => listOutgoing(db, i)),
  'outgoing.count': (i, { core }) => core.db().read((db) => countOutgoingCapped(db, i.filter, i.cap)),
  'outgoing.update': (i, { core, actor }) => {
    const server = core.db();
    const plan = server.read((db) => planOutgoingUpdate(db, i.id, i.patch, i.confirmWarnings, server.now()));
    if (Object.keys(plan.changes).length === 0) return plan.entry;
    return server.write(actor, (tx) => updateOutgoing(tx, i.id, i.patch, i.confirmWarnings));
  },
  'outgoing.setStatus': (i, { core, actor }) => core.db().write(actor, (tx) => setOutgoingStatus(tx, i)),
  'outgoing.cancel': (i, { core, actor }) =>
    core.db().write(actor, (tx) => cancelOutgoing(tx, actor, i.id, i.reason)),

  'scans.add': (i, { core, actor }) =>
    core.db().write(actor, (tx) =>
      addScan(tx, actor, i.register ?? 'incoming', i.letterId, {
        fileName: i.fileName,
        dataBase64: i.dataBase64,
        kind: i.kind,
      }),
    ),
  'scans.list': (i, { core }) => ({
    scans: core.db().read((db) => listScans(db, i.register ?? 'incoming', i.letterId)),
  }),
  'scans.get': (i, { core, actor }) => {
    const server = core.db();
    return readAudited(
      server,
      actor,
      { action: 'scan.viewed', entityType: 'scan', entityId: () => String(i.id) },
      () => found(getScanContent(server.db, i.id), 'scan'),
    );
  },
  'scans.remove': (i, { core, actor }) => {
    core.db().write(actor, (tx) => removeScan(tx, i.id, i.reason));
    return { removed: true as const };
  },

  'mailroom.search': (i, { core, actor }) => {
    const server = core.db();
    if (!holdsFullIin(i.query)) return server.read((db) => searchRegisters(db, i));
    // Looking a person up by their IIN is a read of their data: who did it, and what was found.
    const found = (r: { hits: { register: string; id: number }[] }) =>
      listedIds(r.hits.map((h) => `${h.register}:${h.id}`));
    return readAudited(
      server,
      actor,
      {
        action: 'search.by_iin',
        entityType: 'search',
        entityId: () => 'iin',
        summary: (r) => `searched by a full IIN; found: ${found(r) || 'nothing'}`,
      },
      () => searchRegisters(server.db, i),
    );
  },
  'mailroom.export': (i, { core, actor }) => exportRegister(core.db(), actor, i),
  'mailroom.settings.get': (_i, { core }) => {
    const server = core.db();
    return server.read((db) => getMailroomSettings(db, server.now()));
  },
  'mailroom.settings.set': (i, { core, actor }) => core.db().write(actor, (tx) => setMailroomSettings(tx, i)),

  'drafts.key': (_i, { core, actor }) => draftsKey(core.db(), actor),
};
