// The README's "Adding a field to the incoming register", done for real in a temporary database:
// one checked column in the descriptor and one ALTER TABLE (the migration) are all the core needs
// for the field to be checked, stored, read back by get and list, and edited.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { Channel, IncomingEntry } from '../../common/contract/mailroom';
import {
  checked,
  checkedOf,
  checkedShape,
  checkedValues,
  INCOMING_REGISTER,
  type CheckedValues,
  type RegisterDescriptor,
} from '../../common/mailroom/registers';
import { incomingSql } from '../../electron/mailroom/sql/incoming';
import { insertIncoming, type IncomingRecord } from '../../electron/mailroom/sql/incoming-writes';
import { updateColumns } from '../../electron/mailroom/sql/register';
import type { Server } from '../../electron/sql/server';
import { at } from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

// Step 1, the descriptor: the field, where it is read and written, and its check.
const WITH_EMAIL = {
  ...INCOMING_REGISTER,
  columns: [
    ...INCOMING_REGISTER.columns,
    ...checked({ row: { update: { senderEmail: z.email().max(200).nullish() } } }),
  ],
} satisfies RegisterDescriptor;

/** The input a call takes: the descriptor's checked fields (the contract adds the hand-checked ones). */
const input = z.strictObject(checkedShape(WITH_EMAIL));

/** The fields the descriptor does not check, as registerIncoming works them out. */
function handChecked(no: number): Omit<IncomingRecord, keyof CheckedValues<typeof INCOMING_REGISTER>> {
  return {
    uid: `uid-${no}`,
    year: 2026,
    seq: no,
    incomingNo: `Вх-${no}`,
    receivedAt: '2026-11-24T05:00:00.000Z',
    receivedDate: '2026-11-24',
    trackingNumber: null,
    trackingWarning: null,
    senderKind: 'organization',
    senderName: 'ТОО «Пример»',
    senderSort: 'тоо пример',
    senderIin: null,
    senderAddress: null,
    senderRefNumber: null,
    senderRefDate: null,
    requestKind: null,
    createdAt: '2026-11-24T05:00:00.000Z',
    createdBy: 'clerk.test',
  };
}

describe('the register descriptor', () => {
  let t: TmpDb;
  let s: Server;
  beforeAll(() => {
    t = tmpDb();
    s = t.open({ clock: at('2026-11-24T06:00:00Z') });
    // Step 2, the migration.
    s.db.exec('ALTER TABLE incoming_letters ADD COLUMN sender_email TEXT');
  });
  afterAll(() => {
    s.close();
    t.cleanup();
  });

  it('types every plain field from its check', () => {
    expectTypeOf<IncomingEntry['channel']>().toEqualTypeOf<Channel>();
    expectTypeOf<IncomingEntry['summary']>().toEqualTypeOf<string>();
    expectTypeOf<IncomingRecord['sheets']>().toEqualTypeOf<number | null>();
    expectTypeOf<CheckedValues<typeof WITH_EMAIL, 'row'>['senderEmail']>().toEqualTypeOf<string | null>();
    expectTypeOf<CheckedValues<typeof INCOMING_REGISTER>>().not.toHaveProperty('senderEmail');
  });

  it('a field added to the descriptor and the table is checked, created, got, listed and edited', () => {
    const plain = {
      channel: 'courier',
      summary: '  Запрос о персональных данных ',
      language: 'ru',
      sheets: 2,
    } as const;
    expect(input.safeParse({ ...plain, senderEmail: 'not an address' }).success).toBe(false);
    const parsed = input.parse({ ...plain, senderEmail: 'office@example.kz' });

    const sql = incomingSql(WITH_EMAIL);
    const id = s.write('clerk.test', (tx) => {
      const record = { ...handChecked(1), ...checkedValues(WITH_EMAIL, parsed) };
      const rowId = insertIncoming(tx.db, record, WITH_EMAIL);
      tx.audit({
        action: 'intake.create',
        entityType: 'incoming_letter',
        entityId: record.uid,
        summary: 'test',
      });
      return rowId;
    });

    const entry = s.read((db) => sql.get(db, { id }))!;
    expect(entry).toMatchObject({
      id,
      summary: 'Запрос о персональных данных',
      senderEmail: 'office@example.kz',
    });
    // The base an edit patches carries it too.
    expect(checkedOf(WITH_EMAIL, entry as IncomingEntry & { senderEmail: string | null })).toMatchObject({
      senderEmail: 'office@example.kz',
      dueDate: null,
    });
    const listed = () =>
      s
        .read((db) => sql.list(db, {}))
        .rows.map((r) => (r as IncomingEntry & { senderEmail: string }).senderEmail);
    expect(listed()).toEqual(['office@example.kz']);

    s.write('clerk.test', (tx) => {
      updateColumns(tx.db, WITH_EMAIL, id, { senderEmail: 'desk@example.kz' }, tx.now.toISOString());
      tx.audit({
        action: 'intake.update',
        entityType: 'incoming_letter',
        entityId: 'uid-1',
        summary: 'email',
      });
    });
    expect(listed()).toEqual(['desk@example.kz']);
    // The register without the field reads as before.
    expect(s.read((db) => incomingSql().get(db, { id }))).not.toHaveProperty('senderEmail');
  });
});
