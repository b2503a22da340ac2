// The core in its worker, on a real encrypted database: a long read on a reader does not hold up a
// write or another read issued after it (ordering of completions, no timing thresholds); errors
// cross the transport with the same codes as a direct dispatch; a crashed worker is an error
// answer, never a hang; a cancelled backup leaves no file and a database that verifies.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { verifyDatabase } from '../../electron/sql/maintenance';
import { Server } from '../../electron/sql/server';
import type { JobProgress } from '../../electron/worker/rpc';
import type { LetterData } from '../../common/letters/input';
import { readLetterhead } from '../../electron/letters/queries';
import { renderLetter } from '../../electron/letters/render';
import { letterVersionDocx } from '../../electron/letters/sql/letters';
import { getOutgoing } from '../../electron/mailroom/sql/outgoing';
import { currentTemplate } from '../../electron/letters/templates';
import { letterBody } from '../helpers/letters-fixtures';
import { ISSUE_SAMPLE } from '../helpers/mailroom';
import { setUpCore } from '../helpers/core';
import { ADMIN, startWorkerDesk, type WorkerDesk } from '../helpers/core-worker';

const EXTENSION = path.resolve(__dirname, '..', 'fixtures', 'worker', 'test-calls.cjs');
const startDesk = () => startWorkerDesk([EXTENSION]);
type Desk = WorkerDesk;

function settled(p: Promise<unknown>): () => boolean {
  let done = false;
  void p.finally(() => (done = true));
  return () => done;
}

describe('the core worker', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(async () => {
    await desk?.core.close();
    if (desk) rmSync(desk.dir, { recursive: true, force: true });
  });

  it('answers a write and another read while a long read runs on a reader', async () => {
    const until = path.join(desk.dir, 'release-slow-read');
    const order: string[] = [];
    const slow = desk.call('test.slowRead', { until }).then((r) => (order.push('slow read'), r));
    const slowDone = settled(slow);
    const write = await desk.call('intake.create', { ...ISSUE_SAMPLE });
    order.push('write');
    expect(write.ok, JSON.stringify(write)).toBe(true);
    const list = await desk.call('intake.list', {});
    order.push('read');
    expect(list.ok).toBe(true);
    expect((list as { value: { rows: unknown[] } }).value.rows).toHaveLength(1);
    // The long read is still running: it can only end once this file exists.
    expect(slowDone()).toBe(false);
    writeFileSync(until, '');
    expect((await slow).ok).toBe(true);
    expect(order).toEqual(['write', 'read', 'slow read']);
  });

  it("renders a letter's DOCX on a reader: busy readers hold the letter, never a write", async () => {
    const intake = (sender: string) =>
      desk.call('intake.create', { ...ISSUE_SAMPLE, trackingNumber: undefined, sender: { name: sender } });
    const first = await intake('Дәулет Серікұлы');
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const { incomingNo } = (first as { value: { incomingNo: string } }).value;
    // Both readers held: a render sent to them waits; one done on the writer's thread would not.
    const until = path.join(desk.dir, 'release-readers');
    const held = [desk.call('test.slowRead', { until }), desk.call('test.slowRead', { until })];
    const b = letterBody('acknowledgment', 'kk');
    const letter = desk.call('letters.generate', {
      kind: 'acknowledgment',
      data: { ...b, incoming: { number: incomingNo, date: '2026-11-23' } },
    });
    const letterDone = settled(letter);
    const write = await intake('Мәди Бекболатұлы');
    expect(write.ok, JSON.stringify(write)).toBe(true);
    expect(letterDone()).toBe(false);
    writeFileSync(until, '');
    const r = await letter;
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect((await Promise.all(held)).every((h) => h.ok)).toBe(true);

    // The bytes that crossed from the reader are the bytes this thread renders from the same input.
    const { id } = (r as { value: { id: string } }).value;
    const reader = Server.openReader({ file: desk.dbFile, key: desk.keyStore.load() });
    try {
      const stored = letterVersionDocx(reader.db, id, 1)!;
      const out = reader.db.prepare('SELECT outgoing_no AS number FROM letters WHERE id = ?').get(id) as {
        number: string;
      };
      const outgoing = getOutgoing(reader.db, { outgoingNo: out.number })!;
      const again = await renderLetter(
        {
          ...(JSON.parse(stored.input) as LetterData),
          outgoing: { number: out.number, date: outgoing.date },
        },
        currentTemplate(reader.db, 'acknowledgment', 'kk').template,
        readLetterhead(reader.db),
      );
      expect(again.equals(stored.docx)).toBe(true);
    } finally {
      reader.close();
    }
  });

  it('a record opened on a reader is audited as viewed by the writer before the answer comes back', async () => {
    const created = await desk.call('intake.create', {
      ...ISSUE_SAMPLE,
      trackingNumber: undefined,
      sender: { name: 'Ерлан Жұмабаев' },
      summary: 'Запрос о составе данных',
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const { id } = (created as { value: { id: number } }).value;
    const got = await desk.call('intake.get', { id });
    expect(got.ok).toBe(true);
    const audit = await desk.call('audit.list', { action: 'incoming.viewed' });
    const entries = (audit as { value: { entries: { actor: string; entityId: string }[] } }).value.entries;
    expect(entries.map((e) => [e.actor, e.entityId])).toContainEqual([ADMIN.username, String(id)]);
  });

  it('gives the same error payloads as a direct dispatch', async () => {
    const direct = await setUpCore();
    const token = direct.admin;
    const cases: [string, unknown, string | undefined][] = [
      ['no.such.call', {}, token],
      ['intake.list', {}, undefined],
      ['intake.list', { sort: 42 }, token],
      ['intake.get', { id: 999 }, token],
      ['app.setup', { admin: ADMIN }, undefined],
      ['backup.runNow', {}, token],
    ];
    try {
      for (const [name, input, session] of cases) {
        const there = await desk.core.call(name, input, { sessionToken: session && desk.session });
        const here = await dispatch(HANDLERS, name, input, {
          core: direct.core,
          ...(session ? { sessionToken: session } : {}),
        });
        expect(there.ok, name).toBe(false);
        expect(there, name).toEqual(here);
      }
    } finally {
      direct.close();
    }
  });

  it('an unexpected error on a reader crosses as INTERNAL without its text', async () => {
    const r = await desk.call('test.failRead');
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', messageKey: 'errors.INTERNAL' } });
  });

  it('checkpoints the WAL on a connection of its own shortly after writes', async () => {
    for (let i = 0; i < 3; i++) {
      const { trackingNumber: _, ...letter } = ISSUE_SAMPLE;
      const r = await desk.call('intake.create', { ...letter, summary: `checkpoint ${i}` });
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    await desk.core.flushCheckpoint();
    // The WAL index (sqlite.org/walformat.html): mxFrame, the last valid frame, at byte 16 of the
    // header; nBackfill, the frames copied into the database, at byte 96. A few writes stay far
    // below any autocheckpoint, so frames copied can only come from the checkpointer.
    const shm = readFileSync(`${desk.dbFile}-shm`);
    const mxFrame = shm.readUInt32LE(16);
    expect(mxFrame).toBeGreaterThan(0);
    expect(shm.readUInt32LE(96)).toBe(mxFrame);
  });

  it('a reader that dies is an error answer, and the next read gets a new reader', async () => {
    const r = await desk.call('test.crashReader');
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', details: { reason: expect.stringMatching(/^reader_/) } },
    });
    for (let i = 0; i < 3; i++) expect((await desk.call('intake.list', {})).ok).toBe(true);
  });

  it('cancelling a backup mid-way leaves no file, no record, and a database that verifies', async () => {
    const folder = path.join(desk.dir, 'backups');
    mkdirSync(folder);
    const set = await desk.call('backup.configure', { enabled: false, folder, keep: 3, hour: 18 });
    expect(set.ok, JSON.stringify(set)).toBe(true);
    const before = await desk.call('backup.status');
    const cancel = new AbortController();
    const phases: string[] = [];
    const onProgress = (p: JobProgress) => {
      phases.push(p.phase);
      // Cancelled while the copy runs on a reader.
      if (p.phase === 'copy') cancel.abort();
    };
    const r = await desk.call('backup.runNow', {}, { signal: cancel.signal, onProgress });
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(phases).toEqual(['copy']);
    expect(readdirSync(folder)).toEqual([]);
    // Not a success, and not a failure either: the status is as it was.
    expect(await desk.call('backup.status')).toEqual(before);
    const audit = (await desk.call('audit.list', { limit: 20 })) as {
      value: { entries: { action: string }[] };
    };
    expect(audit.value.entries.map((e) => e.action)).not.toContain('db.backup');
    expect(await desk.call('audit.verify')).toMatchObject({ ok: true, value: { ok: true } });
    // Not cancelled, the same job writes the backup.
    const done = await desk.call('backup.runNow', {}, { onProgress: (p) => phases.push(p.phase) });
    expect(done.ok, JSON.stringify(done)).toBe(true);
    expect(phases).toEqual(['copy', 'copy', 'sync', 'record']);
    expect(readdirSync(folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('a core worker that dies answers every open and later call with an error', async () => {
    const other = await startDesk();
    try {
      const pending = other.call('test.crashCore');
      expect(await pending).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL', details: { reason: expect.stringMatching(/^core_/) } },
      });
      expect(await other.call('intake.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(await other.core.exited).toBe(3);
    } finally {
      await other.core.close();
    }
    // Killed mid-work, the database still verifies.
    const server = Server.open({ file: other.dbFile, key: other.keyStore.load() });
    try {
      expect(verifyDatabase(server).ok).toBe(true);
    } finally {
      server.close();
      rmSync(other.dir, { recursive: true, force: true });
    }
  });

  it('closes its readers and the database when asked', async () => {
    expect(existsSync(desk.dbFile)).toBe(true);
    expect((await desk.core.state()).phase).toBe('ready');
  });
});
