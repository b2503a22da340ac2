// The README's "Adding a field to the incoming register", done for real in a temporary database:
// one column in the descriptor and one ALTER TABLE (the migration) are all the SQL layer needs
// for the field to be stored, edited and read back by get and list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCOMING_REGISTER, type RegisterDescriptor } from '../../common/mailroom/registers';
import { incomingSql } from '../../electron/mailroom/sql/incoming';
import { updateColumns } from '../../electron/mailroom/sql/register';
import type { Server } from '../../electron/sql/server';
import { addIncoming, at, ISSUE_SAMPLE } from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

const WITH_EMAIL: RegisterDescriptor = {
  ...INCOMING_REGISTER,
  columns: [
    ...INCOMING_REGISTER.columns,
    { field: 'senderEmail', column: 'sender_email', read: 'row', write: 'update', flat: true },
  ],
};

describe('the register descriptor', () => {
  let t: TmpDb;
  let s: Server;
  beforeAll(() => {
    t = tmpDb();
    s = t.open({ clock: at('2026-11-24T06:00:00Z') });
  });
  afterAll(() => {
    s.close();
    t.cleanup();
  });

  it('a field added to the descriptor and the table is written, got and listed', () => {
    const before = addIncoming(s, ISSUE_SAMPLE);
    expect(before).not.toHaveProperty('senderEmail');
    s.db.exec('ALTER TABLE incoming_letters ADD COLUMN sender_email TEXT');
    s.write('clerk.test', (tx) => {
      updateColumns(tx.db, WITH_EMAIL, before.id, { senderEmail: 'office@example.kz' }, tx.now.toISOString());
      tx.audit({
        action: 'intake.update',
        entityType: 'incoming_letter',
        entityId: before.uid,
        summary: 'email',
      });
    });
    const sql = incomingSql(WITH_EMAIL);
    const entry = s.read((db) => sql.get(db, { id: before.id }));
    expect(entry).toMatchObject({
      id: before.id,
      incomingNo: before.incomingNo,
      senderEmail: 'office@example.kz',
    });
    const page = s.read((db) => sql.list(db, {}));
    expect(page.rows.map((r) => (r as unknown as { senderEmail: string }).senderEmail)).toEqual([
      'office@example.kz',
    ]);
    // The registers without the field read as before.
    expect(s.read((db) => incomingSql().get(db, { id: before.id }))).not.toHaveProperty('senderEmail');
  });
});
