// A purge takes the purged words out of the full-text index without merging it (issue #18: the
// whole-index merge after every run cost minutes of I/O at a million letters). The FTS tables
// delete a row by value and run with FTS5 'secure-delete' (sqlite.org/fts5.html, "The
// secure-delete Configuration Option"), which removes those entries from the segment pages at
// delete time; the connection's PRAGMA secure_delete zero-fills what SQLite frees (migration
// 0018). The real purge runs on an index of a few thousand letters whose purged words sit all
// through a multi-page segment (first on a leaf page, last, in between) and in small fresh
// segments; then every purged word, and the 5-letter prefix the prefix index keeps of it, is
// looked for in the FTS shadow tables' raw blobs and in every decrypted page and WAL frame.
// The last test shows why the tables changed: on a contentless_delete=1 table a DELETE only
// writes a tombstone, and the words stay readable in the pages until a merge rewrites them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outgoingCreateSchema } from '../../common/contract/mailroom';
import { decisionInputSchema } from '../../common/requests';
import { composeFeatures } from '../../electron/app/compose';
import { registerOutgoing } from '../../electron/mailroom/outgoing';
import { seedDemo } from '../../electron/mailroom/seed';
import { mulberry32 } from '../../electron/mailroom/seed-gen';
import { decide, runPurge, transitionRequest } from '../../electron/requests';
import type { DB } from '../../electron/sql/server';
import { decryptedDisk } from '../helpers/encrypted-pages';
import { AIGERIM, deliverAll, ID_CARD, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const PURGE = composeFeatures().requests.purge;

// Letters search folding leaves as they are, so the index holds each word exactly as written.
const ALPHABET = [...'абвгдежзиклмнопрстуфхцчшщюя'];
const random = mulberry32(20261123);
const word = () => Array.from({ length: 9 }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');

const REQUESTS = 4;
const LETTERS_PER_REQUEST = 20;
const FTS_TABLES = ['incoming_fts', 'outgoing_fts'];

/** Every purged word and its 5-letter prefix (the longest the prefix index keeps). */
function needlesOf(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, w.slice(0, 5)]))];
}

function found(bytes: Buffer, needles: readonly string[]): string[] {
  const text = bytes.toString('utf8');
  return needles.filter((n) => text.includes(n));
}

/** The raw blobs of every FTS shadow table (segments, their %_idx keys, structure, config). */
function shadowBytes(db: DB): Buffer {
  const shadows = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
  ).filter(({ name }) => FTS_TABLES.some((t) => name.startsWith(`${t}_`)));
  const parts: Buffer[] = [];
  for (const { name } of shadows) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][])
      for (const v of row)
        if (Buffer.isBuffer(v)) parts.push(v);
        else if (typeof v === 'string') parts.push(Buffer.from(v, 'utf8'));
  }
  return Buffer.concat(parts);
}

function vocab(db: DB): Set<string> {
  const terms = new Set<string>();
  for (const t of FTS_TABLES) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${t}_residue USING fts5vocab(main, ${t}, row)`);
    for (const r of db.prepare(`SELECT term FROM temp.${t}_residue`).all() as { term: string }[])
      terms.add(r.term);
  }
  return terms;
}

/** Leaf pages of the incoming index's segments (rows of %_data past the structure records). */
const leafPages = (db: DB) =>
  (db.prepare('SELECT count(*) AS n FROM incoming_fts_data WHERE id > 10').get() as { n: number }).n;

/** Registers letters full of fresh words, opens and closes a granted withdrawal for each batch. */
function fileWithdrawals(desk: Desk, words: string[], letters: number): void {
  const s = desk.server;
  for (let r = 0; r < letters / LETTERS_PER_REQUEST; r++) {
    const nos: string[] = [];
    let name = '';
    for (let i = 0; i < LETTERS_PER_REQUEST; i++) {
      const w = [word(), word(), word(), word(), word()];
      words.push(...w);
      name = `${w[0]} ${w[1]}`;
      nos.push(
        registerLetter(s, {
          receivedAt: '2026-11-23T10:05:00+05:00',
          documentType: 'withdrawal',
          sender: { name, address: `Алматы, ${w[2]} көшесі 5` },
          summary: `${w[3]}: келісімді қайтарып алу`,
          notes: w[4],
        }).incomingNo,
      );
    }
    const id = open(s, {
      type: 'withdrawal',
      letters: nos,
      requesterRole: 'subject',
      subject: { name, iin: AIGERIM.iin, accountId: `ib-${r}` },
      verification: ID_CARD,
      confirmDuplicates: true,
    }).id;
    decide(s, 'officer', {
      id,
      decision: decisionInputSchema.parse({
        type: 'withdrawal',
        outcome: 'granted',
        obligationsUnfulfilled: false,
      }),
    });
    const addressee = [word(), word()];
    words.push(...addressee);
    const reply = registerOutgoing(
      s,
      'officer',
      outgoingCreateSchema.parse({
        addressee: { kind: 'person', name: addressee.join(' '), address: 'Алматы' },
        summary: 'Жауап',
        inReplyTo: nos[0],
        method: 'by_hand',
        language: 'kk',
        status: 'sent',
        requestId: id,
      }),
    );
    transitionRequest(s, 'officer', { id, to: 'answered', replyOutgoingNo: reply.outgoingNo });
    transitionRequest(s, 'officer', { id, to: 'closed' });
  }
}

describe('a purge with no full-text merge', () => {
  let desk: Desk;
  const words: string[] = [];
  let needles: string[];

  beforeAll(() => {
    desk = openDesk('2026-11-23T12:00:00+05:00');
    const s = desk.server;
    // Most purged words go into one large merged segment among thousands of other letters' words,
    // as old letters sit in a long-merged index; the rest into the small segments that follow.
    fileWithdrawals(desk, words, (REQUESTS - 1) * LETTERS_PER_REQUEST);
    seedDemo(s, 'cli', { letters: 3000, seed: 7, batch: 1000 });
    s.maintain((db) => {
      for (const t of FTS_TABLES) db.prepare(`INSERT INTO ${t}(${t}) VALUES ('optimize')`).run();
    });
    fileWithdrawals(desk, words, LETTERS_PER_REQUEST);
    deliverAll(s);
    needles = needlesOf(words);
  }, 120_000);
  afterAll(() => desk.close());

  it('before: the words are in the index, its pages and the file (else the test proves nothing)', () => {
    const db = desk.server.db;
    expect(leafPages(db)).toBeGreaterThan(50);
    const terms = vocab(db);
    expect(words.filter((w) => !terms.has(w))).toEqual([]);
    // Leaf pages store most terms prefix-compressed, so only some appear whole in the raw bytes.
    expect(found(shadowBytes(db), words).length).toBeGreaterThan(10);
    expect(found(decryptedDisk(desk.tmp.file, desk.tmp.key), words)).toEqual(words);
  });

  it('after: no purged word or prefix is left in the index, its pages, free pages or the WAL', () => {
    desk.at('2027-01-05T12:00:00+05:00');
    const report = runPurge(desk.server, 'admin', {}, PURGE);
    expect(report.purged).toHaveLength(REQUESTS);
    expect(report.ftsOptimized).toEqual([]);
    const db = desk.server.db;
    // The index is still many segments' pages: nothing merged it.
    expect(leafPages(db)).toBeGreaterThan(50);
    const terms = vocab(db);
    expect(words.filter((w) => terms.has(w))).toEqual([]);
    expect(found(shadowBytes(db), needles)).toEqual([]);
    // Deleting by value kept the index whole (a wrong old value would not).
    for (const t of FTS_TABLES) db.prepare(`INSERT INTO ${t}(${t}) VALUES ('integrity-check')`).run();
    expect(found(decryptedDisk(desk.tmp.file, desk.tmp.key), needles)).toEqual([]);
  });

  it('whereas a DELETE on a contentless_delete=1 table leaves the words in the pages', () => {
    const db = desk.server.db;
    // The only Latin word sorts first on the leaf page, where FTS5 writes a term whole.
    const gone = 'xylomarker';
    db.exec(`CREATE VIRTUAL TABLE temp.tomb USING fts5(x, content = '', contentless_delete = 1);
      INSERT INTO temp.tomb(tomb, rank) VALUES ('secure-delete', 1);`);
    // One row in thirty: under FTS5's 'deletemerge' share, so no automatic merge rewrites the segment.
    const insert = db.prepare('INSERT INTO temp.tomb(rowid, x) VALUES (?, ?)');
    db.transaction(() => {
      insert.run(1, `${gone} алматы`);
      for (let i = 2; i <= 30; i++) insert.run(i, `${word()} алматы`);
    })();
    db.exec('DELETE FROM temp.tomb WHERE rowid = 1');
    const pages = () =>
      Buffer.concat(db.prepare('SELECT block FROM temp.tomb_data').pluck().all() as Buffer[]);
    expect(found(pages(), [gone])).toEqual([gone]);
    db.exec("INSERT INTO temp.tomb(tomb) VALUES ('optimize')");
    expect(found(pages(), [gone])).toEqual([]);
    db.exec('DROP TABLE temp.tomb');
  });
});
