// The correction history of register entries (migration 0010): rows written inside the
// correction's audited transaction, read for the record's history, deleted by a purge.
import type { FieldChange } from '../../../common/mailroom/corrections';
import type { DB } from '../../sql/server';

export type CorrectionRegister = 'incoming' | 'outgoing';

export interface CorrectionRow extends FieldChange {
  at: string;
  actor: string;
}

export function insertCorrections(
  db: DB,
  register: CorrectionRegister,
  letterId: number,
  at: string,
  actor: string,
  changes: readonly FieldChange[],
): void {
  const insert = db.prepare(
    `INSERT INTO mail_corrections(register, letter_id, at, actor, field, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of changes) insert.run(register, letterId, at, actor, c.field, c.before, c.after);
}

export function listCorrections(db: DB, register: CorrectionRegister, letterId: number): CorrectionRow[] {
  return db
    .prepare(
      `SELECT at, actor, field, before, after FROM mail_corrections
       WHERE register = ? AND letter_id = ? ORDER BY id DESC`,
    )
    .all(register, letterId) as CorrectionRow[];
}

export function deleteCorrections(db: DB, register: CorrectionRegister, letterId: number): number {
  return db
    .prepare('DELETE FROM mail_corrections WHERE register = ? AND letter_id = ?')
    .run(register, letterId).changes;
}
